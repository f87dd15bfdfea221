// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>

namespace wc {

// How many elements two sequences (texts, lists of lines or rows) share at their start, and
// then at their end, the end not reaching back into the shared start: what lies between is
// the run that changed. One implementation for every diff in the program.
struct CommonEnds {
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};

// `equal(a[i], b[j])` says whether two elements are the same (== by default).
template <typename A, typename B, typename Equal = std::equal_to<>>
CommonEnds commonEnds(const A &a, const B &b, Equal equal = {}) {
    const qsizetype sizeA = qsizetype(a.size());
    const qsizetype sizeB = qsizetype(b.size());
    const qsizetype limit = std::min(sizeA, sizeB);
    CommonEnds ends;
    while (ends.prefix < limit && equal(a[ends.prefix], b[ends.prefix]))
        ++ends.prefix;
    while (ends.suffix < limit - ends.prefix &&
           equal(a[sizeA - 1 - ends.suffix], b[sizeB - 1 - ends.suffix]))
        ++ends.suffix;
    return ends;
}

} // namespace wc
