// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace wc {

// The "Open Recent" menu of the list kept in the Settings, which every window shares.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void rebuildMenu();

signals:
    void openRequested(const QString &path);

private:
    QMenu *m_menu;
};

} // namespace wc
