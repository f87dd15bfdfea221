// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;
class QToolButton;

namespace wc {

class IssueSession;
class LiveStatistics;

// The Statistics side pane: each section with its kind and items, the items per kind, the
// word count, the stats line as written and whether its numbers agree with the counts, and
// the Update Statistics button. It shows LiveStatistics' counts (made off the keystroke path).
class StatisticsPane : public QWidget {
    Q_OBJECT
public:
    StatisticsPane(IssueSession *session, LiveStatistics *statistics, QAction *update,
                   QWidget *parent = nullptr);

    QTableWidget *sectionTable() const { return m_sections; }
    QLabel *kindsLabel() const { return m_kinds; }
    QLabel *wordsLabel() const { return m_words; }
    QLabel *statsLineLabel() const { return m_statsLine; }
    QLabel *stateLabel() const { return m_state; }

private:
    void showStatistics();

    IssueSession *m_session;
    LiveStatistics *m_statistics;
    QTableWidget *m_sections;
    QLabel *m_kinds;
    QLabel *m_words;
    QLabel *m_statsLine;
    QLabel *m_state;
    QToolButton *m_update;
};

} // namespace wc
