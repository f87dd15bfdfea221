// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random edits applied incrementally (IssueDocument::applyChange) and compared with a full
// parse of the edited text: the parser fuzzer and tst_incremental share them.

#include "issuedocument.h"

#include <QString>
#include <QStringList>

#include <random>

namespace wc::test {

struct RandomEdit {
    qsizetype position = 0;
    qsizetype removed = 0;
    QString added;
};

// An edit such as typing, deleting or pasting makes, biased to the places where structure
// changes: line starts, headings, fences, item heads, the front matter's fences.
inline RandomEdit randomEdit(const QString &text, std::mt19937 &random) {
    static const QStringList pieces{
        QStringLiteral("x"),           QStringLiteral(" "),
        QStringLiteral("\n"),          QStringLiteral("\n\n"),
        QStringLiteral("## "),         QStringLiteral("### "),
        QStringLiteral("# "),          QStringLiteral("```"),
        QStringLiteral("~~~\n"),       QStringLiteral("1、"),
        QStringLiteral("2、[t](u)"),   QStringLiteral("①"),
        QStringLiteral("---\n"),       QStringLiteral("**[a](b)**"),
        QStringLiteral("（star 1K）"), QStringLiteral("![i](p)\n"),
        QStringLiteral("\r"),          QStringLiteral("> "),
        QStringLiteral("- "),          QStringLiteral("\n## New\n\n1、[a](b)\n\nd\n"),
        QStringLiteral("\n### Sub\n"), QStringLiteral("🎁 trailer"),
        QStringLiteral("...\n")};
    const auto below = [&](qsizetype bound) {
        return bound <= 0 ? qsizetype(0)
                          : qsizetype(std::uniform_int_distribution<qsizetype>(0, bound)(random));
    };
    RandomEdit edit;
    edit.position = below(text.size());
    if (random() % 2 == 0) { // at a line start or end, where structure lives
        const qsizetype lineStart = text.lastIndexOf(u'\n', edit.position - 1) + 1;
        edit.position = random() % 3 == 0
                            ? std::max<qsizetype>(0, text.indexOf(u'\n', edit.position))
                            : lineStart;
        if (edit.position > text.size())
            edit.position = text.size();
    }
    switch (random() % 4) {
    case 0: // typing
        edit.added = pieces[qsizetype(random() % pieces.size())];
        break;
    case 1: // deleting
        edit.removed = std::min(text.size() - edit.position, below(random() % 4 == 0 ? 200 : 3));
        break;
    case 2: // replacing
        edit.removed = std::min(text.size() - edit.position, below(20));
        edit.added = pieces[qsizetype(random() % pieces.size())];
        break;
    default: { // pasting a piece of the text itself
        const qsizetype from = below(text.size());
        edit.added = text.mid(from, below(300));
        break;
    }
    }
    return edit;
}

// Where two parses first differ, or an empty string when they are equal.
inline QString firstDifference(const IssueDocument &incremental, const IssueDocument &full) {
    if (incremental == full)
        return {};
    if (incremental.text() != full.text())
        return QStringLiteral("the texts differ");
    if (incremental.lineCount() != full.lineCount())
        return QStringLiteral("line count %1, a full parse %2")
            .arg(incremental.lineCount())
            .arg(full.lineCount());
    for (int line = 1; line <= full.lineCount(); ++line) {
        if (incremental.lineStart(line) != full.lineStart(line))
            return QStringLiteral("line %1 starts at %2, in a full parse at %3")
                .arg(line)
                .arg(incremental.lineStart(line))
                .arg(full.lineStart(line));
    }
    if (incremental.sections().size() != full.sections().size())
        return QStringLiteral("%1 sections, a full parse %2")
            .arg(incremental.sections().size())
            .arg(full.sections().size());
    for (qsizetype s = 0; s < full.sections().size(); ++s) {
        const SectionNode &a = incremental.sections()[s];
        const SectionNode &b = full.sections()[s];
        if (a == b)
            continue;
        QString what =
            QStringLiteral("section %1 (line %2) differs:").arg(s).arg(full.lineNumberAt(b.begin));
        if (a.parent != b.parent)
            what += QStringLiteral(" parent %1 not %2").arg(a.parent).arg(b.parent);
        if (a.begin != b.begin || a.end != b.end)
            what += QStringLiteral(" [%1, %2) not [%3, %4)")
                        .arg(a.begin)
                        .arg(a.end)
                        .arg(b.begin)
                        .arg(b.end);
        if (a.items != b.items)
            what += QStringLiteral(" items");
        return what;
    }
    return QStringLiteral("the front matter, title, preamble or line ending differ");
}

// Applies `edit` to `document` incrementally and compares it with a full parse of the new
// text; returns the difference, or an empty string.
inline QString applyAndCompare(IssueDocument &document, const RandomEdit &edit) {
    QString text = document.text();
    text.replace(edit.position, edit.removed, edit.added);
    document.applyChange(edit.position, edit.removed, edit.added);
    const IssueDocument full = IssueDocument::parse(text, document.fileName(), document.hasBom());
    return firstDifference(document, full);
}

} // namespace wc::test
