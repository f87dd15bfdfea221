// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsletterdialog.h"

#include "newsletterprofiles.h"
#include "profileform.h"
#include "profilewriter.h"
#include "windowprofile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace wc {

NewsletterDialog::NewsletterDialog(const QString &folder, NewsletterProfiles *profiles,
                                   QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_form(new ProfileForm(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Newsletter Profile"));
    const LoadedProfile loaded = profiles->forFolder(folder);
    m_path = loaded.path.isEmpty()
                 ? QDir(folder).filePath(QString::fromLatin1(NewsletterProfile::fileName))
                 : loaded.path;
    m_exists = !loaded.path.isEmpty();
    m_hasProblems = !loaded.problems.isEmpty();
    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_exists) {
        m_status->setText(tr("This newsletter has no profile yet: the form shows the defaults "
                             "(%1). OK creates %2.")
                              .arg(NewsletterProfile::defaults().name, file));
    } else if (m_hasProblems) {
        m_status->setText(WindowProfile::problemText(loaded) + u'\n' +
                          tr("The form shows the defaults; OK replaces the file with them and "
                             "your changes."));
    } else {
        m_status->setText(tr("The profile of the issues in this folder: %1").arg(file));
    }
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_form->setProfile(loaded.profile);
    m_loadedYaml = loaded.profile.toYaml();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

void NewsletterDialog::edit(QWidget *parent, const WindowProfile *profile,
                            NewsletterProfiles *profiles) {
    if (profile->folder().isEmpty()) {
        QMessageBox::information(parent, tr("Newsletter Profile"),
                                 tr("The newsletter profile lives in the folder of the issue. "
                                    "Save the issue first, then edit its newsletter's profile."));
        return;
    }
    NewsletterDialog dialog(profile->folder(), profiles, parent);
    dialog.exec();
}

void NewsletterDialog::accept() {
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    const NewsletterProfile edited = m_form->profile();
    if (m_exists && !m_hasProblems && edited.toYaml() == m_loadedYaml) {
        QDialog::accept(); // nothing changed: the file is left as it is
        return;
    }
    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_exists || m_hasProblems) {
        const QString question =
            m_exists
                ? tr("%1 has problems. Replace its text with the profile in the form?").arg(file)
                : tr("Create %1 with the profile in the form?").arg(file);
        if (QMessageBox::question(this, windowTitle(), question,
                                  QMessageBox::Save | QMessageBox::Cancel,
                                  QMessageBox::Save) != QMessageBox::Save)
            return;
    }
    if (const FileWriter::Result written = saveProfile(m_path, edited); !written) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot write %1: %2").arg(file, written.cause));
        return;
    }
    m_profiles->reload(); // every window of the newsletter now, not when the watcher says so
    QDialog::accept();
}

} // namespace wc
