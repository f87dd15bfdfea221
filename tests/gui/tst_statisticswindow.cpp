// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15's statistics and bilingual editions in the real window: the live counts in the
// status bar and the Statistics pane, Issue ▸ Update Statistics (through the action, and on
// save), the bilingual title and description fields of the item and front-matter forms typed
// into with keys and undone with Ctrl+Z, and the preview showing either edition.
#include "documentmanager.h"
#include "formpanel.h"
#include "frontmatterform.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "issuestatusbar.h"
#include "itemform.h"
#include "livestatistics.h"
#include "mainwindow.h"
#include "previewview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "sourceeditor.h"
#include "statisticspane.h"
#include "statisticsupdater.h"
#include "testsupport.h"
#include "typing.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QWebEngineScript>

using namespace wc;

namespace {

// A bilingual issue whose numbers are out of date: 1 article stated, 2 counted; 全文 5 字
// stated. The stats line has the double space some real issues have.
const QByteArray bilingual =
    "---\n"
    "title: 'Python 潮流周刊#9：测试---Testing'\n"
    "description: '本期分享了 1 篇文章，全文 5 字---Shared 1 article'\n"
    "pubDate: 2026-12-06\n"
    "---\n\n"
    "本期分享了  1 篇文章，1 个开源项目，全文 5 字。\n\n"
    "## 🦄文章&教程\n\n"
    "1、[异步编程---Async programming](https://a.org)\n\n讲解 asyncio 的事件循环。\n\n"
    "2、[类型检查---Type checking](https://b.org)\n\n介绍 mypy。\n\n"
    "## 🐿️项目&资源\n\n"
    "1、[uv](https://github.com/astral-sh/uv)\n\n极快的包管理器。（star 18.5K）\n";

// Counted by python3-jieba itself (tests/newsletter/jieba_wordcount.py) on the text above; the
// numbers Update Statistics changes do not change it.
constexpr int referenceWords = 58;

// `bilingual` with only its numbers updated, written out by hand.
const QByteArray updated =
    QByteArray(bilingual)
        .replace("'本期分享了 1 篇文章，全文 5 字---", "'本期分享了 2 篇文章，全文 58 字---")
        .replace("本期分享了  1 篇文章，1 个开源项目，全文 5 字。",
                 "本期分享了  2 篇文章，1 个开源项目，全文 58 字。");

const QByteArray chineseOnly =
    "---\ntitle: 'Python 潮流周刊#9：测试'\npubDate: 2026-12-06\n---\n\n"
    "## 🦄文章&教程\n\n1、[异步编程](https://a.org)\n\n讲解。\n";

QVariant runInPage(QWebEnginePage *page, const QString &script) {
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the page");
    return result;
}

} // namespace

class TestStatisticsWindow : public QObject {
    Q_OBJECT
private:
    DocumentManager m_documents;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    IssueEditor *editor() const { return m_window->editor(); }
    IssueSession *session() const { return editor()->session(); }
    QByteArray bytes() const { return session()->fileBytes(); }

