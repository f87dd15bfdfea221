// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of a file survive the editor: loaded into the session's QTextDocument and saved
// unedited they come back exactly, whatever their line endings; an edit, typed in the source
// view or applied from a form, changes only the bytes it concerns.

#include "issuesession.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace wc;

class SessionBytesTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unEditedSaveGivesTheLoadedBytes_data();
    void unEditedSaveGivesTheLoadedBytes();
    void typedLineBreakTakesTheEndingOfTheLineItSplits();
    void typedEditsKeepTheOtherLinesEndings();
    void joiningLinesKeepsTheEndingLeftAfterThem();
    void formEditsChangeOnlyTheirLines();
    void reloadKeepsTheNewFilesEndings();

private:
    void load(const QByteArray &bytes);
    // Puts the source view's cursor at `column` of 0-based `line`.
    void placeCursor(int line, int column);

    QTemporaryDir m_dir;
    IssueSession *m_session = nullptr;
    SourceEditor *m_editor = nullptr;
    QString m_path;
    QByteArray m_loaded;
};

void SessionBytesTest::init() {
    QVERIFY(m_dir.isValid());
    m_session = new IssueSession(this);
    m_editor = new SourceEditor;
    m_editor->followSession(m_session);
    m_editor->resize(500, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->setFocus();
}

void SessionBytesTest::cleanup() {
    delete m_editor;
    delete m_session;
}

void SessionBytesTest::load(const QByteArray &bytes) {
    m_loaded = bytes;
    m_path = test::writeFile(m_dir.path(), QStringLiteral("2026-01-02-weekly.md"), bytes);
    QString error;
    QVERIFY2(m_session->load(m_path, &error), qPrintable(error));
}

void SessionBytesTest::placeCursor(int line, int column) {
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, column);
    m_editor->setTextCursor(cursor);
}

void SessionBytesTest::unEditedSaveGivesTheLoadedBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("mixed CRLF and LF")
        << QByteArray("## 🦄文章\r\n\r\n1、[a](https://e.org)\n\nb\r\n");
    QTest::newRow("LF first, then CRLF") << QByteArray("a\nb\r\nc\r\n\r\nd\n");
    QTest::newRow("lone CR") << QByteArray("## x\n\n1、[a](u)\rmore\n\ntail\r");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb\n\r\n");
    QTest::newRow("only CRs") << QByteArray("a\rb\r\rc");
    QTest::newRow("U+2029") << QByteArray("a\xE2\x80\xA9"
                                          "b\n");
    QTest::newRow("U+2028") << QByteArray("a\xE2\x80\xA8"
                                          "b\n");
    QTest::newRow("U+FDD0 and U+FDD1") << QByteArray("a\xEF\xB7\x90"
                                                     "b\xEF\xB7\x91"
                                                     "c\n");
    QTest::newRow("no-break space") << QByteArray("a\xC2\xA0"
                                                  "b\n");
    QTest::newRow("BOM, CRLF, no final newline")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: 'x'\r\n---\r\n\r\nend");
    QTest::newRow("trailing newlines") << QByteArray("a\n\n\n\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a CRLF") << QByteArray("\r\n");
}

void SessionBytesTest::unEditedSaveGivesTheLoadedBytes() {
    QFETCH(QByteArray, bytes);
    load(bytes);
    QCOMPARE(m_session->fileBytes(), bytes);
    const QString copy = m_dir.filePath(QStringLiteral("copy.md"));
    QString error;
    QVERIFY2(m_session->save(copy, &error), qPrintable(error));
    QCOMPARE(test::readBytes(copy), bytes);
}

void SessionBytesTest::typedLineBreakTakesTheEndingOfTheLineItSplits() {
    load("crlf line\r\nlf line\nlast\r\n");
    placeCursor(1, 2); // "lf| line"
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(m_session->fileBytes(), QByteArray("crlf line\r\nlf\n line\nlast\r\n"));
    placeCursor(0, 4); // "crlf| line"
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(m_session->fileBytes(), QByteArray("crlf\r\n line\r\nlf\n line\nlast\r\n"));
    // At the end of the last line (which has no ending yet) the file's own ending.
    load("a\r\nb\nc");
    placeCursor(2, 1);
    QTest::keyClick(m_editor, Qt::Key_Return);
    test::typeText(m_editor, QStringLiteral("d"));
    QCOMPARE(m_session->fileBytes(), QByteArray("a\r\nb\nc\r\nd"));
    // Undo back to the start gives the loaded bytes.
    while (m_session->textDocument()->isUndoAvailable())
        m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), QByteArray("a\r\nb\nc"));
}

