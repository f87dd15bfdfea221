// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QMimeData;
class QWidget;

namespace wc {

class IssueDocument;
class IssueSession;

// File ▸ Export ▸ HTML… and Edit ▸ Copy as HTML: the standalone HTML of HtmlExporter, with the
// theme and user style sheet chosen in the settings.
class HtmlExportActions {
    Q_DECLARE_TR_FUNCTIONS(wc::HtmlExportActions)
public:
    // Asks for a file name (next to the issue, .html) and the theme (starting at `theme`, the
    // one the window's preview shows) and writes it. Returns the file written; empty when
    // cancelled or when it could not be written (the reason is shown).
    static QString exportWithDialog(QWidget *parent, const IssueSession &session,
                                    const QString &theme);
    // Writes through FileWriter; on failure `error` names the file and the problem. An empty
    // theme is the one in the settings.
    static bool writeHtmlFile(const IssueDocument &document, const QString &path, QString *error,
                              const QString &theme = {});
    // text/html (the exported page) and text/plain (the issue's Markdown).
    static QMimeData *mimeData(const IssueDocument &document);
    static void copyToClipboard(const IssueDocument &document);
    static QByteArray exportedHtml(const IssueDocument &document, const QString &theme = {});
    // A theme's name as the interface shows it.
    static QString themeLabel(const QString &name);
};

} // namespace wc
