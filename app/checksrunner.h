// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuechecks.h"
#include "latestresulttask.h"

#include <QObject>
#include <QTimer>

namespace wc {

class CheckContext;
class IssueSession;

// One finding with the text of its line (what a dismissal remembers it by).
struct LocatedFinding {
    CheckFinding finding;
    QString lineText;

    friend bool operator==(const LocatedFinding &a, const LocatedFinding &b) {
        return a.lineText == b.lineText && a.finding.kind == b.finding.kind &&
               a.finding.section == b.finding.section && a.finding.item == b.finding.item &&
               a.finding.line == b.finding.line && a.finding.message == b.finding.message &&
               a.finding.details == b.finding.details;
    }
};

// Runs the issue's checks off the keystroke path: `delayMs` after the last change, on a worker
// thread, over a copy of the parsed document. A result for a revision older than the
// session's is dropped (the next run is already due), so the findings always belong to the
// text as it is.
class ChecksRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int delayMs = 250;

    ChecksRunner(IssueSession *session, CheckContext *context, QObject *parent = nullptr);

    const QList<LocatedFinding> &findings() const { return m_findings; }
    // The session revision the findings were computed for; -1 before the first result.
    int revision() const { return m_revision; }
    // How many results came back too late for their text and were dropped.
    int droppedResults() const { return m_task.droppedResults(); }
    // Starts a run now (as the delay would), for a caller that cannot wait.
    void runNow();

signals:
    void findingsChanged();

private:
    void schedule();
    void finished(int revision, QList<LocatedFinding> findings);

    IssueSession *m_session;
    CheckContext *m_context;
    QTimer m_delay;
    QList<LocatedFinding> m_findings;
    int m_revision = -1;
    LatestResultTask<QList<LocatedFinding>> m_task; // last: goes first, with its callback
};

} // namespace wc
