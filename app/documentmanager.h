// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace wc {

class ArchiveIndex;
class MainWindow;
class NewsletterProfiles;

// The open issues of the application: one MainWindow each. It owns the windows (those still
// open when it goes are deleted with it), finds the window that has a file open, and decides
// which window a file opens in; loading the file is the window's own business.
class DocumentManager : public QObject {
    Q_OBJECT
public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    QList<MainWindow *> windows() const { return m_windows; }
    // The newsletter profiles of all the windows' folders (one owner, kept current).
    NewsletterProfiles *profiles() const { return m_profiles; }
    // An empty window (not shown yet).
    MainWindow *newWindow();
    // The window that has `path` open, if any.
    MainWindow *findWindow(const QString &path) const;
    // Opens `path`, bringing its window forward if it is already open; `from` is reused when
    // it holds nothing yet. On failure the window has shown why, and nothing is returned.
    MainWindow *open(const QString &path, MainWindow *from = nullptr);
    // File ▸ New Issue: the next issue of the newsletter around `from`'s issue (NewIssueFlow;
    // nullptr when cancelled or failed), else one from the bundled template, in `from` when
    // it holds nothing yet.
    MainWindow *newIssue(MainWindow *from = nullptr);
    // A window on a copy of `path` that belongs to no file (the bundled sample): it is
    // Untitled, and saving asks for a name.
    MainWindow *openUntitledCopy(const QString &path);
    // A window on a document recovered after a crash (see MainWindow::restore).
    MainWindow *restore(const RecoveryStore::Entry &entry);
    // The archive of the newsletter folder `folder`, one for all its windows: made (and its
    // first reading started on a worker thread) when first asked for, kept while the
    // application runs.
    ArchiveIndex *archiveFor(const QString &folder);

private:
    friend class MainWindow;
    void add(MainWindow *window);
    // Shows a window that was filled, or deletes it when filling it failed.
    MainWindow *shownOrDropped(MainWindow *window, bool filled);

    QList<MainWindow *> m_windows;
    NewsletterProfiles *m_profiles;
    QHash<QString, ArchiveIndex *> m_archives; // by absolute folder; children of this object
};

} // namespace wc
