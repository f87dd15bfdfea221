// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentmanager.h"

#include "archiveindex.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "newissueflow.h"
#include "newsletterprofiles.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QStatusBar>

namespace wc {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , m_profiles(new NewsletterProfiles(this)) {}

DocumentManager::~DocumentManager() {
    // Each window leaves the list as it goes.
    while (!m_windows.isEmpty())
        delete m_windows.takeLast();
}

void DocumentManager::add(MainWindow *window) {
    m_windows.append(window);
    connect(window, &QObject::destroyed, this, [this, window] { m_windows.removeAll(window); });
}

MainWindow *DocumentManager::newWindow() {
    return new MainWindow(this);
}

MainWindow *DocumentManager::findWindow(const QString &path) const {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (MainWindow *window : m_windows) {
        if (window->session()->filePath() == absolute)
            return window;
    }
    return nullptr;
}

MainWindow *DocumentManager::shownOrDropped(MainWindow *window, bool filled) {
    if (!filled) {
        window->deleteLater();
        return nullptr;
    }
    window->show();
    return window;
}

MainWindow *DocumentManager::open(const QString &path, MainWindow *from) {
    if (MainWindow *existing = findWindow(path)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    if (from && from->isPristine()) {
        if (!from->openFile(path))
            return nullptr;
        from->show();
        return from;
    }
    MainWindow *window = newWindow();
    // A window not shown yet cannot carry an error dialog: the one that asked does.
    return shownOrDropped(window, window->openFile(path, from));
}

ArchiveIndex *DocumentManager::archiveFor(const QString &folder) {
    const QString absolute = QDir(folder).absolutePath();
    ArchiveIndex *&index = m_archives[absolute];
    if (!index)
        index = new ArchiveIndex(absolute, m_profiles, this);
    return index;
}

MainWindow *DocumentManager::newIssue(MainWindow *from) {
    if (from && !from->session()->filePath().isEmpty()) {
        ArchiveIndex *index = archiveFor(QFileInfo(from->session()->filePath()).absolutePath());
        index->flush();
        if (!index->isCurrent()) {
            // The worker is still reading the folder: wait for it with the events running, so
            // the windows stay responsive (and may close meanwhile).
            QPointer<MainWindow> window = from;
            from->statusBar()->showMessage(tr("Reading the newsletter's archive…"));
            QEventLoop loop;
            connect(index, &ArchiveIndex::updated, &loop, [&loop, index] {
                if (index->isCurrent())
                    loop.quit();
            });
            connect(from, &QObject::destroyed, &loop, &QEventLoop::quit);
            loop.exec();
            if (!window)
                return nullptr;
            from->statusBar()->clearMessage();
        }
        NewIssueFlow flow(from, *index->archive(), index->profile());
        if (flow.hasArchive())
            return flow.run(this);
    }
    MainWindow *window = from && from->isPristine() ? from : newWindow();
    window->newFromTemplate();
    window->show();
    return window;
}

MainWindow *DocumentManager::openUntitledCopy(const QString &path) {
    MainWindow *window = newWindow();
    return shownOrDropped(window, window->openCopyOf(path));
}

MainWindow *DocumentManager::restore(const RecoveryStore::Entry &entry) {
    MainWindow *window = newWindow();
    return shownOrDropped(window, window->restore(entry));
}

} // namespace wc
