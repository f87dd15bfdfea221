// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkfetcher.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

#include <functional>

class QMimeData;

namespace wc {

// One candidate link of the inbox and what its fetch found.
struct InboxLink {
    enum class State { Waiting, Fetching, Ready, Failed };
    LinkResult link; // url always; title, description, stars once fetched
    State state = State::Waiting;
    quint64 fetchId = 0; // while Fetching
    quint64 order = 0;   // the place it was added in, kept while it is hidden
};

// The inbox of one issue: links pasted or dropped there, each fetched (through LinkFetcher, at
// most maximumRunning() at once) and listed with its title, until it becomes an item.
//
// The rows are the links still waiting. A link whose URL is in the issue (setTakenUrls(),
// compared normalised) is hidden, not forgotten: undoing the item brings it back. links()
// gives both, for the file beside the issue.
class LinkInbox : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { UrlRole = Qt::UserRole + 1, StateRole, ErrorRole };
    // What a drag out of the inbox carries (OutlineModel::linksMimeType() is the same type),
    // besides text/uri-list and text/plain for other places.
    static QString mimeType() { return QStringLiteral("application/x-weekly-composer-links"); }

    explicit LinkInbox(LinkFetcher *fetcher, QObject *parent = nullptr);

    // Every http(s) URL in `text`: one a line, or anywhere in running text (a browser's list
    // of tabs, a chat message), without the punctuation that ends a sentence.
    static QStringList urlsInText(QStringView text);

    struct Added {
        int added = 0;
        int duplicates = 0; // already in the inbox or in the issue
    };
    Added addText(QStringView text);
    Added addUrls(const QStringList &urls);
    // Adds the links it does not have yet (from the file beside the issue), keeping what they
    // hold; the ones without a title are fetched again. Returns how many it added.
    int merge(const QList<InboxLink> &links);
    void clear();
    void remove(int row);
    void retry(int row);

    // Which normalised URLs the items have: a fixed set, or a check whose owner
    // keeps it up to date (an ItemUrlIndex) and calls takenUrlsChanged() when its answer
    // changes. The inbox asks it only about its own links, never for the every URL.
    void setTakenUrls(const QSet<QString> &normalizedUrls);
    void setTakenCheck(std::function<bool(const QString &normalizedUrl)> isTaken);
    void takenUrlsChanged();
    // Waiting and hidden links, in the order they were added.
    QList<InboxLink> links() const;
    const InboxLink &linkAt(int row) const { return m_rows.at(row); }
    int busyCount() const;

    int maximumRunning() const { return m_maximumRunning; }
    void setMaximumRunning(int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The links a drag carried (mimeType()).
    static QList<LinkResult> decodeLinks(const QByteArray &bytes);
    static QByteArray encodeLinks(const QList<LinkResult> &links);

signals:
    // Something the file beside the issue holds changed: a link added, removed or fetched.
    void linksChanged();

private:
    bool knows(const QString &normalized) const;
    bool isTaken(const QString &normalized) const;
    void pump();
    void fetched(quint64 id, const LinkResult &result);
    void takeOrRestore();
    QString secondLine(const InboxLink &link) const;

    LinkFetcher *m_fetcher;
    QList<InboxLink> m_rows;   // waiting
    QList<InboxLink> m_hidden; // in the issue
    std::function<bool(const QString &)> m_isTaken;
    QSet<quint64> m_running;
    int m_maximumRunning = 4;
    quint64 m_nextOrder = 1;
};

} // namespace wc
