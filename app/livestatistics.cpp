// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestatistics.h"

#include "issuesession.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace wc {

LiveStatistics::LiveStatistics(IssueSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_delay(new QTimer(this)) {
    m_delay->setSingleShot(true);
    m_delay->setInterval(recountDelayMs);
    connect(m_delay, &QTimer::timeout, this, &LiveStatistics::startCount);
    connect(session, &IssueSession::documentChanged, m_delay, qOverload<>(&QTimer::start));
    connect(session, &IssueSession::filePathChanged, this, [this](const QString &path) {
        m_profile = path.isEmpty() ? NewsletterProfile::defaults() : findProfile(path).profile;
        m_delay->start();
    });
    connect(&m_watcher, &QFutureWatcher<IssueStatistics>::finished, this,
            &LiveStatistics::countFinished);
}

void LiveStatistics::setProfile(const NewsletterProfile &profile) {
    m_profile = profile;
    m_delay->start();
}

LiveStatistics::~LiveStatistics() {
    // The worker holds its own copies of the document and the profile: it may finish alone.
    m_watcher.disconnect(this);
}

const IssueStatistics &LiveStatistics::recountNow() {
    m_delay->stop();
    m_statistics = computeStatistics(m_session->document(), m_profile);
    m_revision = m_session->revision();
    emit updated();
    return m_statistics;
}

void LiveStatistics::startCount() {
    if (m_watcher.isRunning()) {
        m_delay->start(); // one count at a time; this one is out of date already
        return;
    }
    m_countingRevision = m_session->revision();
    // Copies: IssueDocument and the profile share their data implicitly, so this costs nothing
    // and the worker never reads what the next keystroke changes.
    m_watcher.setFuture(QtConcurrent::run([document = m_session->document(), profile = m_profile] {
        return computeStatistics(document, profile);
    }));
}

void LiveStatistics::countFinished() {
    if (m_countingRevision != m_session->revision())
        return; // typed since: the next count is scheduled already
    m_statistics = m_watcher.result();
    m_revision = m_countingRevision;
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
