// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The session's parse after each change of its QTextDocument: taken from contentsChange and
// applied incrementally, it must equal a whole parse of the text, through typing, form edits
// (several replacements in one undo step), undo and redo.

#include "incrementalcheck.h"
#include "issuesession.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace wc;

class TestSessionChange : public QObject {
    Q_OBJECT
private slots:
    void typingIsParsedInItsSection();
    void openingParsesAll();
    void openingAFileWithOtherLineEndingsParsesOnce();
    void randomEditsUndoAndRedo();
    void recolouringTheTextParsesNothing();

private:
    static QString whole(const IssueSession &session) {
        return test::firstDifference(
            session.document(),
            IssueDocument::parse(session.currentText(), QFileInfo(session.filePath()).fileName()));
    }
};

namespace {
const QString samplePath = QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md");

// Colours every line's first character: a highlighter's recolouring is an edit block that
// changes no text.
class FirstCharacterHighlighter : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    QColor colour = Qt::red;

protected:
    void highlightBlock(const QString &text) override {
        if (!text.isEmpty())
            setFormat(0, 1, colour);
    }
};
} // namespace

void TestSessionChange::typingIsParsedInItsSection() {
    IssueSession session;
    QString error;
    QVERIFY2(session.load(samplePath, &error), qPrintable(error));
    const ItemNode item = session.document().sections()[1].items[0];
    QTextCursor cursor(session.textDocument());
    cursor.setPosition(int(item.title.begin + 1));
    cursor.insertText(QStringLiteral("x"));
    QVERIFY(!session.lastChange().full);
    QCOMPARE(session.lastChange().firstSection, 1);
    QCOMPARE(session.lastChange().shift, 1);
    QCOMPARE(whole(session), QString());
    // A form edit: several replacements (renumbering) in one edit block, one report.
    QVERIFY(session.apply(session.edits().moveItems({ItemRef{1, 0}}, 2, 0)));
    QCOMPARE(whole(session), QString());
    session.textDocument()->undo();
    QCOMPARE(whole(session), QString());
    session.textDocument()->redo();
    QCOMPARE(whole(session), QString());
}

void TestSessionChange::openingParsesAll() {
    IssueSession session;
    QString error;
    QVERIFY2(session.load(samplePath, &error), qPrintable(error));
    QVERIFY(session.lastChange().full);
    QCOMPARE(whole(session), QString());
}

// A line whose ending is not the file's own (a mixed file, or CRLF lines in a file taken as
// LF) has it set on its block once the text is in: that is a change of the QTextDocument too,
// and the session parsed the whole text a second time for it, with a second report to every
// view. An open is one whole parse, one report.
void TestSessionChange::openingAFileWithOtherLineEndingsParsesOnce() {
    QFile sample(samplePath);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString lf = QString::fromUtf8(sample.readAll());
    for (const QString &text :
         {lf, QString(lf).replace(u'\n', QStringLiteral("\r\n")),
          QString(lf).replace(QStringLiteral("\n\n"), QStringLiteral("\n\r\n"))}) {
        IssueSession session;
        QSignalSpy parses(&session, &IssueSession::documentChanged);
        session.setContents(text, QStringLiteral("/tmp/2026-11-21-weekly.md"), QStringLiteral("\n"),
                            false);
        QCOMPARE(parses.count(), 1);
        QVERIFY(session.isParsed());
        QVERIFY(session.lastChange().full);
        QVERIFY(!session.isModified());
        QCOMPARE(whole(session), QString());
        QCOMPARE(QString::fromUtf8(session.fileBytes()), text); // the endings as they were
    }
}

// QTextDocument ends every edit block with contentsChanged, also one that only recoloured
// lines. The session took that for a change of unknown extent and parsed the whole text
// again, with every view's update after it: at open (the highlighter's front matter pass)
// that was half of the time a 16 MB issue took to open.
void TestSessionChange::recolouringTheTextParsesNothing() {
    IssueSession session;
    QString error;
    QVERIFY2(session.load(samplePath, &error), qPrintable(error));
    auto *highlighter = new FirstCharacterHighlighter(session.textDocument());
    highlighter->rehighlight();
    const int revision = session.revision();
    QSignalSpy parses(&session, &IssueSession::documentChanged);
    highlighter->colour = Qt::blue;
    highlighter->rehighlight();
    highlighter->rehighlightBlock(session.textDocument()->findBlockByNumber(2));
    QCOMPARE(parses.count(), 0);
    QCOMPARE(session.revision(), revision);
    QVERIFY(session.isParsed());
    // A change of the text is still parsed, in its section.
    const ItemNode item = session.document().sections()[1].items[0];
    QTextCursor cursor(session.textDocument());
    cursor.setPosition(int(item.title.begin + 1));
    cursor.insertText(QStringLiteral("x"));
    QCOMPARE(parses.count(), 1);
    QVERIFY(!session.lastChange().full);
    QCOMPARE(whole(session), QString());
}

void TestSessionChange::randomEditsUndoAndRedo() {
    IssueSession session;
    QString error;
    QVERIFY2(session.load(samplePath, &error), qPrintable(error));
    QTextDocument *text = session.textDocument();
    std::mt19937 random(1201);
    int local = 0;
    constexpr int steps = 400;
    for (int step = 0; step < steps; ++step) {
        // Random edits wear the structure down (an open fence swallows every section after
        // it): start again from the file now and then, as a whole parse.
        if (step % 40 == 39) {
            QVERIFY2(session.load(samplePath, &error), qPrintable(error));
            QVERIFY(session.lastChange().full);
        }
        const int what = int(random() % 10);
        if (what == 0 && text->isUndoAvailable()) {
            text->undo();
        } else if (what == 1 && text->isRedoAvailable()) {
            text->redo();
        } else {
            const test::RandomEdit edit = test::randomEdit(session.currentText(), random);
            QTextCursor cursor(text);
            cursor.setPosition(int(edit.position));
            cursor.setPosition(int(edit.position + edit.removed), QTextCursor::KeepAnchor);
            cursor.insertText(edit.added);
        }
        QVERIFY(session.isParsed());
        local += session.lastChange().full ? 0 : 1;
        const QString difference = whole(session);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("step %1: ").arg(step) + difference));
    }
    QVERIFY2(local > steps / 4, qPrintable(QString::number(local)));
}

QTEST_MAIN(TestSessionChange)
#include "tst_sessionchange.moc"
