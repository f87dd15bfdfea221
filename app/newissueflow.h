// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wc {

class DocumentManager;
class MainWindow;

// File ▸ New Issue in a window whose issue lies in a newsletter folder: the next issue
// (NextIssue) from the newsletter's latest issue, its one-off announcements offered in a
// dialog first, opened untitled in a window whose Save proposes the folder and NextIssue's file
// name, with what NextIssue could not fill in shown in the window's notice bar.
//
// The latest issue is the archive's highest number in the open issue's folder (recursively,
// as `new --from` reads it; the caller gives the folder's ArchiveIndex snapshot); when the open
// issue is numbered as high or higher, the open issue itself is continued, with its unsaved edits.
class NewIssueFlow {
    Q_DECLARE_TR_FUNCTIONS(wc::NewIssueFlow)

public:
    // `archive` and `profile`: the newsletter folder's, as ArchiveIndex read them.
    NewIssueFlow(MainWindow *from, const IssueArchive &archive, const LoadedProfile &profile);
    Q_DISABLE_COPY_MOVE(NewIssueFlow) // m_latest points into m_archive

    // False when the open issue has no file, or its folder no numbered and dated issue: New
    // Issue then starts from the bundled template.
    bool hasArchive() const { return m_hasArchive; }
    // The new issue's window (shown), or nullptr when the dialog was cancelled or the latest
    // issue cannot be read or continued (the reason shown to the user).
    MainWindow *run(DocumentManager *documents);

private:
    // The issue to continue, and where it is; the reason when it cannot be read.
    struct Base {
        std::optional<IssueDocument> document;
        QString path;
        QString error;
    };
    Base base() const;
    void showError(const QString &message) const;

    MainWindow *m_from;
    LoadedProfile m_profile;
    IssueArchive m_archive;
    const ArchiveIssue *m_latest = nullptr;
    bool m_hasArchive = false;
};

} // namespace wc
