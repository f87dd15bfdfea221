// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemanchor.h"

namespace wc {

ItemAnchor::ItemAnchor(QTextDocument *text, const IssueDocument &document, ItemRef ref) {
    if (!DocumentEdits(document).hasItem(ref))
        return;
    const ItemNode &item = document.sections()[ref.section].items[ref.item];
    m_url = item.url.in(document.text()).toString();
    m_cursor = QTextCursor(text);
    // Inside the URL rather than at the item's start, which text inserted before it would
    // push along.
    m_cursor.setPosition(int(item.url.isEmpty() ? item.begin : item.url.begin + 1));
}

std::optional<ItemRef> ItemAnchor::find(const IssueDocument &document) const {
    if (m_cursor.isNull() || m_url.isEmpty())
        return std::nullopt;
    const qsizetype position = m_cursor.position();
    const auto &sections = document.sections();
    for (int s = 0; s < sections.size(); ++s) {
        // (a section's range may hold its `###` subsections: every section is looked into)
        const auto &items = sections[s].items;
        for (int i = 0; i < items.size(); ++i) {
            if (position >= items[i].begin && position < items[i].end)
                return items[i].url.in(document.text()) == m_url ? std::optional(ItemRef{s, i})
                                                                 : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace wc
