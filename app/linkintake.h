// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"
#include "itemanchor.h"
#include "linkfetcher.h"
#include "outlinenode.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QLabel;
class QMimeData;
class QNetworkAccessManager;
class QStatusBar;
class QToolButton;

namespace wc {

class IssueEditor;

// Link intake in the window: a URL pasted or dropped on the outline, added with Add Item from
// the clipboard, or typed into an empty item's URL field becomes an item at once (its URL, the
// host and path as a placeholder title) and is filled in when the fetch returns. The network
// is LinkFetcher's (editor/intake); this class only tracks the items and writes the results.
class LinkIntake : public QObject {
    Q_OBJECT
public:
    // At most this many fetches run at once; the others wait their turn.
    static constexpr int maximumRunning = 4;
    // At most this many links are taken from one paste or drop.
    static constexpr int maximumLinks = 50;

    // `statusBar` (may be null) shows the busy count, a Cancel button and the failures.
    LinkIntake(IssueEditor *editor, QStatusBar *statusBar, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    LinkFetcher *fetcher() const { return m_fetcher; }
    // The fetcher's options from the settings (GitHub API, token), with the timeout given.
    static LinkFetcher::Options optionsFromSettings();

    // The http(s) links in `data` (URLs, or any text with links in it).
    static QStringList linksIn(const QMimeData *data);
    // Inserts one item per URL before item `position` of `section` and fetches each.
    int insertLinks(int section, int position, const QStringList &urls);
    // The links on the clipboard go after the selected item (or at the end of the selected
    // section); false when the clipboard holds none.
    bool pasteFromClipboard();
    // Add Item: with a link on the clipboard, an item for it; otherwise an empty item.
    void addItem();
    // Fetches the page of the item's URL into it.
    void fetchInto(ItemRef ref);

    int busyCount() const { return int(m_pending.size()); }
    int runningCount() const;
    bool isBusy(ItemRef ref) const;
    // The reason the last fetch for the item failed; empty when none did.
    QString failureOf(ItemRef ref) const;
    void cancel(ItemRef ref);
    void cancelAll();

signals:
    void busyChanged(int count);
    // A fetch ended: filled (maybe with nothing to change), failed or cancelled.
    void fetchEnded(const QString &url, const QString &error);

private:
    struct Pending {
        quint64 id = 0; // 0 while waiting its turn
        ItemAnchor anchor;
        LinkItemFields before;
        SectionKind kind = SectionKind::Other;
    };
    struct Failure {
        ItemAnchor anchor;
        QString reason;
    };
    bool eventFilter(QObject *watched, QEvent *event) override;
    void startWaiting();
    void fetchEnd(quint64 id, const LinkResult &result);
    void fill(const Pending &pending, const LinkResult &result);
    void removeFailure(ItemRef ref);
    SectionKind kindOf(int section) const;
    int targetSection() const;
    void update();
    void showFailureOfCurrent();

    IssueEditor *m_editor;
    // The outline and its viewport as they were when the filter went on: eventFilter compares
    // with these, since it also sees events while the outline is being destroyed.
    QObject *m_outline = nullptr;
    QObject *m_outlineViewport = nullptr;
    QNetworkAccessManager *m_network;
    LinkFetcher *m_fetcher;
    QList<Pending> m_pending;
    QList<Failure> m_failures;
    QStatusBar *m_statusBar;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QStringList m_droppedLinks; // of the drop the outline is handling
    bool m_hadMarks = false;    // update() repainted marks last time
};

} // namespace wc
