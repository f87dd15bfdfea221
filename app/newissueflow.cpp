// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newissueflow.h"

#include "announcementdialog.h"
#include "documentmanager.h"
#include "issuefile.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "newsletterprofiles.h"
#include "nextissue.h"
#include "noticebar.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace wc {

NewIssueFlow::NewIssueFlow(MainWindow *from, const IssueArchive &archive,
                           const LoadedProfile &profile)
    : m_from(from)
    , m_profile(profile)
    , m_archive(archive) {
    if (from->session()->filePath().isEmpty())
        return;
    // The first issue of the highest number: sorted by file name within a number, so the
    // folder's own issue comes before its editions in en/, ja/.
    for (const ArchiveIssue &issue : m_archive.issues()) {
        if (issue.error.isEmpty() && issue.number && issue.date &&
            (!m_latest || *issue.number > *m_latest->number))
            m_latest = &issue;
    }
    m_hasArchive = m_latest != nullptr;
}

NewIssueFlow::Base NewIssueFlow::base() const {
    const IssueSession *session = m_from->session();
    const IssueDocument &open = session->document();
    const bool openIsLatest = open.number() && open.date() && *open.number() >= *m_latest->number;
    Base base;
    base.path = openIsLatest ? session->filePath() : m_latest->path;
    if (openIsLatest && session->isModified()) {
        // The text as the window has it now: the unsaved edits belong to the last issue too.
        base.document = IssueDocument::parse(session->currentText(), base.path, false,
                                             m_profile.profile.conventions);
        return base;
    }
    // From the file: its own line endings, which the next issue keeps.
    auto loaded = IssueFile::load(base.path, m_profile.profile.conventions);
    base.document = std::move(loaded.document);
    base.error = loaded.error;
    return base;
}

void NewIssueFlow::showError(const QString &message) const {
    QMessageBox::warning(m_from, tr("New Issue"), message);
}

MainWindow *NewIssueFlow::run(DocumentManager *documents) {
    const Base last = base();
    const QString lastName = QFileInfo(last.path).fileName();
    if (!last.document) {
        showError(tr("The next issue cannot be made: the newsletter's latest issue, %1, cannot "
                     "be read. %2")
                      .arg(QDir::toNativeSeparators(last.path), last.error));
        return nullptr;
    }
    const NextIssue next(*last.document, m_profile.profile, &m_archive);
    QList<int> keep;
    if (const auto announcements = next.announcements(); !announcements.isEmpty()) {
        AnnouncementDialog dialog(lastName, announcements, m_from);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        keep = dialog.kept();
    }
    const NextIssue::Result result = next.make(keep);
    if (!result.error.isEmpty()) {
        showError(tr("The next issue cannot be made from %1. %2").arg(lastName, result.error));
        return nullptr;
    }

    MainWindow *window = m_from->isPristine() ? m_from : documents->newWindow();
    const QString folder = QFileInfo(last.path).absolutePath();
    window->startUntitled(result.text, QDir(folder).filePath(result.fileName));
    QStringList warnings = result.warnings;
    for (const ProfileProblem &problem : m_profile.problems)
        warnings << tr("%1, line %2: %3 (the defaults are used).")
                        .arg(QDir::toNativeSeparators(m_profile.path))
                        .arg(problem.line)
                        .arg(problem.message);
    if (!warnings.isEmpty())
        window->noticeBar()->showNotice(warnings.join(u'\n'), {{tr("Dismiss"), nullptr}});
    window->statusBar()->showMessage(
        tr("Issue #%1, made from %2.").arg(result.number).arg(lastName), 8000);
    window->show();
    return window;
}

} // namespace wc
