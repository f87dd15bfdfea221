// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace wc {

// A half-open range [begin, end) of UTF-16 offsets into a document's text.
struct TextRange {
    qsizetype begin = 0;
    qsizetype end = 0;

    constexpr qsizetype length() const { return end - begin; }
    constexpr bool isEmpty() const { return end <= begin; }
    constexpr bool contains(qsizetype pos) const { return pos >= begin && pos < end; }
    QStringView in(const QString &text) const { return QStringView(text).mid(begin, length()); }
    friend constexpr bool operator==(const TextRange &, const TextRange &) = default;
};

} // namespace wc
