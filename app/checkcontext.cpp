// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcontext.h"

#include "backgroundtask.h"

#include <QFileInfo>

namespace wc {

FolderCheckContext::FolderCheckContext(QObject *parent)
    : CheckContext(parent) {
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &FolderCheckContext::loaded);
}

void FolderCheckContext::setIssuePath(const QString &path) {
    if (path == m_path)
        return;
    m_path = path;
    if (path.isEmpty()) {
        m_profile = NewsletterProfile::defaults();
        m_archive.reset();
        emit changed();
        return;
    }
    // Reading a folder of issues takes tens of milliseconds: never on the window's thread.
    // A scan still running for an older path finishes; loaded() drops its result.
    m_watcher.setFuture(runInBackground<Loaded>([path] {
        const LoadedProfile profile = findProfile(path);
        const QString folder = profile.path.isEmpty() ? QFileInfo(path).absolutePath()
                                                      : QFileInfo(profile.path).absolutePath();
        return Loaded{
            path, profile.profile,
            std::make_shared<const IssueArchive>(IssueArchive::scan(folder, profile.profile))};
    }));
}

void FolderCheckContext::loaded() {
    const Loaded result = m_watcher.result();
    if (result.path != m_path)
        return;
    m_profile = result.profile;
    m_archive = result.archive;
    emit changed();
}

} // namespace wc
