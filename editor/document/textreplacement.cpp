// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreplacement.h"

#include "commonends.h"

#include <algorithm>

namespace wc {

QString applyEdit(const QString &text, const Edit &edit) {
    QString out;
    out.reserve(text.size() + 64);
    qsizetype pos = 0;
    for (const TextReplacement &r : edit) {
        Q_ASSERT(r.range.begin >= pos && r.range.end <= text.size());
        out.append(QStringView(text).sliced(pos, r.range.begin - pos));
        out.append(r.text);
        pos = r.range.end;
    }
    out.append(QStringView(text).sliced(pos));
    return out;
}

Edit invertEdit(const QString &text, const Edit &edit) {
    Edit inverse;
    qsizetype shift = 0;
    for (const TextReplacement &r : edit) {
        const qsizetype begin = r.range.begin + shift;
        inverse.append({{begin, begin + r.text.size()}, r.range.in(text).toString()});
        shift += r.text.size() - r.range.length();
    }
    return inverse;
}

Edit minimized(const QString &text, TextReplacement replacement) {
    const QStringView old = replacement.range.in(text);
    const QStringView now = replacement.text;
    auto [prefix, suffix] = commonEnds(old, now);
    if (prefix == old.size() && prefix == now.size())
        return {};
    // Keep surrogate pairs whole: never cut between a high and a low surrogate.
    if (prefix > 0 && prefix < old.size() && QChar::isLowSurrogate(old[prefix].unicode()))
        --prefix;
    if (suffix > 0 && QChar::isLowSurrogate(old[old.size() - suffix].unicode()))
        --suffix;
    const TextRange range{replacement.range.begin + prefix, replacement.range.end - suffix};
    return {{range, now.sliced(prefix, now.size() - prefix - suffix).toString()}};
}

} // namespace wc
