// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readmeinsertion.h"

#include "comparedialog.h"
#include "filewriter.h"
#include "issuedocument.h"
#include "issuesummary.h"
#include "linebreaks.h"
#include "newsletterprofile.h"
#include "newsletterreadme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStringDecoder>

namespace wc {

ReadmeInsertion::Result ReadmeInsertion::run(QWidget *parent, const IssueDocument &document,
                                             const QString &issuePath, Edition edition,
                                             QString *message) {
    const QString title = tr("Insert Entry into README");
    auto fail = [&](const QString &why) {
        QMessageBox::warning(parent, title, why);
        return Result::Failed;
    };
    if (issuePath.isEmpty())
        return fail(tr("Save the issue first: the README is looked for in its folder."));
    if (!document.number())
        return fail(tr("The issue has no number (Python 潮流周刊#N in its title), so it has no "
                       "place in the README's list."));
    const LoadedProfile profile = findProfile(issuePath);
    const QString readmePath = findNewsletterReadme(issuePath, profile.path);
    if (readmePath.isEmpty())
        return fail(tr("No README.md was found in %1 or the folders above it.")
                        .arg(QDir::toNativeSeparators(QFileInfo(issuePath).absolutePath())));
    QFile file(readmePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(readmePath), file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString before = decoder(bytes);
    if (decoder.hasError())
        return fail(tr("%1 is not UTF-8 text: it is left as it is.")
                        .arg(QDir::toNativeSeparators(readmePath)));
    const QString entry = IssueSummary(document, profile.profile, edition).readmeEntry();
    const QString after = readmeWithEntry(before, entry, *document.number());
    if (after == before) {
        if (message)
            *message = tr("%1 already lists this issue.").arg(QDir::toNativeSeparators(readmePath));
        return Result::Unchanged;
    }
    CompareDialog dialog(
        {title,
         tr("%1: lines marked + are added, lines marked − are replaced. Nothing is written "
            "until you choose Insert.")
             .arg(QDir::toNativeSeparators(readmePath)),
         tr("&Insert"), tr("Cancel")},
        withLfLineBreaks(before), withLfLineBreaks(after), parent);
    dialog.setObjectName(QStringLiteral("readmeInsertionDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return Result::Cancelled;
    if (const auto written = FileWriter::write(readmePath, after.toUtf8()); !written)
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(readmePath), written.cause));
    if (message)
        *message = tr("Inserted the entry into %1.").arg(QDir::toNativeSeparators(readmePath));
    return Result::Written;
}

} // namespace wc
