// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexportactions.h"

#include "filewriter.h"
#include "htmlexporter.h"
#include "issuesession.h"
#include "previewthemes.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>

namespace wc {

QByteArray HtmlExportActions::exportedHtml(const IssueDocument &document, const QString &theme) {
    HtmlExporter::Options options;
    options.theme = theme.isEmpty() ? Settings::instance().previewTheme() : theme;
    options.userCss = Settings::instance().previewUserCss();
    return HtmlExporter::exportDocument(document, options);
}

bool HtmlExportActions::writeHtmlFile(const IssueDocument &document, const QString &path,
                                      QString *error, const QString &theme) {
    if (const auto written = FileWriter::write(path, exportedHtml(document, theme)); !written) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.cause);
        return false;
    }
    return true;
}

QString HtmlExportActions::exportWithDialog(QWidget *parent, const IssueSession &session,
                                            const QString &theme) {
    QString suggestion = session.filePath();
    if (suggestion.isEmpty())
        suggestion = session.displayName();
    const QFileInfo info(suggestion);
    suggestion = info.dir().filePath(info.completeBaseName() + QStringLiteral(".html"));
    // Qt's own dialog, since a native one cannot hold the theme choice. The theme starts at
    // the one the window's preview shows: the saved setting may be another window's.
    QFileDialog dialog(parent, tr("Export as HTML"), suggestion, tr("HTML pages (*.html *.htm)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("html"));
    dialog.selectFile(suggestion);
    auto *themeChoice = new QComboBox(&dialog);
    themeChoice->setObjectName(QStringLiteral("exportTheme"));
    for (const QString &name : themes::names())
        themeChoice->addItem(themeLabel(name), name);
    themeChoice->setCurrentIndex(std::max(0, themeChoice->findData(theme)));
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout())) {
        const int row = grid->rowCount();
        auto *label = new QLabel(tr("&Theme:"), &dialog);
        label->setBuddy(themeChoice);
        grid->addWidget(label, row, 0);
        grid->addWidget(themeChoice, row, 1);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().first();
    QString error;
    if (!writeHtmlFile(session.document(), path, &error, themeChoice->currentData().toString())) {
        QMessageBox::warning(parent, tr("Export as HTML"), error);
        return {};
    }
    return path;
}

QString HtmlExportActions::themeLabel(const QString &name) {
    if (name == u"default")
        return tr("Default (for readers)");
    if (name == u"dark")
        return tr("Dark");
    return name;
}

QMimeData *HtmlExportActions::mimeData(const IssueDocument &document) {
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(exportedHtml(document)));
    data->setText(document.serializeText());
    return data;
}

void HtmlExportActions::copyToClipboard(const IssueDocument &document) {
    QApplication::clipboard()->setMimeData(mimeData(document));
}

} // namespace wc
