#include "htmlexportactions.h"

#include "htmlexporter.h"
#include "issuesession.h"
#include "previewsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>

namespace wc {

QByteArray HtmlExportActions::exportedHtml(const IssueDocument &document) {
    HtmlExporter::Options options;
    options.theme = PreviewSettings::theme();
    options.userCss = PreviewSettings::userCss();
    return HtmlExporter::exportDocument(document, options);
}

bool HtmlExportActions::writeHtmlFile(const IssueDocument &document, const QString &path,
                                      QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray html = exportedHtml(document);
    if (file.write(html) != html.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString HtmlExportActions::exportWithDialog(QWidget *parent, const IssueSession &session) {
    QString suggestion = session.filePath();
    if (suggestion.isEmpty())
        suggestion = session.displayName();
    const QFileInfo info(suggestion);
    suggestion = info.dir().filePath(info.completeBaseName() + QStringLiteral(".html"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export as HTML"), suggestion,
                                                      tr("HTML pages (*.html *.htm)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!writeHtmlFile(session.document(), path, &error)) {
        QMessageBox::warning(parent, tr("Export as HTML"), error);
        return {};
    }
    return path;
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