    // Opens `text` from a file of the temporary folder (so Save has somewhere to write).
    QString open(const QByteArray &text) {
        const QString path =
            test::writeFile(m_dir.path(), QStringLiteral("2026-12-06-weekly.md"), text);
        m_window = new MainWindow(&m_documents);
        if (!m_window->openFile(path))
            return {};
        m_window->resize(1366, 740);
        m_window->show();
        if (!QTest::qWaitForWindowActive(m_window))
            return {};
        return path;
    }
    void undo() { QTest::keySequence(m_window, QKeySequence::Undo); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() {
        if (m_window) {
            session()->textDocument()->setModified(false);
            delete m_window;
            m_window = nullptr;
        }
    }

    void statusBarAndPaneShowKindsAndTheWordCount() {
        QVERIFY(!open(bilingual).isEmpty());
        IssueStatusBar *status = m_window->issueStatusBar();
        QTRY_COMPARE(status->wordsLabel()->text(), QStringLiteral("%1 words").arg(referenceWords));
        QCOMPARE(status->countsLabel()->text(), QStringLiteral("Items: Articles 2 · Projects 1"));
        StatisticsPane *pane = m_window->statisticsPane();
        // A side pane, hidden at first, shown from View ▸ Side Panes.
        QVERIFY(!pane->isVisible());
        QAction *toggle = nullptr;
        for (QAction *action : m_window->sidePanesMenu()->actions()) {
            if (action->text() == QStringLiteral("Statistics"))
                toggle = action;
        }
        QVERIFY(toggle);
        toggle->trigger();
        QTRY_VERIFY(pane->isVisible());
        QTableWidget *table = pane->sectionTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("🦄文章&教程"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Articles"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Projects"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1"));
        QCOMPARE(pane->kindsLabel()->text(), QStringLiteral("Articles 2 · Projects 1"));
        QCOMPARE(pane->wordsLabel()->text(), QString::number(referenceWords));
        QCOMPARE(pane->statsLineLabel()->text(),
                 QStringLiteral("本期分享了  1 篇文章，1 个开源项目，全文 5 字。"));
        QVERIFY2(pane->stateLabel()->text().contains(QStringLiteral("differ")),
                 qPrintable(pane->stateLabel()->text()));

        // Typing is counted once the typing pauses, not inside the keystroke.
        LiveStatistics *live = m_window->liveStatistics();
        QSignalSpy counted(live, &LiveStatistics::updated);
        SourceEditor *source = editor()->sourceEditor();
        source->setFocus();
        QTextCursor cursor = source->textCursor();
        cursor.movePosition(QTextCursor::End);
        source->setTextCursor(cursor);
        test::typeText(source,
                       QStringLiteral("\n## 🐿️项目&资源\n\n2、[ruff](https://r.org)\n"));
        QCOMPARE(counted.size(), 0);
        QVERIFY(live->revision() != session()->revision());
        QTRY_COMPARE(live->revision(), session()->revision());
        QCOMPARE(status->countsLabel()->text(), QStringLiteral("Items: Articles 2 · Projects 2"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(pane->kindsLabel()->text(), QStringLiteral("Articles 2 · Projects 2"));
    }

    void updateStatisticsRewritesOnlyTheNumbersAsOneUndoStep() {
        QVERIFY(!open(bilingual).isEmpty());
        QCOMPARE(bytes(), bilingual);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("updateStatisticsAction"));
        QVERIFY(action);
        // In the Issue menu.
        bool inIssueMenu = false;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(action))
                inIssueMenu = top->text() == QStringLiteral("&Issue");
        }
        QVERIFY(inIssueMenu);
        action->trigger();
        QCOMPARE(bytes(), updated);
        QTRY_VERIFY(
            m_window->statisticsPane()->stateLabel()->text().contains(QStringLiteral("agree")));
        // Up to date: a second run changes nothing, and says so.
        action->trigger();
        QCOMPARE(bytes(), updated);
        undo();
        QCOMPARE(bytes(), bilingual); // one step
        QVERIFY(!session()->isModified());
    }

    void updateStatisticsOnSave() {
        const QString path = open(bilingual);
        QVERIFY(!path.isEmpty());
        // Off (the default): saving writes the numbers as they are.
        session()->textDocument()->setModified(true);
        QVERIFY(m_window->save());
        QCOMPARE(test::readBytes(path), bilingual);
        // On, through the Settings dialog's check box.
        {
            SettingsDialog dialog(m_window);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("statisticsOnSave"));
            QVERIFY(box);
            QVERIFY(!box->isChecked());
            box->setChecked(true);
            dialog.accept();
        }
        QVERIFY(Settings::instance().updateStatisticsOnSave());
        session()->textDocument()->setModified(true);
        QTest::keySequence(m_window, QKeySequence::Save);
        QTRY_COMPARE(test::readBytes(path), updated);
        QVERIFY(!session()->isModified());
        undo(); // the update is an undo step of its own
        QCOMPARE(bytes(), bilingual);
    }