void SessionBytesTest::typedEditsKeepTheOtherLinesEndings() {
    load("one\r\ntwo\nthree\rfour\xE2\x80\xA9"
         "five\n");
    placeCursor(2, 5); // end of "three"
    test::typeText(m_editor, QStringLiteral("3"));
    QCOMPARE(m_session->fileBytes(), QByteArray("one\r\ntwo\nthree3\rfour\xE2\x80\xA9"
                                                "five\n"));
    // Deleting whole lines takes their endings with them.
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, 2);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor, Qt::Key_Delete);
    QCOMPARE(m_session->fileBytes(), QByteArray("one\r\nfour\xE2\x80\xA9"
                                                "five\n"));
    while (m_session->textDocument()->isUndoAvailable())
        m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), m_loaded);
    while (m_session->textDocument()->isRedoAvailable())
        m_session->textDocument()->redo();
    QCOMPARE(m_session->fileBytes(), QByteArray("one\r\nfour\xE2\x80\xA9"
                                                "five\n"));
}

void SessionBytesTest::joiningLinesKeepsTheEndingLeftAfterThem() {
    load("crlf\r\nlf\nend\r\n");
    placeCursor(1, 0); // Backspace at the start of "lf": the CRLF before it goes
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QCOMPARE(m_session->fileBytes(), QByteArray("crlflf\nend\r\n"));
    m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), m_loaded);
    placeCursor(1, 2); // Delete at the end of "lf": its LF goes
    QTest::keyClick(m_editor, Qt::Key_Delete);
    QCOMPARE(m_session->fileBytes(), QByteArray("crlf\r\nlfend\r\n"));
    m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), m_loaded);
    // Typing over a selection from the first line into the second.
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(0));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
    cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    test::typeText(m_editor, QStringLiteral("X"));
    QCOMPARE(m_session->fileBytes(), QByteArray("crX\nend\r\n"));
    m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), m_loaded);
}

void SessionBytesTest::formEditsChangeOnlyTheirLines() {
    load("## 🦄文章\r\n\r\n1、[a](https://e.org/a)\n\ndescription a\r\n\r\n"
         "2、[b](https://e.org/b)\r\n\r\ndescription b\n\n3、[c](https://e.org/c)\r\n");
    QCOMPARE(m_session->document().sections().at(0).items.size(), 3);
    m_session->apply(m_session->edits().setItemTitle({0, 1}, QStringLiteral("bee")));
    QCOMPARE(m_session->fileBytes(),
             QByteArray(
                 "## 🦄文章\r\n\r\n1、[a](https://e.org/a)\n\ndescription a\r\n\r\n"
                 "2、[bee](https://e.org/b)\r\n\r\ndescription b\n\n3、[c](https://e.org/c)\r\n"));
    // A replacement that joins lines (a description over two lines made one) keeps the ending
    // of the last line it covers.
    m_session->apply(m_session->edits().setItemDescription({0, 0}, QStringLiteral("new a")));
    QVERIFY(m_session->fileBytes().contains("\n\nnew a\r\n\r\n2、"));
    // Removing an item removes its lines with their endings, nothing else.
    m_session->apply(m_session->edits().removeItem({0, 1}));
    QCOMPARE(m_session->document().sections().at(0).items.size(), 2);
    const QByteArray bytes = m_session->fileBytes();
    QVERIFY2(bytes.startsWith("## 🦄文章\r\n\r\n1、[a](https://e.org/a)\n\nnew a\r\n\r\n"),
             bytes.constData());
    QVERIFY2(bytes.endsWith("[c](https://e.org/c)\r\n"), bytes.constData());
    while (m_session->textDocument()->isUndoAvailable())
        m_session->textDocument()->undo();
    QCOMPARE(m_session->fileBytes(), m_loaded);
}

void SessionBytesTest::reloadKeepsTheNewFilesEndings() {
    load("a\nb\nc\n");
    test::writeFile(m_path, "a\r\nB\nc\r");
    QString error;
    QVERIFY2(m_session->reloadFromDisk(&error), qPrintable(error));
    QCOMPARE(m_session->fileBytes(), QByteArray("a\r\nB\nc\r"));
    m_session->textDocument()->undo(); // the reload is one step
    QCOMPARE(m_session->fileBytes(), QByteArray("a\nb\nc\n"));
}

QTEST_MAIN(SessionBytesTest)
#include "tst_sessionbytes.moc"
