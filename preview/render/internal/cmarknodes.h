// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <vector>

struct cmark_node;

// Edits on cmark-gfm's syntax tree that make the preview's HTML: what the renderer adds to
// plain Markdown (the item number set apart, notes in their spans, only allow-listed URLs)
// is done on nodes before rendering, never on the HTML text.
namespace wc::cmark {

// Empties the destination of every link and image under `root` that html::isSafeDestination
// refuses (the element stays, its href or src is ""). Returns how many were emptied.
int blankUnsafeUrls(cmark_node *root);

// Puts `number` (the item's number and separator, `1、`, `12.`, `①`), which the first text of
// `paragraph` starts with, into <span class="item-number">. Returns false when it does not.
bool markItemNumber(cmark_node *paragraph, QByteArrayView number);

// An item's head line, which the renderer gave cmark as an ATX heading (`#` and blanks over
// the number, so the line cannot join its neighbours): its inline content moves into
// `block` as the item's paragraph, <p class="item-head"> with the heading's source position,
// the number span, then `spacing` (the blanks after the number, kept when text follows).
// The heading is left empty, for its owner to free.
void moveItemHead(cmark_node *heading, cmark_node *block, QByteArrayView number,
                  QByteArrayView spacing);

// Wraps the first note that starts with `opening` (in the text of `blocks`, in order, outside
// link targets and image descriptions) up to its balanced closing bracket — `（` `）` or `(`
// `)`, counted together — in <span class="`cssClass`">. Does nothing, and returns false, when
// the note is not found or does not close among the inline siblings it starts in.
bool wrapNote(const std::vector<cmark_node *> &blocks, QByteArrayView opening,
              QByteArrayView cssClass);

} // namespace wc::cmark
