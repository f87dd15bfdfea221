// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace wc {

// The "Open Recent" list, kept in the settings and shared by every window.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int maximum = 10;
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    static QStringList files();
    static void add(const QString &path);
    void rebuildMenu();

signals:
    void openRequested(const QString &path);

private:
    QMenu *m_menu;
};

} // namespace wc
