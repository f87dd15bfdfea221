// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "latestresulttask.h"
#include "newsletterprofile.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace wc {

class NewsletterProfiles;

// The archive of one newsletter folder, kept current for the windows of that folder: it is
// read on a worker thread, so opening a window never waits for it, and read
// again, debounced, whenever an issue file or a folder under it changes (QFileSystemWatcher).
// Each reading replaces the whole snapshot; readers hold the snapshot they got.
// The folder's profile comes from the one owner, NewsletterProfiles: each reading takes the
// profile in force, and a change of it (profileChanged) reads the folder again.
class ArchiveIndex : public QObject {
    Q_OBJECT
public:
    // Starts the first reading at once; `folder` is the newsletter's folder.
    ArchiveIndex(const QString &folder, NewsletterProfiles *profiles, QObject *parent = nullptr);

    const QString &folder() const { return m_folder; }
    // A first reading has finished.
    bool isReady() const { return m_archive != nullptr; }
    // Ready, and no change on disk is waiting to be read.
    bool isCurrent() const;
    // The latest snapshot; null until ready.
    std::shared_ptr<const IssueArchive> archive() const { return m_archive; }
    // The profile the latest snapshot was read with.
    const LoadedProfile &profile() const { return m_profile; }
    // Reads a pending change now instead of after the debounce delay (updated() follows).
    void flush();

    // How long changes on disk settle before the folder is read again.
    static constexpr int debounceMs = 250;

signals:
    // A reading finished: a new snapshot is there.
    void updated();

private:
    struct Reading {
        LoadedProfile profile;
        IssueArchive archive;
        QStringList folders; // the folder and its subfolders, to watch for new files
    };
    static Reading read(const QString &folder, const LoadedProfile &profile);
    void startReading();
    void readingFinished(Reading reading);
    void watch(const Reading &reading);

    QString m_folder;
    NewsletterProfiles *m_profiles;
    std::shared_ptr<const IssueArchive> m_archive;
    LoadedProfile m_profile;
    QFileSystemWatcher m_disk;
    QTimer m_settle;
    int m_readings = 0;
    // A reading asked for while one goes waits for it; the one going is still delivered (it
    // is newer than the snapshot there). Last: goes first, with its callback.
    LatestResultTask<Reading> m_reading;
};

} // namespace wc
