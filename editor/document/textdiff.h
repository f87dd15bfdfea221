// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace wc {

// A unified-style line diff of two texts ("- " lines only in `before`, "+ " only in
// `after`, a few lines of context around each change), for showing what differs from disk.
QString lineDiff(const QString &before, const QString &after, int context = 2);

// The first and last line (1-based, in `after`) of the run where two texts differ; nullopt
// when they agree.
std::optional<std::pair<qsizetype, qsizetype>> differingLines(const QString &before,
                                                              const QString &after);

} // namespace wc
