// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace wc {

// The preview's page never navigates: after the one load of its shell, a click on a link
// opens http(s) and mailto links in the system browser (QDesktopServices) and every other
// navigation — other schemes, redirects, reloads, form posts, drops — is refused.
class PreviewPage : public QWebEnginePage {
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

    // Loads the shell page: the one navigation this page accepts.
    void loadShell(const QString &html, const QUrl &baseUrl);

    static bool opensExternally(const QUrl &url);

signals:
    void externalLinkOpened(const QUrl &url);
    void navigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    bool m_expectingShell = false;
};

} // namespace wc
