// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivepane.h"

#include "archiveindex.h"
#include "outlinedrop.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wc {

namespace {

enum IssueColumn { NumberColumn, DateColumn, TitleColumn, ItemsColumn };

// The item as Markdown, for a drop into another program or the source view.
QString markdownOf(const QString &title, const QString &url, const QString &description) {
    QString text = url.isEmpty() ? title : u'[' + title + QStringLiteral("](") + url + u')';
    if (!description.isEmpty())
        text += QStringLiteral("\n\n") + description;
    return text;
}

} // namespace

QStringList ArchiveResultList::mimeTypes() const {
    return {OutlineDrop::itemsMimeType(), QStringLiteral("text/uri-list"),
            QStringLiteral("text/plain")};
}

QMimeData *ArchiveResultList::mimeData(const QList<QListWidgetItem *> &items) const {
    QList<NewItem> fields;
    QList<QUrl> urls;
    QStringList texts;
    for (const QListWidgetItem *row : items) {
        const NewItem item{row->data(TitleRole).toString(), row->data(UrlRole).toString(),
                           row->data(DescriptionRole).toString()};
        fields << item;
        if (!item.url.isEmpty())
            urls << QUrl(item.url);
        texts << markdownOf(item.title, item.url, item.description);
    }
    if (fields.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls(urls);
    data->setText(texts.join(QStringLiteral("\n\n")));
    OutlineDrop::encodeItems(data, fields);
    return data;
}

ArchivePane::ArchivePane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_issues(new QTreeWidget(this))
    , m_results(new ArchiveResultList(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setPlaceholderText(tr("Search all issues"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the archive"));
    m_status->setWordWrap(true);
    m_issues->setHeaderLabels({tr("No."), tr("Date"), tr("Title"), tr("Items")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAlternatingRowColors(true);
    m_issues->header()->setStretchLastSection(true);
    m_results->setDragEnabled(true);
    m_results->setDragDropMode(QAbstractItemView::DragOnly);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setWordWrap(true);
    m_results->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_results, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ArchivePane::search);
    connect(m_issues, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        emit issueActivated(row->data(NumberColumn, Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        if (!m_archive)
            return;
        const QPoint hit = row->data(ArchiveResultList::HitRole).toPoint();
        const ArchiveIssue &issue = m_archive->issues().value(hit.x());
        if (hit.y() < issue.items.size())
            emit itemActivated(issue.path, issue.items[hit.y()]);
    });
    setIndex(nullptr);
}

void ArchivePane::setIndex(ArchiveIndex *index) {
    if (m_index == index && index)
        return;
    if (m_index)
        m_index->disconnect(this);
    m_index = index;
    if (index)
        connect(index, &ArchiveIndex::updated, this, &ArchivePane::showArchive);
    showArchive();
}

QString ArchivePane::countsText(const ArchiveIssue &issue) const {
    QStringList parts;
    const NewsletterProfile &profile = m_index->profile().profile;
    for (const auto &[kind, count] : issue.counts) {
        if (count == 0)
            continue;
        const SectionRule *rule = profile.rule(kind);
        parts << (rule && !rule->unit.isEmpty() ? QString::number(count) + rule->unit
                                                : tr("%n other item(s)", nullptr, count));
    }
    return parts.join(QStringLiteral(" · "));
}

void ArchivePane::showArchive() {
    m_archive = m_index ? m_index->archive() : nullptr;
    m_issues->clear();
    m_search->setEnabled(m_archive != nullptr);
    if (!m_index) {
        m_status->setText(tr("No archive: this issue is not saved in a newsletter folder."));
        search();
        return;
    }
    if (!m_archive) {
        m_status->setText(tr("Reading the archive…"));
        search();
        return;
    }
    QList<QTreeWidgetItem *> rows;
    const QList<ArchiveIssue> &issues = m_archive->issues();
    for (qsizetype i = issues.size() - 1; i >= 0; --i) { // the newest first
        const ArchiveIssue &issue = issues[i];
        auto *row = new QTreeWidgetItem;
        row->setData(NumberColumn, Qt::UserRole, issue.path);
        row->setText(NumberColumn, issue.number ? QString::number(*issue.number) : QString());
        row->setText(DateColumn, issue.date ? issue.date->toString(Qt::ISODate) : QString());
        if (issue.error.isEmpty()) {
            row->setText(TitleColumn, issue.title.isEmpty() ? issue.file : issue.title);
            row->setText(ItemsColumn, countsText(issue));
        } else {
            row->setText(TitleColumn, tr("%1 cannot be read: %2").arg(issue.file, issue.error));
        }
        // The pane is narrow: the whole title, and the file, on hover.
        row->setToolTip(TitleColumn, row->text(TitleColumn) + u'\n' + issue.file);
        rows << row;
    }
    m_issues->addTopLevelItems(rows);
    m_issues->resizeColumnToContents(NumberColumn);
    m_issues->resizeColumnToContents(DateColumn);
    search();
}

void ArchivePane::search() {
    const QString query = m_search->text().trimmed();
    m_results->clear();
    const bool searching = m_archive && !query.isEmpty();
    m_results->setVisible(searching);
    m_issues->setVisible(!searching);
    if (!m_archive)
        return;
    if (!searching) {
        m_status->setText(tr("%n issue(s) in %1", nullptr, int(m_archive->issues().size()))
                              .arg(QDir::toNativeSeparators(m_archive->folder())));
        return;
    }
    constexpr int limit = 200;
    const QList<IssueArchive::Hit> hits = m_archive->search(query, limit);
    for (const IssueArchive::Hit &hit : hits) {
        const ArchiveIssue &issue = m_archive->issues()[hit.issue];
        const ArchiveItem &item = issue.items[hit.item];
        const QString where = issue.number ? tr("#%1").arg(*issue.number) : issue.file;
        auto *row = new QListWidgetItem(
            tr("%1 · %2\n%3")
                .arg(where, item.title.isEmpty() ? item.url : item.title, item.section));
        row->setData(ArchiveResultList::TitleRole, item.title);
        row->setData(ArchiveResultList::UrlRole, item.url);
        row->setData(ArchiveResultList::DescriptionRole, item.description);
        row->setData(ArchiveResultList::HitRole, QPoint(hit.issue, hit.item));
        row->setToolTip(item.url + QStringLiteral("\n\n") + item.description.left(300));
        m_results->addItem(row);
    }
    if (hits.isEmpty())
        m_status->setText(tr("No item matches “%1”.").arg(query));
    else if (hits.size() >= limit)
        m_status->setText(tr("The first %n matching item(s), newest first.", nullptr, limit));
    else
        m_status->setText(tr("%n matching item(s), newest first.", nullptr, int(hits.size())));
}

} // namespace wc
