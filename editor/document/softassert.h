// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A soft assert, after Qt Creator's QTC_ASSERT: when `condition` fails (a node index from the
// UI or the preview page that no longer names anything, say) it logs where, then runs
// `action` (usually `return` or `continue`) instead of ending the user's session.
//     WC_ASSERT(section < sections.size(), return);
#define WC_ASSERT(condition, action)                                                               \
    if (Q_LIKELY(condition)) {                                                                     \
    } else {                                                                                       \
        qWarning("SOFT ASSERT: \"%s\" in %s:%d", #condition, __FILE__, __LINE__);                  \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)
