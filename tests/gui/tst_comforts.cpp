// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's everyday comforts (issue 16), driven through the real MainWindow: the toolbar,
// the Edit menu's clipboard commands, Save As and its proposed name, find through the window's
// shortcuts, the status bar, the dark theme on every widget, error dialogs, translated
// placeholders, the item form's growing description and fixed problem place, and the README's
// recovery folder.
#include "appearance.h"
#include "documentmanager.h"
#include "findbar.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "issuestatistics.h"
#include "issuestatusbar.h"
#include "itemform.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "outlinefilter.h"
#include "recoverystore.h"
#include "saveasname.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"
#include "viewactions.h"
#include "wordcount.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

using namespace wc;

namespace {

const QString issue = QStringLiteral(
    "---\ntitle: 'Python 潮流周刊#9：舒适'\npubDate: 2026-12-06\n---\n\n"
    "## 🦄文章&教程\n\n"
    "1、[异步编程](https://a.org)\n\n讲解 asyncio 的事件循环。\n\n"
    "2、[类型检查](https://b.org)\n\n介绍 mypy。\n\n"
    "## 🐿️项目&资源\n\n"
    "1、[uv](https://github.com/astral-sh/uv)\n\n极快的包管理器。（star 18.5K）\n\n");

QAction *actionWithShortcut(QWidget *window, const QKeySequence &keys) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(keys))
            return action;
    }
    return nullptr;
}

} // namespace

class TestComforts : public QObject {
    Q_OBJECT
private:
    DocumentManager m_documents;
    MainWindow *m_window = nullptr;
    IssueEditor *editor() const { return m_window->editor(); }

