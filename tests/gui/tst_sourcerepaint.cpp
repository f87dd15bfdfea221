// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The source view repaints only what an edit changed (SourceTextLayout), and never leaves
// stale pixels behind: after every edit, what the window system was given (the offscreen
// backing store) must equal a full repaint of the same text.

#include "issuesession.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QResizeEvent>
#include <QScreen>
#include <QTest>
#include <QTextBlock>

using namespace wc;

namespace {

// A macro, so that a failure ends the test function.
#define EXPECT_NO_STALE_PIXELS(step)                                                               \
    do {                                                                                           \
        const QString stale = stalePixelsAfter(step);                                              \
        QVERIFY2(stale.isEmpty(), qPrintable(stale));                                              \
    } while (false)

class SourceRepaintTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingInALineRepaintsThatLineOnly_data();
    void typingInALineRepaintsThatLineOnly();
    void formEditRepaintsTheEditedLineOnly();
    void editsThatReachOtherLinesRepaintThem_data();
    void editsThatReachOtherLinesRepaintThem();
    void openingALongTextKeepsTheTextWidth();

private:
    // What the window system shows now: the backing store, after pending repaints.
    QImage shownPixels();
    // The same window painted from scratch.
    QImage repaintedPixels();
    // Empty when the window shows what a full repaint would; else what differs and where.
    QString stalePixelsAfter(const char *step);
    void placeCursorInLine(int line, int column);
    int lineOf(const QString &needle) const;
    // Empty when every repaint since m_updates was cleared stayed within `line`'s rows.
    QString repaintsBeyondLine(int line) const;
    int heightOfLine(int line) const;

    IssueSession *m_session = nullptr;
    SourceEditor *m_editor = nullptr;
    QList<QRect> m_updates;
};

void SourceRepaintTest::initTestCase() {
    QApplication::setCursorFlashTime(0); // no blinking cursor between two captures
}

void SourceRepaintTest::init() {
    m_session = new IssueSession(this);
    QString error;
    QVERIFY2(m_session->load(test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), &error),
             qPrintable(error));
    m_editor = new SourceEditor;
    m_editor->setDocument(m_session->textDocument());
    m_editor->resize(520, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QTest::qWait(20); // the highlighter's first pass is queued
    m_editor->setFocus();
    m_updates.clear();
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy == 0)
            m_updates.append(rect);
    });
}

void SourceRepaintTest::cleanup() {
    delete m_editor;
    m_editor = nullptr;
    delete m_session;
    m_session = nullptr;
}

QImage SourceRepaintTest::shownPixels() {
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // repaints requested while handling the first batch
    return m_editor->screen()->grabWindow(m_editor->winId()).toImage();
}

QImage SourceRepaintTest::repaintedPixels() {
    m_editor->repaint(); // the window and every child, at once
    return m_editor->screen()->grabWindow(m_editor->winId()).toImage();
}

QString SourceRepaintTest::stalePixelsAfter(const char *step) {
    const QImage shown = shownPixels();
    if (shown.isNull())
        return QStringLiteral("the offscreen window cannot be captured");
    const QImage repainted = repaintedPixels();
    if (shown == repainted)
        return {};
    const QString dir = QDir::tempPath();
    shown.save(dir + QStringLiteral("/tst_sourcerepaint-shown.png"));
    repainted.save(dir + QStringLiteral("/tst_sourcerepaint-repainted.png"));
    return QStringLiteral("stale pixels after %1 (images in %2)")
        .arg(QString::fromLatin1(step), dir);
}

void SourceRepaintTest::placeCursorInLine(int line, int column) {
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, column);
    m_editor->setTextCursor(cursor);
}

int SourceRepaintTest::lineOf(const QString &needle) const {
    for (QTextBlock block = m_session->textDocument()->begin(); block.isValid();
         block = block.next()) {
        if (block.text().contains(needle))
            return block.blockNumber() + 1;
    }
    qFatal("the sample has no line with %s", qPrintable(needle));
}

QString SourceRepaintTest::repaintsBeyondLine(int line) const {
    if (m_updates.isEmpty())
        return QStringLiteral("nothing was repainted");
    int largest = 0;
    for (const QRect &rect : m_updates)
        largest = std::max(largest, rect.height());
    // The line and its wrapped rows, not the 700 px viewport.
    const int height = heightOfLine(line);
    if (largest <= height + 2)
        return {};
    return QStringLiteral("repainted %1 px for a %2 px line").arg(largest).arg(height);
}

int SourceRepaintTest::heightOfLine(int line) const {
    QTextDocument *text = m_session->textDocument();
    return qRound(
        text->documentLayout()->blockBoundingRect(text->findBlockByNumber(line - 1)).height());
}

void SourceRepaintTest::typingInALineRepaintsThatLineOnly_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lineWith");
    QTest::newRow("sample") << test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))
                            << QStringLiteral("asyncio-cancel");
    const QString real = test::corpusFile(QStringLiteral("2023-08-19-weekly.md"));
    if (QFileInfo::exists(real))
        QTest::newRow("corpus 2023-08-19") << real << QStringLiteral("python_asyncio_concunrrency");
}

