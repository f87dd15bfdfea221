// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace wc {

class IssueSession;
class LiveStatistics;
class SourceEditor;

// The window's status bar: the issue's live counts (items per section kind, each section in
// the tooltip, and the word count the newsletter publishes: LiveStatistics, counted off the
// keystroke's path) and the source cursor's line and column.
class IssueStatusBar : public QObject {
    Q_OBJECT
public:
    IssueStatusBar(QStatusBar *bar, LiveStatistics *statistics, SourceEditor *source);

    QLabel *countsLabel() const { return m_counts; }
    QLabel *wordsLabel() const { return m_words; }
    QLabel *positionLabel() const { return m_position; }
    // Recounts now, on this thread (tests).
    void recount();

private:
    void showCounts();
    void showPosition();

    LiveStatistics *m_statistics;
    SourceEditor *m_source;
    QLabel *m_counts;
    QLabel *m_words;
    QLabel *m_position;
};

} // namespace wc
