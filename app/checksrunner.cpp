// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksrunner.h"

#include "checkcontext.h"
#include "issuesession.h"

namespace wc {

ChecksRunner::ChecksRunner(IssueSession *session, CheckContext *context, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_context(context)
    , m_task([this](int revision, QList<LocatedFinding> findings) {
        finished(revision, std::move(findings));
    }) {
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &ChecksRunner::runNow);
    // Every keystroke only restarts the timer: the checks run once the typing pauses. A run
    // still going is for the text before it: its result is dropped.
    connect(session, &IssueSession::documentChanged, this, [this] {
        m_task.invalidate();
        schedule();
    });
    connect(context, &CheckContext::changed, this, &ChecksRunner::schedule);
    schedule();
}

void ChecksRunner::schedule() {
    m_delay.start();
}

void ChecksRunner::runNow() {
    m_delay.stop();
    if (!m_session->isParsed()) {
        schedule(); // its documentChanged() follows
        return;
    }
    // A run asked for while one goes (the profile or the archive changed) waits for it, and
    // takes its copies when it starts: the worker shares nothing the window changes (the
    // document's text and nodes are implicitly shared, copied on write; the archive is
    // immutable).
    m_task.request(m_session->revision(), [this]() -> LatestResultTask<QList<LocatedFinding>>::Job {
        return [document = m_session->document(), profile = m_context->profile(),
                archive = m_context->archive()] {
            QList<LocatedFinding> findings;
            const QString &text = document.text();
            for (const CheckFinding &finding : checkIssue(document, profile, archive.get())) {
                const qsizetype start = document.lineStart(finding.line);
                qsizetype end = text.indexOf(u'\n', start);
                if (end < 0)
                    end = text.size();
                findings.append({finding, text.mid(start, end - start)});
            }
            return findings;
        };
    });
}

void ChecksRunner::finished(int revision, QList<LocatedFinding> findings) {
    m_revision = revision;
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    emit findingsChanged();
}

} // namespace wc
