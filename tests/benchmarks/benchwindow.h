// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real window as the widget benchmarks measure it.

#include "issuedocument.h"
#include "mainwindow.h"

#include <QCoreApplication>

namespace bench {

// Opens `path` in `window` at the size the targets assume and lets it settle.
inline void showWindow(wc::MainWindow &window, const QString &path) {
    if (!window.openFile(path))
        qFatal("cannot open %s", qPrintable(path));
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
}

// The section with the most items: the worst place to type or move.
inline int busiestSection(const wc::IssueDocument &document) {
    int best = 0;
    for (int s = 0; s < document.sections().size(); ++s) {
        if (document.sections()[s].items.size() > document.sections()[best].items.size())
            best = s;
    }
    return best;
}

} // namespace bench
