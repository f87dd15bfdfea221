// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The source view's highlighter sees code fences and item notes as the parser does: it uses
// the core's scanners, so a fence closes only on its own character and length, and a note in
// any of the parser's forms is coloured.

#include "markdownhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

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

} // namespace

class HighlighterTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_view = new QPlainTextEdit;
        m_document = new QTextDocument(m_view);
        m_highlighter = new MarkdownHighlighter(m_document, m_view);
    }
    void cleanup() { delete m_view; }

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

private:
    // A new highlighter colours its document once the event loop runs: do it now.
    void setText(const QString &text) {
        m_document->setPlainText(text);
        m_highlighter->rehighlight();
    }

    QPlainTextEdit *m_view = nullptr;
    MarkdownHighlighter *m_highlighter = nullptr;
    QTextDocument *m_document = nullptr;
};

QTEST_MAIN(HighlighterTest)
#include "tst_highlighter.moc"
