// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskwatcher.h"

#include "issuesession.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace wc {

DiskWatcher::DiskWatcher(IssueSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_watcher(new QFileSystemWatcher(this)) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // A file replaced by rename (QSaveFile, git) drops its watch; its folder still reports it.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(session, &IssueSession::filePathChanged, this, &DiskWatcher::watch);
    watch();
}

void DiskWatcher::watch() {
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_reportedMissing = m_reportedConflict = false;
    const QString path = m_session->filePath();
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void DiskWatcher::check() {
    const QString path = m_session->filePath();
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    switch (m_session->diskState()) {
    case IssueSession::DiskState::Same:
        m_reportedMissing = m_reportedConflict = false;
        return;
    case IssueSession::DiskState::Missing:
        if (!m_reportedMissing) {
            m_reportedMissing = true;
            emit missing();
        }
        return;
    case IssueSession::DiskState::Changed:
        m_reportedMissing = false;
        if (m_session->isModified()) {
            if (!m_reportedConflict) {
                m_reportedConflict = true;
                emit conflict();
            }
            return;
        }
        QString error;
        if (m_session->reloadFromDisk(&error))
            emit reloaded();
        else
            emit reloadFailed(error);
        return;
    }
}

} // namespace wc
