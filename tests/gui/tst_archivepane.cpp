// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Archive pane of a window (issue 13): the issues of a fixture newsletter folder written
// here, a query typed into the search field, its result activated with the keyboard (the issue
// opens with the item selected), files written to and removed from the folder shown by the
// watcher, and a result dropped onto the outline as a whole new item.
#include "archivecontroller.h"
#include "archiveindex.h"
#include "archivepane.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "newsletterprofiles.h"
#include "outlinemodel.h"
#include "testsupport.h"
#include "typing.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>

using namespace wc;

namespace {

const char issue1[] = R"(---
title: 'Python 潮流周刊#1：开始'
pubDate: 2026-01-03
---

## 🦄文章&教程

1、[Rust 编译器的内部](https://blog.example/rust-compiler)

讲解 Rust 编译器的 MIR。

2、[另一篇](https://blog.example/other)

别的。

## 🐿️项目&资源

1、[tool：一个工具](https://github.com/a/tool)

一个命令行 Tool，用 Python 写成（star 1K）
)";

const char issue2Head[] = R"(---
title: 'Python 潮流周刊#2：继续'
pubDate: 2026-01-10
---

## 🦄文章&教程

1、[上周的文章](https://blog.example/last)

说明。
)";
const char issue2Projects[] = R"(
## 🐿️项目&资源

1、[lib：一个库](https://github.com/b/lib)

一个库（star 2K）
)";

const char issue3[] = R"(---
title: 'Python 潮流周刊#3：新来的'
pubDate: 2026-01-17
---

## 🦄文章&教程

1、[新文](https://blog.example/new)

新。
)";

} // namespace

class TestArchivePane : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    QTranslator m_english; // the English plurals ("1 matching item")
    std::unique_ptr<QTemporaryDir> m_newsletter;
    std::unique_ptr<DocumentManager> m_documents;

    QString issuePath(const char *name) const {
        return m_newsletter->filePath(QString::fromUtf8(name));
    }

    // The window of `name`, shown, with its Archive pane shown.
    std::pair<MainWindow *, ArchivePane *> openWithPane(const char *name) {
        MainWindow *window = m_documents->open(issuePath(name));
        if (!window)
            return {};
        auto *pane = window->findChild<ArchivePane *>(QStringLiteral("archivePane"));
        if (!pane)
            return {window, nullptr};
        for (QWidget *w = pane; w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                dock->show();
                break;
            }
        }
        return {window, pane};
    }

