// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace wc {

class IssueSession;
class LiveStatistics;

// Issue ▸ Update Statistics: rewrites only the numbers of the stats line and of the
// front-matter description from fresh counts (the library's statisticsUpdate), as one undo
// step; the wording stays as written. Also run before every save when the setting asks.
class StatisticsUpdater : public QObject {
    Q_OBJECT
public:
    StatisticsUpdater(IssueSession *session, LiveStatistics *statistics, QObject *parent);

    QAction *action() const { return m_action; }
    // Counts now and rewrites what differs; false when every number was right already (or the
    // issue has no stats line).
    bool update();
    // Before a save: updates when Settings::updateStatisticsOnSave() is on.
    void updateBeforeSave();

signals:
    void message(const QString &text);

private:
    IssueSession *m_session;
    LiveStatistics *m_statistics;
    QAction *m_action;
};

} // namespace wc
