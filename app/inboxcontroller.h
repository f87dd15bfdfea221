// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemurlindex.h"
#include "linkfetcher.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace wc {

class InboxPane;
class IssueEditor;
class LinkInbox;

// Ties one window's inbox to its issue: the file beside the issue (read when the issue gets a
// path, written through FileWriter whenever a link is added, fetched or removed, and when the
// issue is saved), the links the issue already has (hidden, compared normalised), and making
// a link an item: dragged into the outline, or sent to the selected section, one undo step.
//
// The file keeps every link the saved issue lacks: a link sent to a section leaves the file
// only once the issue is saved with it, so discarding the issue's changes loses no link.
// An untitled issue's inbox lives in memory until the first save writes it. A file that cannot
// be read is reported in the pane and never written over.
class InboxController : public QObject {
    Q_OBJECT
public:
    // The window takes the pane (MainWindow::addSidePane).
    InboxController(IssueEditor *editor, QObject *parent = nullptr);
    ~InboxController() override;

    InboxPane *pane() const { return m_pane; }
    LinkInbox *inbox() const { return m_inbox; }
    LinkFetcher *fetcher() const { return m_fetcher; }
    // The file beside the issue, empty for an untitled issue.
    QString filePath() const;
    // Makes row `row` of the inbox an item at the end of the section selected in the outline.
    bool sendToSelectedSection(int row);
    // The revision the index of the issue's item URLs was last brought to (-1: never read).
    // For tests: it is read only while the inbox has links.
    int itemUrlsRevision() const { return m_itemUrls.revision(); }

private:
    void issuePathChanged(const QString &issuePath);
    void documentChanged();
    void updateItemUrls();
    void normaliseSavedUrls();
    void writeFile();
    void showProblem(const QString &message);
    bool insertLinks(const QList<LinkResult> &links, int section, int position);

    IssueEditor *m_editor;
    QNetworkAccessManager *m_network;
    LinkFetcher *m_fetcher;
    LinkInbox *m_inbox;
    InboxPane *m_pane;
    QString m_issuePath;
    QString m_fileError;  // the file cannot be used: it is left as it is
    QByteArray m_written; // the bytes last written or read
    bool m_fileExists = false;
    ItemUrlIndex m_itemUrls;   // the items of the issue as it is now (while the inbox has links)
    QSet<QString> m_savedUrls; // the items of the issue as last saved (or opened)
    // Or, saved while the inbox was empty, their URLs as written, not yet normalised.
    QString m_savedWrittenUrls;
    bool m_savedUrlsPending = false;
    int m_savedUrlsRevision = -1;
};

} // namespace wc
