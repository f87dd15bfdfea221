// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetextlayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace wc {

SourceTextLayout::SourceTextLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document) {
    connect(document, &QTextDocument::contentsChange, this, &SourceTextLayout::remember);
}

void SourceTextLayout::remember(int from, int removed, int added) {
    m_edit = {from, removed, added};
    // The block still has the lines laid out for its old text (if it was laid out at all):
    // nothing has touched them yet, as this runs before any highlighter.
    const QTextBlock block = document()->findBlock(from);
    if (block.isValid() && block.layout() && block.layout()->lineCount() > 0) {
        m_edit.blockHeight = blockBoundingRect(block).height();
        m_edit.lineWidth = block.layout()->lineAt(0).width();
    }
}

QTextBlock SourceTextLayout::editedBlock(const Edit &edit, int from, int charsAdded) const {
    const QTextBlock block = document()->findBlock(edit.from);
    if (!block.isValid() || block.length() == 0)
        return {};
    // Qt's own test for a one-block edit, on the edit before any highlighter widened it.
    const int editEnd = std::max(0, edit.from + edit.removed + edit.added - 1);
    if (document()->findBlock(editEnd) != block)
        return {};
    // The widened range, in the new text, must stay within that block (its separator included).
    if (from < block.position() || from + charsAdded > block.position() + block.length())
        return {};
    return block;
}

void SourceTextLayout::layOutBlock(const QTextBlock &block, qreal lineWidth) {
    QTextDocument *doc = document();
    const qreal margin = doc->documentMargin();
    QTextLayout *layout = block.layout();
    layout->setTextOption(doc->defaultTextOption());
    qreal height = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(margin, height));
        height += line.height();
        if (line.leading() < 0)
            height += std::ceil(line.leading());
    }
    layout->endLayout();
    const int linesBefore = doc->lineCount();
    QTextBlock(block).setLineCount(block.isVisible() ? layout->lineCount() : 0);
    if (doc->lineCount() != linesBefore)
        emit documentSizeChanged(documentSize());
}

void SourceTextLayout::documentChanged(int from, int charsRemoved, int charsAdded) {
    const Edit edit = std::exchange(m_edit, {});
    // A keystroke inside a line: that line laid out again, and repainted alone while it keeps
    // its height (Qt's own path for a one-block change, but for the widest-line bookkeeping).
    if (edit.from >= 0 && edit.blockHeight >= 0 && document()->blockCount() == m_blockCount) {
        if (const QTextBlock block = editedBlock(edit, from, charsAdded); block.isValid()) {
            layOutBlock(block, edit.lineWidth);
            if (blockBoundingRect(block).height() == edit.blockHeight)
                emit updateBlock(block);
            else
                emit update(QRectF(0., -document()->documentMargin(), 1e9, 1e9));
            return;
        }
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    m_blockCount = document()->blockCount();
}

} // namespace wc
