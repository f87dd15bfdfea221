// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commonends.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace wc::test {

// A line diff (longest common subsequence over the window that differs), used to check that
// an edit touches only the lines it concerns.
struct LineDiff {
    QList<int> removed; // 1-based line numbers in the old text
    QStringList removedText;
    QList<int> added; // 1-based line numbers in the new text
    QStringList addedText;
};

inline LineDiff diffLines(const QString &oldText, const QString &newText) {
    const QStringList a = oldText.split(u'\n');
    const QStringList b = newText.split(u'\n');
    const auto [prefix, suffix] = wc::commonEnds(a, b);
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1
                                                       : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    LineDiff diff;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            ++i, ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            diff.added << int(prefix + j + 1);
            diff.addedText << b[prefix + j];
            ++j;
        } else {
            diff.removed << int(prefix + i + 1);
            diff.removedText << a[prefix + i];
            ++i;
        }
    }
    return diff;
}

} // namespace wc::test
