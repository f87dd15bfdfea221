// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace wc {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu) {
    // Rebuilt each time it opens, so every window shows the latest list.
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    m_menu->clear();
    const QStringList list = Settings::instance().recentFiles();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list[i];
        QAction *action =
            m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        Settings::instance().clearRecentFiles();
        rebuildMenu();
    });
}

} // namespace wc
