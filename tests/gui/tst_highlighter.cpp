// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The source view's highlighter sees code fences and item notes as the parser does: it uses
// the core's scanners, so a fence closes only on its own character and length, and a note in
// any of the parser's forms is coloured. In a view of a long text it colours only the lines
// near the view, and a line far down gets, once shown, the colours and state a highlighting
// of the whole text gives it.

#include "markdownhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <random>

using namespace wc;

namespace {

bool inFence(const QTextBlock &block) {
    return block.userState() >= 0 && (block.userState() & 3) == MarkdownHighlighter::InFence;
}

// The stretches of `block` the highlighter gave `colour`, as text.
QStringList coloured(const QTextBlock &block, const QColor &colour) {
    QStringList parts;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.foreground().color() == colour)
            parts << block.text().mid(range.start, range.length);
    }
    return parts;
}

// A long issue-like text: front matter, then `sections` sections of headings, items with
// links and notes, and now and then a fenced code block.
QString longText(int sections) {
    QString text = QStringLiteral("---\ntitle: 'x'\npubDate: 2026-12-01\n---\n\n# Title\n\n");
    for (int s = 0; s < sections; ++s) {
        text += QStringLiteral("## Section %1\n\n").arg(s);
        for (int i = 1; i <= 3; ++i)
            text += QStringLiteral("%1、[Item **%2**](https://e.org/%2) text (Submitted by @a)\n\n")
                        .arg(i)
                        .arg(s);
        if (s % 7 == 3)
            text += QStringLiteral("```python\n## not a heading\n~~~\n```\n\n");
    }
    return text;
}

QString describe(const QTextBlock &block) {
    QStringList parts{QString::number(block.userState())};
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        parts << QStringLiteral("%1+%2:%3%4")
                     .arg(range.start)
                     .arg(range.length)
                     .arg(range.format.foreground().color().name())
                     .arg(range.format.fontWeight());
    return parts.join(u' ');
}

} // namespace

class HighlighterTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_view = new QPlainTextEdit;
        m_document = new QTextDocument(m_view);
        m_highlighter = new MarkdownHighlighter(m_document, m_view);
    }
    void cleanup() {
        delete m_view;
        delete m_long;
        m_long = nullptr;
    }

    // Before, any fence closed any other: the `~~~` inside a ``` block ended it, and the
    // Markdown after the block's real end was coloured as code.
    void aFenceClosesOnlyOnItsOwnKind() {
        setText(QStringLiteral("```\n~~~\n``\nstill code\n````\n## After\n"));
        QVERIFY(inFence(m_document->findBlockByNumber(0)));
        QVERIFY(inFence(m_document->findBlockByNumber(1))); // another character: no close
        QVERIFY(inFence(m_document->findBlockByNumber(2))); // too short: no close
        QVERIFY(inFence(m_document->findBlockByNumber(3)));
        QVERIFY(!inFence(m_document->findBlockByNumber(4))); // four backticks close three
        QVERIFY(!inFence(m_document->findBlockByNumber(5)));
    }

    void aLongFenceNeedsAsLongAClose() {
        setText(QStringLiteral("~~~~ python\n~~~\ncode\n~~~~~\ntext\n"));
        QVERIFY(inFence(m_document->findBlockByNumber(1)));
        QVERIFY(inFence(m_document->findBlockByNumber(2)));
        QVERIFY(!inFence(m_document->findBlockByNumber(3)));
        QVERIFY(!inFence(m_document->findBlockByNumber(4)));
    }

    // Before, only `（star `, `（投稿`, `（附：` and `（@` were coloured: the parser's other
    // forms (ASCII brackets, 分享自, Submitted by) were not, and `（@X）` alone, which the parser
    // does not take for a note, was.
    void notesAreTheParsersNotes() {
        setText(QStringLiteral("1、[A](https://a.example) Text (Submitted by @ann) end\n"
                               "2、B（分享自@bo）\n"
                               "3、C（@cy）\n"));
        const QColor note = QColor(QStringLiteral("#b06f00"));
        QCOMPARE(coloured(m_document->findBlockByNumber(0), note),
                 QStringList{QStringLiteral("(Submitted by @ann)")});
        QCOMPARE(coloured(m_document->findBlockByNumber(1), note),
                 QStringList{QStringLiteral("（分享自@bo）")});
        QCOMPARE(coloured(m_document->findBlockByNumber(2), note), QStringList{});
    }

    void onlyTheLinesNearTheViewAreColoured();
    void aLineFarDownIsColouredAsAWholeHighlightingColoursIt();
    void editsAboveUnseenLinesCarryTheirStateDown();