    void openUntitled(const QString &text) {
        m_window = new MainWindow(&m_documents);
        editor()->session()->setContents(text, QString(), QStringLiteral("\n"), false);
        m_window->resize(1366, 740);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    QPoint placeOf(QWidget *widget) const { return widget->mapTo(m_window, QPoint()); }

private slots:
    void init() { QSettings().clear(); }
    void cleanup() {
        if (m_window) {
            editor()->session()->textDocument()->setModified(false);
            delete m_window;
            m_window = nullptr;
        }
        appearance::applyTheme(appearance::Theme::Light);
    }

    void toolbarHasTheMainActionsWithTheirShortcuts() {
        openUntitled(issue);
        QToolBar *bar = m_window->toolBar();
        QVERIFY(bar->isVisible());
        QStringList tips;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY(!action->icon().pixmap(22, 22).isNull());
            tips << action->toolTip();
        }
        const auto key = [](QKeySequence::StandardKey standard) {
            return QKeySequence(standard).toString(QKeySequence::NativeText);
        };
        QCOMPARE(tips, (QStringList{
                           QStringLiteral("New Issue (%1)").arg(key(QKeySequence::New)),
                           QStringLiteral("Open (%1)").arg(key(QKeySequence::Open)),
                           QStringLiteral("Save (%1)").arg(key(QKeySequence::Save)),
                           QStringLiteral("Add Item (Ctrl+Return)"),
                           QStringLiteral("Add Section (Ctrl+Shift+Return)"),
                           QStringLiteral("Move Item Up (Alt+Up)"),
                           QStringLiteral("Move Item Down (Alt+Down)"),
                           QStringLiteral("Undo (%1)").arg(key(QKeySequence::Undo)),
                           QStringLiteral("Redo (%1)").arg(key(QKeySequence::Redo)),
                           QStringLiteral("Find (%1)").arg(key(QKeySequence::Find)),
                           QStringLiteral("Export HTML"),
                           QStringLiteral("Preview (Ctrl+Shift+P)"),
                       }));
        // The toolbar's button adds an item, as the menu does.
        bar->actions()[4]->trigger();
        QVERIFY2(editor()->session()->currentText().contains(QStringLiteral("3、New item\n")),
                 qPrintable(editor()->session()->currentText()));
        // It can be hidden, from the View menu.
        QAction *toggle = m_window->toolBar()->toggleViewAction();
        bool inViewMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&View"))
                inViewMenu = menu->menu()->actions().contains(toggle);
        }
        QVERIFY(inViewMenu);
        toggle->trigger();
        QVERIFY(bar->isHidden());
    }

    void editMenuCutCopyPasteSelectAll() {
        openUntitled(issue);
        SourceEditor *source = editor()->sourceEditor();
        source->setFocus();
        QTextCursor cursor(source->document()->findBlockByNumber(7)); // the first item's line
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        source->setTextCursor(cursor);
        const QString line = cursor.selectedText();
        QAction *copy = actionWithShortcut(m_window, QKeySequence::Copy);
        QAction *cut = actionWithShortcut(m_window, QKeySequence::Cut);
        QAction *paste = actionWithShortcut(m_window, QKeySequence::Paste);
        QAction *selectAll = actionWithShortcut(m_window, QKeySequence::SelectAll);
        QVERIFY(copy && cut && paste && selectAll);
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), line);
        cut->trigger();
        QVERIFY(!editor()->session()->currentText().contains(line));
        // Paste into the form's title field, where the focus now is.
        QLineEdit *title = editor()->formPanel()->itemForm()->titleField();
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0}); // 类型检查, now the first
        title->setFocus();
        QVERIFY(title->hasFocus());
        title->selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("贴上的标题"));
        paste->trigger();
        QCOMPARE(title->text(), QStringLiteral("贴上的标题"));
        QTRY_VERIFY2(editor()->session()->currentText().contains(
                         QStringLiteral("2、[贴上的标题](https://b.org)")),
                     qPrintable(editor()->session()->currentText()));
        title->deselect();
        selectAll->trigger();
        QCOMPARE(title->selectedText(), QStringLiteral("贴上的标题"));
    }

    void ctrlShiftSIsSaveAsWithTheIssuesDate() {
        openUntitled(issue);
        QAction *saveAs =
            actionWithShortcut(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(saveAs);
        QVERIFY(saveAs->text().startsWith(QStringLiteral("Save &As")));
        QString proposed;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    proposed = name->text();
                dialog->reject();
            }
        });
        answer.start();
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(proposed, QStringLiteral("2026-12-06-weekly.md"));
        QVERIFY(m_window->saveAsSuggestion().endsWith(QStringLiteral("/2026-12-06-weekly.md")));
    }

    void proposedNameFollowsTheFoldersConvention() {
        QTemporaryDir folder;
        const IssueDocument document = test::parseText(issue);
        QCOMPARE(proposedSaveName(document, folder.path(), QDate(2030, 1, 1)),
                 folder.filePath(QStringLiteral("2026-12-06-weekly.md")));
        test::writeFile(folder.path(), QStringLiteral("weekly-composer.yaml"),
                        "issue-file: \"{date}-iweekly.md\"\n");
        QCOMPARE(proposedSaveName(document, folder.path(), QDate(2030, 1, 1)),
                 folder.filePath(QStringLiteral("2026-12-06-iweekly.md")));
        // Without a date, today's.
        const IssueDocument undated =
            IssueDocument::parse(QStringLiteral("## 文章\n\n1、[a](https://a.org)\n"));
        QCOMPARE(proposedSaveName(undated, folder.path(), QDate(2030, 1, 1)),
                 folder.filePath(QStringLiteral("2030-01-01-iweekly.md")));
    }

    void findThroughTheWindowsShortcuts() {
        openUntitled(issue);
        // Find works in the source: a hidden source is shown first.
        m_window->viewActions()->setLayout(ViewActions::Layout::Write);
        QVERIFY(editor()->pane(IssueEditor::Pane::Source)->isHidden());
        editor()->outlineView()->setFocus();
        QTest::keySequence(m_window, QKeySequence::Find);
        QVERIFY(!editor()->pane(IssueEditor::Pane::Source)->isHidden());
        FindBar *bar = editor()->findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findField()->hasFocus());
        test::typeText(bar->findField(), QStringLiteral("https"));
        QCOMPARE(bar->matches().size(), 3);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 of 3"));
        QTest::keyClick(m_window, Qt::Key_F3);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("2 of 3"));
        QTest::keyClick(m_window, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 of 3"));
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(bar->replaceField()->isVisible());
        QVERIFY(bar->replaceField()->hasFocus());
    }

    void statusBarCountsAndCursor() {
        openUntitled(issue);
        IssueStatusBar *status = m_window->issueStatusBar();
        const IssueStatistics statistics =
            computeStatistics(editor()->session()->document(), NewsletterProfile::defaults());
        // Per kind, each section in the tooltip.
        QTRY_COMPARE(status->countsLabel()->text(),
                     QStringLiteral("Items: Articles 2 · Projects 1"));
        QCOMPARE(status->countsLabel()->toolTip(),
                 QStringLiteral("3 items: 🦄文章&教程 2 · 🐿️项目&资源 1"));
        QCOMPARE(status->wordsLabel()->text(),
                 QStringLiteral("%1 words").arg(publishedWordCount(issue)));
        QVERIFY(statistics.words > 0);
        QTextCursor cursor(editor()->sourceEditor()->document()->findBlockByNumber(5));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
        editor()->sourceEditor()->setTextCursor(cursor);
        QCOMPARE(status->positionLabel()->text(), QStringLiteral("Line 6, Column 4"));
        // Live: an item added is counted once the typing pauses.
        editor()->addItem();
        QTRY_COMPARE(status->countsLabel()->text(),
                     QStringLiteral("Items: Articles 3 · Projects 1"));
    }

    // Laid out whole, a label listing a 16 MB issue's 24,000 sections took seconds (every emoji
    // a PNG glyph): the label counts per kind, and only the tooltip lists the sections.
    void statusBarLabelStaysShortWithManySections() {
        QString many = QStringLiteral("# Weekly #1\n\n");
        for (int s = 0; s < 100; ++s)
            many += QStringLiteral("## S%1\n\n1、[t](https://e.org)\n\n").arg(s);
        openUntitled(many);
        IssueStatusBar *status = m_window->issueStatusBar();
        status->recount();
        const QString text = status->countsLabel()->text();
        QVERIFY2(text.size() < 120, qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("S99")));
        QVERIFY(status->countsLabel()->toolTip().contains(QStringLiteral("S99 1")));
    }

    void darkThemeReachesEveryWidget() {
        openUntitled(issue);
        editor()->findBar()->openReplace();
        appearance::applyTheme(appearance::Theme::Dark);
        QTest::qWait(50);
        QList<QWidget *> widgets{m_window->menuBar(), m_window->toolBar(), m_window->statusBar()};
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            // The preview shows the issue in its own (reader's) theme.
            if (widget->isVisible() && !widget->inherits("QWebEngineView") &&
                !widget->parentWidget()->inherits("QWebEngineView"))
                widgets << widget;
        }
        QVERIFY(widgets.size() > 40);
        for (QWidget *widget : widgets) {
            const QColor background = widget->palette().color(widget->backgroundRole());
            QVERIFY2(background.lightness() < 100,
                     qPrintable(QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName(), background.name())));
        }
        // And what the menu bar and toolbar draw is dark too.
        for (QWidget *bar : {static_cast<QWidget *>(m_window->menuBar()),
                             static_cast<QWidget *>(m_window->toolBar())}) {
            const QImage image = bar->grab().toImage();
            QVERIFY(QColor(image.pixel(image.width() - 3, image.height() / 2)).lightness() < 100);
        }
    }

    void errorDialogsAreSentencesOverTheirWindow() {
        openUntitled(issue);
        QTemporaryDir dir;
        const QString binary = test::writeFile(dir.path(), QStringLiteral("binary.md"),
                                               QByteArray("## Head\n\0\0x", 11));
        test::ModalAnswer answer(QMessageBox::Ok);
        // Opened from this (modified, so not reused) window: the dialog is over this window.
        editor()->session()->textDocument()->setModified(true);
        QVERIFY(!m_documents.open(binary, m_window));
        QTRY_COMPARE(answer.count(), 1);
        QCOMPARE(answer.text(), QStringLiteral("Cannot open %1: it looks like a binary file (a NUL "
                                               "byte at offset 8).")
                                    .arg(binary));
        QCOMPARE(answer.parentWindow(), m_window);
    }

    void newItemsAndSectionsGetTranslatedPlaceholders() {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        openUntitled(issue);
        editor()->selectNode({OutlineNode::Kind::Item, 0, 1});
        editor()->addItem();
        editor()->addSection();
        QCoreApplication::removeTranslator(&chinese);
        const QString text = editor()->session()->currentText();
        QVERIFY2(text.contains(QStringLiteral("\n3、新条目\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n## 新分类\n")), qPrintable(text));
    }

    void descriptionGrowsAndProblemsDoNotMoveFields() {
        openUntitled(issue);
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        ItemForm *form = editor()->formPanel()->itemForm();
        QPlainTextEdit *description = form->descriptionField();
        m_window->resize(1366, 600);
        QTest::qWait(20);
        const int shortHeight = description->height();
        m_window->resize(1366, 900);
        QTRY_VERIFY(description->height() >= shortHeight + 250);

        const QList<QWidget *> fields{
            form->titleField(),    form->urlField(),   form->tailField(),       description,
            form->imageUrlField(), form->starsField(), form->contributorField()};
        QList<QPoint> before;
        for (QWidget *field : fields)
            before << placeOf(field);
        form->urlField()->setFocus();
        form->urlField()->selectAll();
        test::typeText(form->urlField(), QStringLiteral("not a url"));
        form->starsField()->setFocus();
        test::typeText(form->starsField(), QStringLiteral("many"));
        QVERIFY(form->urlProblem()->isVisible());
        QVERIFY(form->starsProblem()->isVisible());
        QCOMPARE(form->urlProblem()->text(), QStringLiteral("URL: Not a valid http(s) address."));
        QTest::qWait(20);
        for (int i = 0; i < fields.size(); ++i)
            QCOMPARE(placeOf(fields[i]), before[i]);
    }

    void readmeNamesTheRecoveryFolderInUse() {
        // As main() names the application.
        QCoreApplication::setApplicationName(QStringLiteral("weekly-composer"));
        QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer"));
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString folder = RecoveryStore::defaultDirectory();
        QVERIFY(folder.startsWith(data));
        const QString shown = QStringLiteral("~/.local/share") + folder.mid(data.size());
        QCOMPARE(shown, QStringLiteral("~/.local/share/weekly-composer/weekly-composer/recovery"));
        const QString readme =
            QString::fromUtf8(test::readBytes(QStringLiteral(WC_TESTS_DIR "/../README.md")));
        QVERIFY2(readme.contains(u'`' + shown + u'`'), qPrintable(shown));
        QVERIFY(!readme.contains(QStringLiteral("`~/.local/share/weekly-composer/recovery`")));
    }
};

QTEST_MAIN(TestComforts)
#include "tst_comforts.moc"
