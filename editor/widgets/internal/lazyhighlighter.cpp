// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyhighlighter.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <climits>

namespace wc {

namespace {

// Marks a block coloured, for one generation of the colours. Only the blocks near the view
// ever get one.
struct ColourMark : QTextBlockUserData {
    int generation = 0;
};

// Idle settling runs in slices of this much time, so that a keystroke waits at most this long
// behind one (at 16 MB the whole settling takes a few hundred of them).
constexpr qint64 sliceNs = 1'000'000;

} // namespace

LazyHighlighter::LazyHighlighter(QTextDocument *document, QWidget *view)
    : QObject(document)
    , m_document(document)
    , m_view(qobject_cast<QPlainTextEdit *>(view))
    , m_blockCount(document->blockCount()) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &LazyHighlighter::settleInIdleTime);
    connect(document, &QTextDocument::contentsChange, this, &LazyHighlighter::contentsChange);
    if (m_view) {
        connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &LazyHighlighter::colourWindow);
        connect(m_view, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
            if (dy == 0)
                scheduleWindow(); // a resize, a relayout: other lines may be in view
        });
    }
    // As QSyntaxHighlighter: the first colouring once the event loop runs (the document may
    // be filled in meanwhile).
    if (isLazy()) {
        scheduleWindow();
    } else {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_settled == 0) // not coloured by an edit meanwhile
                    rehighlight();
            },
            Qt::QueuedConnection);
    }
}

bool LazyHighlighter::isLazy() const {
    return m_view && m_view->document() == m_document;
}

bool LazyHighlighter::isColoured(const QTextBlock &block) const {
    const auto *mark = static_cast<const ColourMark *>(block.userData());
    return mark && mark->generation == m_generation;
}

void LazyHighlighter::rehighlight() {
    m_settled = 0;
    m_runStart = m_runEnd = 0;
    settle(INT_MAX, true);
}

void LazyHighlighter::rehighlightBlocks(int first, int last) {
    blocksChanged(first, last, 0);
    if (isLazy()) {
        colourBlocks(m_windowFirst, m_windowLast);
        scheduleWindow();
    } else {
        settle(INT_MAX, true);
    }
}

void LazyHighlighter::recolour() {
    ++m_generation;
    if (isLazy())
        colourWindow();
    else
        rehighlight();
}

void LazyHighlighter::setFormat(int start, int count, const QTextCharFormat &format) {
    if (!m_colouring || start < 0 || start >= m_formats.size())
        return;
    const int end = std::min(start + count, int(m_formats.size()));
    for (int i = start; i < end; ++i)
        m_formats[i] = format;
}

QTextCharFormat LazyHighlighter::format(int position) const {
    if (position < 0 || position >= m_formats.size())
        return {};
    return m_formats[position];
}

void LazyHighlighter::contentsChange(int position, int, int added) {
    const int count = m_document->blockCount();
    const int delta = count - m_blockCount;
    m_blockCount = count;
    const QTextBlock firstBlock = m_document->findBlock(position);
    QTextBlock lastBlock = m_document->findBlock(position + added);
    if (!lastBlock.isValid())
        lastBlock = m_document->lastBlock();
    if (!firstBlock.isValid())
        return;
    const int first = firstBlock.blockNumber();
    const int last = std::max(first, lastBlock.blockNumber());
    const bool wasSettled = blocksChanged(first, last, delta);
    if (!isLazy()) {
        settle(INT_MAX, true);
        return;
    }
    // The view has not laid out the new text yet (its layout hears of the change after this):
    // colour the lines around where the view was, now, as QSyntaxHighlighter would inside the
    // change, and look at the view again once it has.
    // Where the view was, in the new numbering (lines after the changed ones move by delta).
    const int oldLast = last - delta;
    for (int *line : {&m_windowFirst, &m_windowLast}) {
        *line = std::min(*line, count - delta - 1);
        if (*line > oldLast)
            *line += delta;
    }
    m_windowFirst = std::clamp(m_windowFirst, 0, count - 1);
    m_windowLast = std::clamp(m_windowLast, m_windowFirst, count - 1);
    // The changed lines are read again if they had settled (and a margin after them, where
    // settling normally meets the states from before); lines further on are settled later.
    int limit = m_windowLast;
    if (wasSettled)
        limit = std::max(limit, std::min(last, first + windowMargin) + 1);
    settle(limit, false);
    colourBlocks(m_windowFirst, m_windowLast);
    scheduleWindow();
}

bool LazyHighlighter::blocksChanged(int first, int last, int delta) {
    // The lines after the changed ones that had settled keep states carried from one to the
    // next: a run, over which settling can jump once one of them keeps its state.
    const int oldSettled = m_settled;
    if (first < oldSettled) {
        m_settled = first;
        m_runStart = last + 1;
        m_runEnd = oldSettled + delta;
        if (m_runEnd <= m_runStart)
            m_runStart = m_runEnd = 0;
    } else if (m_runEnd > first) {
        // An older run, beyond the settled lines: it moves with the lines after the edit, and
        // is given up if the edit is inside it.
        if (m_runStart > last - delta) {
            m_runStart += delta;
            m_runEnd += delta;
        } else {
            m_runStart = m_runEnd = 0;
        }
    }
    if (m_settled < m_blockCount && isLazy())
        m_idle.start();
    return first < oldSettled;
}