private:
    // A view of a long text with its lazy highlighter, and the same text highlighted whole
    // (no view shows it), as QSyntaxHighlighter would.
    void openLong(int sections) {
        const QString text = longText(sections);
        m_long = new QPlainTextEdit;
        m_long->resize(500, 300);
        m_long->document()->setPlainText(text);
        m_longHighlighter = new MarkdownHighlighter(m_long->document(), m_long);
        m_long->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_long));
        // A document reports its changes (contentsChange) once it has a layout.
        m_document->documentLayout();
        m_document->setPlainText(text);
        QCoreApplication::processEvents();
    }
    void scrollTo(int line) {
        QTextCursor cursor(m_long->document()->findBlockByNumber(line));
        m_long->setTextCursor(cursor);
        m_long->centerCursor();
        QCoreApplication::processEvents();
    }
    // Empty when every line near the view has the colours and state of the whole
    // highlighting; else the first that differs.
    QString windowDifference() const {
        const int top = m_long->cursorForPosition(QPoint(0, 0)).blockNumber();
        const int bottom =
            m_long->cursorForPosition(m_long->viewport()->rect().bottomRight()).blockNumber();
        for (int line = top; line <= bottom; ++line) {
            const QTextBlock lazy = m_long->document()->findBlockByNumber(line);
            const QTextBlock whole = m_document->findBlockByNumber(line);
            if (lazy.text() != whole.text())
                return QStringLiteral("line %1: the texts differ").arg(line);
            if (!m_longHighlighter->isColoured(lazy) || describe(lazy) != describe(whole))
                return QStringLiteral("line %1 (%2): %3, whole: %4")
                    .arg(line)
                    .arg(lazy.text(), describe(lazy), describe(whole));
        }
        return {};
    }

    // A new highlighter colours its document once the event loop runs: do it now.
    void setText(const QString &text) {
        m_document->setPlainText(text);
        m_highlighter->rehighlight();
    }

    QPlainTextEdit *m_view = nullptr;
    MarkdownHighlighter *m_highlighter = nullptr;
    QTextDocument *m_document = nullptr;
    QPlainTextEdit *m_long = nullptr;
    MarkdownHighlighter *m_longHighlighter = nullptr;
};

// Before, every line of the document was coloured at once (at 16 MB, a second and a
// QTextLayout per line, a third of the window's memory).
void HighlighterTest::onlyTheLinesNearTheViewAreColoured() {
    openLong(3000); // about 25,000 lines
    QTextDocument *text = m_long->document();
    QVERIFY(text->blockCount() > 20000);
    QCOMPARE(windowDifference(), QString());
    QVERIFY(m_longHighlighter->isColoured(text->findBlockByNumber(0)));
    const int far = text->blockCount() - 10;
    QVERIFY(!m_longHighlighter->isColoured(text->findBlockByNumber(far)));
    // Idle time settles the states of all the lines, without colouring them.
    QTRY_COMPARE(m_longHighlighter->settledBlocks(), text->blockCount());
    for (int line : {1000, 10000, far})
        QVERIFY(!m_longHighlighter->isColoured(text->findBlockByNumber(line)));
    int coloured = 0;
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next())
        coloured += m_longHighlighter->isColoured(block) ? 1 : 0;
    QVERIFY2(coloured < 2 * LazyHighlighter::windowMargin + 100,
             qPrintable(QString::number(coloured)));
}

