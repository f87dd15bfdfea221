// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;
class QToolBar;
class QWidget;

namespace wc::maintoolbar {

// The icon named `themeName` from the desktop's theme, else the copy bundled in resources/icons.
void setIcon(QAction *action, const char *themeName);
// "Save (Ctrl+S)": the action's text without its mnemonic, and its shortcut when it has one.
QString tooltipFor(const QAction *action);

// The main toolbar of a window, with `actions` (nullptr for a separator), each with a tooltip
// naming its shortcut. It can be hidden from its own context menu or the View menu.
QToolBar *create(QWidget *window, const QList<QAction *> &actions);

} // namespace wc::maintoolbar
