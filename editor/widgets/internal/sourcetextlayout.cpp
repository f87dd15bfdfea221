// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetextlayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
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
    if (block.isValid() && block.layout() && block.layout()->lineCount() > 0)
        m_edit.blockHeight = blockBoundingRect(block).height();
}

bool SourceTextLayout::repaintsEditedBlockOnly(const Edit &edit, int from, int charsAdded) {
    const QTextBlock block = document()->findBlock(edit.from);
    if (!block.isValid() || edit.blockHeight < 0)
        return false;
    // Qt's own test for a one-block edit, on the edit before any highlighter widened it.
    const int editEnd = std::max(0, edit.from + edit.removed + edit.added - 1);
    if (document()->findBlock(editEnd) != block)
        return false;
    // The widened range, in the new text, must stay within that block (its separator included).
    if (from < block.position() || from + charsAdded > block.position() + block.length())
        return false;
    // And the block must keep its height, or the lines below it move.
    ensureBlockLayout(block);
    return blockBoundingRect(block).height() == edit.blockHeight;
}

void SourceTextLayout::documentChanged(int from, int charsRemoved, int charsAdded) {
    const Edit edit = std::exchange(m_edit, {});
    if (edit.from >= 0 &&
        (edit.from != from || edit.removed != charsRemoved || edit.added != charsAdded) &&
        repaintsEditedBlockOnly(edit, from, charsAdded)) {
        QPlainTextDocumentLayout::documentChanged(edit.from, edit.removed, edit.added);
        return;
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

} // namespace wc
