// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include <algorithm>

#include "issuesession.h"
#include "lineendings.h"
#include "markdownhighlighter.h"
#include "sourcetextlayout.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTimer>

#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace wc {

namespace {

class Gutter : public QWidget {
public:
    explicit Gutter(SourceEditor *editor)
        : QWidget(editor)
        , m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    SourceEditor *m_editor;
};

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_problems(new QLabel(this)) {
    m_problems->setObjectName(QStringLiteral("sourceProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMargin(4);
    m_problems->setStyleSheet(QStringLiteral("color: #d1495b"));
    m_problems->hide();
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // The text's width must not depend on its length: a scroll bar appearing once a long
    // text is in narrows the viewport, and Qt then lays out every line again and keeps a
    // QTextLayout for each (a 16 MB issue: 0.1 s and 7 MiB per MB).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setTabChangesFocus(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy) {
            m_gutter->scroll(0, dy);
            highlightVisibleMatches(); // other lines in view
        } else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterGeometry();
}

void SourceEditor::setDocument(QTextDocument *document) {
    // The layout that repaints only the edited line; it has to hear of every change before
    // the highlighter does, so it goes in first (the session's document has none of its own).
    if (!qobject_cast<SourceTextLayout *>(document->documentLayout()))
        document->setDocumentLayout(new SourceTextLayout(document));
    QPlainTextEdit::setDocument(document);
    // The matches' offsets follow edits until the next search replaces them.
    disconnect(m_followEdits);
    m_searchRanges.clear();
    m_searchMatches.clear();
    m_followEdits = connect(document, &QTextDocument::contentsChange, this,
                            [this](int position, int removed, int added) {
                                followEdit(m_searchRanges, position, removed, added);
                            });
    delete m_highlighter;
    m_highlighter = new MarkdownHighlighter(document, this);
    m_frontMatterLines = -1;
    updateGutterGeometry();
}

int SourceEditor::gutterWidth() const {
    int digits = 1;
    for (qsizetype max = std::max<qsizetype>({1, blockCount(), m_announcedLines}); max >= 10;
         max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 3);
}

void SourceEditor::followSession(IssueSession *session) {
    setDocument(session->textDocument());
    // The gutter takes the width of the new text's line numbers before the text is in: a
    // wider gutter afterwards would narrow the viewport, and Qt would then make a QTextLayout
    // for each of the new text's lines (a 16 MB issue: 0.1 s and 7 MiB per MB).
    connect(session, &IssueSession::contentsAboutToBeReplaced, this, [this](qsizetype lines) {
        m_announcedLines = lines;
        updateGutterGeometry();
    });
    connect(session, &IssueSession::contentsReplaced, this, [this] { m_announcedLines = 0; });
    connect(session, &IssueSession::documentChanged, this,
            [this, session] { showDocumentState(session->document()); });
    showDocumentState(session->document());
}

void SourceEditor::showDocumentState(const IssueDocument &document) {
    int frontMatterLines = 0;
    if (const auto &fm = document.frontMatter())
        frontMatterLines = document.lineNumberAt(std::max<qsizetype>(0, fm->contentEnd - 1));
    // Recolouring is an edit of the text's formats: it must not run inside the parse's
    // notification, which other views are still handling.
    if (m_highlighter && frontMatterLines != m_frontMatterLines) {
        m_frontMatterLines = frontMatterLines;
        QTimer::singleShot(0, m_highlighter, [highlighter = m_highlighter, frontMatterLines] {
            highlighter->setFrontMatterLines(frontMatterLines);
        });
    }
    QStringList problems;
    QList<int> lines;
    for (const Diagnostic &diagnostic : document.diagnostics()) {
        problems << tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message);
        lines << diagnostic.line;
    }
    const QString text = problems.join(u'\n');
    if (m_problems->text() != text || m_problems->isHidden() != problems.isEmpty()) {
        m_problems->setText(text);
        m_problems->setHidden(problems.isEmpty());
        updateGutterGeometry();
    }
    if (lines != m_problemLines) {
        m_problemLines = lines;
        updateExtraSelections();
    }
}

void SourceEditor::updateGutterGeometry() {
    const QRect area = contentsRect();
    const int top = m_problems->isHidden() ? 0 : m_problems->heightForWidth(area.width());
    setViewportMargins(gutterWidth(), top, 0, 0);
    m_problems->setGeometry(area.left(), area.top(), area.width(), top);
    m_gutter->setGeometry(area.left(), area.top() + top, gutterWidth(), area.height() - top);
}

void SourceEditor::keyPressEvent(QKeyEvent *event) {
    // A key that joins lines (Backspace at a line's start, Delete at its end, typing over a
    // selection across lines) leaves the last line's line break, but QTextDocument keeps the
    // first line's block format, where the session keeps each line's ending (lineendings.h):
    // the joined line gets the ending that is left, in the same undo step. Those keys are
    // applied here through one cursor edit block; QPlainTextEdit's own handling cannot run
    // inside an outer edit block (it lays out and scrolls to the cursor before the block's
    // layout exists: a crash in QTextLine, found by session_fuzz).
    QTextCursor cursor = textCursor();
    enum class Join { None, Backward, Forward, Replace } join = Join::None;
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && std::all_of(typed.begin(), typed.end(), [](QChar c) {
        return c == u'\t' || (!c.isNonCharacter() && c.category() != QChar::Other_Control);
    });
    QTextBlock survivor;
    if (cursor.hasSelection()) {
        const QTextBlock last = document()->findBlock(cursor.selectionEnd());
        if (document()->findBlock(cursor.selectionStart()) != last && printable) {
            survivor = last;
            join = Join::Replace;
        }
    } else if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier &&
               cursor.atBlockStart() && !cursor.atStart()) {
        survivor = cursor.block();
        join = Join::Backward;
    } else if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier &&
               cursor.atBlockEnd() && !cursor.atEnd()) {
        survivor = cursor.block().next();
        join = Join::Forward;
    }
    if (join == Join::None || !survivor.isValid() || isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    const QTextBlockFormat kept = survivor.blockFormat();
    cursor.beginEditBlock();
    if (join == Join::Backward)
        cursor.deletePreviousChar();
    else if (join == Join::Forward)
        cursor.deleteChar();
    else
        cursor.insertText(typed);
    copyBlockEnding(kept, cursor);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    event->accept();
}

