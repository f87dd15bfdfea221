// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace wc {

// What the user chose for the window's view: which panes show, the zoom of the source and the
// preview, the toolbar, the window's place and the pane sizes. One small value, read from
// Settings::view() when a window opens and written with Settings::setView() when it closes.
struct ViewSettings {
    enum Pane { Outline, Form, Source, Preview, PaneCount };

    bool paneVisible[PaneCount] = {true, true, true, true};
    // Steps from the default size: each is one point of the source's font and 10 % of the
    // preview's zoom.
    int zoomSteps = 0;
    bool toolbarVisible = true;
    QByteArray geometry;
    QByteArray splitterState;
    // The side panes (dock widgets): which show, where and how large (QMainWindow::saveState).
    QByteArray sidePaneState;

    static constexpr int minZoomSteps = -5;
    static constexpr int maxZoomSteps = 10;
};

} // namespace wc
