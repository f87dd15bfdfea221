// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinetext.h"

namespace wc {

QString outlineText(const IssueDocument &document) {
    const QString &text = document.text();
    QString out;
    out += QStringLiteral("Title: %1\n").arg(document.title().value_or(QStringLiteral("(none)")));
    if (const auto number = document.number())
        out += QStringLiteral("Issue: #%1\n").arg(*number);
    if (const auto date = document.date())
        out += QStringLiteral("Date: %1\n").arg(date->toString(Qt::ISODate));
    for (const Diagnostic &diagnostic : document.diagnostics())
        out +=
            QStringLiteral("Warning (line %1): %2\n").arg(diagnostic.line).arg(diagnostic.message);
    for (const SectionNode &section : document.sections()) {
        const QString indent = section.level == 3 ? QStringLiteral("    ") : QStringLiteral("  ");
        out += QStringLiteral("%1%2 (%3 items, line %4)\n")
                   .arg(indent, document.sectionLabel(section))
                   .arg(section.items.size())
                   .arg(document.lineNumberAt(section.begin));
        for (const ItemNode &item : section.items) {
            out += QStringLiteral("%1  %2 %3\n")
                       .arg(indent, item.number.in(text), item.title.in(text));
        }
    }
    return out;
}

} // namespace wc