    void bilingualItemTitleIsTwoFields() {
        QVERIFY(!open(bilingual).isEmpty());
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        ItemForm *form = editor()->formPanel()->itemForm();
        QLineEdit *chinese = form->titleField();
        QLineEdit *english = form->englishTitleField();
        QVERIFY(english->isVisible());
        QCOMPARE(chinese->text(), QStringLiteral("异步编程"));
        QCOMPARE(english->text(), QStringLiteral("Async programming"));
        const QByteArray line = "1、[异步编程---Async programming](https://a.org)";

        chinese->setFocus();
        chinese->end(false);
        test::typeText(chinese, QStringLiteral("入门"));
        QCOMPARE(bytes(), QByteArray(bilingual).replace(
                              line, "1、[异步编程入门---Async programming](https://a.org)"));
        english->setFocus();
        english->end(false);
        QTest::keyClicks(english, QStringLiteral(" 101"));
        QCOMPARE(bytes(), QByteArray(bilingual).replace(
                              line, "1、[异步编程入门---Async programming 101](https://a.org)"));
        QCOMPARE(chinese->text(), QStringLiteral("异步编程入门"));
        // Emptied, the English part takes its `---` along; the field stays for typing again.
        english->selectAll();
        QTest::keyClick(english, Qt::Key_Backspace);
        QCOMPARE(bytes(), QByteArray(bilingual).replace(line, "1、[异步编程入门](https://a.org)"));
        QVERIFY(english->isVisible());
        QTest::keyClicks(english, QStringLiteral("Intro"));
        QCOMPARE(bytes(),
                 QByteArray(bilingual).replace(line, "1、[异步编程入门---Intro](https://a.org)"));
        // Ctrl+Z in a field undoes the shared history, back to the bytes opened.
        for (int i = 0; i < 20 && bytes() != bilingual; ++i)
            undo();
        QCOMPARE(bytes(), bilingual);
        QCOMPARE(chinese->text(), QStringLiteral("异步编程"));
        QCOMPARE(english->text(), QStringLiteral("Async programming"));

        // A title without `---` in a bilingual issue: an empty English field to fill in.
        editor()->selectNode({OutlineNode::Kind::Item, 1, 0});
        QVERIFY(english->isVisible());
        QCOMPARE(chinese->text(), QStringLiteral("uv"));
        QCOMPARE(english->text(), QString());
        english->setFocus();
        QTest::keyClicks(english, QStringLiteral("uv"));
        QCOMPARE(bytes(), QByteArray(bilingual).replace("1、[uv](", "1、[uv---uv]("));
        undo();
        QCOMPARE(bytes(), bilingual);
    }

    void chineseIssueKeepsOneTitleField() {
        QVERIFY(!open(chineseOnly).isEmpty());
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        ItemForm *form = editor()->formPanel()->itemForm();
        QVERIFY(form->titleField()->isVisible());
        QVERIFY(!form->englishTitleField()->isVisible());
        QCOMPARE(form->titleField()->text(), QStringLiteral("异步编程"));
        // Typing `---` into the one field makes the title bilingual as written.
        form->titleField()->setFocus();
        form->titleField()->end(false);
        QTest::keyClicks(form->titleField(), QStringLiteral("---Async"));
        QCOMPARE(bytes(), QByteArray(chineseOnly).replace("[异步编程]", "[异步编程---Async]"));
        QVERIFY(!form->englishTitleField()->isVisible()); // not while typing in the field
        // Leaving the field splits it.
        form->urlField()->setFocus();
        QTRY_VERIFY(form->englishTitleField()->isVisible());
        QCOMPARE(form->titleField()->text(), QStringLiteral("异步编程"));
        QCOMPARE(form->englishTitleField()->text(), QStringLiteral("Async"));
    }

