// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Checks pane in a real window (issues 13 and 14): the findings of a fixture issue listed
// live, activating one selects its item and puts the source cursor on its line, typing the fix
// removes it, a dismissal is kept beside the issue across reopening, the outline's ⚠ and
// tooltip give the reason, and "shared before" links to the earlier issue and opens it.
#include "checkcontext.h"
#include "checkdismissals.h"
#include "checkscontroller.h"
#include "checkspane.h"
#include "checksrunner.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace wc;

namespace {

// The earlier issue that shared the project's link (written there without `www.` and with
// a trailing slash: the comparison normalises both).
const char issue11[] = R"(---
title: 'Python 潮流周刊#11：十一'
pubDate: 2026-10-24
---

## 🐿️项目&资源

1、[proj：一个项目](https://a.example/shared/)

说明。
)";

// The issue under test: a numbering gap (1, 3) in the articles, and the project shared in #11.
const char issue12[] = R"(---
title: 'Python 潮流周刊#12：十二'
pubDate: 2026-10-31
---

## 🦄文章&教程

1、[文章一](https://a.example/one)

说明一。

3、[文章三](https://a.example/three)

说明三。

## 🐿️项目&资源

1、[proj：同一个项目](https://www.a.example/shared)

说明。
)";

const QString gapMessage = QStringLiteral("Item number 3 where 2 was expected.");
const QString sharedMessage = QStringLiteral("Shared before, in #11 · 2026-10-24.");

} // namespace

class TestChecksPane : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_newsletter;
    std::unique_ptr<DocumentManager> m_documents;

    QString issuePath(const char *name) const {
        return m_newsletter->filePath(QLatin1String(name));
    }
    static ChecksController *checksOf(MainWindow *window) {
        return window->findChild<ChecksController *>();
    }
    // The pane's visible rows, as the user reads them.
    static QStringList listed(ChecksPane *pane) {
        QStringList rows;
        const QAbstractItemModel *model = pane->list()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->index(r, 1).data().toString();
        return rows;
    }
    // Makes the row that says `text` the list's current row; false when none says it.
    static bool makeCurrent(ChecksPane *pane, const QString &text) {
        const QAbstractItemModel *model = pane->list()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 1).data().toString() == text) {
                pane->list()->setCurrentIndex(model->index(r, 1));
                return true;
            }
        }
        return false;
    }
    // Opens the fixture issue and waits for its checks, the archive's included.
    MainWindow *openIssue12() {
        MainWindow *window = m_documents->open(issuePath("2026-10-31-weekly.md"));
        if (!window)
            return nullptr;
        ChecksPane *pane = checksOf(window)->pane();
        // The pane as View ▸ Side Panes ▸ Checks shows it (its docks start hidden).
        auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget());
        if (!dock)
            return nullptr;
        dock->toggleViewAction()->trigger();
        if (!pane->isVisible())
            return nullptr;
        if (!QTest::qWaitFor([&] { return listed(pane).contains(sharedMessage); }, 10000))
            return nullptr;
        return window;
    }
    static QModelIndex outlineIndex(MainWindow *window, int section, int item) {
        return window->editor()->outlineModel()->indexFor({OutlineNode::Kind::Item, section, item});
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() {
        m_newsletter = std::make_unique<QTemporaryDir>();
        QVERIFY(m_newsletter->isValid());
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-10-24-weekly.md"), issue11);
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-10-31-weekly.md"), issue12);
        m_documents = std::make_unique<DocumentManager>();
    }
    void cleanup() {
        m_documents.reset();
        m_newsletter.reset();
    }

    void listsTheFindingsAndGoesToOne() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksPane *pane = checksOf(window)->pane();
        QCOMPARE(listed(pane), (QStringList{gapMessage, sharedMessage}));
        QCOMPARE(pane->list()->model()->index(0, 0).data().toInt(), 12);

        // Return on the row (the list's own activation), with the cursor elsewhere first.
        window->editor()->selectNode({OutlineNode::Kind::FrontMatter, -1, -1});
        pane->list()->setFocus();
        QVERIFY(makeCurrent(pane, gapMessage));
        QTest::keyClick(pane->list(), Qt::Key_Return);
        QCOMPARE(window->editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 0, 1}));
        const QTextCursor cursor = window->editor()->sourceEditor()->textCursor();
        QCOMPARE(cursor.blockNumber() + 1, 12);
        QVERIFY(cursor.block().text().startsWith(QStringLiteral("3、[文章三]")));
    }

    void outlineShowsTheReason() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        const QModelIndex gap = outlineIndex(window, 0, 1);
        QVERIFY(gap.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("⚠ ")));
        QVERIFY2(gap.data(Qt::ToolTipRole).toString().contains(gapMessage),
                 qPrintable(gap.data(Qt::ToolTipRole).toString()));
        QVERIFY(gap.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("https://a.example/three\n")));
        QCOMPARE(gap.data(OutlineModel::WarningRole).toString(), QStringLiteral("⚠ ") + gapMessage);
        // Item 1 has nothing to say: no mark, its tooltip just the link.
        const QModelIndex fine = outlineIndex(window, 0, 0);
        QVERIFY(!fine.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")));
        QCOMPARE(fine.data(Qt::ToolTipRole).toString(), QStringLiteral("https://a.example/one"));
        const QModelIndex shared = outlineIndex(window, 1, 0);
        QVERIFY(
            shared.data(Qt::ToolTipRole).toString().contains(QStringLiteral("#11 · 2026-10-24")));
        QVERIFY(shared.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("⚠ ")));
    }

    void aMarkStaysOnItsItemWhenAnItemIsInsertedAbove() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksRunner *runner = checksOf(window)->runner();
        QVERIFY(outlineIndex(window, 0, 1)
                    .data(OutlineModel::WarningRole)
                    .toString()
                    .contains(gapMessage));
        // Issue ▸ Add Item after the first article: 文章三 moves down a row.
        QApplication::clipboard()->clear(); // no link to take from it
        window->editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        QAction *add = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Add Item"))
                add = action;
        }
        QVERIFY(add);
        add->trigger();
        QCOMPARE(window->session()->document().sections()[0].items.size(), 3);
        // Right away, before the checks run again on the new text.
        QVERIFY(runner->revision() < window->session()->revision());
        const QModelIndex moved = outlineIndex(window, 0, 2);
        QVERIFY2(moved.data(Qt::DisplayRole).toString().contains(QStringLiteral("文章三")),
                 qPrintable(moved.data(Qt::DisplayRole).toString()));
        QVERIFY2(moved.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("⚠ ")),
                 qPrintable(moved.data(Qt::DisplayRole).toString()));
        QVERIFY(moved.data(OutlineModel::WarningRole).toString().contains(gapMessage));
        QVERIFY(moved.data(Qt::ToolTipRole).toString().contains(gapMessage));
        // Its new neighbour, the new item on the row it had, has none of its marks (the ⚠ it
        // shows is its own problem list's: it has no link yet).
        const QModelIndex added = outlineIndex(window, 0, 1);
        QVERIFY(added.data(OutlineModel::WarningRole).toString().isEmpty());
        QVERIFY2(!added.data(Qt::ToolTipRole).toString().contains(gapMessage),
                 qPrintable(added.data(Qt::ToolTipRole).toString()));
        QVERIFY2(added.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Problems: ")),
                 qPrintable(added.data(Qt::ToolTipRole).toString()));
        QVERIFY(!outlineIndex(window, 0, 0).data(Qt::DisplayRole).toString().contains(u'⚠'));
        // The other section's mark did not move either.
        QVERIFY(outlineIndex(window, 1, 0)
                    .data(OutlineModel::WarningRole)
                    .toString()
                    .contains(sharedMessage));
        // Undo (the item is gone again): still on 文章三, now back on its row.
        window->editor()->undo();
        QVERIFY(runner->revision() < window->session()->revision());
        QVERIFY(outlineIndex(window, 0, 1)
                    .data(OutlineModel::WarningRole)
                    .toString()
                    .contains(gapMessage));
        QVERIFY(outlineIndex(window, 0, 0).data(OutlineModel::WarningRole).toString().isEmpty());
    }

    void typingTheFixRemovesTheFinding() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksPane *pane = checksOf(window)->pane();
        ChecksRunner *runner = checksOf(window)->runner();
        SourceEditor *source = window->editor()->sourceEditor();
        const QTextBlock line = window->session()->textDocument()->findBlockByNumber(11);
        QVERIFY(line.text().startsWith(u'3'));
        QTextCursor cursor(line);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        source->setTextCursor(cursor);
        source->setFocus();
        test::typeText(source, QStringLiteral("2"));
        // Not on the keystroke's path: the findings still belong to the text before it.
        QVERIFY(runner->revision() < window->session()->revision());
        QVERIFY(listed(pane).contains(gapMessage));
        QTRY_COMPARE(listed(pane), QStringList{sharedMessage});
        QCOMPARE(runner->revision(), window->session()->revision());
        const QModelIndex fixed = outlineIndex(window, 0, 1);
        QVERIFY(!fixed.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")));
        QVERIFY(fixed.data(OutlineModel::WarningRole).toString().isEmpty());
        QCOMPARE(fixed.data(Qt::ToolTipRole).toString(), QStringLiteral("https://a.example/three"));
        // Undo brings the gap, and its finding, back.
        window->editor()->undo();
        QTRY_COMPARE(listed(pane), (QStringList{gapMessage, sharedMessage}));
    }

    void aResultForOlderTextIsDropped() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksRunner *runner = checksOf(window)->runner();
        QSignalSpy changed(runner, &ChecksRunner::findingsChanged);
        const int dropped = runner->droppedResults();
        runner->runNow(); // on the worker thread now, for the text as it is
        // … and the text changes before the result can come back (it arrives in this thread's
        // event loop): the gap is fixed.
        QTextCursor cursor(window->session()->textDocument()->findBlockByNumber(11));
        cursor.deleteChar();
        cursor.insertText(QStringLiteral("2"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(runner->droppedResults(), dropped + 1);
        QCOMPARE(runner->revision(), window->session()->revision());
        QCOMPARE(listed(checksOf(window)->pane()), QStringList{sharedMessage});
        QCOMPARE(changed.size(), 1); // the stale result was never shown
    }

    void dismissalIsKeptBesideTheIssue() {
        const QByteArray bytes = test::readBytes(issuePath("2026-10-31-weekly.md"));
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksPane *pane = checksOf(window)->pane();
        QVERIFY(makeCurrent(pane, gapMessage));
        auto *dismiss = pane->findChild<QPushButton *>(QStringLiteral("dismissButton"));
        QVERIFY(dismiss && dismiss->isEnabled());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QCOMPARE(listed(pane), QStringList{sharedMessage});
        QVERIFY(outlineIndex(window, 0, 1).data(OutlineModel::WarningRole).toString().isEmpty());
        const QString store = CheckDismissals::storePath(issuePath("2026-10-31-weekly.md"));
        QCOMPARE(QFileInfo(store).fileName(), QStringLiteral(".2026-10-31-weekly.md.checks.json"));
        QVERIFY(QFile::exists(store));
        QVERIFY(test::readBytes(store).contains("numbering"));
        // Beside the issue, not in it.
        QCOMPARE(test::readBytes(issuePath("2026-10-31-weekly.md")), bytes);
        QVERIFY(!window->isWindowModified());

        // Closed and opened again (a new application's documents): still dismissed.
        m_documents = std::make_unique<DocumentManager>();
        window = openIssue12();
        QVERIFY(window);
        pane = checksOf(window)->pane();
        QCOMPARE(listed(pane), QStringList{sharedMessage});
        QVERIFY(outlineIndex(window, 0, 1).data(OutlineModel::WarningRole).toString().isEmpty());

        // Shown again on request, greyed, and restored from there.
        auto *show = pane->findChild<QCheckBox *>(QStringLiteral("showDismissed"));
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(6, show->height() / 2));
        const QString shownDismissed = QStringLiteral("%1 (dismissed)").arg(gapMessage);
        QCOMPARE(listed(pane), (QStringList{shownDismissed, sharedMessage}));
        QVERIFY(makeCurrent(pane, shownDismissed));
        dismiss = pane->findChild<QPushButton *>(QStringLiteral("dismissButton"));
        QCOMPARE(dismiss->text(), QStringLiteral("&Restore"));
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QCOMPARE(listed(pane), (QStringList{gapMessage, sharedMessage}));
        QVERIFY(!outlineIndex(window, 0, 1).data(OutlineModel::WarningRole).toString().isEmpty());
        QVERIFY(!test::readBytes(store).contains("numbering"));
    }

    void sharedBeforeOpensTheEarlierIssue() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        ChecksPane *pane = checksOf(window)->pane();
        auto *open = pane->findChild<QPushButton *>(QStringLiteral("openEarlierButton"));
        QVERIFY(open);
        QVERIFY(makeCurrent(pane, gapMessage));
        QVERIFY(!open->isEnabled());
        QVERIFY(makeCurrent(pane, sharedMessage));
        QVERIFY(open->isEnabled());
        QVERIFY(!m_documents->findWindow(issuePath("2026-10-24-weekly.md")));
        QTest::mouseClick(open, Qt::LeftButton);
        MainWindow *earlier = m_documents->findWindow(issuePath("2026-10-24-weekly.md"));
        QVERIFY(earlier);
        QVERIFY(earlier != window);
        QVERIFY(earlier->session()->currentText().contains(QStringLiteral("proj：一个项目")));
        // The earlier issue has no issue before it: nothing shared before there.
        ChecksPane *earlierPane = checksOf(earlier)->pane();
        QTRY_VERIFY(checksOf(earlier)->runner()->revision() >= 0 &&
                    checksOf(earlier)->context()->archive());
        QTRY_COMPARE(checksOf(earlier)->runner()->revision(), earlier->session()->revision());
        QVERIFY(!listed(earlierPane).contains(sharedMessage));
    }

    // New findings (one fixed at the top) keep the list where the user had scrolled it, and
    // the current row on the finding it was.
    void newFindingsKeepTheScrollAndTheCurrentRow() {
        ChecksPane pane;
        QList<ChecksPane::Row> rows;
        for (int i = 1; i <= 80; ++i) {
            CheckFinding finding{QStringLiteral("empty-description"),
                                 0,
                                 i - 1,
                                 i * 3,
                                 QStringLiteral("The item has no description."),
                                 {}};
            rows.append(ChecksPane::Row{
                {finding, QStringLiteral("%1、[t](https://a.example/%1)").arg(i)}, false, {}});
        }
        pane.setRows(rows);
        pane.resize(400, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QScrollBar *bar = pane.list()->verticalScrollBar();
        QVERIFY(bar->maximum() > 40);
        bar->setValue(30);
        pane.setCurrentRow(35);
        bar->setValue(30);
        rows.removeFirst();
        pane.setRows(rows);
        QCOMPARE(bar->value(), 30);
        QCOMPARE(pane.currentRow(), 34); // the same finding, one row up
        QCOMPARE(pane.rows()[pane.currentRow()].finding.lineText,
                 QStringLiteral("36、[t](https://a.example/36)"));
        // Without a current row (nothing to scroll the list to) too.
        pane.list()->setCurrentIndex({});
        bar->setValue(20);
        rows.removeFirst();
        pane.setRows(rows);
        QCOMPARE(bar->value(), 20);
    }

    // The model reports only the rows whose warning changed.
    void warningsSignalOnlyChangedRows() {
        MainWindow *window = openIssue12();
        QVERIFY(window);
        OutlineModel *model = window->editor()->outlineModel();
        model->setWarnings({});
        QSignalSpy spy(model, &OutlineModel::dataChanged);
        model->setWarnings({{{0, 1}, QStringLiteral("a")}});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toModelIndex(), outlineIndex(window, 0, 1));
        model->setWarnings({{{0, 1}, QStringLiteral("a")}});
        QCOMPARE(spy.size(), 1);
        model->setWarnings({{{0, 1}, QStringLiteral("a")}, {{1, -1}, QStringLiteral("b")}});
        QCOMPARE(spy.size(), 2);
        const QModelIndex section = model->indexFor({OutlineNode::Kind::Section, 1, -1});
        QCOMPARE(spy[1][0].toModelIndex(), section);
        QVERIFY(section.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("⚠ ")));
        QVERIFY(section.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("\nb")));
        model->setWarnings({});
        QCOMPARE(spy.size(), 4);
    }
};

QTEST_MAIN(TestChecksPane)
#include "tst_checkspane.moc"
