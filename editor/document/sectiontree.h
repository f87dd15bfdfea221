// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace wc {

// The tree of sections: a `###` section has the index of its `##` section as `parent`, a
// top-level one -1. These read it from any list of rows with a `parent` member: the parse's
// SectionNodes and the outline's rows alike.

// The sections whose parent is `parent` (-1: the top-level ones), in document order.
template <typename Rows> QList<int> sectionsUnder(const Rows &rows, int parent) {
    QList<int> result;
    for (int s = 0; s < int(rows.size()); ++s) {
        if (rows[s].parent == parent)
            result.append(s);
    }
    return result;
}

// The top-level section that holds `section` (itself when it is one).
template <typename Rows> int topLevelSectionOf(const Rows &rows, int section) {
    while (section >= 0 && section < int(rows.size()) && rows[section].parent >= 0)
        section = rows[section].parent;
    return section;
}

} // namespace wc
