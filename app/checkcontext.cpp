// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcontext.h"

#include "archiveindex.h"
#include "documentmanager.h"
#include "newsletterprofiles.h"

#include <QFileInfo>

namespace wc {

SharedArchiveContext::SharedArchiveContext(DocumentManager *documents, QObject *parent)
    : CheckContext(parent)
    , m_documents(documents) {}

void SharedArchiveContext::setIssuePath(const QString &path) {
    if (path == m_path)
        return;
    m_path = path;
    disconnect(m_updated);
    m_index = nullptr;
    if (!path.isEmpty()) {
        const LoadedProfile profile =
            m_documents->profiles()->forFolder(NewsletterProfiles::folderOf(path));
        const QString folder = profile.path.isEmpty() ? QFileInfo(path).absolutePath()
                                                      : QFileInfo(profile.path).absolutePath();
        m_index = m_documents->archiveFor(folder);
        m_updated = connect(m_index, &ArchiveIndex::updated, this, &CheckContext::changed);
    }
    emit changed();
}

const NewsletterProfile &SharedArchiveContext::profile() const {
    static const NewsletterProfile defaults = NewsletterProfile::defaults();
    return m_index ? m_index->profile().profile : defaults;
}

std::shared_ptr<const IssueArchive> SharedArchiveContext::archive() const {
    return m_index ? m_index->archive() : nullptr;
}

} // namespace wc
