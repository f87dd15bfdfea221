// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTimer>

class QPlainTextEdit;
class QTextDocument;

namespace wc {

// A syntax highlighter, as QSyntaxHighlighter (a state per line carried from one line to the
// next, formats per line), that colours only the lines in view and near them.
//
// QSyntaxHighlighter colours every line of a document as soon as it is set: at 16 MB (381,000
// lines) that was a second of the open and a QTextLayout for every line, a third of the
// window's memory. Here, when `view` is a QPlainTextEdit showing `document`:
// - the lines' states (front matter, code fences) are carried forward ("settled") only as far
//   as a line that is needed, and in idle time slices after it, so a line far down still gets
//   the state every line above it leads to;
// - the lines in view, and a margin of lines above and below them, are coloured; a line gets
//   its colours when it comes near the view (a scroll, a resize, an edit);
// - an edit re-reads the edited lines, and the lines after them while their state changes,
//   as QSyntaxHighlighter does, but only as far as the view: the rest is settled later.
// Without such a view (a document shown nowhere, or in another kind of widget), every line is
// coloured, as QSyntaxHighlighter does.
//
// Recolouring never opens an edit block: a recolouring is not a change of the text, so it
// raises no contentsChanged() (the session would parse again) and no undo step.
class LazyHighlighter : public QObject {
    Q_OBJECT
public:
    LazyHighlighter(QTextDocument *document, QWidget *view);

    QTextDocument *document() const { return m_document; }
    // Colours every line now (the lines' rules changed for all of them).
    void rehighlight();
    // The rules changed for the lines [first, last] (0-based): their states and colours are
    // read again, and those after them while their state changes.
    void rehighlightBlocks(int first, int last);
    // New formats for every line (the colours changed, not the states): the lines near the
    // view now, the others when they come into view.
    void recolour();
    // Lines [0, settledBlocks()) have their final state. For tests.
    int settledBlocks() const { return m_settled; }
    // Whether `block` has its formats for the current colours. For tests.
    bool isColoured(const QTextBlock &block) const;
    // Lines coloured on each side of those in view.
    static constexpr int windowMargin = 100;

protected:
    // As QSyntaxHighlighter::highlightBlock: sets the current block's state (and formats).
    virtual void highlightBlock(const QString &text) = 0;
    // False when only the current block's state is wanted (a line far from the view): the
    // formats may be skipped.
    bool isColouring() const { return m_colouring; }
    void setFormat(int start, int count, const QTextCharFormat &format);
    QTextCharFormat format(int position) const;
    int previousBlockState() const { return m_previousState; }
    void setCurrentBlockState(int state) { m_state = state; }
    int currentBlockNumber() const { return m_currentNumber; }

private:
    void contentsChange(int position, int removed, int added);
    // Whether the first changed line had settled before.
    bool blocksChanged(int first, int last, int delta);
    // Settles the states of the lines up to `last` (or until `deadline` passes, when one is
    // given); recolours on the way the lines that are coloured (or all, `colourAll`).
    void settle(int last, bool colourAll, qint64 deadlineNs = -1);
    // Settles up to `last` and colours the lines [first, last] that are not coloured.
    void colourBlocks(int first, int last);
    // The lines in view (and the margin) get their colours; starts the idle settling.
    void colourWindow();
    void scheduleWindow();
    void settleInIdleTime();
    // Runs highlightBlock() on `block` and returns the state it set.
    int process(const QTextBlock &block, int number, int previousState, bool colour);
    void applyFormats(const QTextBlock &block);
    bool isLazy() const;

    QTextDocument *m_document;
    QPlainTextEdit *m_view = nullptr;
    QTimer m_idle;
    bool m_windowPending = false;
    int m_blockCount = 0;
    int m_generation = 1; // the colours' version: a block is coloured for one generation
    // [0, m_settled) have their final state. [m_runStart, m_runEnd), when not empty, are lines
    // whose states were carried from one to the next before an edit above them: once a line in
    // it keeps its stored state, all of them have their final state.
    int m_settled = 0;
    int m_runStart = 0;
    int m_runEnd = 0;
    // The lines last coloured around the view.
    int m_windowFirst = 0;
    int m_windowLast = windowMargin;
    // The block highlightBlock() runs on.
    int m_currentNumber = 0;
    int m_previousState = -1;
    int m_state = -1;
    bool m_colouring = false;
    QList<QTextCharFormat> m_formats;
};

} // namespace wc
