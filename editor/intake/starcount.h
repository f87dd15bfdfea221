// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wc {

// A star count as the newsletter writes it in `（star 18.5K）`: below 1,000 the number as it
// is (748); below 99,950 thousands with one decimal, rounded half up, a trailing .0 dropped
// (1,049 → 1K, 1,050 → 1.1K, 8,912 → 8.9K); from there whole thousands (101,400 → 101K).
QString formatStars(qint64 stars);

} // namespace wc
