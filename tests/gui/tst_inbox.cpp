// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inbox side pane through the real MainWindow (issue 14): text with three links pasted
// with Ctrl+V, each fetched from a local HTTP server (127.0.0.1 only) and listed with its
// title; one dragged into a section of the outline (drag events on the outline's viewport),
// one sent with Enter, each one undo step; the file beside the issue across a restart; a bad
// file reported and left as it is; an untitled issue's inbox written on the first save.
#include "documentmanager.h"
#include "inboxcontroller.h"
#include "inboxfile.h"
#include "inboxpane.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "linkinbox.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "settings.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>

using namespace wc;

namespace {

const QByteArray issueText =
    "---\ntitle: 'Python 潮流周刊#9：收件箱'\npubDate: 2026-12-06\n---\n\n"
    "## 🦄文章&教程\n\n"
    "1、[异步编程](https://a.org)\n\n讲解 asyncio 的事件循环。\n\n"
    "## 🐿️项目&资源\n\n"
    "1、[ruff：检查器](https://github.com/astral-sh/ruff)\n\n快（star 30K）\n";

QStringList inboxUrls(const LinkInbox *inbox) {
    QStringList urls;
    for (int row = 0; row < inbox->rowCount(); ++row)
        urls << inbox->linkAt(row).link.url;
    return urls;
}

QStringList fileUrls(const QString &path) {
    QStringList urls;
    const QJsonArray links =
        QJsonDocument::fromJson(test::readBytes(path)).object().value("links").toArray();
    for (const auto &link : links)
        urls << link.toObject().value("url").toString();
    return urls;
}

int rowOf(const LinkInbox *inbox, const QString &url) {
    return int(inboxUrls(inbox).indexOf(url));
}

// A drag from the inbox onto `target`'s row of the outline, as Qt's drag delivers it: enter,
// move, drop on the outline's viewport.
bool dragOnto(MainWindow &window, const QMimeData *data, const OutlineNode &target) {
    QTreeView *outline = window.editor()->outlineView();
    const QPoint at =
        outline->visualRect(window.editor()->outlineModel()->indexFor(target)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &drop);
    return drop.isAccepted();
}

QString itemText(const IssueDocument &document, int section, int item) {
    const ItemNode &node = document.sections()[section].items[item];
    return document.text().mid(node.begin, node.end - node.begin).trimmed();
}

} // namespace

class TestInbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pasteFetchDragSendAndRestart();
    void badFileIsReportedAndKept();
    void untitledInboxIsWrittenOnFirstSave();
    void urlAddedByOtherMeansLeavesTheInbox();
    void closingWhileFetchingLosesNoLink();
    void githubApiAndTokenComeFromTheSettings();
    void theIssuesUrlsAreReadOnlyForTheInboxsLinks();

private:
    // The window's inbox, shown, with the fake GitHub API.
    InboxController *openInbox(MainWindow &window);
    test::LocalHttpServer m_server;
};

void TestInbox::initTestCase() {
    m_server.route("/one",
                   {200,
                    "OK",
                    {{"Content-Type", "text/html; charset=utf-8"}},
                    "<meta property=\"og:title\" content=\"第一篇：异步\">"
                    "<meta property=\"og:description\" content=\"讲 asyncio 的 *任务*。\">"});
    m_server.route("/two", {200, "OK", {}, "<title>Second page</title>"});
    m_server.route("/silent", {200, "OK", {}, {}, true});
    m_server.route(
        "/api/repos/astral-sh/uv",
        {200,
         "OK",
         {{"Content-Type", "application/json"}},
         R"({"name": "uv", "description": "极快的包管理器", "stargazers_count": 16554})"});
}

InboxController *TestInbox::openInbox(MainWindow &window) {
    auto *controller = window.findChild<InboxController *>();
    Q_ASSERT(controller);
    LinkFetcher::Options options;
    options.githubApi = QUrl(m_server.url("/api"));
    controller->fetcher()->setOptions(options);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inbox"));
    Q_ASSERT(dock && dock->widget() == controller->pane());
    if (dock->isHidden())
        dock->toggleViewAction()->trigger();
    return controller;
}

