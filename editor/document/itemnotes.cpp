// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemnotes.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace wc {

namespace {

bool isOpening(QChar c) {
    return c == u'（' || c == u'(';
}

bool isClosing(QChar c) {
    return c == u'）' || c == u')';
}

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\u3000';
}

struct NameRange {
    qsizetype begin = 0, end = 0; // within the note's inner text
};

qsizetype skipBlanks(QStringView s, qsizetype i) {
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return i;
}

qsizetype trimBlanksBefore(QStringView s, qsizetype begin, qsizetype end) {
    while (end > begin && isBlank(s[end - 1]))
        --end;
    return end;
}

// The contributor's name inside a note's brackets, or nothing when the note is not one.
std::optional<NameRange> contributorName(QStringView inner) {
    struct Prefix {
        QStringView text;
        bool colonForm; // `（分享自：云云）`: a name without @ after a colon
    };
    // Longest first: `投稿自` before `投稿`.
    static constexpr std::array<Prefix, 9> prefixes{{
        {u"投稿自", true},
        {u"投稿by", false},
        {u"投稿", false},
        {u"分享自", true},
        {u"来自", false},
        {u"Submitted by", false},
        {u"Contributed by", false},
        {u"Shared by", false},
        {u"From", false},
    }};
    for (const Prefix &prefix : prefixes) {
        if (!inner.startsWith(prefix.text, Qt::CaseInsensitive))
            continue;
        qsizetype i = skipBlanks(inner, prefix.text.size());
        if (i < inner.size() && inner[i] == u'@') {
            const qsizetype begin = i + 1;
            return NameRange{begin, trimBlanksBefore(inner, begin, inner.size())};
        }
        if (prefix.colonForm && i < inner.size() && (inner[i] == u'：' || inner[i] == u':')) {
            const qsizetype begin = skipBlanks(inner, i + 1);
            if (begin < inner.size() && inner[begin] == u'@') // `分享自：@X`
                return NameRange{begin + 1, trimBlanksBefore(inner, begin + 1, inner.size())};
            return NameRange{begin, trimBlanksBefore(inner, begin, inner.size())};
        }
        return std::nullopt; // `（来自官方文档）`, `(From the docs)`: not a contributor
    }
    // `（@X 投稿）`, `（@王宇昕投稿）`.
    if (inner.startsWith(u'@') && inner.endsWith(u"投稿"))
        return NameRange{1, trimBlanksBefore(inner, 1, inner.size() - 2)};
    return std::nullopt;
}

} // namespace

void scanItemNotes(QStringView text, qsizetype base, ItemNotes &notes) {
    // Notes do not nest and an unclosed bracket is text: the notes are the outermost matched
    // pairs. Brackets are matched with a stack (`（` and `(` nest with each other, `）` and `)`
    // close either); a pair that closes takes the place of the pairs it encloses.
    //
    // The stack holds 32-bit offsets (a file is at most 64 MiB) and is sized once by counting
    // the opening brackets: grown by doubling, a description of 4 MB of `（` took 21 MB of
    // copies and page faults (half the parse), and the time per MB grew with the size.
    struct Pair {
        qsizetype open, close;
    };
    Q_ASSERT(text.size() < std::numeric_limits<quint32>::max());
    std::vector<quint32> stack;
    stack.reserve(size_t(std::count_if(text.begin(), text.end(), isOpening)));
    std::vector<Pair> outermost;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isOpening(c)) {
            stack.push_back(quint32(i));
        } else if (isClosing(c) && !stack.empty()) {
            const qsizetype open = stack.back();
            stack.pop_back();
            while (!outermost.empty() && outermost.back().open > open)
                outermost.pop_back();
            outermost.push_back({open, i});
        }
    }

    for (const auto &[open, close] : outermost) {
        const QStringView inner = text.sliced(open + 1, close - open - 1);
        const TextRange whole{base + open, base + close + 1};
        if (inner.startsWith(u"star ", Qt::CaseInsensitive) && notes.star.isEmpty()) {
            notes.star = whole;
            notes.starValue = {base + open + 6, base + close};
        } else if (inner.startsWith(u"附：") && notes.appendix.isEmpty()) {
            notes.appendix = whole;
            notes.appendixText = {base + open + 3, base + close};
        } else if (notes.contributor.isEmpty()) {
            if (const auto name = contributorName(inner)) {
                notes.contributor = whole;
                notes.contributorName = {base + open + 1 + name->begin,
                                         base + open + 1 + name->end};
            }
        }
    }
}

} // namespace wc
