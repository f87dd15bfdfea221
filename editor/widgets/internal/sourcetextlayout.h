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
// its height, it hands Qt the edit itself, which re-lays out (with the new colours) and
// repaints that block only. Anything else (a highlighter state running into the next lines, a
// line wrapping onto another row, a change of the block count) goes through Qt's own handling
// unchanged. (Qt's own height check cannot be trusted here: the highlighter's new formats
// discard the block's old lines, so Qt would measure the new height twice.)
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
    };
    void remember(int from, int removed, int added);
    bool repaintsEditedBlockOnly(const Edit &edit, int from, int charsAdded);

    Edit m_edit; // the edit being applied, as announced; from < 0 when none
};

} // namespace wc
