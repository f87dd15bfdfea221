// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsupdater.h"

#include "issuesession.h"
#include "issuestatistics.h"
#include "livestatistics.h"
#include "settings.h"

#include <QAction>

namespace wc {

StatisticsUpdater::StatisticsUpdater(IssueSession *session, LiveStatistics *statistics,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_statistics(statistics)
    , m_action(new QAction(tr("Update S&tatistics"), this)) {
    m_action->setObjectName(QStringLiteral("updateStatisticsAction"));
    m_action->setToolTip(tr("Rewrite the numbers of the stats line and of the description from "
                            "the items and the word count"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (update())
            emit message(tr("The stats line and the description now give the counted numbers."));
        else if (m_statistics->statistics().statsLine.isEmpty())
            emit message(tr("The issue has no stats line to update."));
        else
            emit message(tr("The statistics are up to date."));
    });
}

bool StatisticsUpdater::update() {
    // Fresh counts, not the live ones: the last keystroke may not be counted yet.
    const IssueStatistics &statistics = m_statistics->recountNow();
    const Edit edit = statisticsUpdate(m_session->document(), m_statistics->profile(), statistics);
    return !edit.isEmpty() && m_session->apply(edit);
}

void StatisticsUpdater::updateBeforeSave() {
    if (Settings::instance().updateStatisticsOnSave())
        update();
}

} // namespace wc
