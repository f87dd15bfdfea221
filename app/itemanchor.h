// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"

#include <QTextCursor>

#include <optional>

namespace wc {

// Finds an item again after the text changed under it (typing, other items added or moved):
// a cursor in the item's URL moves with the text, and the URL must still be the one anchored.
class ItemAnchor {
public:
    ItemAnchor() = default;
    ItemAnchor(QTextDocument *text, const IssueDocument &document, ItemRef ref);

    const QString &url() const { return m_url; }
    // The item that holds the anchor and still links the URL; none when it was removed or its
    // URL was changed.
    std::optional<ItemRef> find(const IssueDocument &document) const;

private:
    QTextCursor m_cursor;
    QString m_url;
};

} // namespace wc
