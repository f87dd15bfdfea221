// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "starrefresh.h"

#include "issuesession.h"
#include "linkidentity.h"
#include "linkintake.h"
#include "starcount.h"

#include <QProgressDialog>

#include <algorithm>

namespace wc {

StarRefresh::StarRefresh(IssueSession *session, QNetworkAccessManager *network, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_fetcher(new LinkFetcher(network, this))
    , m_window(window) {
    connect(m_fetcher, &LinkFetcher::finished, this, &StarRefresh::answered);
}

void StarRefresh::start() {
    if (isRunning())
        return;
    const IssueDocument &doc = m_session->document();
    const QString &text = doc.text();
    for (int s = 0; s < doc.sections().size(); ++s) {
        const auto &items = doc.sections()[s].items;
        for (int i = 0; i < items.size(); ++i) {
            // Only the numbers change: an item without a star note keeps having none.
            if (items[i].notes.star.isEmpty() ||
                !githubRepository(items[i].url.in(text).toString()))
                continue;
            Entry entry;
            entry.anchor = ItemAnchor(m_session->textDocument(), doc, {s, i});
            m_items.append(entry);
        }
    }
    if (m_items.isEmpty()) {
        emit finished(tr("No GitHub repository with a star count in this issue."));
        return;
    }
    m_progress = new QProgressDialog(tr("Reading the star counts from GitHub…"), tr("Cancel"), 0,
                                     int(m_items.size()), m_window);
    m_progress->setObjectName(QStringLiteral("starRefreshProgress"));
    m_progress->setWindowTitle(tr("Refresh Stars"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &StarRefresh::cancel);
    m_fetcher->setOptions(LinkIntake::optionsFromSettings());
    startWaiting();
}

void StarRefresh::startWaiting() {
    int running = int(std::count_if(m_items.cbegin(), m_items.cend(),
                                    [](const Entry &e) { return e.id != 0 && !e.done; }));
    for (Entry &entry : m_items) {
        if (running >= maximumRunning)
            return;
        if (entry.id != 0)
            continue;
        entry.id = m_fetcher->fetch(entry.anchor.url());
        ++running;
    }
}

void StarRefresh::cancel() {
    if (!isRunning())
        return;
    const QList<Entry> items = std::exchange(m_items, {});
    for (const Entry &entry : items) {
        if (entry.id != 0 && !entry.done)
            m_fetcher->cancel(entry.id);
    }
    if (m_progress)
        m_progress->deleteLater();
    emit finished(tr("Refresh Stars was cancelled: nothing was changed."));
}

void StarRefresh::answered(quint64 id, const LinkResult &result) {
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [id](const Entry &e) { return e.id == id && !e.done; });
    if (it == m_items.end())
        return;
    it->done = true;
    it->stars = result.stars;
    it->error = result.error;
    if (it->error.isEmpty() && !it->stars)
        it->error = tr("GitHub gave no star count.");
    const int done =
        int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Entry &e) { return e.done; }));
    if (m_progress)
        m_progress->setValue(done);
    if (done == m_items.size())
        complete();
    else
        startWaiting();
}

void StarRefresh::complete() {
    const QList<Entry> items = std::exchange(m_items, {});
    if (m_progress)
        m_progress->deleteLater();
    const IssueDocument &doc = m_session->document();
    const DocumentEdits edits(doc);
    // Each item's note is changed on its own range of the same text: together one edit.
    Edit all;
    int changed = 0;
    int failed = 0;
    QString firstError;
    for (const Entry &entry : items) {
        const auto ref = entry.anchor.find(doc);
        if (!entry.error.isEmpty() || !ref) {
            ++failed;
            if (firstError.isEmpty())
                firstError =
                    entry.error.isEmpty() ? tr("the item was changed meanwhile") : entry.error;
            continue;
        }
        const ItemNode &item = doc.sections()[ref->section].items[ref->item];
        const QString stars = formatStars(*entry.stars);
        if (item.notes.starValue.in(doc.text()) == stars)
            continue;
        all += edits.setItemStars(*ref, stars);
        ++changed;
    }
    std::sort(all.begin(), all.end(), [](const TextReplacement &a, const TextReplacement &b) {
        return a.range.begin < b.range.begin;
    });
    if (!all.isEmpty())
        m_session->apply(all);
    QString message = tr("Refreshed the stars: %n number(s) changed", nullptr, changed);
    if (failed > 0)
        message += tr("; %n could not be read (%1)", nullptr, failed).arg(firstError);
    emit finished(message + u'.');
}

} // namespace wc
