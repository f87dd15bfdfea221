// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing through the real form widgets, shortcuts and undo (issue 10, items 1, 2, 8, 9,
// 14-18): keys are typed into the fields of an IssueEditor in a shown window whose actions
// carry the application's shortcuts.
#include "editorwindow.h"
#include "fieldtext.h"
#include "formpanel.h"
#include "frontmatterform.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "outlinemodel.h"
#include "preambleform.h"
#include "sectionform.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

using namespace wc;

namespace {

const QString head =
    QStringLiteral("---\ntitle: 'Python 潮流周刊#9：表单'\npubDate: 2026-01-02\n---\n\n");
const QString articles = QStringLiteral("## 🦄文章&教程\n\n"
                                        "1、[a](https://a.org)\n\n描述 a\n\n"
                                        "2、[x\\_y](https://x.org)\n\n描述 x\n\n"
                                        "3、[c](https://c.org)\n\n描述 c\n\n");
const QString projects = QStringLiteral("## 🐿️项目&资源\n\n"
                                        "1、[p](https://p.org)\n\n描述 p\n\n");
const QString subscribe = QStringLiteral("## 🐱欢迎订阅\n\n订阅\n");
const QString sample = head + articles + projects + subscribe;

using test::itemNode;
using test::sectionNode;

} // namespace

class TestFormEditing : public QObject {
    Q_OBJECT
private:
    QWidget *m_window = nullptr;
    IssueEditor *m_editor = nullptr;

    IssueSession *session() const { return m_editor->session(); }
    ItemForm *itemForm() const { return m_editor->formPanel()->itemForm(); }
    QString text() const { return session()->currentText(); }
    // The window's shortcuts, as MainWindow sets them.
    void addShortcut(const QKeySequence &keys, void (IssueEditor::*slot)()) {
        auto *action = new QAction(m_window);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, m_editor, slot);
        m_window->addAction(action);
    }
    void load(const QString &contents) {
        session()->setContents(contents, QString(), QStringLiteral("\n"), false);
    }
    void select(const OutlineNode &node) {
        m_editor->selectNode(node);
        QCOMPARE(m_editor->currentNode(), node);
    }
    // Selects the whole field and types `typed` over it.
    void typeInto(QWidget *field, const QString &typed) {
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        test::typeText(field, typed);
    }
    // Selects the whole line field and deletes it, as a user clears a value.
    void clearField(QLineEdit *field) {
        typeInto(field, {});
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
    }
    // The platform's Undo and Redo keys (Redo is Ctrl+Y on some, Ctrl+Shift+Z on others).
    void undoKey() {
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(QKeySequence::Undo));
    }
    void redoKey() {
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(QKeySequence::Redo));
    }
    // The outline, the form and the source agree on one node.
    void verifyViewsAgreeOn(const OutlineNode &node) {
        const OutlineNode now = m_editor->currentNode();
        if (!(now == node))
            qWarning() << "selected" << int(now.kind) << now.section << now.item << "cursor at"
                       << m_editor->sourceEditor()->textCursor().position();
        QCOMPARE(m_editor->currentNode(), node);
        QCOMPARE(m_editor->selectedNodes(), QList<OutlineNode>{node});
        QCOMPARE(m_editor->formPanel()->node(), node);
        QCOMPARE(m_editor->nodeAtPosition(m_editor->sourceEditor()->textCursor().position()), node);
    }

