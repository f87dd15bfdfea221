// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveindex.h"

#include "newsletterprofiles.h"

#include <QDir>
#include <QDirIterator>

namespace wc {

ArchiveIndex::ArchiveIndex(const QString &folder, NewsletterProfiles *profiles, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(folder).absolutePath())
    , m_profiles(profiles)
    , m_reading([this](int, Reading reading) { readingFinished(std::move(reading)); },
                LatestResultTask<Reading>::Overtaken::Deliver) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(debounceMs);
    connect(&m_settle, &QTimer::timeout, this, &ArchiveIndex::startReading);
    // Every change starts the debounce again; a reading asked for while one goes waits for it.
    // A reading holds nothing of this object (only its own copies of the folder name and the
    // profile), so it may finish after this object is gone; its result is then dropped.
    connect(&m_disk, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_disk, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // Other section rules or parse conventions count and parse the issues differently.
    connect(profiles, &NewsletterProfiles::profileChanged, this, [this](const QString &changed) {
        if (changed == m_folder)
            m_settle.start();
    });
    startReading();
}

bool ArchiveIndex::isCurrent() const {
    return isReady() && !m_reading.isBusy() && !m_settle.isActive();
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
    // The profile in force now, taken on this thread (NewsletterProfiles is the GUI thread's).
    m_reading.run(++m_readings, [folder = m_folder, profile = m_profiles->forFolder(m_folder)] {
        return read(folder, profile);
    });
}

void ArchiveIndex::readingFinished(Reading reading) {
    watch(reading);
    m_profile = std::move(reading.profile);
    m_archive = std::make_shared<const IssueArchive>(std::move(reading.archive));
    emit updated();
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
