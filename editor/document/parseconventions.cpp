// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseconventions.h"

namespace wc {

const ParseConventions &ParseConventions::defaults() {
    static const ParseConventions conventions{
        {QStringLiteral("🎁"), QStringLiteral("如果你觉得"), QStringLiteral("本文首发于"),
         QStringLiteral("If you find"), QStringLiteral("This article was first published"),
         QStringLiteral("この記事")},
        {QStringLiteral("🦄"), QStringLiteral("🐿"), QStringLiteral("🐢"),
         QStringLiteral("🥂"), QStringLiteral("🐧"), QStringLiteral("🐱"), QStringLiteral("🐼"),
         QStringLiteral("🌱"), QStringLiteral("🐡")},
    };
    return conventions;
}

bool ParseConventions::startsWithAny(QStringView text, const QStringList &prefixes) {
    for (const QString &prefix : prefixes) {
        // An empty marker would match every paragraph; the profile refuses one, and here it
        // matches nothing.
        if (!prefix.isEmpty() && text.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace wc
