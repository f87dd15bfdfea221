// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestatistics.h"

#include "issuesession.h"

#include <QTimer>

namespace wc {

LiveStatistics::LiveStatistics(IssueSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_delay(new QTimer(this))
    , m_task([this](int revision, IssueStatistics statistics) {
        countFinished(revision, std::move(statistics));
    }) {
    m_delay->setSingleShot(true);
    m_delay->setInterval(recountDelayMs);
    connect(m_delay, &QTimer::timeout, this, &LiveStatistics::startCount);
    // A count still going is for the text before the change: its result is dropped.
    connect(session, &IssueSession::documentChanged, this, [this] {
        m_task.invalidate();
        m_delay->start();
    });
    connect(session, &IssueSession::filePathChanged, this, [this](const QString &path) {
        m_profile = path.isEmpty() ? NewsletterProfile::defaults() : findProfile(path).profile;
        m_delay->start();
    });
}

void LiveStatistics::setProfile(const NewsletterProfile &profile) {
    m_profile = profile;
    m_delay->start();
}

const IssueStatistics &LiveStatistics::recountNow() {
    m_delay->stop();
    m_task.invalidate(); // a count on its way is not newer than this one
    m_statistics = computeStatistics(m_session->document(), m_profile);
    m_revision = m_session->revision();
    emit updated();
    return m_statistics;
}

void LiveStatistics::startCount() {
    // Copies, taken when the count starts: IssueDocument and the profile share their data
    // implicitly, so this costs nothing and the worker never reads what the next keystroke
    // changes. A count asked for while one runs waits for it.
    m_task.request(m_session->revision(), [this]() -> LatestResultTask<IssueStatistics>::Job {
        return [document = m_session->document(), profile = m_profile] {
            return computeStatistics(document, profile);
        };
    });
}

void LiveStatistics::countFinished(int revision, IssueStatistics statistics) {
    m_statistics = std::move(statistics);
    m_revision = revision;
    emit updated();
}

QString LiveStatistics::kindTitle(SectionKind kind) {
    switch (kind) {
    case SectionKind::Articles:
        return tr("Articles");
    case SectionKind::Projects:
        return tr("Projects");
    case SectionKind::Media:
        return tr("Audio & video");
    case SectionKind::Discussions:
        return tr("Discussions");
    case SectionKind::PastIssues:
        return tr("Past issues");
    case SectionKind::Other:
        break;
    }
    return tr("Other");
}

} // namespace wc