void HighlighterTest::aLineFarDownIsColouredAsAWholeHighlightingColoursIt() {
    openLong(3000);
    QTextDocument *text = m_long->document();
    // Straight to the end, before idle time has settled the lines on the way.
    QVERIFY(m_longHighlighter->settledBlocks() < text->blockCount() / 2);
    scrollTo(text->blockCount() - 20);
    QCOMPARE(windowDifference(), QString());
    // Inside a code block far down: coloured as code, with the fence's state.
    int fenced = text->blockCount() / 2;
    while (text->findBlockByNumber(fenced).text() != u"## not a heading")
        ++fenced;
    scrollTo(fenced);
    QCOMPARE(windowDifference(), QString());
    const QTextBlock code = text->findBlockByNumber(fenced);
    QCOMPARE(code.userState() & 3, int(MarkdownHighlighter::InFence));
    QCOMPARE(coloured(code, QColor(QStringLiteral("#2e7d32"))), QStringList{code.text()});
    // A new palette recolours what is in view at once, the rest when it is shown.
    QPalette dark = m_long->palette();
    dark.setColor(QPalette::Base, Qt::black);
    m_long->setPalette(dark);
    QVERIFY(m_longHighlighter->isColoured(code));
    QCOMPARE(coloured(code, QColor(QStringLiteral("#9ad99d"))), QStringList{code.text()});
    QVERIFY(!m_longHighlighter->isColoured(text->findBlockByNumber(0)));
    scrollTo(0);
    QVERIFY(m_longHighlighter->isColoured(text->findBlockByNumber(0)));
}

// Random edits (fences opened and closed, front matter broken and mended, lines split and
// joined), near the view and far from it, with the view moving between them: whatever the
// view shows is what a highlighting of the whole text shows.
void HighlighterTest::editsAboveUnseenLinesCarryTheirStateDown() {
    openLong(1500);
    QTextDocument *text = m_long->document();
    std::mt19937 random(1201);
    const QStringList inserts{QStringLiteral("```\n"),       QStringLiteral("~~~~\n"),
                              QStringLiteral("---\n"),       QStringLiteral("\n"),
                              QStringLiteral("## "),         QStringLiteral("x"),
                              QStringLiteral("````\ncode\n")};
    for (int step = 0; step < 120; ++step) {
        const int count = text->blockCount();
        // Mostly near the view (typing), sometimes anywhere (a form edit, a paste).
        const int top = m_long->cursorForPosition(QPoint(0, 0)).blockNumber();
        const int line =
            random() % 3 ? std::min(count - 1, top + int(random() % 20)) : int(random() % count);
        const QTextBlock block = text->findBlockByNumber(line);
        const int position = block.position() + int(random() % block.length());
        const QString insert = inserts[int(random() % inserts.size())];
        const int removed = random() % 4 ? 0 : int(random() % 8);
        for (QTextDocument *document : {text, m_document}) {
            QTextCursor cursor(document);
            cursor.setPosition(std::min(position, document->characterCount() - 1));
            cursor.setPosition(std::min(position + removed, document->characterCount() - 1),
                               QTextCursor::KeepAnchor);
            cursor.insertText(insert);
        }
        if (step % 3 == 0)
            scrollTo(int(random() % text->blockCount()));
        else
            QCoreApplication::processEvents();
        const QString difference = windowDifference();
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("step %1: %2").arg(step).arg(difference)));
    }
    // And once idle time has settled them, every line's state is the whole highlighting's.
    QTRY_COMPARE(m_longHighlighter->settledBlocks(), text->blockCount());
    for (QTextBlock lazy = text->begin(), whole = m_document->begin(); lazy.isValid();
         lazy = lazy.next(), whole = whole.next())
        QCOMPARE(lazy.userState(), whole.userState());
}

QTEST_MAIN(HighlighterTest)
#include "tst_highlighter.moc"
