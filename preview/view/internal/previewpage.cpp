// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace wc {

Q_LOGGING_CATEGORY(previewLog, "wc.preview", QtWarningMsg)

void PreviewPage::loadShell(const QString &html, const QUrl &baseUrl) {
    m_expectingShell = true;
    setHtml(html, baseUrl);
}

bool PreviewPage::opensExternally(const QUrl &url) {
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    // setHtml() navigates to a data: URL holding the shell.
    if (m_expectingShell && isMainFrame && url.scheme() == u"data" &&
        type != NavigationTypeLinkClicked) {
        m_expectingShell = false;
        return true;
    }
    if (type == NavigationTypeLinkClicked && opensExternally(url)) {
        QDesktopServices::openUrl(url);
        emit externalLinkOpened(url);
        return false;
    }
    qCDebug(previewLog) << "navigation refused:" << type << url.toString().left(200);
    emit navigationBlocked(url);
    return false;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int line,
                                           const QString &source) {
    // Errors of the isolated world's update code, and CSP reports about refused content.
    if (level == ErrorMessageLevel)
        qCInfo(previewLog) << source << line << message.left(300);
    else
        qCDebug(previewLog) << source << line << message.left(300);
}

} // namespace wc
