// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QMenu;

namespace wc {

class MainWindow;

// The menu bar and the toolbar of one window: File, Edit, View, Issue and Help, with their
// shortcuts and icons. The window and its editor hold the commands; this only makes the
// actions that call them, so the window's own file is about the window (its strings stay in
// MainWindow's translation context).
class MainMenus {
public:
    static void create(MainWindow *w);

private:
    // Cut, Copy, Paste, Select All and the find commands; returns Find.
    static QAction *createEditCommands(MainWindow *w, QMenu *edit);
};

} // namespace wc
