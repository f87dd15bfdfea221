// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuestatistics.h"
#include "latestresulttask.h"
#include "newsletterprofile.h"

#include <QObject>

class QTimer;

namespace wc {

class IssueSession;

// One window's live statistics: items per section and kind, and the word count the newsletter
// publishes. Counting waits until the typing pauses and then runs on a worker thread (the
// jieba count of a 291 KB compilation takes milliseconds the keystrokes should not wait for);
// a count of an older revision than the session's is dropped. The status bar and the
// Statistics pane show the same result.
class LiveStatistics : public QObject {
    Q_OBJECT
public:
    explicit LiveStatistics(IssueSession *session, QObject *parent = nullptr);

    // The counts were last made at `revision()` of the session (-1 before the first).
    const IssueStatistics &statistics() const { return m_statistics; }
    int revision() const { return m_revision; }
    // The profile of the issue's newsletter (weekly-composer.yaml near the file, or defaults).
    const NewsletterProfile &profile() const { return m_profile; }
    // Counts by `profile` from now on (the newsletter's profile file changed).
    void setProfile(const NewsletterProfile &profile);
    // Counts the current text now, on this thread (a file just opened, Update Statistics).
    const IssueStatistics &recountNow();

    // The display name of a kind in the interface's language ("Articles").
    static QString kindTitle(SectionKind kind);
    // The counts are started this long after the text last changed.
    static constexpr int recountDelayMs = 250;

signals:
    // New counts (for the session's current revision).
    void updated();

private:
    void startCount();
    void countFinished(int revision, IssueStatistics statistics);

    IssueSession *m_session;
    QTimer *m_delay;
    IssueStatistics m_statistics;
    int m_revision = -1;
    NewsletterProfile m_profile = NewsletterProfile::defaults();
    LatestResultTask<IssueStatistics> m_task; // last: goes first, with its callback
};

} // namespace wc
