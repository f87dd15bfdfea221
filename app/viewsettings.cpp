// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsettings.h"

#include <QSettings>

#include <algorithm>

namespace wc {

namespace {

const char *const paneKeys[ViewSettings::PaneCount] = {"view/outline", "view/form", "view/source",
                                                       "view/preview"};

} // namespace

ViewSettings ViewSettings::load() {
    const QSettings settings;
    ViewSettings view;
    for (int pane = 0; pane < PaneCount; ++pane)
        view.paneVisible[pane] = settings.value(QLatin1String(paneKeys[pane]), true).toBool();
    // A window with no pane at all would look broken: show everything instead.
    if (std::none_of(std::begin(view.paneVisible), std::end(view.paneVisible),
                     [](bool shown) { return shown; }))
        std::fill(std::begin(view.paneVisible), std::end(view.paneVisible), true);
    view.zoomSteps = std::clamp(settings.value(QStringLiteral("view/zoom"), 0).toInt(),
                                minZoomSteps, maxZoomSteps);
    view.toolbarVisible = settings.value(QStringLiteral("view/toolbar"), true).toBool();
    view.geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    view.splitterState = settings.value(QStringLiteral("window/splitter")).toByteArray();
    return view;
}

void ViewSettings::save() const {
    QSettings settings;
    for (int pane = 0; pane < PaneCount; ++pane)
        settings.setValue(QLatin1String(paneKeys[pane]), paneVisible[pane]);
    settings.setValue(QStringLiteral("view/zoom"), zoomSteps);
    settings.setValue(QStringLiteral("view/toolbar"), toolbarVisible);
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/splitter"), splitterState);
}

} // namespace wc
