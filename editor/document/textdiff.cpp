// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include "commonends.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace wc {

namespace {

struct Window {
    QStringList a, b;
    qsizetype prefix = 0, suffix = 0;
};

// Lines common to both ends are set aside; only the middle needs a real diff.
Window window(const QString &before, const QString &after) {
    Window w{before.split(u'\n'), after.split(u'\n')};
    const CommonEnds ends = commonEnds(w.a, w.b);
    w.prefix = ends.prefix;
    w.suffix = ends.suffix;
    return w;
}

} // namespace

std::optional<std::pair<qsizetype, qsizetype>> differingLines(const QString &before,
                                                              const QString &after) {
    if (before == after)
        return std::nullopt;
    const Window w = window(before, after);
    const qsizetype first = w.prefix + 1;
    return std::pair{first, std::max(first, w.b.size() - w.suffix)};
}

QString lineDiff(const QString &before, const QString &after, int context) {
    const Window w = window(before, after);
    const qsizetype n = w.a.size() - w.prefix - w.suffix;
    const qsizetype m = w.b.size() - w.prefix - w.suffix;
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, w.prefix - context); i < w.prefix; ++i)
        out << QStringLiteral("  ") + w.a[i];
    if (n * m > 4'000'000) { // too large for a table: show the whole middle as replaced
        for (qsizetype i = 0; i < n; ++i)
            out << QStringLiteral("- ") + w.a[w.prefix + i];
        for (qsizetype j = 0; j < m; ++j)
            out << QStringLiteral("+ ") + w.b[w.prefix + j];
    } else {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = w.a[w.prefix + i] == w.b[w.prefix + j]
                                ? lcs[i + 1][j + 1] + 1
                                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && w.a[w.prefix + i] == w.b[w.prefix + j]) {
                out << QStringLiteral("  ") + w.a[w.prefix + i];
                ++i, ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out << QStringLiteral("+ ") + w.b[w.prefix + j++];
            } else {
                out << QStringLiteral("- ") + w.a[w.prefix + i++];
            }
        }
    }
    const qsizetype tail = w.a.size() - w.suffix;
    for (qsizetype i = tail; i < std::min(w.a.size(), tail + context); ++i)
        out << QStringLiteral("  ") + w.a[i];
    return out.join(u'\n');
}

} // namespace wc
