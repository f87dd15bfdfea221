// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentnodes.h"

#include <QStringView>

namespace wc {

// Finds the notes of one item description (`text`, which starts at `base` in the document):
// the star count `（star 18.5K）`, the appendix `（附：…）` and the contributor in every form
// the archive uses — `（投稿自@X）`, `（投稿by@X）`, `（分享自@X）`, `（分享自：X）`, `（来自@X）`,
// `（@X 投稿）`, `(Submitted by @X)`, `(Shared by @X)`, `(Contributed by @X)`, `(From @X)` —
// in full-width or ASCII brackets. The first note of each kind counts.
//
// One pass: brackets are matched with a stack first, so unmatched `（` or `(` cost nothing
// more than any other character (a description is re-scanned on every keystroke).
void scanItemNotes(QStringView text, qsizetype base, ItemNotes &notes);

} // namespace wc
