// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace wc {

class IssueSession;

// Notices when the session's file changes on disk (a `git pull`, another editor). A document
// without unsaved changes is reloaded in place (cursor and selection kept); one with changes
// is never touched: conflict() lets the window ask. Nothing here ever writes the file.
class DiskWatcher : public QObject {
    Q_OBJECT
public:
    explicit DiskWatcher(IssueSession *session, QObject *parent = nullptr);
    // Looks at the file now instead of waiting for the file system's notice.
    void check();

signals:
    void reloaded();
    void conflict();
    void missing();
    void reloadFailed(const QString &error);

private:
    void watch();

    IssueSession *m_session;
    QFileSystemWatcher *m_watcher;
    QTimer m_settle; // editors and git write in several steps: look once they are done
    bool m_reportedMissing = false;
    bool m_reportedConflict = false;
};

} // namespace wc
