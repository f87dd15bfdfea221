// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveindex.h"

#include "newsletterprofiles.h"

#include <QDir>
#include <QDirIterator>
#include <QtConcurrent/QtConcurrentRun>

namespace wc {

ArchiveIndex::ArchiveIndex(const QString &folder, NewsletterProfiles *profiles, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(folder).absolutePath())
    , m_profiles(profiles) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(debounceMs);
    connect(&m_settle, &QTimer::timeout, this, &ArchiveIndex::startReading);
    auto changed = [this] {
        if (m_reading.isRunning())
            m_changedWhileReading = true; // read again when this reading is done
        else
            m_settle.start();
    };
    connect(&m_disk, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_disk, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &ArchiveIndex::readingFinished);
    // Other section rules or parse conventions count and parse the issues differently.
    connect(profiles, &NewsletterProfiles::profileChanged, this, [this, changed](const QString &f) {
        if (f == m_folder)
            changed();
    });
    startReading();
}

ArchiveIndex::~ArchiveIndex() {
    // The reading holds nothing of this object (only its own copy of the folder name), so it
    // may finish after this object is gone; its result is then dropped.
    m_reading.disconnect(this);
}

bool ArchiveIndex::isCurrent() const {
    return isReady() && !m_reading.isRunning() && !m_settle.isActive() && !m_changedWhileReading;
}

void ArchiveIndex::flush() {
    if (m_settle.isActive()) {
        m_settle.stop();
        startReading();
    }
}

ArchiveIndex::Reading ArchiveIndex::read(const QString &folder, const LoadedProfile &profile) {
    Reading reading;
    reading.profile = profile;
    reading.archive = IssueArchive::scan(folder, reading.profile.profile);
    reading.folders << folder;
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        reading.folders << it.next();
    return reading;
}

void ArchiveIndex::startReading() {
    m_changedWhileReading = false;
    m_reading.setFuture(
        QtConcurrent::run(&ArchiveIndex::read, m_folder, m_profiles->forFolder(m_folder)));
}

void ArchiveIndex::readingFinished() {
    const Reading reading = m_reading.result();
    watch(reading);
    m_profile = reading.profile;
    m_archive = std::make_shared<const IssueArchive>(reading.archive);
    emit updated();
    if (m_changedWhileReading)
        m_settle.start();
}

void ArchiveIndex::watch(const Reading &reading) {
    // Folders tell of files added, removed or renamed; the issue files of their own changes.
    // (NewsletterProfiles watches the profile.)
    QStringList paths = reading.folders;
    for (const ArchiveIssue &issue : reading.archive.issues())
        paths << issue.path;
    QStringList stale = m_disk.files() + m_disk.directories();
    QStringList added;
    for (const QString &path : std::as_const(paths)) {
        if (!stale.removeOne(path))
            added << path;
    }
    if (!stale.isEmpty())
        m_disk.removePaths(stale);
    if (!added.isEmpty())
        m_disk.addPaths(added);
}

} // namespace wc
