// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseconventions.h"
#include "textrange.h"

#include <QStringView>

#include <optional>

// Small line-level scanners shared by the parser and the edit API. They read a QString by
// offset and never allocate, so parsing stays a single linear pass.
namespace wc::scan {

bool isBlank(QStringView line);
// ATX heading level (1..6) of a line, or 0.
int atxHeadingLevel(QStringView line);
// Length of the opening code fence run (``` or ~~~, 3 or more) or 0; `fenceChar` receives it.
int fenceOpening(QStringView line, QChar *fenceChar);
bool isFenceClosing(QStringView line, QChar fenceChar, int openLength);
bool isThematicBreak(QStringView line);

// `①`…`⑳`, `㉑`…`㊿`: value 1..50, or 0.
int circledDigitValue(QChar c);
QString circledDigit(int value); // empty when value has no circled form

struct ItemHead {
    qsizetype numberEnd = 0;    // relative to the line start
    qsizetype separatorEnd = 0; // == numberEnd for circled digits
    qsizetype spacingEnd = 0;
};
// `^\d{1,4}(、|\.(?=[ \t]))` or a circled digit, then optional blanks.
std::optional<ItemHead> matchItemHead(QStringView line);

struct Link {
    qsizetype textBegin = 0, textEnd = 0; // between the outer brackets
    qsizetype urlBegin = 0, urlEnd = 0;   // between the parentheses, blanks trimmed
    qsizetype end = 0;                    // after the closing parenthesis
};
// The first `c` not escaped by a backslash (`\[` is a bracket of the text, never a link's
// opening one), or -1.
qsizetype indexOfUnescaped(QStringView s, QChar c);
// An inline link `[text](url)` starting at `pos` (which must hold `[`), within `s`.
// Brackets nest, parentheses in the URL balance, backslash escapes are honoured.
std::optional<Link> matchLink(QStringView s, qsizetype pos);

// `![alt](url)` filling the whole (trimmed) line.
std::optional<Link> matchImageLine(QStringView line);

// `**[🦄文章&教程](https://…)**` (or with the emoji outside the link) on one line, the
// emoji one of the conventions' section emoji.
bool isBoldLinkHeader(QStringView line, const ParseConventions &conventions);

QStringView trimmedRight(QStringView s);

} // namespace wc::scan
