// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace wc {

class IssueSession;
class SourceEditor;

// The window's status bar: the issue's live counts (items per section and the word count the
// newsletter publishes, from the statistics library) and the source cursor's line and column.
class IssueStatusBar : public QObject {
    Q_OBJECT
public:
    IssueStatusBar(QStatusBar *bar, IssueSession *session, SourceEditor *source);

    QLabel *countsLabel() const { return m_counts; }
    QLabel *wordsLabel() const { return m_words; }
    QLabel *positionLabel() const { return m_position; }
    // The counts are recomputed this long after the text last changed.
    static constexpr int recountDelayMs = 250;
    // The label lists at most this many sections (then "…"); the tooltip lists them all.
    static constexpr int shownSections = 40;
    // Recounts now (tests, and a file just opened).
    void recount();

private:
    void showPosition();

    IssueSession *m_session;
    SourceEditor *m_source;
    QLabel *m_counts;
    QLabel *m_words;
    QLabel *m_position;
    QTimer *m_recount;
    NewsletterProfile m_profile = NewsletterProfile::defaults();
};

} // namespace wc
