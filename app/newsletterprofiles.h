// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QHash>
#include <QObject>

class QFileSystemWatcher;

namespace wc {

// The one owner of the loaded newsletter profiles: one per issue folder, found as
// findProfile() finds it (weekly-composer.yaml in the folder or the nearest parent), and
// reloaded when that file changes, appears or goes (QFileSystemWatcher). Every window, pane and
// command of the application reads the profile here and follows profileChanged(), so an edit
// (Settings ▸ Newsletter, or the file changed in another editor) applies to all the open
// windows of that newsletter at once.
class NewsletterProfiles : public QObject {
    Q_OBJECT
public:
    explicit NewsletterProfiles(QObject *parent = nullptr);

    // The profile in force for the issues of `folder` (an absolute folder path; empty: the
    // defaults). Loaded on first use, then kept current.
    LoadedProfile forFolder(const QString &folder);
    // The folder key of an issue file: its absolute folder; empty for no file.
    static QString folderOf(const QString &issuePath);
    // Reads the profile of every known folder again now (after writing the file: the watcher
    // reports a little later); emits profileChanged() for those that differ.
    void reload();

signals:
    // The profile of the issues in `folder` is not what it was.
    void profileChanged(const QString &folder);

private:
    void watch(const QString &folder, const LoadedProfile &loaded);

    QFileSystemWatcher *m_watcher;
    QHash<QString, LoadedProfile> m_loaded;
    LoadedProfile m_defaults;
};

} // namespace wc
