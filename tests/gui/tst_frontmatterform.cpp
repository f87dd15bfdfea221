// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The front-matter form typed into through its real widgets: the H1 title, the other-keys table,
// invalid YAML, and values that YAML readers would read as something else.

#include "frontmatterform.h"
#include "issuesession.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace wc;

class FrontMatterFormTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void h1TitleWithTabStaysAHeading();
    void h1TitleStartingWithHashKeepsOneMarker();
    void valuesAreQuotedWhenPlainWouldReadOtherwise_data();
    void valuesAreQuotedWhenPlainWouldReadOtherwise();
    void listsAndBlockScalarsAreReadOnlyRows();
    void unclosedQuoteIsReportedAndNothingIsWritten();
    void unclosedFrontMatterIsTextInTheSourceToo();

private:
    void open(const QString &text);
    QString text() const { return m_session->currentText(); }

    IssueSession *m_session = nullptr;
    FrontMatterForm *m_form = nullptr;
};

void FrontMatterFormTest::init() {
    m_session = new IssueSession(this);
    m_form = new FrontMatterForm(m_session);
    connect(m_session, &IssueSession::documentChanged, m_form, &FrontMatterForm::refresh);
    m_form->resize(600, 500);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void FrontMatterFormTest::cleanup() {
    delete m_form;
    delete m_session;
}

void FrontMatterFormTest::open(const QString &text) {
    m_session->setContents(text, QStringLiteral("/tmp/2026-01-02-weekly.md"), QStringLiteral("\n"),
                           false);
    m_form->refresh();
}

void FrontMatterFormTest::h1TitleWithTabStaysAHeading() {
    open(QStringLiteral("#\tTitle\n\nHello.\n"));
    QLineEdit *title = m_form->titleField();
    QCOMPARE(title->text(), QStringLiteral("Title"));
    title->setFocus();
    title->end(false);
    test::typeText(title, QStringLiteral("2"));
    QCOMPARE(text(), QStringLiteral("#\tTitle2\n\nHello.\n"));
    QCOMPARE(m_session->document().title(), QStringLiteral("Title2"));
}

void FrontMatterFormTest::h1TitleStartingWithHashKeepsOneMarker() {
    open(QStringLiteral("# #5 Python\n\nHello.\n"));
    QLineEdit *title = m_form->titleField();
    QCOMPARE(title->text(), QStringLiteral("#5 Python"));
    title->setFocus();
    title->selectAll();
    QApplication::clipboard()->setText(QStringLiteral("#6 Python"));
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(text(), QStringLiteral("# #6 Python\n\nHello.\n"));
    QCOMPARE(m_session->document().title(), QStringLiteral("#6 Python"));
    QCOMPARE(m_session->document().number(), 6);
}

void FrontMatterFormTest::valuesAreQuotedWhenPlainWouldReadOtherwise_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    // Read back by PyYAML's safe_load (YAML 1.1) or yaml-cpp (1.2 core) as something else:
    QTest::newRow("null") << "null"
                          << "'null'";
    QTest::newRow("tilde") << "~"
                           << "'~'";
    QTest::newRow("yes") << "yes"
                         << "'yes'";
    QTest::newRow("No") << "No"
                        << "'No'";
    QTest::newRow("on") << "on"
                        << "'on'";
    QTest::newRow("TRUE") << "TRUE"
                          << "'TRUE'";
    QTest::newRow("hex") << "0x1F"
                         << "'0x1F'";
    QTest::newRow("octal") << "012"
                           << "'012'";
    QTest::newRow("underscored int") << "1_000"
                                     << "'1_000'";
    QTest::newRow("float") << "3.14"
                           << "'3.14'";
    QTest::newRow("exponent") << "1e3"
                              << "'1e3'";
    QTest::newRow("infinity") << ".inf"
                              << "'.inf'";
    QTest::newRow("negative") << "-5"
                              << "'-5'";
    QTest::newRow("date") << "2024-01-01"
                          << "'2024-01-01'";
    QTest::newRow("sexagesimal") << "12:30"
                                 << "'12:30'";
    QTest::newRow("merge key") << "<<"
                               << "'<<'";
    // Cut short, or not a scalar at all, when plain:
    QTest::newRow("tab before comment") << "a\t#b"
                                        << "'a\t#b'";
    QTest::newRow("comment") << "a #b"
                             << "'a #b'";
    QTest::newRow("mapping") << "a: b"
                             << "'a: b'";
    QTest::newRow("sequence") << "- x"
                              << "'- x'";
    QTest::newRow("anchor") << "&x"
                            << "'&x'";
    QTest::newRow("quote inside") << "'q"
                                  << "'''q'";
    QTest::newRow("trailing colon") << "note:"
                                    << "'note:'";
    // Plain and read back unchanged: they stay plain.
    QTest::newRow("cjk") << "豌豆花下猫"
                         << "豌豆花下猫";
    QTest::newRow("version") << "Python 3.12"
                             << "Python 3.12";
    QTest::newRow("C#") << "C#"
                        << "C#";
    QTest::newRow("hyphenated") << "a-b"
                                << "a-b";
}

