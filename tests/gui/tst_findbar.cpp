// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The find and replace bar over the source (issue 16): typed into as a user would, on Chinese
// and English text, with the options, the highlighted matches and one-step undo of Replace All.
#include "editorwindow.h"
#include "findbar.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace wc;

namespace {

const QString chinese =
    QStringLiteral("---\ntitle: 'Python 潮流周刊#7：查找'\npubDate: 2026-12-06\n---\n\n"
                   "## 🦄文章&教程\n\n"
                   "1、[第1期：异步编程](https://a.org)\n\n周刊第12期介绍了异步。\n\n"
                   "2、[第二期](https://b.org)\n\n没有数字的期，第34期也提到了。\n\n");

const QString english = QStringLiteral("## Articles\n\n"
                                       "1、[Python tips](https://p.org)\n\n"
                                       "python and PYTHON and pythonic.\n");

} // namespace

class TestFindBar : public QObject {
    Q_OBJECT
private:
    QWidget *m_window = nullptr;
    IssueEditor *m_editor = nullptr;

    FindBar *bar() const { return m_editor->findBar(); }
    QTextDocument *text() const { return m_editor->session()->textDocument(); }
    void load(const QString &contents) {
        m_editor->session()->setContents(contents, QString(), QStringLiteral("\n"), false);
    }
    void typePattern(const QString &pattern) {
        bar()->findField()->setFocus();
        bar()->findField()->selectAll();
        test::typeText(bar()->findField(), pattern);
    }
    QPushButton *button(const QString &text) const {
        for (QPushButton *b : bar()->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    QStringList matchedTexts() const {
        QStringList texts;
        for (const QTextCursor &match : bar()->matches())
            texts << match.selectedText();
        return texts;
    }
    // The source's highlighted stretches that are not the node's band or a problem line.
    int highlightedInSource() const { return m_editor->sourceEditor()->searchMatchCount(); }

private slots:
    void init() {
        m_window = new QWidget;
        m_editor = test::editorIn(m_window);
        // The window's Undo, as MainWindow has it.
        auto *undo = new QAction(m_window);
        undo->setShortcut(QKeySequence::Undo);
        connect(undo, &QAction::triggered, m_editor, &IssueEditor::undo);
        m_window->addAction(undo);
        m_window->resize(1366, 740);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    void chineseRegexReplaceAllIsOneUndoStep() {
        load(chinese);
        const QString before = text()->toPlainText();
        bar()->openReplace();
        QVERIFY(bar()->isVisible());
        QVERIFY(bar()->replaceField()->isVisible());
        bar()->regexBox()->setChecked(true);
        typePattern(QStringLiteral("第(\\d+)期"));
        QCOMPARE(matchedTexts(), (QStringList{QStringLiteral("第1期"), QStringLiteral("第12期"),
                                              QStringLiteral("第34期")}));
        QCOMPARE(highlightedInSource(), 3);
        // Incremental: the first match is selected in the source as the pattern is typed.
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectedText(), QStringLiteral("第1期"));
        QCOMPARE(bar()->countLabel()->text(), QStringLiteral("1 of 3"));

        bar()->replaceField()->setFocus();
        test::typeText(bar()->replaceField(), QStringLiteral("第 \\1 期"));
        button(QStringLiteral("Replace &All"))->click();
        QString after = before;
        after.replace(QStringLiteral("第1期"), QStringLiteral("第 1 期"))
            .replace(QStringLiteral("第12期"), QStringLiteral("第 12 期"))
            .replace(QStringLiteral("第34期"), QStringLiteral("第 34 期"));
        QCOMPARE(text()->toPlainText(), after);
        QCOMPARE(bar()->countLabel()->text(), QStringLiteral("Replaced 3"));
        QVERIFY(bar()->matches().isEmpty()); // the pattern no longer matches anything
        // The parse followed: the first item's title is the replaced one.
        QCOMPARE(m_editor->session()->document().sections()[0].items[0].title.in(
                     m_editor->session()->document().text()),
                 QStringLiteral("第 1 期：异步编程"));

        // One Undo, from the source as from anywhere: every replacement goes at once.
        m_editor->sourceEditor()->setFocus();
        QTest::keySequence(m_editor->sourceEditor(), QKeySequence::Undo);
        QCOMPARE(text()->toPlainText(), before);
        QVERIFY(!text()->isUndoAvailable());
    }

    void chineseLiteralSearchCountsAndSteps() {
        load(chinese);
        bar()->openFind();
        typePattern(QStringLiteral("期"));
        // 第1期, 第二期, 第12期, 期，, 第34期: every 期 outside the front matter and its title.
        const int expected = int(chinese.count(u'期'));
        QCOMPARE(bar()->matches().size(), expected);
        QCOMPARE(highlightedInSource(), expected);
        const int first = m_editor->sourceEditor()->textCursor().selectionStart();
        // Enter goes to the next, Shift+Enter back.
        QTest::keyClick(bar()->findField(), Qt::Key_Return);
        const int second = m_editor->sourceEditor()->textCursor().selectionStart();
        QVERIFY(second > first);
        QCOMPARE(bar()->countLabel()->text(), QStringLiteral("2 of %1").arg(expected));
        QTest::keyClick(bar()->findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectionStart(), first);
    }

    void optionsMatchCaseWholeWordsAndWrap() {
        load(english);
        bar()->openFind();
        typePattern(QStringLiteral("python"));
        QCOMPARE(bar()->matches().size(), 4); // Python, python, PYTHON, python(ic)
        bar()->matchCaseBox()->setChecked(true);
        QCOMPARE(matchedTexts(), (QStringList{QStringLiteral("python"), QStringLiteral("python")}));
        bar()->wholeWordsBox()->setChecked(true);
        QCOMPARE(bar()->matches().size(), 1);
        bar()->matchCaseBox()->setChecked(false);
        QCOMPARE(matchedTexts(), (QStringList{QStringLiteral("Python"), QStringLiteral("python"),
                                              QStringLiteral("PYTHON")}));

        // Without wrap-around the last match is the end; with it the search goes round.
        bar()->wrapBox()->setChecked(false);
        QVERIFY(bar()->findNext()); // the second
        QVERIFY(bar()->findNext()); // the third
        QVERIFY(!bar()->findNext());
        QCOMPARE(bar()->countLabel()->text(), QStringLiteral("No more matches below"));
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectedText(), QStringLiteral("PYTHON"));
        bar()->wrapBox()->setChecked(true);
        QVERIFY(bar()->findNext());
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectedText(), QStringLiteral("Python"));
        QVERIFY(bar()->findPrevious());
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectedText(), QStringLiteral("PYTHON"));
    }

    void replaceOneGoesToTheNext() {
        load(english);
        bar()->openReplace();
        typePattern(QStringLiteral("and"));
        bar()->replaceField()->setFocus();
        test::typeText(bar()->replaceField(), QStringLiteral("或"));
        QTest::keyClick(bar()->replaceField(), Qt::Key_Return); // Replace
        QVERIFY(text()->toPlainText().contains(QStringLiteral("python 或 PYTHON and pythonic")));
        // The next match is selected, ready for the next Replace.
        QCOMPARE(m_editor->sourceEditor()->textCursor().selectedText(), QStringLiteral("and"));
        QCOMPARE(bar()->matches().size(), 1);
    }

    void invalidRegexIsReported() {
        load(english);
        bar()->openFind();
        bar()->regexBox()->setChecked(true);
        typePattern(QStringLiteral("py(thon"));
        QVERIFY(bar()->matches().isEmpty());
        QVERIFY(
            bar()->countLabel()->text().startsWith(QStringLiteral("Invalid regular expression")));
        QVERIFY(!bar()->findNext());
    }

    void highlightsFollowTypingInTheSource() {
        load(english);
        bar()->openFind();
        typePattern(QStringLiteral("PYTHON"));
        QCOMPARE(bar()->matches().size(), 4);
        // A new occurrence typed into the source is found once the typing pauses.
        QTextCursor end(text());
        end.movePosition(QTextCursor::End);
        m_editor->sourceEditor()->setTextCursor(end);
        m_editor->sourceEditor()->setFocus();
        test::typeText(m_editor->sourceEditor(), QStringLiteral(" Python"));
        QTRY_COMPARE(bar()->matches().size(), 5);
        QCOMPARE(highlightedInSource(), 5);
    }

    void escapeClosesAndClearsTheHighlights() {
        load(english);
        bar()->openFind();
        typePattern(QStringLiteral("python"));
        QCOMPARE(highlightedInSource(), 4);
        QTest::keyClick(bar()->findField(), Qt::Key_Escape);
        QVERIFY(bar()->isHidden());
        QCOMPARE(highlightedInSource(), 0);
        QVERIFY(m_editor->sourceEditor()->hasFocus());
    }

    void onlyTheMatchesInViewAreHighlighted() {
        // Thousands of live cursors would slow every keystroke: the matches in view are
        // highlighted, the others again when they scroll into view, and offsets follow edits.
        QString many = QStringLiteral("## 文章\n\n");
        for (int i = 0; i < 600; ++i)
            many += QStringLiteral("第 %1 行的词\n").arg(i);
        load(many);
        bar()->openFind();
        typePattern(QStringLiteral("的词"));
        QCOMPARE(bar()->matchRanges().size(), 600);
        const int shown = highlightedInSource();
        QVERIFY2(shown > 5 && shown < 100, qPrintable(QString::number(shown)));
        // Text typed at the top moves every match; the highlights at the bottom still cover 的词.
        QTextCursor top(text());
        m_editor->sourceEditor()->setTextCursor(top);
        m_editor->sourceEditor()->setFocus();
        test::typeText(m_editor->sourceEditor(), QStringLiteral("前言"));
        QScrollBar *scroll = m_editor->sourceEditor()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        QVERIFY(highlightedInSource() > 5);
        for (const QTextEdit::ExtraSelection &selection :
             m_editor->sourceEditor()->extraSelections()) {
            if (selection.format.background().color() == QColor(0xff, 0xe0, 0x6b))
                QCOMPARE(selection.cursor.selectedText(), QStringLiteral("的词"));
        }
        QVERIFY(m_editor->sourceEditor()->extraSelections().last().cursor.block().text().contains(
            QStringLiteral("第 599 行")));
    }

    void selectionBecomesThePattern() {
        load(english);
        QTextCursor cursor(text());
        const int at = int(english.indexOf(QStringLiteral("pythonic")));
        cursor.setPosition(at);
        cursor.setPosition(at + 8, QTextCursor::KeepAnchor);
        m_editor->sourceEditor()->setTextCursor(cursor);
        bar()->openFind();
        QCOMPARE(bar()->findField()->text(), QStringLiteral("pythonic"));
        QCOMPARE(bar()->matches().size(), 1);
        QVERIFY(bar()->findField()->hasFocus());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
