// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"

#include <QListWidget>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace wc {

class ArchiveIndex;

// The search results: dragging one carries the item whole (OutlineDrop::itemsMimeType(), and
// its Markdown and URL for other programs).
class ArchiveResultList : public QListWidget {
    Q_OBJECT
public:
    using QListWidget::QListWidget;
    enum Role { TitleRole = Qt::UserRole + 1, UrlRole, DescriptionRole, HitRole };

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

// The Archive side pane: the issues of the newsletter folder (number, date, title, items per
// kind), and a search over all their items (title, URL, description; every word, ignoring
// case) as you type. Activating a result or an issue asks for it to be opened.
class ArchivePane : public QWidget {
    Q_OBJECT
public:
    explicit ArchivePane(QWidget *parent = nullptr);

    // The archive shown; nullptr when the window's issue lies in no folder (it is untitled).
    void setIndex(ArchiveIndex *index);
    ArchiveIndex *index() const { return m_index; }

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *issueList() const { return m_issues; }
    ArchiveResultList *resultList() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void issueActivated(const QString &path);
    void itemActivated(const QString &path, const wc::ArchiveItem &item);

private:
    void showArchive();
    void search();
    QString countsText(const ArchiveIssue &issue) const;

    QPointer<ArchiveIndex> m_index;
    std::shared_ptr<const IssueArchive> m_archive;
    QLineEdit *m_search;
    QLabel *m_status;
    QTreeWidget *m_issues;
    ArchiveResultList *m_results;
};

} // namespace wc
