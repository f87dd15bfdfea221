// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewrequestinterceptor.h"

#include <QFileInfo>
#include <QWebEngineUrlRequestInfo>

namespace wc {

void PreviewRequestInterceptor::setDocumentFolder(const QString &folder) {
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
}

bool PreviewRequestInterceptor::isInsideDocumentFolder(const QString &path) const {
    if (m_folder.isEmpty())
        return false;
    // Canonical: `..` and symbolic links cannot lead out of the folder.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(m_folder + u'/');
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info) {
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    switch (info.resourceType()) {
    case QWebEngineUrlRequestInfo::ResourceTypeMainFrame:
        return; // the shell page; every other navigation is refused by PreviewPage
    case QWebEngineUrlRequestInfo::ResourceTypeImage:
        if (scheme == u"http" || scheme == u"https" || scheme == u"data")
            return;
        if (scheme == u"file" && isInsideDocumentFolder(url.toLocalFile()))
            return;
        break;
    default:
        break;
    }
    info.block(true);
    emit requestBlocked(url);
}

} // namespace wc