void TestInbox::pasteFetchDragSendAndRestart() {
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.md"), issueText);
    const QString inboxPath = dir.filePath(QStringLiteral("2026-12-06-weekly.inbox.json"));
    const QString one = m_server.url("/one"), two = m_server.url("/two");
    const QString uv = QStringLiteral("https://github.com/astral-sh/uv");
    DocumentManager documents;
    {
        auto *window = new MainWindow(&documents);
        QVERIFY(window->openFile(path));
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        InboxController *controller = openInbox(*window);
        InboxPane *pane = controller->pane();
        LinkInbox *inbox = controller->inbox();
        QVERIFY(pane->isVisible());
        QCOMPARE(controller->filePath(), inboxPath);

        // A browser's list of tabs, with a link twice.
        QApplication::clipboard()->setText(QStringLiteral("第一篇 - 博客\n%1\nSecond page\t%2\n"
                                                          "astral-sh/uv: 极快 %3 (again: %1)")
                                               .arg(one, two, uv));
        pane->list()->setFocus();
        QTest::keyClick(pane->list(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(inboxUrls(inbox), (QStringList{one, two, uv}));
        QVERIFY(pane->statusText().contains(QStringLiteral("already in the inbox")));
        QTRY_COMPARE_WITH_TIMEOUT(inbox->busyCount(), 0, 20000);
        QCOMPARE(inbox->index(0).data().toString(), QStringLiteral("第一篇：异步\n") + one);
        QCOMPARE(inbox->index(1).data().toString(), QStringLiteral("Second page\n") + two);
        QCOMPARE(inbox->index(2).data().toString(), QStringLiteral("uv\n") + uv);
        QVERIFY2(pane->statusText().contains(QStringLiteral("3 link")),
                 qPrintable(pane->statusText()));
        QCOMPARE(fileUrls(inboxPath), (QStringList{one, two, uv})); // saved as they came

        // Drag the repository onto the projects section: an item as the newsletter writes one.
        IssueSession *session = window->session();
        QTextDocument *text = session->textDocument();
        const QString before = text->toPlainText();
        std::unique_ptr<QMimeData> data(inbox->mimeData({inbox->index(rowOf(inbox, uv))}));
        QVERIFY(dragOnto(*window, data.get(), {OutlineNode::Kind::Section, 1, -1}));
        QCOMPARE(session->document().sections()[1].items.size(), 2);
        QCOMPARE(itemText(session->document(), 1, 1),
                 QStringLiteral("2、[uv：极快的包管理器](https://github.com/astral-sh/uv)\n\n"
                                "（star 16.6K）"));
        QCOMPARE(inboxUrls(inbox), (QStringList{one, two}));
        QCOMPARE(window->editor()->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 1}));
        // One undo takes the item away and brings the link back; redo again.
        window->editor()->undo();
        QCOMPARE(text->toPlainText(), before);
        QCOMPARE(inboxUrls(inbox), (QStringList{one, two, uv}));
        window->editor()->redo();
        QCOMPARE(session->document().sections()[1].items.size(), 2);
        QCOMPARE(inboxUrls(inbox), (QStringList{one, two}));
        // Not saved yet: the file still has it (discarding the issue's changes loses nothing).
        QCOMPARE(fileUrls(inboxPath), (QStringList{one, two, uv}));

        // Enter sends the current link to the section selected in the outline.
        window->editor()->selectNode({OutlineNode::Kind::Section, 0, -1});
        pane->list()->setCurrentIndex(inbox->index(rowOf(inbox, one)));
        pane->list()->setFocus();
        QTest::keyClick(pane->list(), Qt::Key_Return);
        QCOMPARE(itemText(session->document(), 0, 1),
                 "2、[第一篇：异步](" + one + ")\n\n讲 asyncio 的 \\*任务\\*。");
        QCOMPARE(inboxUrls(inbox), QStringList{two});
        const QString sent = text->toPlainText();
        window->editor()->undo();
        QCOMPARE(session->document().sections()[0].items.size(), 1);
        QCOMPARE(inboxUrls(inbox), (QStringList{one, two}));
        window->editor()->redo();
        QCOMPARE(text->toPlainText(), sent);
        QCOMPARE(inboxUrls(inbox), QStringList{two});

        QVERIFY(window->save());
        QCOMPARE(fileUrls(inboxPath), QStringList{two});
        window->close(); // saved: no question
    }
    QTRY_VERIFY(documents.windows().isEmpty());

    // Reopened: the link that is left, with its title, and no new fetch.
    const qsizetype requests = m_server.requests.size();
    auto *window = new MainWindow(&documents);
    QVERIFY(window->openFile(path));
    window->show();
    InboxController *controller = openInbox(*window);
    QCOMPARE(inboxUrls(controller->inbox()), QStringList{two});
    QCOMPARE(controller->inbox()->linkAt(0).link.title, QStringLiteral("Second page"));
    QCOMPARE(controller->inbox()->linkAt(0).state, InboxLink::State::Ready);
    QTest::qWait(100);
    QCOMPARE(m_server.requests.size(), requests);
    window->close();
    QTRY_VERIFY(documents.windows().isEmpty());
}

