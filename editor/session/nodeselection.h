// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinenode.h"

#include <QObject>

namespace wc {

// The node the user is at in one open issue: the only record of it. The outline, the source
// cursor and a click in the preview set it; the form panel, the preview's mark and the link
// intake's failure line follow it. Every view of the issue reads it here rather than keeping
// its own copy, so no two of them can disagree about which node is selected.
class NodeSelection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const OutlineNode &current() const { return m_current; }
    // Makes `node` the current one; returns whether it changed (only then currentChanged()).
    bool setCurrent(const OutlineNode &node);

signals:
    void currentChanged(const OutlineNode &node);

private:
    OutlineNode m_current;
};

} // namespace wc
