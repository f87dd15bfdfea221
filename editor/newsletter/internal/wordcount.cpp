// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordcount.h"

#include "jiebasegmenter.h"

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace wc {

namespace {

bool isSpace(QChar c) {
    return JiebaSegmenter::isPythonSpace(c.unicode());
}

// re.sub(r'(全文\s*)\d+(\s*字)', r'\1\2', text): Python's \s and \d are Unicode-aware.
QString dropOwnCount(QStringView text) {
    static const QString marker = QStringLiteral("全文");
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    qsizetype from = 0;
    while ((from = text.indexOf(marker, from)) >= 0) {
        qsizetype i = from + marker.size();
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const qsizetype digitsStart = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        const qsizetype digitsEnd = i;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (digitsEnd > digitsStart && i < text.size() && text[i] == QChar(u'字')) {
            out += text.mid(copied, digitsStart - copied);
            copied = digitsEnd;
            from = i + 1;
        } else {
            ++from;
        }
    }
    out += text.mid(copied);
    return out;
}

// re.sub(r'---.*?---', '', text, flags=re.S)
QString dropDashSpans(const QString &text) {
    static const QString dashes = QStringLiteral("---");
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    qsizetype open = 0;
    while ((open = text.indexOf(dashes, open)) >= 0) {
        const qsizetype close = text.indexOf(dashes, open + 3);
        if (close < 0)
            break; // no later start can find a closing --- either
        out += QStringView(text).mid(copied, open - copied);
        copied = open = close + 3;
    }
    out += QStringView(text).mid(copied);
    return out;
}

// re.sub(r'\[([^\]]+)\]\([^\)]+\)', r'\1', text), linear: the first `]` and `)` at or after
// every position are known up front, and the pattern can only ever end at those.
QString unlink(const QString &text) {
    const qsizetype n = text.size();
    std::vector<qsizetype> nextBracket(n + 1, -1), nextParen(n + 1, -1);
    for (qsizetype i = n - 1; i >= 0; --i) {
        nextBracket[i] = text[i] == u']' ? i : nextBracket[i + 1];
        nextParen[i] = text[i] == u')' ? i : nextParen[i + 1];
    }
    QString out;
    out.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        if (text[i] == u'[' && i + 1 < n && text[i + 1] != u']') {
            const qsizetype close = nextBracket[i + 1];
            if (close >= 0 && close + 2 < n && text[close + 1] == u'(' && text[close + 2] != u')') {
                const qsizetype paren = nextParen[close + 2];
                if (paren >= 0) {
                    out += QStringView(text).mid(i + 1, close - i - 1);
                    i = paren + 1;
                    continue;
                }
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

} // namespace

QString wordCountText(QStringView text) {
    QString result = unlink(dropDashSpans(dropOwnCount(text)));
    result.removeIf([](QChar c) { return c == u'#' || c == u'*' || c == u'`' || c == u'>'; });
    // The rule then collapses runs of line breaks into one; line breaks are blank tokens that
    // jieba yields one by one, so that step cannot change the count and is left out.
    return result;
}

qsizetype publishedWordCount(QStringView text) {
    const QString prepared = wordCountText(text);
    const QList<uint> ucs4 = prepared.toUcs4();
    const std::u32string codePoints(ucs4.begin(), ucs4.end());
    return JiebaSegmenter::instance().countNonBlankTokens(codePoints);
}

} // namespace wc
