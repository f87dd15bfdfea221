// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace wc {

// A stretch of a text document found by a search: plain offsets, not QTextCursors, because a
// document updates every live cursor on each edit and signals each one that moved: thousands of
// matches would cost every keystroke milliseconds.
struct TextMatch {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

// Keeps `matches` (sorted, not overlapping) in step with an edit of the text: those after it
// move, those it touched are dropped until the next search.
inline void followEdit(QList<TextMatch> &matches, int position, int removed, int added) {
    const int delta = added - removed;
    // Touched: it overlaps the replaced stretch, or text went in strictly inside it.
    matches.removeIf(
        [&](const TextMatch &m) { return m.end() > position && m.start < position + removed; });
    for (TextMatch &m : matches) {
        if (m.start >= position + removed)
            m.start += delta;
    }
}

} // namespace wc
