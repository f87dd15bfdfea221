// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "newsletterprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace wc {

class ArchiveIndex;
class DocumentManager;

// What the checks of an open issue need beyond its text: the newsletter's profile and its
// archive of issues (for the past-issue links and "shared before"). An interface, so that the
// application's shared archive index can take the place of the folder scan below.
class CheckContext : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The issue the checks are for moved (opened, saved as): its newsletter may be another.
    virtual void setIssuePath(const QString &path) = 0;
    virtual const NewsletterProfile &profile() const = 0;
    // Null while there is none (an untitled issue, or the scan has not finished).
    virtual std::shared_ptr<const IssueArchive> archive() const = 0;

signals:
    void changed();
};

// The profile and archive of the issue's newsletter (the folder of its weekly-composer.yaml,
// else the issue's own), from the application's shared archive index of that folder: read on
// a worker thread, kept current by its file watcher, the same one the Archive pane shows.
class SharedArchiveContext : public CheckContext {
    Q_OBJECT
public:
    explicit SharedArchiveContext(DocumentManager *documents, QObject *parent = nullptr);

    void setIssuePath(const QString &path) override;
    const NewsletterProfile &profile() const override;
    std::shared_ptr<const IssueArchive> archive() const override;

private:
    DocumentManager *m_documents;
    QString m_path;
    QPointer<ArchiveIndex> m_index;
    QMetaObject::Connection m_updated;
};

} // namespace wc
