#pragma once

#include <QString>

namespace wc {

// A unified-style line diff of two texts ("- " lines only in `before`, "+ " only in
// `after`, a few lines of context around each change), for showing what differs from disk.
QString lineDiff(const QString &before, const QString &after, int context = 2);

// "lines 12–14" style summary of where two texts differ, or an empty string when they agree.
QString differingLines(const QString &before, const QString &after);

} // namespace wc