void TestInbox::badFileIsReportedAndKept() {
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.md"), issueText);
    const QByteArray bad =
        "{\"format\": \"weekly-composer-inbox\",\n \"links\": [\n  {\"url\": broken}\n]}\n";
    const QString inboxPath =
        test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.inbox.json"), bad);
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    QVERIFY(window->openFile(path));
    window->show();
    InboxController *controller = openInbox(*window);
    QLabel *problem = nullptr;
    for (QLabel *label : controller->pane()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("not valid JSON")))
            problem = label;
    }
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(inboxPath + QStringLiteral(" is not valid JSON (line 3:")),
             qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("left as it is")));
    // Links added now stay in memory; the file is not written over.
    QApplication::clipboard()->setText(m_server.url("/two"));
    controller->pane()->pasteButton()->click();
    QCOMPARE(controller->inbox()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(controller->inbox()->busyCount(), 0, 20000);
    QCOMPARE(test::readBytes(inboxPath), bad);
    QVERIFY(problem->isVisible());
    window->close();
    QTRY_VERIFY(documents.windows().isEmpty());
}

void TestInbox::untitledInboxIsWrittenOnFirstSave() {
    QTemporaryDir dir;
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    window->startUntitled(QString::fromUtf8(issueText), QString());
    window->show();
    InboxController *controller = openInbox(*window);
    QVERIFY(controller->filePath().isEmpty());
    QApplication::clipboard()->setText(m_server.url("/one") + u' ' + m_server.url("/two"));
    controller->pane()->pasteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(controller->inbox()->busyCount(), 0, 20000);
    QVERIFY(QDir(dir.path()).isEmpty()); // nowhere to write yet
    const QString path = dir.filePath(QStringLiteral("2026-12-06-weekly.md"));
    QString error;
    QVERIFY2(window->session()->save(path, &error), qPrintable(error));
    const QString inboxPath = dir.filePath(QStringLiteral("2026-12-06-weekly.inbox.json"));
    QCOMPARE(controller->filePath(), inboxPath);
    QCOMPARE(fileUrls(inboxPath), (QStringList{m_server.url("/one"), m_server.url("/two")}));
    const InboxFile::Loaded loaded = InboxFile::read(inboxPath);
    QCOMPARE(loaded.links.value(1).link.title, QStringLiteral("Second page"));
    window->close();
    QTRY_VERIFY(documents.windows().isEmpty());
}