void SourceRepaintTest::typingInALineRepaintsThatLineOnly() {
    QFETCH(QString, file);
    QFETCH(QString, lineWith);
    QString error;
    QVERIFY2(m_session->load(file, &error), qPrintable(error));
    QTest::qWait(20); // the highlighter's pass over the new text is queued
    // Inside the link text of an item near the top: the highlighter recolours the line.
    const int line = lineOf(lineWith);
    placeCursorInLine(line, 2);
    EXPECT_NO_STALE_PIXELS("placing the cursor");
    m_updates.clear();
    for (const QChar c : QStringLiteral("取消abc")) {
        test::typeText(m_editor, QString(c));
        EXPECT_NO_STALE_PIXELS("a keystroke");
    }
    const QString beyond = repaintsBeyondLine(line);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));
}

void SourceRepaintTest::formEditRepaintsTheEditedLineOnly() {
    const int line = lineOf(QStringLiteral("asyncio-cancel"));
    EXPECT_NO_STALE_PIXELS("loading");
    m_updates.clear();
    const ItemRef ref{0, 1};
    QVERIFY(m_session->apply(m_session->edits().setItemTitle(
        ref, QStringLiteral("一周学会 asyncio 的取消语义（修订）"))));
    QVERIFY(m_session->textDocument()->findBlockByNumber(line - 1).text().contains(u"（修订）"));
    EXPECT_NO_STALE_PIXELS("a form edit");
    const QString beyond = repaintsBeyondLine(line);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));
}

void SourceRepaintTest::editsThatReachOtherLinesRepaintThem_data() {
    QTest::addColumn<QString>("lineWith");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("backspaces");

    // A fence changes the colour of every line after it, through the highlighter's state.
    QTest::newRow("open a code fence")
        << QStringLiteral("作者对比了五个") << 0 << QStringLiteral("```\n") << 0;
    QTest::newRow("close the front matter early")
        << QStringLiteral("pubDate:") << 0 << QStringLiteral("---\n") << 0;
    QTest::newRow("split a line") << QStringLiteral("asyncio-cancel") << 5 << QStringLiteral("\n")
                                  << 0;
    QTest::newRow("join two lines") << QStringLiteral("asyncio-cancel") << 0 << QString() << 1;
    QTest::newRow("wrap a line onto another row")
        << QStringLiteral("asyncio-cancel") << 2 << QStringLiteral("很长的标题").repeated(12) << 0;
    QTest::newRow("a heading mark")
        << QStringLiteral("作者对比了五个") << 0 << QStringLiteral("## ") << 0;
}

void SourceRepaintTest::editsThatReachOtherLinesRepaintThem() {
    QFETCH(QString, lineWith);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(int, backspaces);
    placeCursorInLine(lineOf(lineWith), column);
    EXPECT_NO_STALE_PIXELS("placing the cursor");
    for (int i = 0; i < backspaces; ++i) {
        QTest::keyClick(m_editor, Qt::Key_Backspace);
        EXPECT_NO_STALE_PIXELS("a backspace");
    }
    for (const QChar c : typed) {
        test::typeText(m_editor, QString(c));
        EXPECT_NO_STALE_PIXELS("a keystroke");
    }
    // And back: undo repaints what it restores.
    while (m_session->textDocument()->isUndoAvailable()) {
        m_session->textDocument()->undo();
        EXPECT_NO_STALE_PIXELS("an undo");
    }
}

// Qt lays out every line of the text again, and keeps a QTextLayout for each, whenever the
// view's width changes: at 16 MB that was 0.1 s of the open and 7 MiB per MB of memory, caused
// by the open itself (the line numbers' gutter widening to six digits, and the scroll bar
// appearing). No width change may reach the viewport while the long text is in.
void SourceRepaintTest::openingALongTextKeepsTheTextWidth() {
    m_editor->followSession(m_session);
    QTest::qWait(20);
    struct WidthWatch : QObject {
        QTextDocument *document = nullptr;
        QStringList changes;
        bool eventFilter(QObject *, QEvent *event) override {
            if (event->type() == QEvent::Resize) {
                auto *resize = static_cast<QResizeEvent *>(event);
                if (resize->oldSize().width() != resize->size().width() &&
                    document->blockCount() > 1000)
                    changes << QStringLiteral("%1 -> %2 with %3 lines")
                                   .arg(resize->oldSize().width())
                                   .arg(resize->size().width())
                                   .arg(document->blockCount());
            }
            return false;
        }
    } watch;
    watch.document = m_session->textDocument();
    m_editor->viewport()->installEventFilter(&watch);
    QString text;
    for (int i = 0; i < 12000; ++i)
        text += QStringLiteral("## 第 %1 节\n\n1、[标题](https://e.org/%1)\n\n描述\n\n").arg(i);
    m_session->setContents(text, QString(), QStringLiteral("\n"), false);
    QTest::qWait(50); // the layout requests the scroll bar's range change posts
    QCOMPARE(m_session->textDocument()->blockCount(), 72001);
    QVERIFY2(watch.changes.isEmpty(), qPrintable(watch.changes.join(u'\n')));
    // The gutter holds the five-digit line numbers.
    QVERIFY(m_editor->viewport()->x() >=
            m_editor->fontMetrics().horizontalAdvance(QStringLiteral("72001")));
}

} // namespace

QTEST_MAIN(SourceRepaintTest)
#include "tst_sourcerepaint.moc"
