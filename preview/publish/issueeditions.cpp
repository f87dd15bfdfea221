// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueeditions.h"

#include "textreplacement.h"

#include "frontmatterparser.h"

#include <QRegularExpression>

namespace wc {

namespace {

// The link texts of a block outside code: `[text](`, innermost brackets.
void cutLinkTexts(const QString &text, TextRange range, Edition edition, Edit &edit) {
    static const QRegularExpression link(QStringLiteral("\\[([^\\[\\]\\n]*)\\]\\("));
    auto it = link.globalMatch(range.in(text));
    while (it.hasNext()) {
        const auto match = it.next();
        const BilingualText parts = splitBilingual(match.capturedView(1));
        if (!parts.bilingual)
            continue;
        const qsizetype begin = range.begin + match.capturedStart(1);
        edit.append({{begin, begin + match.capturedLength(1)},
                     edition == Edition::Chinese ? parts.chinese : parts.english});
    }
}

void cutBlocks(const QString &text, const QList<Block> &blocks, Edition edition, Edit &edit) {
    for (const Block &block : blocks) {
        if (block.kind != Block::Kind::Code)
            cutLinkTexts(text, block.content, edition, edit);
    }
}

QString englishTitle(const IssueDocument &document, const NewsletterProfile &profile,
                     const QString &english) {
    const QString prefix =
        profile.englishTitlePattern.left(profile.englishTitlePattern.indexOf(u'{')).trimmed();
    if (!prefix.isEmpty() && english.trimmed().startsWith(prefix))
        return english; // already "Python Trending Weekly #N: …"
    // The English part of a title may still carry the Chinese "Python 潮流周刊#N：" start.
    static const QRegularExpression numbered(QStringLiteral("^.*?#\\s*\\d+\\s*[：:]\\s*"));
    QString topic = english;
    topic.remove(numbered);
    return QString(profile.englishTitlePattern)
        .replace(QStringLiteral("{number}"), QString::number(document.number().value_or(0)))
        .replace(QStringLiteral("{topic}"), topic.trimmed());
}

} // namespace

QString englishCountsDescription(const IssueDocument &document, const NewsletterProfile &profile) {
    QStringList parts;
    for (const SectionRule &rule : profile.sections) {
        if (rule.englishUnit.isEmpty())
            continue;
        int count = 0;
        for (const SectionNode &section : document.sections()) {
            if (profile.kindOf(document.sectionLabel(section)) == rule.kind)
                count += int(section.items.size());
        }
        if (count > 0)
            parts << QStringLiteral("%1 %2%3").arg(count).arg(
                rule.englishUnit, count == 1 ? QString() : QStringLiteral("s"));
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral("Shared ") + parts.join(QStringLiteral(", "));
}

QString editionText(const IssueDocument &document, const NewsletterProfile &profile,
                    Edition edition) {
    const QString &text = document.text();
    Edit edit;
    if (const auto &frontMatter = document.frontMatter()) {
        for (const FrontMatterField &field : frontMatter->fields) {
            if (field.key != QLatin1String("title") && field.key != QLatin1String("description"))
                continue;
            const BilingualText parts = splitBilingual(field.value);
            QString value = edition == Edition::Chinese ? parts.chinese : parts.english;
            if (edition == Edition::English && field.key == QLatin1String("title"))
                value = englishTitle(document, profile, parts.english);
            else if (edition == Edition::English && !parts.bilingual)
                value = englishCountsDescription(document, profile);
            if (value != field.value || edition == Edition::English)
                edit.append({field.valueText, FrontMatterParser::quoted(value, field.quoting)});
        }
    }
    cutBlocks(text, document.preamble(), edition, edit);
    for (const SectionNode &section : document.sections()) {
        const QString english = edition == Edition::English
                                    ? profile.englishHeading(document.sectionLabel(section))
                                    : QString();
        if (!english.isEmpty()) {
            // The label part of the heading: the link text when the heading is a link.
            const TextRange label = !section.labelLink.isEmpty() && section.labelPrefix.isEmpty()
                                        ? section.labelLink
                                        : section.heading;
            if (label == section.heading && !section.headingUrl.isEmpty())
                edit.append({section.heading, u'[' + english + QStringLiteral("](") +
                                                  section.headingUrl.in(text).toString() + u')'});
            else
                edit.append({label, english});
        } else {
            cutBlocks(text, {section.header}, edition, edit);
        }
        cutBlocks(text, section.intro, edition, edit);
        for (const ItemNode &item : section.items) {
            cutBlocks(text, {item.head}, edition, edit);
            cutBlocks(text, item.body, edition, edit);
        }
        cutBlocks(text, section.trailers, edition, edit);
    }
    std::sort(edit.begin(), edit.end(), [](const TextReplacement &a, const TextReplacement &b) {
        return a.range.begin < b.range.begin;
    });
    QString out = applyEdit(text, edit);
    return document.hasBom() ? QChar(0xFEFF) + out : out;
}

IssueDocument editionDocument(const IssueDocument &document, const NewsletterProfile &profile,
                              Edition edition) {
    QString text = editionText(document, profile, edition);
    if (document.hasBom() && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text == document.text())
        return document;
    return IssueDocument::parse(text, document.fileName(), document.hasBom(),
                                document.conventions());
}

} // namespace wc