private slots:
    void init() {
        m_window = new QWidget;
        m_editor = test::editorIn(m_window);
        addShortcut(QKeySequence::Undo, &IssueEditor::undo);
        addShortcut(QKeySequence::Redo, &IssueEditor::redo);
        addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &IssueEditor::addItem);
        addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &IssueEditor::addSection);
        addShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), &IssueEditor::moveSectionUp);
        addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), &IssueEditor::moveItemDown);
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        load(sample);
    }
    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    // Item 1: the spaces of a title typed into a new item without a link stay in place.
    void typingATitleIntoANewItemKeepsItsSpaces() {
        select(itemNode(0, 0));
        QTest::keyClick(m_editor->outlineView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(itemForm()->titleField()->hasFocus());
        QCOMPARE(itemForm()->titleField()->selectedText(), QStringLiteral("New item"));
        test::typeText(itemForm()->titleField(), QStringLiteral("Why I switched to uv"));
        QVERIFY2(text().contains(QStringLiteral("\n2、Why I switched to uv\n")),
                 qPrintable(text()));
        QCOMPARE(itemForm()->titleField()->text(), QStringLiteral("Why I switched to uv"));
        // A trailing space typed last is not written (it would be a hard break) and stays
        // in the field for the next word.
        test::typeText(itemForm()->titleField(), QStringLiteral(" "));
        QVERIFY(text().contains(QStringLiteral("\n2、Why I switched to uv\n")));
        QCOMPARE(itemForm()->titleField()->text(), QStringLiteral("Why I switched to uv "));
    }

    // Item 2: a linked title shows as a reader reads it and is written escaped.
    void linkedTitleIsShownUnescapedAndWrittenEscaped() {
        select(itemNode(0, 0));
        QLineEdit *title = itemForm()->titleField();
        QCOMPARE(title->text(), QStringLiteral("a"));
        typeInto(title, {});
        title->end(false);
        QTest::keyClicks(title, QStringLiteral("[b"));
        QCOMPARE(title->text(), QStringLiteral("a[b"));
        QVERIFY2(text().contains(QStringLiteral("1、[a\\[b](https://a.org)\n")),
                 qPrintable(text()));
        QCOMPARE(text().size(), sample.size() + 3);
    }

    void escapesTheUserDidNotTouchStay() {
        select(itemNode(0, 1));
        QLineEdit *title = itemForm()->titleField();
        QCOMPARE(title->text(), QStringLiteral("x_y"));
        typeInto(title, {});
        title->end(false);
        QTest::keyClicks(title, QStringLiteral("*z"));
        QCOMPARE(title->text(), QStringLiteral("x_y*z"));
        QVERIFY2(text().contains(QStringLiteral("2、[x\\_y\\*z](https://x.org)\n")),
                 qPrintable(text()));
    }

    // Item 8: no date in the file shows an empty Date field and writes nothing.
    void missingDateShowsEmptyAndWritesNothing() {
        const QString noDate =
            QStringLiteral("---\ntitle: 'Python 潮流周刊#9'\n---\n\n") + articles;
        load(noDate);
        select({OutlineNode::Kind::FrontMatter, -1, -1});
        auto *date =
            m_editor->formPanel()->findChild<FrontMatterForm *>()->findChild<QDateEdit *>();
        QVERIFY(date);
        QCOMPARE(date->text().trimmed(), QString());
        QCOMPARE(text(), noDate);
        date->setDate(QDate(2026, 3, 4)); // the user picks a date
        QVERIFY2(text().contains(QStringLiteral("pubDate: 2026-03-04\n---")), qPrintable(text()));
        load(QStringLiteral("---\ntitle: 'T'\npubDate: someday\n---\n\n") + articles);
        select({OutlineNode::Kind::FrontMatter, -1, -1});
        QCOMPARE(date->text().trimmed(), QString());
    }

    // Item 9: Stars and Image URL warn about values that are not a star count or an image.
    void starsAndImageUrlAreValidated() {
        select(itemNode(0, 0));
        for (const QString &valid :
             {QStringLiteral("748"), QStringLiteral("2K"), QStringLiteral("8.9K")}) {
            typeInto(itemForm()->starsField(), {});
            itemForm()->starsField()->selectAll();
            QTest::keyClicks(itemForm()->starsField(), valid);
            QVERIFY2(text().contains(QStringLiteral("描述 a（star %1）").arg(valid)),
                     qPrintable(text()));
            QVERIFY(itemForm()->starsProblem()->isHidden());
        }
        itemForm()->starsField()->selectAll();
        test::typeText(itemForm()->starsField(), QStringLiteral("star uv logo"));
        QVERIFY(itemForm()->starsProblem()->isVisible());
        typeInto(itemForm()->imageUrlField(), QStringLiteral("XYZ"));
        QVERIFY(itemForm()->imageProblem()->isVisible());
        itemForm()->imageUrlField()->selectAll();
        QTest::keyClicks(itemForm()->imageUrlField(), QStringLiteral("https://img.org/a.png"));
        QVERIFY(itemForm()->imageProblem()->isHidden());
        itemForm()->imageUrlField()->selectAll();
        QTest::keyClicks(itemForm()->imageUrlField(), QStringLiteral("pics/a.png"));
        QVERIFY(itemForm()->imageProblem()->isHidden());
    }

    // Found by session_fuzz: a value that would end its note early is not written, and the
    // field says so.
    void noteValueWithUnpairedBracketsIsNotWritten() {
        select(itemNode(0, 0));
        typeInto(itemForm()->contributorField(), QStringLiteral("ab)"));
        QVERIFY2(text().contains(QStringLiteral("描述 a（投稿自@ab）\n")), qPrintable(text()));
        QVERIFY(itemForm()->contributorProblem()->isVisible());
        QTest::keyClick(itemForm()->contributorField(), Qt::Key_Backspace);
        QVERIFY(itemForm()->contributorProblem()->isHidden());
        // Alt text needs an image, "after the link" a link.
        QVERIFY(!itemForm()->imageAltField()->isEnabled());
        QVERIFY(itemForm()->tailField()->isEnabled());
    }

    // Found by session_fuzz (2025-07-12, 2026-01-03): below the last circled item of a summary
    // list begins the footer, so each key typed into its Image URL added another image line
    // to the footer (and a contributor note landed there too). Its body fields are disabled
    // with a note; the items above it keep theirs.
    void lastSummaryItemHasNoBodyFields() {
        const QString summary =
            head + QStringLiteral("**[🦄文章&教程](https://weekly.pythoncat.top)**\n\n"
                                  "① 甲\n\n② 乙\n\n\n\n周刊实行付费订阅制\n");
        load(summary);
        select(itemNode(0, 1));
        ItemForm *form = itemForm();
        // Keys sent to its description and image write nothing.
        QTest::keyClicks(form->imageUrlField(), QStringLiteral("pic.png"));
        QTest::keyClicks(form->descriptionField(), QStringLiteral("Y"));
        QCOMPARE(text(), summary);
        QVERIFY(form->noBodyNote()->isVisible());
        for (QWidget *field : {static_cast<QWidget *>(form->descriptionField()),
                               static_cast<QWidget *>(form->imageUrlField()),
                               static_cast<QWidget *>(form->imageAltField())})
            QVERIFY2(!field->isEnabled(), field->metaObject()->className());
        // Its notes are its own: a paragraph of notes alone below it is not the footer.
        QVERIFY(form->contributorField()->isEnabled());
        typeInto(form->contributorField(), QStringLiteral("X"));
        QCOMPARE(text(),
                 head + QStringLiteral("**[🦄文章&教程](https://weekly.pythoncat.top)**\n\n"
                                       "① 甲\n\n② 乙\n\n（投稿自@X）\n\n\n\n周刊实行付费订阅制\n"));
        QCOMPARE(form->contributorField()->text(), QStringLiteral("X"));
        QCOMPARE(session()->document().sections()[0].items.size(), 2);
        QTest::keySequence(form->contributorField(), QKeySequence::SelectAll);
        QTest::keyClick(form->contributorField(), Qt::Key_Backspace); // cleared: as it was
        QCOMPARE(text(), summary);
        select(itemNode(0, 1));
        // The item above it can have a body: its image is its own.
        select(itemNode(0, 0));
        QVERIFY(form->noBodyNote()->isHidden());
        typeInto(form->imageUrlField(), QStringLiteral("pic.png"));
        QVERIFY2(text().contains(QStringLiteral("① 甲\n\n![](pic.png)\n\n② 乙\n\n\n\n周刊")),
                 qPrintable(text()));
        QCOMPARE(form->imageUrlField()->text(), QStringLiteral("pic.png"));
        QCOMPARE(session()->document().sections()[0].items[0].image.url.in(text()),
                 QStringLiteral("pic.png"));
    }

    // Found by session_fuzz (2024-06-15, seed 7): with the source cursor on the blank line
    // below an empty section's heading, typing into that section's label pushed the cursor
    // past the old end of the section, and the outline followed it, on the old parse, to the
    // next section while the label field kept the focus.
    void typingASectionLabelKeepsTheSectionSelected() {
        const QString text = head + QStringLiteral("## A\n\n1、[a](https://a.org)\n\n描述 a\n\n"
                                                   "## Empty\n\n## B\n\n1、[b](https://b.org)\n");
        load(text);
        SourceEditor *source = m_editor->sourceEditor();
        source->setFocus();
        QTRY_VERIFY(source->hasFocus());
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(int(text.indexOf(QStringLiteral("## Empty\n")) + 9));
        source->setTextCursor(cursor);
        QCOMPARE(m_editor->currentNode(), sectionNode(1));
        QLineEdit *label = m_editor->formPanel()->sectionForm()->labelField();
        QCOMPARE(label->text(), QStringLiteral("Empty"));
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        label->end(false);
        test::typeText(label, QStringLiteral("X"));
        QVERIFY2(session()->currentText().contains(QStringLiteral("\n## EmptyX\n\n## B\n")),
                 qPrintable(session()->currentText()));
        QCOMPARE(m_editor->currentNode(), sectionNode(1));
        QCOMPARE(m_editor->formPanel()->node(), sectionNode(1));
        QCOMPARE(label->text(), QStringLiteral("EmptyX"));
        QVERIFY(label->hasFocus());
    }

    // Found by session_fuzz (2024-03-16 seed 7, the sample's BOM copy): after a code fence
    // never closed (it runs to the end of the issue), an image typed into the form or a
    // duplicate of the item was written inside the code: each key added another image line
    // that never read back, and the duplicate was no item. The fence is closed first.
    void editsAfterAFenceNeverClosedCloseIt() {
        const QString open =
            head + QStringLiteral("## 🦄文章&教程\n\n1、[a](https://a.org)\n\n描述 a\n\n"
                                  "2、[b](https://b.org)\n\n描述 b\n\n```bash\npip install b\n");
        load(open);
        select(itemNode(0, 1));
        typeInto(itemForm()->imageUrlField(), QStringLiteral("pic.png"));
        QCOMPARE(text(), open + QStringLiteral("```\n\n![](pic.png)\n"));
        QCOMPARE(session()->document().sections()[0].items[1].image.url.in(text()),
                 QStringLiteral("pic.png"));
        QCOMPARE(itemForm()->imageUrlField()->text(), QStringLiteral("pic.png"));

        load(open);
        select(itemNode(0, 1));
        typeInto(itemForm()->contributorField(), QStringLiteral("X"));
        QVERIFY2(text().contains(QStringLiteral("描述 b（投稿自@X）\n\n```bash\n")),
                 qPrintable(text()));

        load(open);
        select(itemNode(0, 1));
        m_editor->duplicateItem();
        QCOMPARE(session()->document().sections()[0].items.size(), 3);
        QCOMPARE(m_editor->currentNode(), itemNode(0, 2));
        QVERIFY2(text().endsWith(QStringLiteral("```bash\npip install b\n```\n\n"
                                                "3、[b](https://b.org)\n\n描述 b\n\n"
                                                "```bash\npip install b\n```\n")),
                 qPrintable(text()));
    }

    // Found by session_fuzz (en/2024-09-28, seed 301): the H1 title line has no outline row;
    // with the source cursor moved there, the item selected before stayed selected.
    void sourceCursorOnTheTitleLeavesNoOtherNodeSelected() {
        load(QStringLiteral("# Weekly #71: Title\n\n## A\n\n1、[a](https://a.org)\n\n描述 a\n"));
        select(itemNode(0, 0));
        SourceEditor *source = m_editor->sourceEditor();
        source->setFocus();
        QTRY_VERIFY(source->hasFocus());
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(4);
        source->setTextCursor(cursor);
        QCOMPARE(m_editor->nodeAtPosition(4), OutlineNode{});
        QCOMPARE(m_editor->currentNode(), OutlineNode{});
        QVERIFY(m_editor->selectedNodes().isEmpty());
        QCOMPARE(m_editor->formPanel()->node(), OutlineNode{});
    }

    // Found by session_fuzz (en/2025-04-05, mixed CRLF/LF copy, seed 301): giving a URL to a
    // title that ends in a backslash wrote `[title\](url)`, whose `\]` does not close the
    // link. The backslash is doubled.
    void urlForATitleEndingInABackslashMakesALink() {
        load(head + QStringLiteral("## A\n\n1、[a](https://a.org)\n\n2、fo.*\\\n\n## B\n"));
        select(itemNode(0, 1));
        typeInto(itemForm()->urlField(), QStringLiteral("x"));
        QVERIFY2(text().contains(QStringLiteral("\n2、[fo.*\\\\](x)\n")), qPrintable(text()));
        const ItemNode &item = session()->document().sections()[0].items[1];
        QVERIFY(item.hasLink);
        QCOMPARE(item.url.in(text()), QStringLiteral("x"));
        QCOMPARE(itemForm()->titleField()->text(), QStringLiteral("fo.*\\"));
    }

    // Found by session_fuzz (ja/2024-05-18, no-final-newline copy, seed 401 step 16): a
    // heading whose link had lost its `)` is a plain label; a `)` typed into it closed the
    // link, and the label no longer read as typed. Parentheses are escaped there.
    void typedParenthesisDoesNotMakeALinkOfAPlainHeading() {
        load(head + QStringLiteral("## 中 [b](c\n\n1、[a](https://a.org)\n\n描述 a\n"));
        select(sectionNode(0));
        QLineEdit *label = m_editor->formPanel()->sectionForm()->labelField();
        QCOMPARE(label->text(), QStringLiteral("中 [b](c"));
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        label->end(false);
        test::typeText(label, QStringLiteral(")"));
        QVERIFY2(text().contains(QStringLiteral("\n## 中 [b](c\\)\n")), qPrintable(text()));
        const SectionNode &section = session()->document().sections()[0];
        QVERIFY(!section.hasLink);
        QCOMPARE(fieldtext::readerText(session()->document().sectionLabel(section)),
                 QStringLiteral("中 [b](c)"));
    }

    // Found by session_fuzz (2023-05-13 seed 4242 step 5979, 2023-05-31 step 16104): a `[`
    // typed before a `](` of a heading without a link was written escaped, `\[b](c)`, but the
    // parser took the escaped bracket for a link's opening one: the label read back `\b`, and
    // the next keys wrote the rest of the heading a second time.
    void typedBracketBeforeABracketParenthesisOfAPlainHeadingReadsBack() {
        const QString before =
            head + QStringLiteral("## b](c)\n\n1、[a](https://a.org)\n\n描述 a\n");
        load(before);
        select(sectionNode(0));
        QLineEdit *label = m_editor->formPanel()->sectionForm()->labelField();
        QCOMPARE(label->text(), QStringLiteral("b](c)"));
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        label->home(false);
        test::typeText(label, QStringLiteral("[x"));
        QCOMPARE(text(), QString(before).replace(QStringLiteral("## b](c)"),
                                                 QStringLiteral("## \\[xb](c)")));
        const SectionNode &section = session()->document().sections()[0];
        QVERIFY(!section.hasLink);
        QCOMPARE(fieldtext::readerText(session()->document().sectionLabel(section)),
                 QStringLiteral("[xb](c)"));
        QCOMPARE(label->text(), QStringLiteral("[xb](c)"));
        // Another key after a focus change writes only itself.
        select(itemNode(0, 0));
        select(sectionNode(0));
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        label->end(false);
        test::typeText(label, QStringLiteral("y"));
        QCOMPARE(text(), QString(before).replace(QStringLiteral("## b](c)"),
                                                 QStringLiteral("## \\[xb](c)y")));
        QCOMPARE(label->text(), QStringLiteral("[xb](c)y"));
    }

    // Found by session_fuzz (2026-05-30, seed 6021 step 1133): a heading without a link keeps
    // its untouched brackets as written; deleting a stray `]` paired them into `[a](b)`, and
    // the heading took the link: its label lost the brackets the field showed. A link after
    // other text counts too (`中 [b](c)`: the parser takes a heading's first `[`).
    void deletingAStrayBracketDoesNotMakeALinkOfAPlainHeading() {
        const QString before =
            head + QStringLiteral("## [Py m]_ojo](https://p.org)\n\n1、[a](https://a.org)\n\n"
                                  "描述 a\n\n## 中 [b]x(c)\n\n1、[d](https://d.org)\n\n描述 d\n");
        load(before);
        QLineEdit *label = m_editor->formPanel()->sectionForm()->labelField();
        const auto deleteAt = [&](int section, int position) {
            select(sectionNode(section));
            label->setFocus();
            QTRY_VERIFY(label->hasFocus());
            label->setCursorPosition(position);
            QTest::keyClick(label, Qt::Key_Delete);
        };
        QCOMPARE(session()->document().sections().size(), qsizetype(2));
        deleteAt(0, 5);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("## [Py m]_ojo]"),
                                                 QStringLiteral("## \\[Py m_ojo]")));
        const SectionNode &first = session()->document().sections()[0];
        QVERIFY(!first.hasLink);
        QCOMPARE(fieldtext::readerText(session()->document().sectionLabel(first)),
                 QStringLiteral("[Py m_ojo](https://p.org)"));
        QCOMPARE(label->text(), QStringLiteral("[Py m_ojo](https://p.org)"));

        deleteAt(1, 5);
        QVERIFY2(text().contains(QStringLiteral("\n## 中 \\[b](c)\n")), qPrintable(text()));
        const SectionNode &second = session()->document().sections()[1];
        QVERIFY(!second.hasLink);
        QCOMPARE(fieldtext::readerText(session()->document().sectionLabel(second)),
                 QStringLiteral("中 [b](c)"));
        QCOMPARE(label->text(), QStringLiteral("中 [b](c)"));
    }

    // Found by session_fuzz (2023-05-13, seed 5269 step 214): a title without a link keeps its
    // untouched brackets as written; deleting its stray `]` paired them into `[a](b)`, and the
    // item became a link whose title had lost the brackets the field showed.
    void deletingAStrayBracketDoesNotMakeALinkOfAPlainTitle() {
        const QString before =
            head +
            QStringLiteral(
                "## 🦄文章&教程\n\n1、[Py m]_ojo](https://p.org)（英文）\n\n描述\n");
        load(before);
        select(itemNode(0, 0));
        QLineEdit *title = itemForm()->titleField();
        QCOMPARE(title->text(), QStringLiteral("[Py m]_ojo](https://p.org)（英文）"));
        typeInto(title, {});
        title->setCursorPosition(5);
        QTest::keyClick(title, Qt::Key_Delete);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("1、[Py m]_ojo]"),
                                                 QStringLiteral("1、\\[Py m_ojo]")));
        const ItemNode &item = session()->document().sections()[0].items[0];
        QVERIFY(!item.hasLink);
        QCOMPARE(fieldtext::readerText(item.title.in(text())),
                 QStringLiteral("[Py m_ojo](https://p.org)（英文）"));
        QCOMPARE(title->text(), QStringLiteral("[Py m_ojo](https://p.org)（英文）"));
    }

    // Found by session_fuzz (2026-05-09, seed 2256 step 247): typing `[u#` over the Chinese
    // part of a bilingual title without a link kept the title's own opening `[` for the typed
    // one, and with the English part's `](…)` it made a link: the title read `u#`.
    void typingABracketOverAPlainBilingualTitleReadsBack() {
        const QString before =
            QStringLiteral("---\ntitle: '周刊---Weekly'\n---\n\n## 🦄文章&教程\n\n"
                           "1、[[)a---b(c](https://x.org)\n\n描述\n");
        load(before);
        select(itemNode(0, 0));
        QLineEdit *title = itemForm()->titleField();
        QLineEdit *english = itemForm()->englishTitleField();
        QVERIFY(english && english->isVisible());
        QCOMPARE(title->text(), QStringLiteral("[[)a"));
        typeInto(title, {});
        title->selectAll();
        test::typeText(title, QStringLiteral("[u#"));
        QCOMPARE(text(),
                 QString(before).replace(QStringLiteral("1、[[)a"), QStringLiteral("1、\\[u\\#")));
        QCOMPARE(title->text(), QStringLiteral("[u#"));
        QCOMPARE(english->text(), QStringLiteral("b(c](https://x.org)"));
        QVERIFY(!session()->document().sections()[0].items[0].hasLink);
    }

    // Found by session_fuzz (en/2023-06-03, seed 2256 step 1315): deleting an unpaired `(` from
    // the English part of a title without a link closed a link over the whole title, and the
    // English title read empty.
    void editingThePlainEnglishTitleDoesNotMakeALink() {
        const QString before =
            QStringLiteral("---\ntitle: '周刊---Weekly'\n---\n\n"
                           "## 🦄文章&教程\n\n1、[t](h---y z(w) v\n\n描述\n");
        load(before);
        select(itemNode(0, 0));
        QLineEdit *english = itemForm()->englishTitleField();
        QVERIFY(english && english->isVisible());
        QCOMPARE(english->text(), QStringLiteral("y z(w) v"));
        typeInto(english, {});
        english->setCursorPosition(3);
        QTest::keyClick(english, Qt::Key_Delete);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("1、[t](h---y z(w) v"),
                                                 QStringLiteral("1、\\[t](h---y zw) v")));
        QCOMPARE(english->text(), QStringLiteral("y zw) v"));
        QCOMPARE(itemForm()->titleField()->text(), QStringLiteral("[t](h"));
        QVERIFY(!session()->document().sections()[0].items[0].hasLink);
    }

    // Seen in session_fuzz (2023-05-31 seed 4242 step 15828): a link typed for an empty `##`
    // heading was written right after its hashes, `##[](7)`, which is no heading.
    void aLinkForAnEmptyHeadingKeepsItAHeading() {
        const QString before =
            head + QStringLiteral(
                       "## A\n\n1、[a](https://a.org)\n\n##\n\n## B\n\n1、[b](https://b.org)\n");
        load(before);
        QCOMPARE(session()->document().sections().size(), 3);
        select(sectionNode(1));
        typeInto(m_editor->formPanel()->sectionForm()->urlField(), QStringLiteral("7"));
        QCOMPARE(text(),
                 QString(before).replace(QStringLiteral("\n##\n"), QStringLiteral("\n## [](7)\n")));
        QCOMPARE(session()->document().sections().size(), 3);
        QCOMPARE(session()->document().sections()[1].headingUrl.in(text()), QStringLiteral("7"));
        QCOMPARE(m_editor->currentNode(), sectionNode(1));
    }

    // Found by session_fuzz (2023-06-03 seed 4242 step 6309): the image of an item may have
    // an empty URL (`![alt]()`, an image line the parser reads); a key typed into its alt
    // text rewrote the image with its empty URL, and an empty URL removes the image: the
    // image line was gone. The alt text is written alone.
    void typingTheAltOfAnImageWithoutAUrlKeepsTheImage() {
        const QString before =
            head +
            QStringLiteral("## A\n\n1、[a](https://a.org)\n\n描述 a\n\n![K\\*. \\_a\\[]()\n\n"
                           "2、[b](https://b.org)\n\n描述 b\n");
        load(before);
        select(itemNode(0, 0));
        QLineEdit *alt = itemForm()->imageAltField();
        QVERIFY(alt->isEnabled());
        QCOMPARE(alt->text(), QStringLiteral("K*. _a["));
        alt->setFocus();
        QTRY_VERIFY(alt->hasFocus());
        alt->setCursorPosition(5);
        test::typeText(alt, QStringLiteral("u"));
        QCOMPARE(text(), QString(before).replace(QStringLiteral("![K\\*. \\_a\\[]()"),
                                                 QStringLiteral("![K\\*. \\_ua\\[]()")));
        const ItemNode &item = session()->document().sections()[0].items[0];
        QVERIFY(item.image.blockIndex >= 0);
        QCOMPARE(fieldtext::readerText(item.image.alt.in(text())), QStringLiteral("K*. _ua["));
        QCOMPARE(alt->text(), QStringLiteral("K*. _ua["));
        // Typed over with brackets, it stays one image line.
        alt->selectAll();
        test::typeText(alt, QStringLiteral("x]y[z"));
        QCOMPARE(text(), QString(before).replace(QStringLiteral("![K\\*. \\_a\\[]()"),
                                                 QStringLiteral("![x\\]y\\[z]()")));
        QCOMPARE(alt->text(), QStringLiteral("x]y[z"));
    }

    // Found by session_fuzz (en/2025-12-20, seed 401 step 60): clearing the label of a
    // bold-link section whose URL holds `**` gave `**[](…**…)**`, read as two bold runs and
    // so no header: the section's items merged into the previous one.
    void clearingABoldLinkLabelKeepsTheSectionWhateverItsUrl() {
        load(head +
             QStringLiteral("**[🦄文章](https://a.org)**\n\n① 甲\n\n"
                            "**[🐿️项目](https://x.org/a**b)**\n\n① 乙\n\n② 丙\n"));
        QCOMPARE(session()->document().sections().size(), 2);
        select(sectionNode(1));
        QLineEdit *label = m_editor->formPanel()->sectionForm()->labelField();
        label->setFocus();
        QTRY_VERIFY(label->hasFocus());
        QTest::keySequence(label, QKeySequence::SelectAll);
        QTest::keyClick(label, Qt::Key_Backspace);
        QVERIFY2(text().contains(QStringLiteral("\n**[](https://x.org/a**b)**\n")),
                 qPrintable(text()));
        QCOMPARE(session()->document().sections().size(), 2);
        QCOMPARE(session()->document().sections()[1].items.size(), 2);
        QCOMPARE(m_editor->currentNode(), sectionNode(1));
    }

    // Found by session_fuzz: typing in the source that unmakes the selected section's
    // heading keeps the cursor where the user types.
    void sourceTypingThatRemovesASectionKeepsTheCursor() {
        const int heading = int(sample.indexOf(QStringLiteral("## 🐿️")));
        SourceEditor *source = m_editor->sourceEditor();
        source->setFocus();
        QTRY_VERIFY(source->hasFocus());
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(heading);
        source->setTextCursor(cursor);
        QCOMPARE(m_editor->currentNode(), sectionNode(1));
        QTest::keyClicks(source, QStringLiteral("7x"));
        QVERIFY2(text().contains(QStringLiteral("\n7x## 🐿️项目&资源\n")),
                 qPrintable(text()));
        QCOMPARE(source->textCursor().position(), heading + 2);
    }

    // Item 18: with `###` subsections a change of shape is row-level; collapsed sections stay
    // collapsed, also those whose rows move down.
    void subsectionShapeChangesKeepCollapsedSections() {
        const QString nested = head + QStringLiteral("## A\n\n1、[a](https://a.org)\n\n描述\n\n"
                                                     "### A1\n\n1、[b](https://b.org)\n\n描述\n\n"
                                                     "## B\n\n1、[c](https://c.org)\n\n描述\n\n"
                                                     "### B1\n\n1、[d](https://d.org)\n\n描述\n\n"
                                                     "## C\n\n1、[e](https://e.org)\n\n描述\n");
        load(nested);
        QTreeView *outline = m_editor->outlineView();
        OutlineModel *model = m_editor->outlineModel();
        outline->collapse(model->indexFor(sectionNode(2))); // B
        outline->collapse(model->indexFor(sectionNode(4))); // C
        QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
        SourceEditor *source = m_editor->sourceEditor();
        source->setFocus();
        QTRY_VERIFY(source->hasFocus());
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(int(nested.indexOf(QStringLiteral("### A1"))));
        source->setTextCursor(cursor);
        test::typeText(source, QStringLiteral("## X\n\n"));
        QVERIFY2(text().contains(QStringLiteral("## X\n\n### A1")), qPrintable(text()));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->data(model->indexFor(sectionNode(3))).toString().left(1),
                 QStringLiteral("B"));
        QVERIFY(!outline->isExpanded(model->indexFor(sectionNode(3)))); // B, one further down
        QVERIFY(!outline->isExpanded(model->indexFor(sectionNode(5)))); // C
        QVERIFY(outline->isExpanded(model->indexFor(sectionNode(0))));
        // And back: X removed again.
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(source, Qt::Key_Backspace);
        QCOMPARE(text(), nested);
        QCOMPARE(resets.count(), 0);
        QVERIFY(!outline->isExpanded(model->indexFor(sectionNode(2))));
        QVERIFY(!outline->isExpanded(model->indexFor(sectionNode(4))));
    }

    // Item 14: after a structural edit exactly the node it created or moved is selected.
    void addItemSelectsOnlyTheNewItem() {
        select(itemNode(0, 0));
        m_editor->outlineView()->setFocus();
        QTest::keyClick(m_editor->outlineView(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_editor->selectedNodes(), QList<OutlineNode>{itemNode(0, 1)});
    }

    void addSectionSelectsOnlyTheNewSection() {
        select(itemNode(0, 0));
        QTest::keyClick(m_editor->outlineView(), Qt::Key_Return,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_editor->selectedNodes(), QList<OutlineNode>{sectionNode(1)});
    }

    void moveSectionSelectsOnlyTheMovedSection() {
        select(sectionNode(1));
        m_editor->outlineView()->setFocus();
        QTest::keyClick(m_editor->outlineView(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(text().startsWith(head + projects));
        QCOMPARE(m_editor->selectedNodes(), QList<OutlineNode>{sectionNode(0)});
    }

    // Found by session_fuzz (2024-07-27, seed 7311 step 490): in an issue whose front matter
    // is never closed, a `---` typed as a description line closed it there. Everything above,
    // the item typed into too, became front matter, and the next key was written into another
    // item. The line is written indented, which closes nothing and is the same thematic break.
    void aTypedThematicBreakDoesNotCloseAnUnclosedFrontMatter() {
        const QString before = QStringLiteral("---\ntitle: t\n\n## A\n\n1、[a](https://a.org)\n\n"
                                              "2、[b](https://b.org)\n\n描述 b\n");
        load(before);
        QVERIFY(session()->document().frontMatterIsBroken());
        select(itemNode(0, 0));
        QPlainTextEdit *description = itemForm()->descriptionField();
        typeInto(description, QStringLiteral("---"));
        QCOMPARE(session()->document().sections().size(), 1);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("(https://a.org)\n\n"),
                                                 QStringLiteral("(https://a.org)\n\n ---\n\n")));
        test::typeText(description, QStringLiteral("\nK"));
        QCOMPARE(text(), QString(before).replace(QStringLiteral("(https://a.org)\n\n"),
                                                 QStringLiteral("(https://a.org)\n\n ---\nK\n\n")));
        QCOMPARE(m_editor->currentNode(), itemNode(0, 0));
        QCOMPARE(description->toPlainText(), QStringLiteral("---\nK"));
    }

    // Typing a code block into a description: while its fence is open it would run to the
    // end of the issue, and the next key replaced every item after it; a `## …` line made a
    // section, and the next key wrote a second description (session_fuzz, 2026-05-09 with
    // seed 8808). The fence is closed where the field ends, the heading is escaped, and the
    // rest of the issue never changes.
    void typingACodeBlockOrAHeadingIntoADescriptionKeepsTheRest() {
        const QString before = QStringLiteral("## A\n\n1、[a](https://a.org)\n\n"
                                              "2、[b](https://b.org)\n\n描述 b\n\n## B\n\n"
                                              "1、[c](https://c.org)\n");
        const QString rest = before.sliced(before.indexOf(QStringLiteral("\n\n2、")));
        load(before);
        select(itemNode(0, 0));
        QPlainTextEdit *description = itemForm()->descriptionField();
        description->setFocus();
        QTRY_VERIFY(description->hasFocus());
        for (const QChar c : QStringLiteral("```py\nprint(1)\n```")) {
            test::typeText(description, QString(c));
            QVERIFY2(text().endsWith(rest), qPrintable(text()));
            QCOMPARE(session()->document().itemCount(), 3);
            QCOMPARE(m_editor->currentNode(), itemNode(0, 0));
        }
        QCOMPARE(text(), QString(before).replace(
                             QStringLiteral("(https://a.org)\n\n"),
                             QStringLiteral("(https://a.org)\n\n```py\nprint(1)\n```\n\n")));
        test::typeText(description, QStringLiteral("\n## 特性"));
        QVERIFY2(text().contains(QStringLiteral("print(1)\n```\n\\## 特性\n\n2、")),
                 qPrintable(text()));
        QCOMPARE(session()->document().sections().size(), 2);
        QCOMPARE(description->toPlainText(), QStringLiteral("```py\nprint(1)\n```\n## 特性"));
        undoKey();
        QCOMPARE(text(), before);
    }

    // The preamble of an issue without a `# title`: a `# …` typed as its first line would be
    // the issue's title (the next key then wrote a second preamble under it), and a fence
    // would run over every section. The field shows what was typed; the sections stay.
    void typingAHeadingAndAFenceIntoThePreambleKeepsTheSections() {
        const QString before = QStringLiteral("## A\n\n1、[a](https://a.org)\n");
        load(before);
        m_editor->selectNode({OutlineNode::Kind::Preamble, -1, -1});
        auto *form = m_editor->formPanel()->findChild<PreambleForm *>();
        QVERIFY(form);
        auto *field = form->findChild<QPlainTextEdit *>();
        QVERIFY(field);
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        const QString typed = QStringLiteral("# 本期\n```py\nx");
        for (const QChar c : typed) {
            test::typeText(field, QString(c));
            QVERIFY2(text().endsWith(before), qPrintable(text()));
            QVERIFY(!session()->document().titleBlock());
            QCOMPARE(session()->document().sections().size(), 1);
            QCOMPARE(session()->document().itemCount(), 1);
        }
        QCOMPARE(text(), QStringLiteral("\\# 本期\n```py\nx\n```\n\n") + before);
        QCOMPARE(field->toPlainText(), typed);
        undoKey();
        QCOMPARE(text(), before);
    }

    // Found by session_fuzz (en/2023-07-08, seed 9157 step 1279): a contributor note that
    // starts a line with text after it; cleared, that text moved to the line's start, and its
    // `## …` became a heading: a new section. It is written escaped and reads as before.
    void clearingANoteBeforeHashesMakesNoHeading() {
        const QString before = head + QStringLiteral("## A\n\n1、[a](https://a.org)\n\n描述 a\n"
                                                     "（投稿自@小红）## 不是标题\n\n## B\n\n"
                                                     "1、[b](https://b.org)\n");
        load(before);
        select(itemNode(0, 0));
        QLineEdit *contributor = itemForm()->contributorField();
        QCOMPARE(contributor->text(), QStringLiteral("小红"));
        clearField(contributor);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("（投稿自@小红）## 不是标题"),
                                                 QStringLiteral("\\## 不是标题")));
        QCOMPARE(session()->document().sections().size(), 2);
        QCOMPARE(m_editor->currentNode(), itemNode(0, 0));
        undoKey();
        QCOMPARE(text(), before);
    }

    // Found by session_fuzz (2024-10-19, seed 4411 step 877): clearing the URL of a link whose
    // text holds `](` turned the link into plain text that read as another link, made of the
    // title's inner bracket and the tail's parenthesis: the item had a URL again.
    void clearingAUrlDoesNotMakeAnotherLink() {
        const QString before = head + QStringLiteral("## 🦄文章&教程\n\n"
                                                     "1、[[a](b c](https://x.org)\\#d)\n\n描述\n");
        load(before);
        select(itemNode(0, 0));
        QCOMPARE(session()->document().sections()[0].items[0].hasLink, true);
        QLineEdit *url = itemForm()->urlField();
        QCOMPARE(url->text(), QStringLiteral("https://x.org"));
        clearField(url);
        QCOMPARE(text(), QString(before).replace(QStringLiteral("1、[[a](b c](https://x.org)"),
                                                 QStringLiteral("1、\\[a](b c")));
        QVERIFY(!session()->document().sections()[0].items[0].hasLink);
        QCOMPARE(url->text(), QString());
    }

    // Found by session_fuzz (2023-09-16, seed 4411 step 415): clearing the link of a heading
    // followed by another link made that one the heading's link: the URL field showed its URL.
    void clearingASectionLinkDoesNotTakeTheNextLink() {
        const QString before =
            head +
            QStringLiteral("## [🐿️项目&资源](https://w.org)[hatch](https://h.org)\n\n"
                           "1、[a](https://a.org)\n");
        load(before);
        select(sectionNode(0));
        QLineEdit *url = m_editor->formPanel()->sectionForm()->urlField();
        QCOMPARE(url->text(), QStringLiteral("https://w.org"));
        clearField(url);
        QCOMPARE(text(), QString(before).replace(
                             QStringLiteral("## [🐿️项目&资源](https://w.org)[hatch]"),
                             QStringLiteral("## 🐿️项目&资源\\[hatch]")));
        QVERIFY(!session()->document().sections()[0].hasLink);
        QCOMPARE(url->text(), QString());
    }

    // Found by session_fuzz (2025-07-12, seed 2256 step 55): a bold-link header written right
    // below the previous section's last line, with no blank line, is a header; moved, the
    // sections kept that empty gap, the other header then followed a paragraph and joined it,
    // and the moved section was gone from the outline with nothing selected.
    void movingABoldLinkSectionKeepsItsHeaderAHeader() {
        const QString first =
            QStringLiteral("**[🦄文章&教程](https://a.org)**\n\n1、[a](https://a.org)\n");
        const QString second = QStringLiteral(
            "**[🐿️项目&资源](https://b.org)**\n\n1、[p](https://p.org)\n\n描述 p\n");
        load(head + first + second);
        QCOMPARE(session()->document().sections().size(), 2);
        select(sectionNode(1));
        m_editor->outlineView()->setFocus();
        QTest::keyClick(m_editor->outlineView(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(text(), head + second + u'\n' + first);
        QCOMPARE(session()->document().sections().size(), 2);
        QCOMPARE(m_editor->selectedNodes(), QList<OutlineNode>{sectionNode(0)});
        undoKey();
        QCOMPARE(text(), head + first + second);
    }

    // Item 15: a run of typing in one field is one undo step; another field starts another.
    void typingInAFieldIsOneUndoStep() {
        select(itemNode(0, 2));
        QLineEdit *title = itemForm()->titleField();
        typeInto(title, {});
        title->end(false);
        test::typeText(title, QStringLiteral("sixteen letters!"));
        QVERIFY(text().contains(QStringLiteral("[csixteen letters!]")));
        typeInto(itemForm()->tailField(), QStringLiteral("(英)"));
        QVERIFY2(text().contains(QStringLiteral("[csixteen letters!](https://c.org)(英)\n")),
                 qPrintable(text()));
        undoKey();
        QVERIFY(text().contains(QStringLiteral("[csixteen letters!](https://c.org)\n")));
        undoKey();
        QCOMPARE(text(), sample);
        QVERIFY(!session()->textDocument()->isUndoAvailable());
        redoKey();
        QVERIFY2(text().contains(QStringLiteral("[csixteen letters!](https://c.org)\n")),
                 qPrintable(text()));
    }

    // Item 16: undo and redo put the cursor at the change; every view shows its node.
    void undoShowsTheChangeInEveryView() {
        select(itemNode(1, 0));
        typeInto(itemForm()->titleField(), QStringLiteral("q"));
        select(itemNode(0, 0));
        m_editor->sourceEditor()->setFocus();
        undoKey();
        QCOMPARE(text(), sample);
        verifyViewsAgreeOn(itemNode(1, 0));
        QCOMPARE(m_editor->formPanel()->itemForm()->titleField()->text(), QStringLiteral("p"));
        select(itemNode(0, 2));
        redoKey();
        verifyViewsAgreeOn(itemNode(1, 0));
        QCOMPARE(m_editor->formPanel()->itemForm()->titleField()->text(), QStringLiteral("qp"));
    }

    // Item 17: an opened file shows its top in every view.
    void openingAFileShowsTheTop() {
        QTemporaryDir dir;
        const QString path =
            test::writeFile(dir.path(), QStringLiteral("open.md"), sample.toUtf8());
        select(sectionNode(2));
        m_editor->sourceEditor()->moveCursor(QTextCursor::End);
        QString error;
        QVERIFY(session()->load(path, &error));
        verifyViewsAgreeOn({OutlineNode::Kind::FrontMatter, -1, -1});
        QCOMPARE(m_editor->sourceEditor()->textCursor().position(), 0);
        QCOMPARE(m_editor->sourceEditor()->verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestFormEditing)
#include "tst_formediting.moc"
