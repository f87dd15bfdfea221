// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bilingualtext.h"

namespace wc {

BilingualText splitBilingual(QStringView text) {
    const qsizetype at = text.indexOf(QStringLiteral("---"));
    if (at < 0)
        return {text.toString(), text.toString(), false};
    return {text.left(at).toString(), text.mid(at + 3).toString(), true};
}

QString joinBilingual(const QString &chinese, const QString &english) {
    return english.isEmpty() ? chinese : chinese + QStringLiteral("---") + english;
}

bool isBilingualIssue(const IssueDocument &document) {
    if (document.title().value_or(QString()).contains(QStringLiteral("---")))
        return true;
    const QString &text = document.text();
    int linked = 0;
    int bilingual = 0;
    for (const SectionNode &section : document.sections()) {
        for (const ItemNode &item : section.items) {
            if (!item.hasLink)
                continue;
            ++linked;
            if (item.title.in(text).contains(QStringLiteral("---")))
                ++bilingual;
        }
    }
    return 2 * bilingual > linked;
}

} // namespace wc
