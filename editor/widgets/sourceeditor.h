// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textmatch.h"

#include <QPlainTextEdit>

class QLabel;

namespace wc {

class IssueDocument;
class IssueSession;
class MarkdownHighlighter;

// The Markdown source: line numbers in a gutter, Markdown highlighting, and the lines of the
// selected outline node marked with a band of colour.
class SourceEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceEditor(QWidget *parent = nullptr);

    void setDocument(QTextDocument *document);
    // Shows the session's text and, after every parse, what the parser found: the front
    // matter's extent (coloured as YAML) and the diagnostics (a banner above the text, the
    // lines underlined).
    void followSession(IssueSession *session);
    void showDocumentState(const IssueDocument &document);
    // Marks the lines [firstLine, lastLine] (1-based); 0 clears the mark.
    void setMarkedLines(int firstLine, int lastLine);
    int markedFirstLine() const { return m_markFirst; }
    int markedLastLine() const { return m_markLast; }
    // Where `block` is shown, in the viewport's coordinates.
    QRectF blockRectInView(const QTextBlock &block) const {
        return blockBoundingGeometry(block).translated(contentOffset());
    }
    // Shows `line` near the top of the view without moving the keyboard focus.
    void revealLine(int line);
    // Highlights the find bar's matches (an empty list clears them). Only those in view are
    // given to Qt as extra selections, again after each scroll.
    void setSearchMatches(const QList<TextMatch> &matches);
    // The matches highlighted now (those in view).
    int searchMatchCount() const { return int(m_searchMatches.size()); }
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterGeometry();
    void paintMarkBand(const QRect &area);
    // The band's colour behind the marked lines (the palette's highlight, faint).
    QColor markColor() const;
    void updateExtraSelections();
    void highlightVisibleMatches();

    QWidget *m_gutter;
    QLabel *m_problems;
    QList<int> m_problemLines;
    qsizetype m_announcedLines = 0;  // the lines of a text about to be set (followSession())
    QList<TextMatch> m_searchRanges; // all of them, sorted
    QList<QTextEdit::ExtraSelection> m_searchMatches; // those in view
    QMetaObject::Connection m_followEdits;
    int m_frontMatterLines = -1; // as last handed to the highlighter
    MarkdownHighlighter *m_highlighter = nullptr;
    int m_markFirst = 0;
    int m_markLast = 0;
};

} // namespace wc
