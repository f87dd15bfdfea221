// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace wc {

// What the preview may fetch: images only — from http(s), data: URLs, and local files inside
// the document's folder (relative images). Everything else (style sheets, fonts, frames,
// scripts, files elsewhere) is refused. Navigation is PreviewPage's to decide.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    // The folder whose files (and subfolders') images may come from; empty allows none.
    void setDocumentFolder(const QString &folder);
    QString documentFolder() const { return m_folder; }
    bool isInsideDocumentFolder(const QString &path) const;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    // Qt 6 calls interceptRequest() on the UI thread, so this is an ordinary signal.
    void requestBlocked(const QUrl &url);

private:
    QString m_folder; // canonical, without a trailing slash
};

} // namespace wc