    void bilingualFrontMatterTitleAndDescription() {
        QVERIFY(!open(bilingual).isEmpty());
        editor()->selectNode({OutlineNode::Kind::FrontMatter, -1, -1});
        FrontMatterForm *form = editor()->formPanel()->frontMatterForm();
        QTRY_VERIFY(form->isVisible());
        QVERIFY(form->englishTitleField()->isVisible());
        QVERIFY(form->englishDescriptionField()->isVisible());
        QCOMPARE(form->titleField()->text(), QStringLiteral("Python 潮流周刊#9：测试"));
        QCOMPARE(form->englishTitleField()->text(), QStringLiteral("Testing"));
        QCOMPARE(form->descriptionField()->text(),
                 QStringLiteral("本期分享了 1 篇文章，全文 5 字"));
        QCOMPARE(form->englishDescriptionField()->text(), QStringLiteral("Shared 1 article"));

        QLineEdit *english = form->englishTitleField();
        english->setFocus();
        english->end(false);
        QTest::keyClicks(english, QStringLiteral(" tools"));
        QCOMPARE(bytes(),
                 QByteArray(bilingual).replace("测试---Testing'", "测试---Testing tools'"));
        QLineEdit *chinese = form->titleField();
        chinese->setFocus();
        chinese->end(false);
        test::typeText(chinese, QStringLiteral("工具"));
        QCOMPARE(bytes(),
                 QByteArray(bilingual).replace("测试---Testing'", "测试工具---Testing tools'"));
        QLineEdit *description = form->englishDescriptionField();
        description->setFocus();
        description->end(false);
        QTest::keyClicks(description, QStringLiteral(", 1 project"));
        QCOMPARE(bytes(), QByteArray(bilingual)
                              .replace("测试---Testing'", "测试工具---Testing tools'")
                              .replace("Shared 1 article'", "Shared 1 article, 1 project'"));
        for (int i = 0; i < 40 && bytes() != bilingual; ++i)
            undo();
        QCOMPARE(bytes(), bilingual);
        QCOMPARE(form->englishTitleField()->text(), QStringLiteral("Testing"));
    }

    void previewShowsEitherEdition() {
        QVERIFY(!open(bilingual).isEmpty());
        PreviewView *preview = m_window->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->shownRevision() == session()->revision(), 20000);
        auto pageText = [preview] {
            return runInPage(preview->page(), QStringLiteral("document.body.innerText")).toString();
        };
        auto pageTitle = [preview] {
            return runInPage(preview->page(),
                             QStringLiteral("document.querySelector('.issue-title').textContent"))
                .toString();
        };
        QCOMPARE(pageTitle(), QStringLiteral("Python 潮流周刊#9：测试---Testing"));
        QAction *englishAction = nullptr;
        QAction *chineseAction = nullptr;
        QAction *asWritten = nullptr;
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("previewEditionMenu"));
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->data().toInt() == int(PreviewView::Shows::EnglishEdition))
                englishAction = action;
            else if (action->data().toInt() == int(PreviewView::Shows::ChineseEdition))
                chineseAction = action;
            else if (action->data().toInt() == int(PreviewView::Shows::AsWritten))
                asWritten = action;
        }
        QVERIFY(englishAction && chineseAction && asWritten);
        QVERIFY(asWritten->isChecked());

        QSignalSpy applied(preview, &PreviewView::updateApplied);
        englishAction->trigger();
        QVERIFY(englishAction->isChecked());
        QVERIFY(applied.wait(20000));
        QCOMPARE(pageTitle(), QStringLiteral("Python Trending Weekly #9: Testing"));
        QString text = pageText();
        QVERIFY2(text.contains(QStringLiteral("Async programming")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("异步编程")));

        chineseAction->trigger();
        QVERIFY(applied.wait(20000));
        QCOMPARE(pageTitle(), QStringLiteral("Python 潮流周刊#9：测试"));
        text = pageText();
        QVERIFY(text.contains(QStringLiteral("异步编程")));
        QVERIFY(!text.contains(QStringLiteral("Async programming")));

        // The edition follows the typing.
        editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        QLineEdit *chinese = editor()->formPanel()->itemForm()->titleField();
        chinese->setFocus();
        chinese->end(false);
        test::typeText(chinese, QStringLiteral("入门"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->shownRevision() == session()->revision(), 20000);
        QVERIFY(pageText().contains(QStringLiteral("异步编程入门")));

        asWritten->trigger();
        QVERIFY(applied.wait(20000));
        QVERIFY(pageText().contains(QStringLiteral("异步编程入门---Async programming")));
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statisticswindow.moc"
