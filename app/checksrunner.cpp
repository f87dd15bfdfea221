// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksrunner.h"

#include "backgroundtask.h"
#include "checkcontext.h"
#include "issuesession.h"

namespace wc {

ChecksRunner::ChecksRunner(IssueSession *session, CheckContext *context, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_context(context) {
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &ChecksRunner::runNow);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ChecksRunner::finished);
    // Every keystroke only restarts the timer: the checks run once the typing pauses.
    connect(session, &IssueSession::documentChanged, this, &ChecksRunner::schedule);
    connect(context, &CheckContext::changed, this, &ChecksRunner::schedule);
    schedule();
}

void ChecksRunner::schedule() {
    m_delay.start();
}

void ChecksRunner::runNow() {
    m_delay.stop();
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    if (!m_session->isParsed()) {
        schedule(); // its documentChanged() follows
        return;
    }
    // Copies, so the worker shares nothing the window changes: the document's text and nodes
    // are implicitly shared (copied on write), the archive is immutable.
    const int revision = m_session->revision();
    m_watcher.setFuture(
        runInBackground<Result>([document = m_session->document(), profile = m_context->profile(),
                                 archive = m_context->archive(), revision] {
            Result result{revision, {}};
            const QString &text = document.text();
            for (const CheckFinding &finding : checkIssue(document, profile, archive.get())) {
                const qsizetype start = document.lineStart(finding.line);
                qsizetype end = text.indexOf(u'\n', start);
                if (end < 0)
                    end = text.size();
                result.findings.append({finding, text.mid(start, end - start)});
            }
            return result;
        }));
}

void ChecksRunner::finished() {
    Result result = m_watcher.result();
    const bool again = std::exchange(m_again, false);
    if (result.revision != m_session->revision()) {
        // The text changed while the checks ran: its own run is due (the delay is running,
        // or it ran out meanwhile and asked for another).
        ++m_dropped;
        if (again)
            runNow();
        return;
    }
    if (again)
        runNow(); // the profile or the archive changed meanwhile
    m_revision = result.revision;
    if (result.findings == m_findings)
        return;
    m_findings = std::move(result.findings);
    emit findingsChanged();
}

} // namespace wc
