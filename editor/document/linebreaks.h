// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace wc {

// The line breaks QTextDocument knows: "\r\n", "\n", a lone "\r", U+2029, and its frame
// markers U+FDD0 / U+FDD1 each end a line (a block). Everything that turns a file's text into
// the editor's "\n" lines splits it here, so the editor, the comparison with the file on disk
// and the outputs agree on where the lines are.
enum class LineEnding : unsigned char { Lf, CrLf, Cr, ParagraphSeparator, FrameStart, FrameEnd };

QString lineEndingText(LineEnding ending);
LineEnding lineEndingOf(const QString &text); // "\r\n" → CrLf, …; anything else → Lf
// The ending of the first line, "\r\n" or "\n" (also for a text of one line): what a file's
// lines without an ending of their own are given.
QString firstLineEnding(QStringView text);

struct SplitText {
    QString text;                    // the lines joined with "\n", as the editor holds them
    std::vector<LineEnding> endings; // the ending of each line but the last
};
// Splits a file's text where QTextDocument would break it into blocks.
SplitText splitLineEndings(const QString &fileText);

// The text with each of those breaks as "\n": the lines as the editor holds them.
QString withLfLineBreaks(const QString &text);

} // namespace wc
