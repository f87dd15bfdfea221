// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsletterreadme.h"

#include <QDir>
#include <QFileInfo>

namespace wc {

QString findNewsletterReadme(const QString &issuePath, const QString &profilePath) {
    if (issuePath.isEmpty())
        return {};
    QDir folder = QFileInfo(issuePath).absoluteDir();
    QString root;
    if (!profilePath.isEmpty()) {
        root = QFileInfo(profilePath).absoluteDir().absolutePath();
        // Only a profile at or above the issue is its newsletter's (findProfile finds no other).
        const QString issueFolder = folder.absolutePath();
        if (issueFolder != root && !issueFolder.startsWith(root + u'/') && root != u'/')
            root.clear();
    }
    for (int level = 0; root.isEmpty() ? level < 2 : true; ++level) {
        const QFileInfo readme(folder.filePath(QStringLiteral("README.md")));
        if (readme.isFile())
            return readme.absoluteFilePath();
        if ((!root.isEmpty() && folder.absolutePath() == root) || !folder.cdUp())
            break;
    }
    return {};
}

} // namespace wc
