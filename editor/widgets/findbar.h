// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textmatch.h"

#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTextCursor>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;
class QTimer;

namespace wc {

// The find and replace bar over a text editor: incremental search as the pattern is typed,
// match case, whole words, regular expressions and wrap-around; every match is reported (for
// highlighting) with a count. Replace All is one undo step.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection (when it is on one line) as the pattern.
    void openFind();
    // The same with the replace row.
    void openReplace();
    // Hides the bar and its highlights; the keyboard goes back to the editor.
    void dismiss();

    bool findNext();
    bool findPrevious();
    // Replaces the selected match (if the selection is one) and goes to the next.
    void replaceCurrent();
    // Replaces every match in one undo step; returns how many were replaced.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *wrapBox() const { return m_wrap; }
    QLabel *countLabel() const { return m_count; }
    const QList<TextMatch> &matchRanges() const { return m_matches; }
    // The matches as cursors (made on demand: the bar itself keeps offsets).
    QList<QTextCursor> matches() const;
    // The matches are searched again this long after the text last changed.
    static constexpr int rescanDelayMs = 150;

signals:
    // After every search: the matches to highlight (empty when the bar is closed).
    void matchesChanged(const QList<wc::TextMatch> &matches);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setReplaceShown(bool shown);
    // The pattern as a regular expression; invalid when there is nothing to search.
    QRegularExpression expression() const;
    void rescan();
    // Called as the pattern is typed: searches again and goes to the first match from where
    // the search began.
    void patternEdited();
    bool step(bool forward);
    void select(const TextMatch &match);
    // Follows the editor's document (it may be given another one) to keep the offsets right.
    void watchDocument();
    int currentIndex() const;
    void updateCount();
    QString replacementFor(const QRegularExpressionMatch &match) const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QCheckBox *m_wrap;
    QLabel *m_count;
    QTimer *m_rescan;
    QList<TextMatch> m_matches; // sorted
    QPointer<QTextDocument> m_watched;
    QMetaObject::Connection m_watch;
    QString m_problem; // why the pattern cannot be searched
    int m_searchStart = 0;
};

} // namespace wc
