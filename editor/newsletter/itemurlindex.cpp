// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemurlindex.h"

#include "linkidentity.h"
#include "softassert.h"

namespace wc {

QStringList ItemUrlIndex::sectionUrls(const IssueDocument &document, const SectionNode &section) {
    QStringList urls;
    for (const ItemNode &item : section.items) {
        if (item.hasLink && !item.url.isEmpty())
            urls << normalizedUrl(item.url.in(document.text()).toString());
    }
    return urls;
}

bool ItemUrlIndex::update(const IssueDocument &document, int revision,
                          const DocumentChange &change) {
    bool changed = false;
    m_sections.update(
        document, revision, change,
        [&](const SectionNode &section) { return sectionUrls(document, section); },
        [&](const QStringList &urls) {
            for (const QString &url : urls) {
                if (++m_counts[url] == 1)
                    changed = true;
            }
        },
        [&](const QStringList &urls) {
            for (const QString &url : urls) {
                const auto it = m_counts.find(url);
                WC_ASSERT(it != m_counts.end(), continue); // every value removed was added
                if (--it.value() == 0) {
                    m_counts.erase(it);
                    changed = true;
                }
            }
        });
    return changed;
}

QSet<QString> ItemUrlIndex::urls() const {
    QSet<QString> urls;
    urls.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        urls.insert(it.key());
    return urls;
}

} // namespace wc
