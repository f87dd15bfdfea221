// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <string_view>

namespace wc {

// A C++ port of jieba's default segmentation (`jieba.lcut(text)`: cut_all=False, HMM=True),
// faithful to python3-jieba 0.42: the dictionary DAG, the best route by log frequency, and the
// HMM (Viterbi over B/M/E/S) for runs of single characters the dictionary does not know.
// The dictionary and the HMM tables are jieba's own (MIT), converted at build time from the
// Debian package python3-jieba into a resource that is used in place.
//
// Text is taken as code points, as Python strings are: an emoji is one character.
class JiebaSegmenter {
public:
    // The shared instance over the bundled tables; loading them only maps the resource.
    static const JiebaSegmenter &instance();

    // Calls `token` for every token of jieba.lcut(text), in order.
    void segment(std::u32string_view text,
                 const std::function<void(std::u32string_view)> &token) const;
    // The number of tokens that are not blank (Python's str.strip() leaves something).
    qsizetype countNonBlankTokens(std::u32string_view text) const;

    // Python's str.isspace() for one code point (also what `\s` matches in jieba's patterns).
    static bool isPythonSpace(char32_t c);

    struct Tables;

private:
    explicit JiebaSegmenter(const Tables *tables);
    template <typename Sink> void cut(std::u32string_view text, Sink &&sink) const;
    template <typename Sink> void cutDag(std::u32string_view block, Sink &&sink) const;
    template <typename Sink> void cutHmmRun(std::u32string_view buf, Sink &&sink) const;
    template <typename Sink> void viterbi(std::u32string_view han, Sink &&sink) const;
    quint32 frequency(std::u32string_view word) const;

    const Tables *m_tables;
};

} // namespace wc
