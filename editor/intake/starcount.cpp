// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "starcount.h"

namespace wc {

QString formatStars(qint64 stars) {
    if (stars < 0)
        return {};
    if (stars < 1000)
        return QString::number(stars);
    if (stars < 99950) {
        const qint64 tenths = (stars + 50) / 100; // thousands × 10, rounded half up
        return tenths % 10 == 0 ? QStringLiteral("%1K").arg(tenths / 10)
                                : QStringLiteral("%1.%2K").arg(tenths / 10).arg(tenths % 10);
    }
    return QStringLiteral("%1K").arg((stars + 500) / 1000);
}

} // namespace wc
