// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linebreaks.h"

#include <QString>

#include <vector>

class QTextBlock;
class QTextBlockFormat;
class QTextCursor;
class QTextDocument;

namespace wc {

// QTextDocument turns every line break it is given ("\r\n", "\n", a lone "\r", U+2029, and its
// frame markers U+FDD0 / U+FDD1) into the same paragraph separator. To give back the bytes a
// file was loaded from, the session keeps each line's own ending out of band, in a property of
// the line's block format: formats are part of QTextDocument's undo history, a block split by a
// typed line break hands its format (so its ending) to both halves, and lines removed whole
// take their endings with them. A block without the property has the session's default ending.
LineEnding blockEnding(const QTextBlock &block, LineEnding fallback);
// Gives `cursor`'s block `ending` (no property when it equals `fallback`).
void setBlockEnding(QTextCursor &cursor, LineEnding ending, LineEnding fallback);
// Gives the blocks of `document` the endings listed (in order), changing only those that differ.
void setBlockEndings(QTextDocument *document, const std::vector<LineEnding> &endings,
                     LineEnding fallback);
// Gives `cursor`'s block the ending `source` had (QTextDocument keeps the first block's format
// when it joins two lines; the ending left after the join is the last line's).
void copyBlockEnding(const QTextBlockFormat &source, QTextCursor &cursor);
// The document's text with every line's own ending: the file's text again.
QString textWithEndings(const QTextDocument *document, LineEnding fallback);

} // namespace wc