void SourceEditor::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
    highlightVisibleMatches();
}

void SourceEditor::changeEvent(QEvent *event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The matches' colours (the band is painted from the palette, the highlighter
        // recolours itself).
        updateExtraSelections();
        highlightVisibleMatches();
    }
}

void SourceEditor::paintGutter(QPaintEvent *event) {
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool marked = m_markFirst > 0 && line >= m_markFirst && line <= m_markLast;
            QColor color = pal.color(QPalette::PlaceholderText);
            if (block.blockNumber() == current || marked)
                color = pal.color(QPalette::Text);
            painter.setPen(color);
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void SourceEditor::setMarkedLines(int firstLine, int lastLine) {
    if (firstLine == m_markFirst && lastLine == m_markLast)
        return;
    m_markFirst = firstLine;
    m_markLast = lastLine;
    viewport()->update();
    m_gutter->update();
}

QColor SourceEditor::markColor() const {
    QColor band = palette().color(QPalette::Highlight);
    band.setAlpha(MarkdownHighlighter::isDarkPalette(palette()) ? 60 : 36);
    return band;
}

// The band is painted here, under the text, rather than given to Qt as an extra selection:
// QTextLayout::draw clips every line a selection covers with painter paths, and that was
// half of what repainting the typed line cost while the typed item was marked.
void SourceEditor::paintEvent(QPaintEvent *event) {
    paintMarkBand(event->rect());
    QPlainTextEdit::paintEvent(event);
}

void SourceEditor::paintMarkBand(const QRect &area) {
    if (m_markFirst <= 0)
        return;
    QTextBlock block = firstVisibleBlock();
    if (block.blockNumber() + 1 < m_markFirst)
        block = document()->findBlockByNumber(m_markFirst - 1);
    QPainter painter(viewport());
    const QColor band = markColor();
    for (; block.isValid() && block.blockNumber() + 1 <= m_markLast; block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF line = blockRectInView(block);
        if (line.top() > area.bottom())
            break;
        if (line.bottom() >= area.top())
            painter.fillRect(QRectF(0, line.top(), viewport()->width(), line.height()), band);
    }
}

void SourceEditor::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const int line : std::as_const(m_problemLines)) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection problem;
        problem.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        problem.format.setUnderlineColor(QColor(QStringLiteral("#d1495b")));
        problem.cursor = QTextCursor(block);
        problem.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(problem);
    }
    selections.append(m_searchMatches);
    setExtraSelections(selections);
}

void SourceEditor::setSearchMatches(const QList<TextMatch> &matches) {
    m_searchRanges = matches;
    highlightVisibleMatches();
}

void SourceEditor::highlightVisibleMatches() {
    if (m_searchRanges.isEmpty() && m_searchMatches.isEmpty())
        return;
    const bool dark = MarkdownHighlighter::isDarkPalette(palette());
    QTextCharFormat format;
    format.setBackground(dark ? QColor(0x8a, 0x6d, 0x1f) : QColor(0xff, 0xe0, 0x6b));
    if (dark)
        format.setForeground(Qt::white);
    // The text in view, from the first visible block to the one at the bottom edge.
    const int first = firstVisibleBlock().position();
    const QTextBlock bottom = cursorForPosition(viewport()->rect().bottomRight()).block();
    const int last = bottom.position() + bottom.length();
    auto it =
        std::lower_bound(m_searchRanges.cbegin(), m_searchRanges.cend(), first,
                         [](const TextMatch &m, int position) { return m.end() <= position; });
    m_searchMatches.clear();
    for (; it != m_searchRanges.cend() && it->start <= last; ++it) {
        QTextCursor cursor(document());
        cursor.setPosition(it->start);
        cursor.setPosition(it->end(), QTextCursor::KeepAnchor);
        m_searchMatches.append({cursor, format});
    }
    updateExtraSelections();
}
void SourceEditor::revealLine(int line) {
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    // Scroll so the line sits a few lines below the top, unless it is already visible.
    const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    if (rect.top() >= 0 && rect.bottom() <= viewport()->height())
        return;
    verticalScrollBar()->setValue(std::max(0, block.firstLineNumber() - 3));
}

} // namespace wc