void FrontMatterFormTest::valuesAreQuotedWhenPlainWouldReadOtherwise() {
    QFETCH(QString, typed);
    QFETCH(QString, written);
    open(QStringLiteral("---\ntitle: 'Python 潮流周刊#1'\npubDate: 2024-01-06\nauthor: 猫\n---\n\n"
                        "Hello.\n"));
    QLineEdit *author = m_form->findChild<QLineEdit *>(QStringLiteral("authorField"));
    QVERIFY(author);
    author->setFocus();
    author->selectAll();
    QApplication::clipboard()->setText(typed);
    QTest::keyClick(author, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(author->text(), typed);
    QCOMPARE(text().section(u'\n', 3, 3), QStringLiteral("author: ") + written);
    const auto &fm = m_session->document().frontMatter();
    QVERIFY(fm && fm->valid);
    QCOMPARE(fm->field(QStringLiteral("author"))->value, typed);
}

void FrontMatterFormTest::listsAndBlockScalarsAreReadOnlyRows() {
    const QString source = QStringLiteral("---\ntitle: 'Python 潮流周刊#1'\ntags:\n- a\n- c\n"
                                          "desc: |\n  first line\n  second line\nslug: one\n---\n\n"
                                          "Hello.\n");
    open(source);
    auto *table = m_form->findChild<QTableWidget *>(QStringLiteral("otherKeysTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("tags"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("desc"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("slug"));
    // The list and the block scalar cannot be opened for editing; they point to their lines.
    for (int row : {0, 1}) {
        QTableWidgetItem *cell = table->item(row, 1);
        QVERIFY(!(cell->flags() & Qt::ItemIsEditable));
        table->setFocus();
        table->editItem(cell);
        QVERIFY(table->findChildren<QLineEdit *>().isEmpty()); // no cell editor opened
    }
    QCOMPARE(table->item(0, 1)->toolTip(),
             QStringLiteral("Lines 3–5 of the source: edit this value there."));
    QCOMPARE(table->item(1, 1)->toolTip(),
             QStringLiteral("Lines 6–8 of the source: edit this value there."));
    QVERIFY(m_form->findChild<QLabel *>(QStringLiteral("otherKeysNote"))->isVisible());
    QCOMPARE(text(), source);
    // A one-line value is edited in its cell, and only its line changes.
    table->editItem(table->item(2, 1));
    QTRY_VERIFY(table->findChild<QLineEdit *>());
    auto *editor = table->findChild<QLineEdit *>();
    editor->selectAll();
    test::typeText(editor, QStringLiteral("two"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on its next event turn
    QString expected = source;
    expected.replace(QStringLiteral("slug: one"), QStringLiteral("slug: two"));
    QTRY_COMPARE(text(), expected);
}

void FrontMatterFormTest::unclosedQuoteIsReportedAndNothingIsWritten() {
    const QString source = QStringLiteral(
        "---\ntitle: 'Python 潮流周刊#5：abc\npubDate: 2023-06-01\nauthor: 猫\n---\n\n"
        "## 🦄文章&教程\n\n1、[a](https://e.org)\n");
    open(source);
    auto *diagnostic = m_form->findChild<QLabel *>(QStringLiteral("frontMatterDiagnostic"));
    QVERIFY(diagnostic->isVisible());
    QVERIFY2(diagnostic->text().startsWith(QStringLiteral("Line 2: ")),
             qPrintable(diagnostic->text()));
    QVERIFY2(diagnostic->text().contains(QStringLiteral("\"title\"")),
             qPrintable(diagnostic->text()));
    QLineEdit *title = m_form->titleField();
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->text(), QStringLiteral("Python 潮流周刊#5：abc")); // no lines merged in
    title->setFocus();
    title->end(false);
    test::typeText(title, QStringLiteral("x"));
    QLineEdit *author = m_form->findChild<QLineEdit *>(QStringLiteral("authorField"));
    QVERIFY(author->isReadOnly());
    author->setFocus();
    test::typeText(author, QStringLiteral("y"));
    QCOMPARE(text(), source);

    // The source shows the same diagnostic above the text.
    SourceEditor source_;
    source_.followSession(m_session);
    source_.show();
    QVERIFY(QTest::qWaitForWindowExposed(&source_));
    auto *banner = source_.findChild<QLabel *>(QStringLiteral("sourceProblems"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->text(), diagnostic->text());

    // Closing the quote in the source makes the form editable again.
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("'"));
    QVERIFY(!diagnostic->isVisible());
    QVERIFY(!banner->isVisible());
    QVERIFY(!title->isReadOnly());
    QCOMPARE(title->text(), QStringLiteral("Python 潮流周刊#5：abc"));
}

void FrontMatterFormTest::unclosedFrontMatterIsTextInTheSourceToo() {
    const QString source =
        QStringLiteral("---\ntitle: 'x'\n\n## 🦄文章&教程\n\n1、[a](https://e.org)\n");
    open(source);
    SourceEditor editor;
    editor.followSession(m_session);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // The outline reads a section with its item; the source colours the heading as a heading,
    // not as YAML, and names the problem.
    QCOMPARE(m_session->document().sections().size(), 1);
    const QTextBlock heading = m_session->textDocument()->findBlockByNumber(3);
    const auto isBold = [&heading] {
        const auto formats = heading.layout()->formats();
        return std::any_of(formats.begin(), formats.end(), [](const QTextLayout::FormatRange &r) {
            return r.format.fontWeight() == QFont::Bold;
        });
    };
    QTRY_VERIFY(isBold());
    const QTextBlock titleLine = m_session->textDocument()->findBlockByNumber(1);
    const auto colouredAsYaml = [&titleLine] {
        const auto formats = titleLine.layout()->formats();
        return !formats.isEmpty() &&
               QStringList{QStringLiteral("#a05a00"), QStringLiteral("#f0b866")}.contains(
                   formats.first().format.foreground().color().name());
    };
    QVERIFY(!colouredAsYaml());
    auto *banner = editor.findChild<QLabel *>(QStringLiteral("sourceProblems"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Line 1: ")), qPrintable(banner->text()));
    QVERIFY(m_form->titleField()->isReadOnly());
    // Closing it turns the lines into front matter in both.
    QTextCursor cursor(m_session->textDocument()->findBlockByNumber(2));
    cursor.insertText(QStringLiteral("---"));
    QVERIFY(m_session->document().frontMatter());
    QTRY_VERIFY(colouredAsYaml());
    QVERIFY(isBold());
    QVERIFY(banner->isHidden());
}

QTEST_MAIN(FrontMatterFormTest)
#include "tst_frontmatterform.moc"