    static QStringList rowTexts(const QTreeWidget *list, int row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QStringList texts;
        for (int c = 0; c < list->columnCount(); ++c)
            texts << item->text(c);
        return texts;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_english.load(QStringLiteral(":/i18n/weekly-composer_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init() {
        m_newsletter = std::make_unique<QTemporaryDir>();
        QVERIFY(m_newsletter->isValid());
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-01-03-weekly.md"), issue1);
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-01-10-weekly.md"),
                        QByteArray(issue2Head) + issue2Projects);
        // Not an issue by the file-name pattern: never listed.
        test::writeFile(m_newsletter->path(), QStringLiteral("notes.md"), "# 笔记\n");
        m_documents = std::make_unique<DocumentManager>();
    }
    void cleanup() {
        m_documents.reset(); // closes the windows without asking
        m_newsletter.reset();
    }

    void theFirstWindowDoesNotWaitForTheArchive() {
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QVERIFY(window);
        QVERIFY(pane);
        // The folder is read on a worker; its result arrives through the event loop only, so
        // right after opening the window the pane is still waiting for it.
        QCOMPARE(pane->statusLabel()->text(), QStringLiteral("Reading the archive…"));
        QVERIFY(!pane->index()->isReady());
        QTRY_VERIFY(pane->index()->isReady());
    }

    void listsTheIssuesNewestFirst() {
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QVERIFY(pane);
        QTRY_COMPARE(pane->issueList()->topLevelItemCount(), 2);
        QCOMPARE(
            rowTexts(pane->issueList(), 0),
            (QStringList{"2", "2026-01-10", "Python 潮流周刊#2：继续", "1篇文章 · 1个开源项目"}));
        QCOMPARE(
            rowTexts(pane->issueList(), 1),
            (QStringList{"1", "2026-01-03", "Python 潮流周刊#1：开始", "2篇文章 · 1个开源项目"}));
        QVERIFY(pane->statusLabel()->text().startsWith(QStringLiteral("2 issues in ")));
    }

    void theWindowsOfOneFolderShareOneArchive() {
        auto [first, firstPane] = openWithPane("2026-01-10-weekly.md");
        auto [second, secondPane] = openWithPane("2026-01-03-weekly.md");
        QVERIFY(firstPane && secondPane);
        QVERIFY(first != second);
        QCOMPARE(firstPane->index(), secondPane->index());
        QTemporaryDir other;
        const QString elsewhere =
            test::writeFile(other.path(), QStringLiteral("2026-01-03-weekly.md"), issue1);
        MainWindow *third = m_documents->open(elsewhere);
        QVERIFY(third);
        auto *thirdPane = third->findChild<ArchivePane *>(QStringLiteral("archivePane"));
        QVERIFY(thirdPane->index() && thirdPane->index() != firstPane->index());
        QCOMPARE(thirdPane->index()->folder(), QDir(other.path()).absolutePath());
    }

    void typedSearchOpensTheIssueAtTheItem() {
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QVERIFY(pane);
        QTRY_VERIFY(pane->index()->isReady());
        QLineEdit *search = pane->searchField();
        search->setFocus();
        // Chinese and English words together, in another case than the text's "Tool".
        test::typeText(search, QStringLiteral("命令行 tool"));
        QCOMPARE(search->text(), QStringLiteral("命令行 tool"));
        ArchiveResultList *results = pane->resultList();
        QVERIFY(results->isVisibleTo(pane));
        QVERIFY(!pane->issueList()->isVisibleTo(pane));
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(QStringLiteral("#1 · tool：一个工具")));
        QCOMPARE(pane->statusLabel()->text(), QStringLiteral("1 matching item, newest first."));

        results->setFocus();
        results->setCurrentRow(0);
        QTest::keyClick(results, Qt::Key_Return);
        MainWindow *opened = m_documents->findWindow(issuePath("2026-01-03-weekly.md"));
        QVERIFY(opened);
        QVERIFY(opened != window);
        QCOMPARE(opened->editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 0}));

        // Another hit of the same issue: its window is brought forward, no new window opens.
        search->clear();
        test::typeText(search, QStringLiteral("mir"));
        QCOMPARE(results->count(), 1);
        const qsizetype windows = m_documents->windows().size();
        results->setCurrentRow(0);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(m_documents->windows().size(), windows);
        QCOMPARE(opened->editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 0, 0}));

        // Clearing the query shows the issues again.
        search->clear();
        QVERIFY(!results->isVisibleTo(pane));
        QVERIFY(pane->issueList()->isVisibleTo(pane));

        test::typeText(search, QStringLiteral("nothing-like-this"));
        QCOMPARE(results->count(), 0);
        QCOMPARE(pane->statusLabel()->text(),
                 QStringLiteral("No item matches “nothing-like-this”."));
    }

    void anOpenIssueWithEditsIsSelectedAtTheMovedItem() {
        // The issue's window holds unsaved edits that moved the item down a line: its link
        // still finds it.
        MainWindow *issueWindow = m_documents->open(issuePath("2026-01-03-weekly.md"));
        QVERIFY(issueWindow);
        IssueSession *session = issueWindow->session();
        const QString text = session->currentText();
        session->textDocument()->setPlainText(QString(text).replace(
            QStringLiteral("## 🐿️项目&资源\n"),
            QStringLiteral("## 🐿️项目&资源\n\n新加的一段。\n")));
        QTRY_VERIFY(session->document().text().contains(QStringLiteral("新加的一段")));
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QTRY_VERIFY(pane->index()->isReady());
        test::typeText(pane->searchField(), QStringLiteral("TOOL"));
        QCOMPARE(pane->resultList()->count(), 1);
        pane->resultList()->setCurrentRow(0);
        QTest::keyClick(pane->resultList(), Qt::Key_Return);
        QCOMPARE(issueWindow->editor()->currentNode(),
                 (OutlineNode{OutlineNode::Kind::Item, 1, 0}));
    }

    void filesWrittenToTheFolderShowUp() {
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QVERIFY(pane);
        QTRY_COMPARE(pane->issueList()->topLevelItemCount(), 2);
        // A new issue, in a new subfolder too.
        const QString third =
            test::writeFile(m_newsletter->path(), QStringLiteral("2026-01-17-weekly.md"), issue3);
        QTRY_COMPARE(pane->issueList()->topLevelItemCount(), 3);
        QCOMPARE(rowTexts(pane->issueList(), 0).mid(0, 3),
                 (QStringList{"3", "2026-01-17", "Python 潮流周刊#3：新来的"}));
        QVERIFY(QDir(m_newsletter->path()).mkdir(QStringLiteral("en")));
        test::writeFile(m_newsletter->filePath(QStringLiteral("en")),
                        QStringLiteral("2026-01-17-weekly.md"), issue3);
        QTRY_COMPARE(pane->issueList()->topLevelItemCount(), 4);
        // A changed issue: its new item is found.
        test::writeFile(issuePath("2026-01-17-weekly.md"),
                        QByteArray(issue3) + "\n2、[改过的](https://blog.example/changed)\n");
        QTRY_COMPARE(pane->index()->archive()->search(u"改过的").size(), 1);
        test::typeText(pane->searchField(), QStringLiteral("改过的"));
        QCOMPARE(pane->resultList()->count(), 1);
        // A removed issue leaves the list (and the search shows what is left).
        QVERIFY(QFile::remove(third));
        QTRY_COMPARE(pane->resultList()->count(), 0);
        pane->searchField()->clear();
        QCOMPARE(pane->issueList()->topLevelItemCount(), 3);
    }

    void aResultDraggedOntoTheOutlineBecomesAnItem() {
        auto [window, pane] = openWithPane("2026-01-10-weekly.md");
        QVERIFY(pane);
        QTRY_VERIFY(pane->index()->isReady());
        test::typeText(pane->searchField(), QStringLiteral("rust"));
        ArchiveResultList *results = pane->resultList();
        QCOMPARE(results->count(), 1);
        results->setCurrentRow(0);
        // As QAbstractItemView::startDrag asks the model, and the outline's view drops it.
        std::unique_ptr<QMimeData> data(
            results->model()->mimeData(results->selectionModel()->selectedIndexes()));
        QVERIFY(data);
        OutlineModel *outline = window->editor()->outlineModel();
        const QModelIndex articles = outline->indexFor({OutlineNode::Kind::Section, 0, -1});
        QVERIFY(outline->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, articles));
        QVERIFY(outline->dropMimeData(data.get(), Qt::CopyAction, 1, 0, articles));
        const QString original = QString::fromUtf8(QByteArray(issue2Head) + issue2Projects);
        const QString expected = QString(original).replace(
            QStringLiteral("说明。\n"),
            QStringLiteral(
                "说明。\n\n2、[Rust 编译器的内部](https://blog.example/rust-compiler)\n\n"
                "讲解 Rust 编译器的 MIR。\n"));
        QCOMPARE(window->session()->currentText(), expected);
        QCOMPARE(window->editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 0, 1}));
        // Other programs get the item as Markdown and its link.
        QCOMPARE(data->text(),
                 QStringLiteral("[Rust 编译器的内部](https://blog.example/rust-compiler)\n\n讲解 "
                                "Rust 编译器的 MIR。"));
        QCOMPARE(data->urls(),
                 QList<QUrl>{QUrl(QStringLiteral("https://blog.example/rust-compiler"))});
        // One undo step.
        window->session()->textDocument()->undo();
        QCOMPARE(window->session()->currentText(), original);
    }

    void theIndexFollowsTheProfilesOwner() {
        ArchiveIndex *index = m_documents->archiveFor(m_newsletter->path());
        QTRY_VERIFY(index->isCurrent());
        const auto first = [index] { return index->archive()->issues().first(); };
        QCOMPARE(first().count(SectionKind::Projects), 1);
        QCOMPARE(first().items.last().description,
                 QStringLiteral("一个命令行 Tool，用 Python 写成（star 1K）"));
        // The profile changes as Edit ▸ Newsletter… changes it: written, then its one owner
        // reloaded. Projects count as articles now, and `（star` starts a footer.
        test::writeFile(m_newsletter->path(), QStringLiteral("weekly-composer.yaml"),
                        "sections:\n  - {kind: articles, match: [项目], unit: 篇}\n"
                        "footer-markers: [一个命令行]\n");
        m_documents->profiles()->reload();
        QVERIFY(!index->isCurrent()); // a new reading is on its way
        QTRY_VERIFY(index->isCurrent());
        const LoadedProfile owned = m_documents->profiles()->forFolder(m_newsletter->path());
        QCOMPARE(index->profile().path, owned.path);
        QCOMPARE(index->profile().profile.toYaml(), owned.profile.toYaml());
        QCOMPARE(first().count(SectionKind::Projects), 0);
        QCOMPARE(first().count(SectionKind::Articles), 1);
        // Parsed with the profile's footer marker: the last item's text is its footer now.
        QCOMPARE(first().items.last().description, QString());
    }

    void newIssueWaitsForTheArchive() {
        MainWindow *window = m_documents->open(issuePath("2026-01-03-weekly.md"));
        QVERIFY(window);
        ArchiveIndex *index = m_documents->archiveFor(m_newsletter->path());
        QVERIFY(!index->isReady());
        // Right away, before the worker is done: the latest issue (#2) is continued.
        MainWindow *made = m_documents->newIssue(window);
        QVERIFY(made);
        QVERIFY(index->isReady());
        QVERIFY(made->session()->currentText().contains(QStringLiteral("Python 潮流周刊#3：")));
    }
};

QTEST_MAIN(TestArchivePane)
#include "tst_archivepane.moc"