void TestInbox::urlAddedByOtherMeansLeavesTheInbox() {
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.md"), issueText);
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    QVERIFY(window->openFile(path));
    window->show();
    InboxController *controller = openInbox(*window);
    const QString two = m_server.url("/two");
    QApplication::clipboard()->setText(m_server.url("/one") + u'\n' + two);
    controller->pane()->pasteButton()->click();
    QCOMPARE(controller->inbox()->rowCount(), 2);
    // Text with links dropped on the list (from a browser or a chat): the new one is added.
    QMimeData dropped;
    dropped.setText(QStringLiteral("看看 %1 和 %2。").arg(two, m_server.url("/dropped")));
    QWidget *viewport = controller->pane()->list()->viewport();
    const QPoint at = viewport->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(inboxUrls(controller->inbox()),
             (QStringList{m_server.url("/one"), two, m_server.url("/dropped")}));
    controller->inbox()->remove(2);
    // The user writes the same page into the source by hand, in another form of its URL.
    IssueSession *session = window->session();
    const Edit edit = session->edits().insertItem(
        0, 1, {QStringLiteral("手写"), two + QStringLiteral("/?utm_source=feed#top"), QString()});
    QVERIFY(session->apply(edit));
    QCOMPARE(inboxUrls(controller->inbox()), QStringList{m_server.url("/one")});
    window->editor()->undo();
    QCOMPARE(controller->inbox()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(controller->inbox()->busyCount(), 0, 20000);
    session->textDocument()->setModified(false);
    window->close();
    QTRY_VERIFY(documents.windows().isEmpty());
}

void TestInbox::closingWhileFetchingLosesNoLink() {
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.md"), issueText);
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    QVERIFY(window->openFile(path));
    window->show();
    InboxController *controller = openInbox(*window);
    const qsizetype requests = m_server.requests.size();
    QApplication::clipboard()->setText(m_server.url("/silent"));
    controller->pane()->pasteButton()->click();
    QTRY_COMPARE(m_server.requests.size(), requests + 1); // the fetch is under way
    window->close(); // the window goes with its fetch still running
    QTRY_VERIFY(documents.windows().isEmpty());
    QCOMPARE(fileUrls(dir.filePath(QStringLiteral("2026-12-06-weekly.inbox.json"))),
             QStringList{m_server.url("/silent")});
}

// The inbox asks the GitHub API of the Settings (Enterprise, tests) with their token, as link
// intake does.
void TestInbox::githubApiAndTokenComeFromTheSettings() {
    Settings::instance().setGithubApiUrl(QStringLiteral("http://127.0.0.1:9/api/v3"));
    Settings::instance().setGithubToken(QStringLiteral("secret-token"));
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    InboxController *controller = window->findChild<InboxController *>();
    QVERIFY(controller);
    QCOMPARE(controller->fetcher()->options().githubApi,
             QUrl(QStringLiteral("http://127.0.0.1:9/api/v3")));
    QCOMPARE(controller->fetcher()->options().githubToken, QStringLiteral("secret-token"));
    Settings::instance().setGithubApiUrl(QString());
    Settings::instance().setGithubToken(QString());
    delete window;
}

// Before, the window normalised every item's URL at open and kept the index up to date, inbox
// or not (at 16 MB a third of the open). Now an empty inbox reads none; a link coming in reads
// them, and the links the saved issue has are still kept out of the file, though the issue
// changed meanwhile.
void TestInbox::theIssuesUrlsAreReadOnlyForTheInboxsLinks() {
    QTemporaryDir dir;
    const QString one = m_server.url("/one");
    QByteArray text = issueText;
    text.replace("https://a.org", one.toUtf8());
    const QString path = test::writeFile(dir.path(), QStringLiteral("2026-12-06-weekly.md"), text);
    const QString inboxPath = dir.filePath(QStringLiteral("2026-12-06-weekly.inbox.json"));
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    QVERIFY(window->openFile(path));
    window->show();
    InboxController *controller = openInbox(*window);
    IssueSession *session = window->session();
    QCOMPARE(controller->itemUrlsRevision(), -1);
    // The item linking to /one now links elsewhere; typing meanwhile reads no URL either.
    QTextCursor cursor(session->textDocument());
    const qsizetype at = session->document().text().indexOf(one);
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + one.size()), QTextCursor::KeepAnchor);
    cursor.insertText(m_server.url("/elsewhere"));
    cursor.insertText(QStringLiteral("x"));
    QVERIFY(session->isModified());
    QCOMPARE(controller->itemUrlsRevision(), -1);
    // The issue's links, as they are now, are taken; /one no longer is.
    const LinkInbox::Added added =
        controller->inbox()->addUrls({QStringLiteral("https://github.com/Astral-sh/ruff/"), one});
    QCOMPARE(added.duplicates, 1);
    QCOMPARE(inboxUrls(controller->inbox()), QStringList{one});
    QCOMPARE(controller->itemUrlsRevision(), session->revision());
    // But the saved issue has /one: the file does not keep it (discarding the changes would
    // give it back), until the issue is saved without it.
    QTRY_COMPARE_WITH_TIMEOUT(controller->inbox()->busyCount(), 0, 20000);
    QVERIFY(!QFileInfo::exists(inboxPath));
    QVERIFY(window->save());
    QCOMPARE(fileUrls(inboxPath), QStringList{one});
    // With a link in the inbox, the index follows each parse.
    cursor.insertText(QStringLiteral("y"));
    QCOMPARE(controller->itemUrlsRevision(), session->revision());
    session->textDocument()->setModified(false);
    window->close();
    QTRY_VERIFY(documents.windows().isEmpty());
}

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