int LazyHighlighter::process(const QTextBlock &block, int number, int previousState, bool colour) {
    m_currentNumber = number;
    m_previousState = previousState;
    m_state = -1;
    m_colouring = colour;
    if (colour)
        m_formats.fill(QTextCharFormat(), std::max(0, block.length() - 1));
    highlightBlock(block.text());
    if (colour) {
        applyFormats(block);
        auto *mark = static_cast<ColourMark *>(block.userData());
        if (!mark) {
            mark = new ColourMark;
            QTextBlock(block).setUserData(mark);
        }
        mark->generation = m_generation;
    }
    m_colouring = false;
    return m_state;
}

void LazyHighlighter::applyFormats(const QTextBlock &block) {
    // As QSyntaxHighlighter: the input method's preedit text keeps its own formats, and the
    // layout is told only when the formats changed.
    QTextLayout *layout = block.layout();
    QList<QTextLayout::FormatRange> ranges = layout->formats();
    bool changed = false;
    const int preeditStart = layout->preeditAreaPosition();
    const int preeditLength = int(layout->preeditAreaText().size());
    if (preeditLength != 0) {
        const auto outside = [=](const QTextLayout::FormatRange &range) {
            return range.start < preeditStart ||
                   range.start + range.length > preeditStart + preeditLength;
        };
        changed = ranges.removeIf(outside) > 0;
    } else if (!ranges.isEmpty()) {
        ranges.clear();
        changed = true;
    }
    const int size = int(m_formats.size());
    for (int i = 0; i < size;) {
        if (m_formats[i] == QTextCharFormat()) {
            ++i;
            continue;
        }
        QTextLayout::FormatRange range;
        range.start = i;
        range.format = m_formats[i];
        while (i < size && m_formats[i] == range.format)
            ++i;
        range.length = i - range.start;
        if (preeditLength != 0) {
            if (range.start >= preeditStart)
                range.start += preeditLength;
            else if (range.start + range.length >= preeditStart)
                range.length += preeditLength;
        }
        ranges << range;
        changed = true;
    }
    if (changed && ranges == layout->formats())
        changed = false;
    if (changed) {
        layout->setFormats(ranges);
        m_document->markContentsDirty(block.position(), block.length());
    }
}

void LazyHighlighter::settle(int last, bool colourAll, qint64 deadlineNs) {
    last = std::min(last, m_document->blockCount() - 1);
    if (m_settled > last)
        return;
    QElapsedTimer clock;
    if (deadlineNs >= 0)
        clock.start();
    QTextBlock block = m_document->findBlockByNumber(m_settled);
    int number = m_settled;
    int previous = number == 0 ? -1 : block.previous().userState();
    while (block.isValid() && number <= last) {
        const int stored = block.userState();
        const int state = process(block, number, previous, colourAll || isColoured(block));
        if (state != stored)
            block.setUserState(state);
        const bool inRun = number >= m_runStart && number < m_runEnd;
        ++number;
        if (inRun && state == stored) {
            // The lines after it follow from this state as they did before the edit.
            number = m_runEnd;
            m_runStart = m_runEnd = 0;
            block = m_document->findBlockByNumber(number);
            previous = block.isValid() ? block.previous().userState() : -1;
            continue;
        }
        if (number >= m_runEnd)
            m_runStart = m_runEnd = 0;
        previous = state;
        block = block.next();
        if (deadlineNs >= 0 && (number & 63) == 0 && clock.nsecsElapsed() > deadlineNs)
            break;
    }
    m_settled = std::min(std::max(m_settled, number), m_document->blockCount());
}

void LazyHighlighter::colourBlocks(int first, int last) {
    last = std::min(last, m_document->blockCount() - 1);
    settle(last, false);
    QTextBlock block = m_document->findBlockByNumber(first);
    for (int number = first; block.isValid() && number <= last; ++number, block = block.next()) {
        if (!isColoured(block)) {
            const int previous = number == 0 ? -1 : block.previous().userState();
            block.setUserState(process(block, number, previous, true));
        }
    }
}

void LazyHighlighter::scheduleWindow() {
    if (m_windowPending)
        return;
    m_windowPending = true;
    QMetaObject::invokeMethod(this, &LazyHighlighter::colourWindow, Qt::QueuedConnection);
}

void LazyHighlighter::colourWindow() {
    m_windowPending = false;
    if (!isLazy())
        return;
    const QRect area = m_view->viewport()->rect();
    const int top = m_view->cursorForPosition(area.topLeft()).blockNumber();
    const int bottom = m_view->cursorForPosition(area.bottomRight()).blockNumber();
    m_windowFirst = std::max(0, top - windowMargin);
    m_windowLast = std::min(bottom + windowMargin, m_document->blockCount() - 1);
    colourBlocks(m_windowFirst, m_windowLast);
    if (m_settled < m_document->blockCount())
        m_idle.start();
}

void LazyHighlighter::settleInIdleTime() {
    settle(INT_MAX, false, sliceNs);
    if (m_settled < m_document->blockCount())
        m_idle.start();
}

} // namespace wc
