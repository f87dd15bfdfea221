// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeselection.h"

namespace wc {

bool NodeSelection::setCurrent(const OutlineNode &node) {
    if (node == m_current)
        return false;
    m_current = node;
    emit currentChanged(m_current);
    return true;
}

} // namespace wc
