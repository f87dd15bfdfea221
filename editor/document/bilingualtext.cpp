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

namespace {

bool titleIsBilingual(const IssueDocument &document) {
    return document.title().value_or(QString()).contains(QStringLiteral("---"));
}

bool mostAreBilingual(BilingualTally::Titles titles) {
    return 2 * titles.bilingual > titles.linked;
}

} // namespace

bool isBilingualIssue(const IssueDocument &document) {
    if (titleIsBilingual(document))
        return true;
    BilingualTally::Titles total;
    for (const SectionNode &section : document.sections()) {
        const BilingualTally::Titles titles = BilingualTally::countTitles(document, section);
        total.linked += titles.linked;
        total.bilingual += titles.bilingual;
    }
    return mostAreBilingual(total);
}

BilingualTally::Titles BilingualTally::countTitles(const IssueDocument &document,
                                                   const SectionNode &section) {
    Titles titles;
    for (const ItemNode &item : section.items) {
        if (!item.hasLink)
            continue;
        ++titles.linked;
        if (item.title.in(document.text()).contains(QStringLiteral("---")))
            ++titles.bilingual;
    }
    return titles;
}

void BilingualTally::update(const IssueDocument &document, int revision,
                            const DocumentChange &change) {
    m_sections.update(
        document, revision, change,
        [&](const SectionNode &section) { return countTitles(document, section); },
        [this](Titles titles) {
            m_total.linked += titles.linked;
            m_total.bilingual += titles.bilingual;
        },
        [this](Titles titles) {
            m_total.linked -= titles.linked;
            m_total.bilingual -= titles.bilingual;
        });
}

bool BilingualTally::isBilingual(const IssueDocument &document) const {
    return titleIsBilingual(document) || mostAreBilingual(m_total);
}

} // namespace wc
