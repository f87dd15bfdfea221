// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window driven as a user would, offscreen: typing into forms and the source,
// undo from any view, selection following the cursor and the other way round.
#include "appearance.h"
#include "documentmanager.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "linediff.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "preambleform.h"
#include "sectionform.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>
#include <QTreeView>

using namespace wc;

namespace {

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

void moveSourceCursorToLine(IssueEditor *editor, int line) {
    QTextCursor cursor(editor->session()->textDocument()->findBlockByNumber(line - 1));
    editor->sourceEditor()->setTextCursor(cursor);
}

// The colour the highlighter gave the first coloured stretch of `document`.
QColor firstHighlightColour(QTextDocument *document) {
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.foreground().style() != Qt::NoBrush)
                return range.format.foreground().color();
        }
    }
    return {};
}

} // namespace

class TestEditorWindow : public QObject {
    Q_OBJECT
private:
    DocumentManager m_documents;
    MainWindow *m_window = nullptr;
    IssueEditor *editor() const { return m_window->editor(); }

    void openWindow(const QString &path) {
        m_window = new MainWindow(&m_documents);
        QVERIFY(m_window->openFile(path));
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

private slots:
    void cleanup() {
        if (m_window) {
            m_window->editor()->session()->textDocument()->setModified(false);
            delete m_window;
            m_window = nullptr;
        }
    }

    void modelIsConsistent() {
        openWindow(sample());
        QAbstractItemModelTester tester(editor()->outlineModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutlineModel *model = editor()->outlineModel();
        QCOMPARE(model->rowCount(), 2 + 4); // front matter, preamble, four sections
        const QModelIndex articles = model->index(2, 0);
        QCOMPARE(model->rowCount(articles), 4);
        QVERIFY(model->data(articles).toString().startsWith(QStringLiteral("🦄文章&教程")));
        // Typing in the source keeps the tester satisfied through every change.
        editor()->sourceEditor()->setFocus();
        moveSourceCursorToLine(editor(), 19);
        test::typeText(editor()->sourceEditor(), QStringLiteral("x"));
    }

    void typingATitleChangesOneLine() {
        openWindow(sample());
        editor()->selectNode({OutlineNode::Kind::Item, 0, 1});
        QLineEdit *title = editor()->formPanel()->itemForm()->titleField();
        QCOMPARE(title->text(), QStringLiteral("一周学会 asyncio 的取消语义"));
        const QString before = editor()->session()->currentText();
        title->setFocus();
        title->end(false);
        test::typeText(title, QStringLiteral("（上）"));
        const QString after = editor()->session()->currentText();
        const test::LineDiff diff = test::diffLines(before, after);
        QCOMPARE(diff.removed, QList<int>{25});
        QCOMPARE(diff.added, QList<int>{25});
        QCOMPARE(
            diff.addedText.first(),
            QStringLiteral("2、[一周学会 asyncio "
                           "的取消语义（上）](https://example.org/posts/asyncio-cancel) (英)"));
        QVERIFY(m_window->isWindowModified());
        // The outline shows the new title; its selection did not move.
        const QModelIndex current = editor()->outlineView()->currentIndex();
        QCOMPARE(editor()->outlineModel()->nodeAt(current),
                 (OutlineNode{OutlineNode::Kind::Item, 0, 1}));
        QVERIFY(current.data().toString().contains(QStringLiteral("（上）")));
    }

    void typingATitleInACorpusFile() {
        WC_REQUIRE_CORPUS();
        openWindow(test::corpusFile(QStringLiteral("2025-04-20-iweekly.md")));
        int section = 0;
        while (editor()->session()->document().sections()[section].items.isEmpty())
            ++section;
        editor()->selectNode({OutlineNode::Kind::Item, section, 0});
        const QString before = editor()->session()->currentText();
        QLineEdit *title = editor()->formPanel()->itemForm()->titleField();
        title->setFocus();
        test::typeText(title, QStringLiteral("新"));
        const auto diff = test::diffLines(before, editor()->session()->currentText());
        QCOMPARE(diff.removed.size(), 1);
        QCOMPARE(diff.added.size(), 1);
        // The file is CRLF: the bytes written keep CRLF everywhere.
        const QByteArray bytes = editor()->session()->fileBytes();
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
    }

    void undoAfterAFormEditRestoresTheBytes() {
        openWindow(sample());
        const QByteArray original = test::readBytes(sample());
        QCOMPARE(editor()->session()->fileBytes(), original);
        editor()->selectNode({OutlineNode::Kind::Item, 1, 0});
        QLineEdit *url = editor()->formPanel()->itemForm()->urlField();
        url->setFocus();
        url->selectAll();
        test::typeText(url, QStringLiteral("https://example.com/x"));
        QVERIFY(editor()->session()->fileBytes() != original);
        // Ctrl+Z in the form field undoes the shared history, not the field's own.
        for (int i = 0; i < 40 && editor()->session()->textDocument()->isUndoAvailable(); ++i)
            QTest::keySequence(url, QKeySequence::Undo);
        QCOMPARE(editor()->session()->fileBytes(), original);
        QCOMPARE(url->text(), QStringLiteral("https://github.com/example/quickparse"));
        QVERIFY(!m_window->isWindowModified());
        // Redo from the source view brings the edit back.
        editor()->sourceEditor()->setFocus();
        QTest::keySequence(editor()->sourceEditor(), QKeySequence::Redo);
        QVERIFY(editor()->session()->fileBytes() != original);
    }

    void typingInTheSourceUpdatesTheForm() {
        openWindow(sample());
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        QSignalSpy resets(editor()->outlineModel(), &QAbstractItemModel::modelReset);
        // Put the cursor inside the first item's link text and type.
        QTextCursor cursor(editor()->session()->textDocument()->findBlockByNumber(18));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
        editor()->sourceEditor()->setTextCursor(cursor);
        editor()->sourceEditor()->setFocus();
        test::typeText(editor()->sourceEditor(), QStringLiteral("新"));
        QCOMPARE(editor()->formPanel()->itemForm()->titleField()->text(),
                 QStringLiteral("新用 Rust 重写的工具还能快多少？"));
        const QModelIndex current = editor()->outlineView()->currentIndex();
        QCOMPARE(editor()->outlineModel()->nodeAt(current),
                 (OutlineNode{OutlineNode::Kind::Item, 0, 0}));
        QVERIFY(current.data().toString().contains(QStringLiteral("新用 Rust")));
        QVERIFY(editor()->outlineView()->isExpanded(current.parent()));
        QCOMPARE(resets.size(), 0);
        // A new item typed in the source appears in the outline without a reset.
        QTextCursor end(editor()->session()->textDocument()->findBlockByNumber(35));
        end.movePosition(QTextCursor::EndOfBlock);
        editor()->sourceEditor()->setTextCursor(end);
        test::typeText(editor()->sourceEditor(),
                       QStringLiteral("\n\n5、[第五篇](https://e.org/5)"));
        QCOMPARE(editor()->outlineModel()->rowCount(editor()->outlineModel()->index(2, 0)), 5);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(editor()->outlineModel()->nodeAt(editor()->outlineView()->currentIndex()),
                 (OutlineNode{OutlineNode::Kind::Item, 0, 4}));
        QCOMPARE(editor()->formPanel()->itemForm()->urlField()->text(),
                 QStringLiteral("https://e.org/5"));
    }

    void aThemeSwitchRecoloursEveryHighlighter() {
        // The source, an item's description and the preamble each have their own highlighter;
        // a switch between the light and the dark theme recolours all three at once.
        openWindow(sample());
        editor()->selectNode({OutlineNode::Kind::Preamble, -1, -1});
        auto *preamble = editor()->formPanel()->findChild<PreambleForm *>();
        QVERIFY(preamble);
        auto *preambleText = preamble->findChild<QPlainTextEdit *>();
        QVERIFY(preambleText);
        preambleText->moveCursor(QTextCursor::End);
        test::typeText(preambleText, QStringLiteral("\n`代码`"));
        editor()->selectNode({OutlineNode::Kind::Item, 0, 1}); // its description has `code`
        const QList<QPlainTextEdit *> views{editor()->sourceEditor(),
                                            editor()->formPanel()->itemForm()->descriptionField(),
                                            preambleText};
        auto colours = [&] {
            QList<QColor> result;
            for (QPlainTextEdit *view : views)
                result << firstHighlightColour(view->document());
            return result;
        };
        appearance::applyTheme(appearance::Theme::Light);
        QCoreApplication::processEvents();
        const QList<QColor> light = colours();
        appearance::applyTheme(appearance::Theme::Dark);
        QCoreApplication::processEvents();
        const QList<QColor> dark = colours();
        appearance::applyTheme(appearance::Theme::System);
        for (int i = 0; i < views.size(); ++i) {
            QVERIFY2(light[i].isValid(), qPrintable(views[i]->objectName()));
            // The dark theme's colours are the lighter ones, for contrast on a dark base.
            QVERIFY2(dark[i].lightness() > light[i].lightness(),
                     qPrintable(QStringLiteral("view %1: %2 light, %3 dark")
                                    .arg(i)
                                    .arg(light[i].name(), dark[i].name())));
        }
    }

    void aThemeSwitchLeavesTheTextAlone_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("sample") << sample();
        QTest::newRow("corpus") << test::corpusFile(QStringLiteral("2023-08-19-weekly.md"));
    }

    void aThemeSwitchLeavesTheTextAlone() {
        // Recolouring the form fields' text is not an edit of the issue.
        QFETCH(QString, file);
        if (!QFileInfo::exists(file))
            QSKIP("the corpus is absent");
        openWindow(file);
        const QString before = editor()->session()->currentText();
        for (const OutlineNode &node : {OutlineNode{OutlineNode::Kind::Preamble, -1, -1},
                                        OutlineNode{OutlineNode::Kind::Item, 0, 0},
                                        OutlineNode{OutlineNode::Kind::Item, 1, 1}}) {
            editor()->selectNode(node);
            for (const auto theme : {appearance::Theme::Light, appearance::Theme::Dark})
                appearance::applyTheme(theme);
            QCoreApplication::processEvents();
        }
        appearance::applyTheme(appearance::Theme::System);
        QCOMPARE(editor()->session()->currentText(), before);
        QVERIFY(!editor()->session()->isModified());
        QVERIFY(!editor()->session()->textDocument()->isUndoAvailable());
    }

    void collapsedSectionsStayCollapsed() {
        openWindow(sample());
        QTreeView *outline = editor()->outlineView();
        const QModelIndex projects = editor()->outlineModel()->index(3, 0);
        outline->collapse(projects);
        editor()->selectNode({OutlineNode::Kind::Section, 2, -1});
        editor()->addSection(); // rows are inserted at the top level
        QVERIFY(!outline->isExpanded(editor()->outlineModel()->index(3, 0)));
        QVERIFY(outline->isExpanded(editor()->outlineModel()->index(2, 0)));
    }

    void cursorAndSelectionFollowEachOther() {
        openWindow(sample());
        // Source → outline.
        moveSourceCursorToLine(editor(), 41); // quickparse's description
        QCOMPARE(editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 0}));
        moveSourceCursorToLine(editor(), 3);
        QCOMPARE(editor()->currentNode().kind, OutlineNode::Kind::FrontMatter);
        moveSourceCursorToLine(editor(), 9);
        QCOMPARE(editor()->currentNode().kind, OutlineNode::Kind::Preamble);
        moveSourceCursorToLine(editor(), 37);
        QCOMPARE(editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Section, 1, -1}));
        // Outline → source: the cursor goes to the item's first line and it is marked.
        editor()->outlineView()->setFocus();
        editor()->selectNode({OutlineNode::Kind::Item, 2, 0});
        QCOMPARE(editor()->sourceEditor()->textCursor().blockNumber() + 1, 58);
        QVERIFY(editor()->sourceEditor()->hasFocus() == false);
        SourceEditor *source = editor()->sourceEditor();
        QCOMPARE(source->markedFirstLine(), 58);
        QCOMPARE(source->markedLastLine(), 60);
        // What is seen: the right end of each marked line has the band's colour over the base,
        // the lines around them have the base alone.
        QApplication::processEvents();
        const QImage shown = source->viewport()->grab().toImage();
        const QColor base = source->palette().color(QPalette::Base);
        const auto rightEndOf = [&](int line) {
            const QTextBlock block = source->document()->findBlockByNumber(line - 1);
            const QRectF box = source->blockRectInView(block);
            return shown.pixelColor(shown.width() - 4, int(box.center().y()));
        };
        for (const int line : {58, 59, 60})
            QVERIFY2(rightEndOf(line) != base, qPrintable(QString::number(line)));
        QCOMPARE(rightEndOf(57), base);
        QCOMPARE(rightEndOf(61), base);
    }

    void itemCommands() {
        openWindow(sample());
        editor()->selectNode({OutlineNode::Kind::Item, 1, 0});
        editor()->addItem();
        const IssueDocument &doc = editor()->session()->document();
        QCOMPARE(doc.sections()[1].items.size(), 4);
        QCOMPARE(editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 1}));
        QLineEdit *title = editor()->formPanel()->itemForm()->titleField();
        QVERIFY(title->hasFocus());
        test::typeText(title, QStringLiteral("我的新项目"));
        QCOMPARE(editor()->session()->document().sections()[1].items[1].title.in(
                     editor()->session()->currentText()),
                 QStringLiteral("我的新项目"));
        QCOMPARE(editor()->session()->document().sections()[1].items[2].number.in(
                     editor()->session()->currentText()),
                 QStringLiteral("3"));
        editor()->duplicateItem();
        QCOMPARE(editor()->session()->document().sections()[1].items.size(), 5);
        QCOMPARE(editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 2}));
        editor()->deleteItem(); // the copy
        editor()->selectNode({OutlineNode::Kind::Item, 1, 1});
        editor()->deleteItem(); // the new item
        QCOMPARE(editor()->session()->document().sections()[1].items.size(), 3);
        QCOMPARE(editor()->session()->fileBytes(), test::readBytes(sample()));
    }

    void sectionCommands() {
        openWindow(sample());
        editor()->selectNode({OutlineNode::Kind::Section, 2, -1});
        editor()->addSection();
        QCOMPARE(editor()->session()->document().sections().size(), 5);
        QLineEdit *label = editor()->formPanel()->sectionForm()->labelField();
        QVERIFY(label->hasFocus());
        test::typeText(label, QStringLiteral("🥂讨论&问题"));
        const IssueDocument &doc = editor()->session()->document();
        QCOMPARE(doc.sectionLabel(doc.sections()[3]), QStringLiteral("🥂讨论&问题"));
        QVERIFY(editor()->session()->currentText().contains(
            QStringLiteral("\n## 🥂讨论&问题\n")));
    }

    void chineseInterface() {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        openWindow(sample());
        QStringList menus;
        for (QAction *action : m_window->menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{"文件(&F)", "编辑(&E)", "视图(&V)", "本期(&I)", "帮助(&H)"}));
        QCOMPARE(editor()->outlineModel()->index(0, 0).data().toString(),
                 QStringLiteral("文件头信息"));
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("2026-11-21-weekly.md[*] — Weekly Composer"));
        QCoreApplication::removeTranslator(&chinese);
    }

    void chineseTranslationIsComplete() {
        QFile ts(
            QStringLiteral(WC_TESTS_DIR "/../resources/translations/weekly-composer_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray xml = ts.readAll();
        QVERIFY(xml.count("<message") > 80);
        QCOMPARE(xml.count("type=\"unfinished\""), 0);
        QCOMPARE(xml.count("type=\"vanished\""), 0);
    }

    void saveWritesTheFileAndClearsModified() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        QVERIFY(QFile::copy(sample(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        openWindow(path);
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        test::typeText(editor()->formPanel()->itemForm()->titleField(), QStringLiteral("!"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->save());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(test::readBytes(path), editor()->session()->fileBytes());
        QVERIFY(test::readBytes(path).contains("1、[!用 Rust"));
    }
};

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
