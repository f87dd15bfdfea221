// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemanchor.h"
#include "linkfetcher.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QNetworkAccessManager;
class QWidget;

namespace wc {

class IssueSession;

// Issue ▸ Refresh Stars: re-reads the star count of every GitHub repository item that has a
// star note, with a progress dialog that cancels, and writes only the changed numbers, all in
// one undo step once every answer is in. A cancelled refresh changes nothing.
class StarRefresh : public QObject {
    Q_OBJECT
public:
    StarRefresh(IssueSession *session, QNetworkAccessManager *network, QWidget *window);

    // At most this many requests at once.
    static constexpr int maximumRunning = 4;

    void start();
    void cancel();
    bool isRunning() const { return !m_items.isEmpty(); }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // Once per start(): a sentence for the status bar.
    void finished(const QString &message);

private:
    struct Entry {
        ItemAnchor anchor;
        quint64 id = 0;
        bool done = false;
        std::optional<qint64> stars;
        QString error;
    };
    void startWaiting();
    void answered(quint64 id, const LinkResult &result);
    void complete();

    IssueSession *m_session;
    LinkFetcher *m_fetcher;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QList<Entry> m_items;
};

} // namespace wc
