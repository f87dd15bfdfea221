// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsletterprofiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace wc {

namespace {

bool sameProfile(const LoadedProfile &a, const LoadedProfile &b) {
    if (a.path != b.path || a.problems.size() != b.problems.size() ||
        a.profile.toYaml() != b.profile.toYaml())
        return false;
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        if (a.problems[i].line != b.problems[i].line ||
            a.problems[i].message != b.problems[i].message)
            return false;
    }
    return true;
}

} // namespace

NewsletterProfiles::NewsletterProfiles(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this)) {
    // A file saved by replacing it (as FileWriter and most editors do) leaves the watcher's
    // list: reload() adds the new file again.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &NewsletterProfiles::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &NewsletterProfiles::reload);
}

QString NewsletterProfiles::folderOf(const QString &issuePath) {
    return issuePath.isEmpty() ? QString() : QFileInfo(issuePath).absolutePath();
}

LoadedProfile NewsletterProfiles::forFolder(const QString &folder) {
    if (folder.isEmpty())
        return m_defaults;
    auto it = m_loaded.find(folder);
    if (it == m_loaded.end()) {
        it = m_loaded.insert(folder, findProfile(folder));
        watch(folder, *it);
    }
    return *it;
}

void NewsletterProfiles::watch(const QString &folder, const LoadedProfile &loaded) {
    // The file itself, and every folder from the issue's up to the one that holds it (or only
    // the issue's folder when there is none): a profile created nearer the issue wins.
    QStringList paths;
    if (!loaded.path.isEmpty())
        paths << loaded.path;
    const QString top = loaded.path.isEmpty() ? folder : QFileInfo(loaded.path).absolutePath();
    QDir dir(folder);
    while (true) {
        paths << dir.absolutePath();
        if (dir.absolutePath() == top || !dir.cdUp())
            break;
    }
    QStringList missing;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString &path : paths) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            missing << path;
    }
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

void NewsletterProfiles::reload() {
    QStringList changed;
    for (auto it = m_loaded.begin(); it != m_loaded.end(); ++it) {
        LoadedProfile now = findProfile(it.key());
        watch(it.key(), now);
        if (!sameProfile(now, *it)) {
            *it = std::move(now);
            changed << it.key();
        }
    }
    for (const QString &folder : changed)
        emit profileChanged(folder);
}

} // namespace wc
