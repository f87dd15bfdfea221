// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextDocumentLayout>

namespace wc {

// The plain-text layout of the session's text, repainting only the edited line when a
// syntax highlighter recolours it.
//
// A QSyntaxHighlighter recolours the block it is told about with markContentsDirty(block),
// inside the same edit; QTextDocument merges that into the edit's range, and
// QPlainTextDocumentLayout, which measures a change as removed + added characters, then sees a
// change that runs past the block and repaints the whole viewport: about 4 ms a keystroke on a
// 1000 px source view, the largest part of the keystroke's cost. This layout remembers the edit
// as contentsChange() announced it, before the highlighter widened it, with the height the
// edited block had then. When the widening stays inside the edited block and the block keeps
// its height, that block alone is laid out again (with the new colours) and repainted. Anything
// else (a highlighter state running into the next lines, a line wrapping onto another row, a change
// of the block count) goes through Qt's own handling unchanged. (Qt's own height check cannot be
// trusted here: the highlighter's new formats discard the block's old lines, so Qt would measure
// the new height twice.)
//
// The edited block is laid out here, as Qt's private layoutBlock() does, but without its
// bookkeeping of the widest line, which is for a horizontal scroll bar this wrapping view
// never has: when the edited line was the widest and got narrower, Qt walked every line above
// it, making a QTextLayout for each (20 ms a keystroke in the middle of a 16 MB issue).
class SourceTextLayout : public QPlainTextDocumentLayout {
    Q_OBJECT
public:
    // Must be created before any highlighter attaches to `document`: it has to hear
    // contentsChange() first.
    explicit SourceTextLayout(QTextDocument *document);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    struct Edit {
        int from = -1;
        int removed = 0;
        int added = 0;
        qreal blockHeight = -1; // the edited block's height before the edit; < 0 if unknown
        qreal lineWidth = -1;   // the width its lines were laid out for (then known too)
    };
    void remember(int from, int removed, int added);
    // The edited block, when the edit as announced and as widened (from, charsAdded) both stay
    // inside one block; else an invalid block.
    QTextBlock editedBlock(const Edit &edit, int from, int charsAdded) const;
    // Lays out `block`'s lines `lineWidth` wide (the text width less the margins, which the
    // layout keeps to itself); announces a change of the document's line count.
    void layOutBlock(const QTextBlock &block, qreal lineWidth);

    Edit m_edit; // the edit being applied, as announced; from < 0 when none
    // The block count Qt's layout last saw (it treats a change of it as its own case); -1
    // before its first documentChanged().
    int m_blockCount = -1;
};

} // namespace wc
