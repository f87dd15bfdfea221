// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "newsletterprofile.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace wc {

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

// The profile and archive of the issue's folder (the folder of its weekly-composer.yaml, else
// the issue's own), read on a worker thread each time the issue's path changes.
class FolderCheckContext : public CheckContext {
    Q_OBJECT
public:
    explicit FolderCheckContext(QObject *parent = nullptr);

    void setIssuePath(const QString &path) override;
    const NewsletterProfile &profile() const override { return m_profile; }
    std::shared_ptr<const IssueArchive> archive() const override { return m_archive; }
    bool isScanning() const { return m_watcher.isRunning(); }

private:
    struct Loaded {
        QString path;
        NewsletterProfile profile;
        std::shared_ptr<const IssueArchive> archive;
    };
    void loaded();

    QString m_path;
    NewsletterProfile m_profile = NewsletterProfile::defaults();
    std::shared_ptr<const IssueArchive> m_archive;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace wc
