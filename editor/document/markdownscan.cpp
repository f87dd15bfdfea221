// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownscan.h"

#include <array>

namespace wc::scan {

namespace {

bool isSpaceOrTab(QChar c) {
    return c == u' ' || c == u'\t';
}

qsizetype indentOf(QStringView line) {
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i;
}

} // namespace

bool isBlank(QStringView line) {
    for (QChar c : line) {
        if (!isSpaceOrTab(c))
            return false;
    }
    return true;
}

QStringView trimmedRight(QStringView s) {
    qsizetype n = s.size();
    while (n > 0 && isSpaceOrTab(s[n - 1]))
        --n;
    return s.first(n);
}

int atxHeadingLevel(QStringView line) {
    const qsizetype indent = indentOf(line);
    if (indent > 3)
        return 0;
    qsizetype i = indent;
    while (i < line.size() && line[i] == u'#')
        ++i;
    const qsizetype level = i - indent;
    if (level < 1 || level > 6)
        return 0;
    if (i < line.size() && !isSpaceOrTab(line[i]))
        return 0;
    return int(level);
}

int fenceOpening(QStringView line, QChar *fenceChar) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || indent >= line.size())
        return 0;
    const QChar c = line[indent];
    if (c != u'`' && c != u'~')
        return 0;
    qsizetype i = indent;
    while (i < line.size() && line[i] == c)
        ++i;
    const qsizetype run = i - indent;
    if (run < 3)
        return 0;
    if (c == u'`' && line.sliced(i).contains(u'`'))
        return 0; // a backtick fence's info string cannot hold backticks
    if (fenceChar)
        *fenceChar = c;
    return int(run);
}

bool isFenceClosing(QStringView line, QChar fenceChar, int openLength) {
    const qsizetype indent = indentOf(line);
    if (indent > 3)
        return false;
    qsizetype i = indent;
    while (i < line.size() && line[i] == fenceChar)
        ++i;
    return i - indent >= openLength && isBlank(line.sliced(i));
}

bool isThematicBreak(QStringView line) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line[indent];
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    int count = 0;
    for (qsizetype i = indent; i < line.size(); ++i) {
        if (line[i] == c)
            ++count;
        else if (!isSpaceOrTab(line[i]))
            return false;
    }
    return count >= 3;
}

int circledDigitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= 0x2460 && u <= 0x2473)
        return u - 0x2460 + 1;
    if (u >= 0x3251 && u <= 0x325F)
        return u - 0x3251 + 21;
    if (u >= 0x32B1 && u <= 0x32BF)
        return u - 0x32B1 + 36;
    return 0;
}

QString circledDigit(int value) {
    if (value >= 1 && value <= 20)
        return QString(QChar(char16_t(0x2460 + value - 1)));
    if (value >= 21 && value <= 35)
        return QString(QChar(char16_t(0x3251 + value - 21)));
    if (value >= 36 && value <= 50)
        return QString(QChar(char16_t(0x32B1 + value - 36)));
    return {};
}

std::optional<ItemHead> matchItemHead(QStringView line) {
    ItemHead head;
    if (!line.isEmpty() && circledDigitValue(line[0]) > 0) {
        head.numberEnd = head.separatorEnd = 1;
    } else {
        qsizetype i = 0;
        while (i < line.size() && i < 5 && line[i] >= u'0' && line[i] <= u'9')
            ++i;
        if (i == 0 || i > 4 || i >= line.size())
            return std::nullopt;
        head.numberEnd = i;
        if (line[i] == u'、') {
            head.separatorEnd = i + 1;
        } else if (line[i] == u'.' && i + 1 < line.size() && isSpaceOrTab(line[i + 1])) {
            head.separatorEnd = i + 1;
        } else {
            return std::nullopt;
        }
    }
    qsizetype j = head.separatorEnd;
    while (j < line.size() && isSpaceOrTab(line[j]))
        ++j;
    head.spacingEnd = j;
    return head;
}

qsizetype indexOfUnescaped(QStringView s, QChar c) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == c)
            return i;
        if (s[i] == u'\\')
            ++i;
    }
    return -1;
}

std::optional<Link> matchLink(QStringView s, qsizetype pos) {
    if (pos >= s.size() || s[pos] != u'[')
        return std::nullopt;
    int depth = 0;
    qsizetype i = pos;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            if (--depth == 0)
                break;
        } else if (c == u'\n') {
            return std::nullopt;
        }
    }
    if (i >= s.size() || i + 1 >= s.size() || s[i + 1] != u'(')
        return std::nullopt;
    Link link;
    link.textBegin = pos + 1;
    link.textEnd = i;
    const qsizetype open = i + 1;
    depth = 0;
    qsizetype j = open;
    for (; j < s.size(); ++j) {
        const QChar c = s[j];
        if (c == u'\\') {
            ++j;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth == 0)
                break;
        } else if (c == u'\n') {
            return std::nullopt;
        }
    }
    if (j >= s.size())
        return std::nullopt;
    link.urlBegin = open + 1;
    link.urlEnd = j;
    while (link.urlBegin < link.urlEnd && isSpaceOrTab(s[link.urlBegin]))
        ++link.urlBegin;
    while (link.urlEnd > link.urlBegin && isSpaceOrTab(s[link.urlEnd - 1]))
        --link.urlEnd;
    link.end = j + 1;
    return link;
}

std::optional<Link> matchImageLine(QStringView line) {
    const QStringView trimmed = trimmedRight(line);
    const qsizetype indent = indentOf(trimmed);
    if (indent > 3 || indent + 1 >= trimmed.size() || trimmed[indent] != u'!')
        return std::nullopt;
    auto link = matchLink(trimmed, indent + 1);
    if (!link || link->end != trimmed.size())
        return std::nullopt;
    return link;
}

bool isBoldLinkHeader(QStringView line, const ParseConventions &conventions) {
    const QStringView t = trimmedRight(line);
    if (t.size() < 6 || !t.startsWith(u"**") || !t.endsWith(u"**"))
        return false;
    QStringView inner = t.sliced(2, t.size() - 4);
    const qsizetype bracket = indexOfUnescaped(inner, u'[');
    if (bracket < 0)
        return false;
    auto link = matchLink(inner, bracket);
    if (!link)
        return false;
    const QStringView prefix = inner.first(bracket);
    return conventions.startsWithSectionEmoji(prefix.isEmpty() ? inner.sliced(link->textBegin)
                                                               : prefix);
}

} // namespace wc::scan
