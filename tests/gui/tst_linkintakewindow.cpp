// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Link intake in the window, against a web server on 127.0.0.1 that the test runs: a link
// pasted into the outline becomes an item that fills in; typing during the fetch wins; Esc
// and the item's ✕ cancel; a fill is one undo step; a failure shows its reason; Add Item
// and a URL typed into an empty item fetch too; Refresh Stars changes only the numbers, in
// one undo step, and a cancelled refresh changes nothing.
#include "appearance.h"
#include "documentmanager.h"
#include "editorwindow.h"
#include "formpanel.h"
#include "issuesession.h"
#include "itemform.h"
#include "linkintake.h"
#include "linkintakedelegate.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "settings.h"
#include "starrefresh.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace wc;
using Answer = test::LocalHttpServer::Answer;

namespace {

// Answers requests for the paths it holds only when the test releases them, so a test can act
// while a fetch is running.
class HeldServer : public QObject {
public:
    HeldServer() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_buffers[socket].split(' ').value(1);
                    m_waiting.append({path, socket});
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int waiting() const {
        return int(std::count_if(m_waiting.cbegin(), m_waiting.cend(), [](const auto &request) {
            return request.second && request.second->state() == QAbstractSocket::ConnectedState;
        }));
    }
    // Answers every request waiting for `path` with `body` (JSON when it starts with `{`).
    void release(const QByteArray &path, const QByteArray &body) {
        for (qsizetype k = m_waiting.size() - 1; k >= 0; --k) {
            if (m_waiting[k].first != path || !m_waiting[k].second)
                continue;
            QTcpSocket *socket = m_waiting.takeAt(k).second;
            const QByteArray type = body.startsWith('{') ? "application/json" : "text/html";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        }
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QByteArray, QPointer<QTcpSocket>>> m_waiting;
};

const QString issueText =
    QStringLiteral("# Python 潮流周刊#1：测试\n"
                   "\n"
                   "## 文章\n"
                   "\n"
                   "1、[First article](https://first.example/a)\n"
                   "\n"
                   "Its description.\n"
                   "\n"
                   "## 🐿️项目&资源\n"
                   "\n"
                   "1、[uv：An installer](GITHUB/repos-uv)\n"
                   "\n"
                   "An installer.（star 1K）\n"
                   "\n"
                   "2、[plain：A project](https://plain.example/p)\n"
                   "\n"
                   "Without stars.\n"
                   "\n"
                   "3、[ruff：A linter](GITHUB/repos-ruff)\n"
                   "\n"
                   "A linter, with its stars written by hand.（star 30.2K）\n");

QByteArray page(const QByteArray &title, const QByteArray &description) {
    return "<html><head><meta property=\"og:title\" content=\"" + title +
           "\"><meta property=\"og:description\" content=\"" + description +
           "\"><meta property=\"og:image\" content=\"/cover.png\"></head><body></body></html>";
}

} // namespace

class TestLinkIntakeWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pastedLinkFillsIn();
    void fieldTypedDuringTheFetchIsKept();
    void escapeAndTheCancelButtonStop();
    void fillIsOneUndoStep();
    void githubRepositoryInProjects();
    void failureShowsItsReason();
    void failureReasonInChinese();
    void addItemAndTypedUrlFetch();
    void fetchesAreBounded();
    void droppedLinkFillsIn();
    void inTheMainWindow();
    void refreshStarsChangesOnlyTheNumbers();
    void cancelledRefreshChangesNothing();

private:
    const ItemNode &item(int section, int index) const {
        return m_editor->session()->document().sections()[section].items[index];
    }
    QString field(TextRange range) const {
        return range.in(m_editor->session()->document().text()).toString();
    }
    QString text() const { return m_editor->session()->document().text(); }
    bool waitForIdle() {
        return QTest::qWaitFor([this] { return m_intake->busyCount() == 0; }, 20000);
    }
    void paste(const QString &clipboard) {
        QApplication::clipboard()->setText(clipboard);
        m_editor->outlineView()->setFocus();
        QTest::keyClick(m_editor->outlineView(), Qt::Key_V, Qt::ControlModifier);
    }
    // With WC_SCREENSHOT_DIR set, the window in the light and the dark theme, to look at.
    void grabForReview(const QString &name) {
        const QString dir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const auto theme : {appearance::Theme::Light, appearance::Theme::Dark}) {
            appearance::applyTheme(theme);
            QTest::qWait(50);
            m_window->grab().save(
                QStringLiteral("%1/intake-%2-%3.png")
                    .arg(dir, name, theme == appearance::Theme::Dark ? "dark" : "light"));
        }
        appearance::applyTheme(appearance::Theme::Light);
    }
    QString issueWith(const QString &github) const {
        return QString(issueText).replace(QStringLiteral("GITHUB"), github);
    }

    test::LocalHttpServer m_server;
    std::unique_ptr<HeldServer> m_heldServer; // one per test: no request left from another
    QWidget *m_window = nullptr;
    IssueEditor *m_editor = nullptr;
    QStatusBar *m_statusBar = nullptr;
    LinkIntake *m_intake = nullptr;
};

void TestLinkIntakeWindow::init() {
    m_heldServer = std::make_unique<HeldServer>();
    m_window = new QWidget;
    m_editor = test::editorIn(m_window);
    m_statusBar = new QStatusBar(m_window);
    m_window->layout()->addWidget(m_statusBar);
    m_intake = new LinkIntake(m_editor, m_statusBar, m_window);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_editor->session()->setContents(issueWith(QStringLiteral("https://github.com/astral-sh")),
                                     QString(), QStringLiteral("\n"), false);
    Settings::instance().setGithubApiUrl(m_server.url(QStringLiteral("/api")));
    Settings::instance().setGithubToken(QString());
    m_server.route("/article", {200,
                                "OK",
                                {{"Content-Type", "text/html; charset=utf-8"}},
                                page("Fetched &amp; filled", "What the page says about itself."),
                                false});
    m_server.route(
        "/api/repos/astral-sh/repos-uv",
        {200,
         "OK",
         {{"Content-Type", "application/json"}},
         R"({"name":"repos-uv","description":"Python 包管理器","stargazers_count":18512})",
         false});
    m_server.route("/api/repos/astral-sh/repos-ruff",
                   {200,
                    "OK",
                    {{"Content-Type", "application/json"}},
                    R"({"name":"repos-ruff","description":"A linter","stargazers_count":30190})",
                    false});
    m_server.route("/gone",
                   {404, "Not Found", {{"Content-Type", "text/html"}}, "<title>no</title>", false});
}

void TestLinkIntakeWindow::cleanup() {
    delete m_window;
    m_heldServer.reset();
    QApplication::clipboard()->clear();
}

void TestLinkIntakeWindow::pastedLinkFillsIn() {
    const QString url = m_server.url(QStringLiteral("/article"));
    m_editor->selectNode(test::itemNode(0, 0));
    // Text around the link, as a message or a list of tabs has it.
    paste(QStringLiteral("see %1, it is good").arg(url));
    // At once: the item after the selected one, with its URL and a placeholder, busy.
    QCOMPARE(m_editor->session()->document().sections()[0].items.size(), 2);
    QCOMPARE(field(item(0, 1).url), url);
    QCOMPARE(field(item(0, 1).title), QStringLiteral("127.0.0.1/article"));
    QVERIFY(m_intake->isBusy({0, 1}));
    auto *busy = m_statusBar->findChild<QLabel *>(QStringLiteral("linkIntakeBusy"));
    QVERIFY(busy && busy->isVisible());
    QCOMPARE(busy->text(), QStringLiteral("Fetching 1 link(s)…"));
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("Fetched & filled"));
    QCOMPARE(field(item(0, 1).description()).trimmed(),
             QStringLiteral("What the page says about itself."));
    QCOMPARE(field(item(0, 1).image.url), m_server.url(QStringLiteral("/cover.png")));
    QVERIFY(!busy->isVisible());
    // The other item is untouched.
    QCOMPARE(field(item(0, 0).title), QStringLiteral("First article"));
}

void TestLinkIntakeWindow::fieldTypedDuringTheFetchIsKept() {
    const QString url = m_heldServer->url(QStringLiteral("/slow"));
    m_editor->selectNode(test::sectionNode(0));
    paste(url);
    QVERIFY(QTest::qWaitFor([this] { return m_heldServer->waiting() == 1; }, 10000));
    // The new item is selected: its form shows it. The user types a title of their own.
    ItemForm *form = m_editor->formPanel()->itemForm();
    QCOMPARE(form->item(), (ItemRef{0, 1}));
    QLineEdit *title = form->titleField();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("My own title"));
    QCOMPARE(field(item(0, 1).title), QStringLiteral("My own title"));
    m_heldServer->release("/slow", page("The page's title", "The page's description."));
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("My own title"));
    QCOMPARE(title->text(), QStringLiteral("My own title"));
    // The fields the user left alone are filled.
    QCOMPARE(field(item(0, 1).description()).trimmed(), QStringLiteral("The page's description."));
}

void TestLinkIntakeWindow::escapeAndTheCancelButtonStop() {
    QSignalSpy ended(m_intake, &LinkIntake::fetchEnded);
    const QString first = m_heldServer->url(QStringLiteral("/first"));
    m_editor->selectNode(test::sectionNode(0));
    paste(first);
    QVERIFY(m_intake->isBusy({0, 1}));
    QVERIFY(QTest::qWaitFor([this] { return m_heldServer->waiting() == 1; }, 10000));
    const QString before = text();
    m_editor->outlineView()->setFocus();
    QTest::keyClick(m_editor->outlineView(), Qt::Key_Escape);
    QCOMPARE(m_intake->busyCount(), 0);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(1).toString(), QStringLiteral("Cancelled."));
    // The item stays, with its URL; nothing else changes, also when the answer comes late.
    QCOMPARE(field(item(0, 1).url), first);
    m_heldServer->release("/first", page("Late", "Too late."));
    QTest::qWait(300);
    QCOMPARE(text(), before);

    // The ✕ on the busy row.
    const QString second = m_heldServer->url(QStringLiteral("/second"));
    m_editor->selectNode(test::itemNode(0, 1));
    paste(second);
    QVERIFY(m_intake->isBusy({0, 2}));
    QTreeView *outline = m_editor->outlineView();
    const QRect row = outline->visualRect(m_editor->outlineModel()->indexFor(test::itemNode(0, 2)));
    QVERIFY(row.isValid());
    QTest::mouseClick(outline->viewport(), Qt::LeftButton, {},
                      LinkIntakeDelegate::cancelButtonRect(row).center());
    QCOMPARE(m_intake->busyCount(), 0);
    QCOMPARE(field(item(0, 2).url), second);
    // The status bar's Cancel stops every fetch.
    paste(m_heldServer->url(QStringLiteral("/third")) + u'\n' +
          m_heldServer->url(QStringLiteral("/fourth")));
    QCOMPARE(m_intake->busyCount(), 2);
    auto *cancel = m_statusBar->findChild<QToolButton *>(QStringLiteral("linkIntakeCancel"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(m_intake->busyCount(), 0);
}

void TestLinkIntakeWindow::fillIsOneUndoStep() {
    const QString original = text();
    m_editor->selectNode(test::itemNode(0, 0));
    paste(m_server.url(QStringLiteral("/article")));
    const QString placeholder = text();
    QVERIFY(waitForIdle());
    const QString filled = text();
    QVERIFY(filled != placeholder);
    m_editor->undo(); // the fill, title, description and image together
    QCOMPARE(text(), placeholder);
    m_editor->undo(); // the item itself
    QCOMPARE(text(), original);
    m_editor->redo();
    m_editor->redo();
    QCOMPARE(text(), filled);
}

void TestLinkIntakeWindow::githubRepositoryInProjects() {
    // The projects section, per the profile's defaults (项目): `REPO：description` and stars.
    m_editor->selectNode(test::itemNode(1, 2));
    paste(QStringLiteral("https://github.com/astral-sh/repos-uv"));
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(1, 3).title), QStringLiteral("repos-uv：Python 包管理器"));
    QCOMPARE(field(item(1, 3).notes.starValue), QStringLiteral("18.5K"));
    QVERIFY(text().contains(QStringLiteral("4、[repos-uv：Python 包管理器](https://github.com/"
                                           "astral-sh/repos-uv)\n\n（star 18.5K）\n")));
    // In an articles section the same repository is an article: name and description.
    m_editor->selectNode(test::itemNode(0, 0));
    paste(QStringLiteral("https://github.com/astral-sh/repos-uv"));
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("repos-uv"));
    QCOMPARE(field(item(0, 1).description()).trimmed(), QStringLiteral("Python 包管理器"));
    QVERIFY(item(0, 1).notes.star.isEmpty());
}

void TestLinkIntakeWindow::failureShowsItsReason() {
    const QString url = m_server.url(QStringLiteral("/gone"));
    m_editor->selectNode(test::itemNode(0, 0));
    paste(url);
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).url), url);
    QCOMPARE(field(item(0, 1).title), QStringLiteral("127.0.0.1/gone"));
    QCOMPARE(m_intake->failureOf({0, 1}), QStringLiteral("The server answered 404 Not Found."));
    QVERIFY2(m_statusBar->currentMessage().contains(QStringLiteral("404 Not Found")),
             qPrintable(m_statusBar->currentMessage()));
    // Selecting the item again shows the reason again.
    m_statusBar->clearMessage();
    m_editor->selectNode(test::itemNode(0, 0));
    m_editor->selectNode(test::itemNode(0, 1));
    QVERIFY(m_statusBar->currentMessage().contains(QStringLiteral("404 Not Found")));
    // A server that is not there.
    m_editor->selectNode(test::itemNode(0, 1));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    paste(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
    QVERIFY(waitForIdle());
    QCOMPARE(m_intake->failureOf({0, 2}), QStringLiteral("The server refused the connection."));
}

void TestLinkIntakeWindow::failureReasonInChinese() {
    // The fetcher's reasons were filed under another class's context in the .ts file, so the
    // Chinese interface showed them in English.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    m_editor->selectNode(test::itemNode(0, 0));
    paste(m_server.url(QStringLiteral("/gone")));
    QVERIFY(waitForIdle());
    grabForReview(QStringLiteral("failed"));
    m_editor->selectNode(test::itemNode(1, 0));
    paste(m_heldServer->url(QStringLiteral("/held")));
    QVERIFY(m_intake->isBusy({1, 1}));
    grabForReview(QStringLiteral("busy"));
    m_intake->cancelAll();
    m_editor->selectNode(test::itemNode(0, 1));
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(m_intake->failureOf({0, 1}), QStringLiteral("服务器返回 404 Not Found。"));
    QVERIFY2(
        m_statusBar->currentMessage().startsWith(QStringLiteral("无法获取此链接：服务器返回 404")),
        qPrintable(m_statusBar->currentMessage()));
}

void TestLinkIntakeWindow::addItemAndTypedUrlFetch() {
    // Add Item with a link on the clipboard.
    QApplication::clipboard()->setText(m_server.url(QStringLiteral("/article")));
    m_editor->selectNode(test::itemNode(0, 0));
    m_intake->addItem();
    QCOMPARE(field(item(0, 1).url), m_server.url(QStringLiteral("/article")));
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("Fetched & filled"));

    // Without one: an empty item; a URL typed into its URL field fetches.
    QApplication::clipboard()->setText(QStringLiteral("no link here"));
    m_editor->selectNode(test::itemNode(0, 1));
    m_intake->addItem();
    QCOMPARE(field(item(0, 2).title), QStringLiteral("New item"));
    QCOMPARE(m_intake->busyCount(), 0);
    QLineEdit *url = m_editor->formPanel()->itemForm()->urlField();
    url->setFocus();
    QTest::keyClicks(url, m_server.url(QStringLiteral("/article")));
    QCOMPARE(m_intake->busyCount(), 0); // not while typing
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_intake->busyCount(), 1);
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 2).title), QStringLiteral("Fetched & filled"));
    // An item with a title of its own does not fetch when its URL is typed.
    QLineEdit *title = m_editor->formPanel()->itemForm()->titleField();
    m_editor->selectNode(test::itemNode(0, 0));
    title->setFocus();
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, m_server.url(QStringLiteral("/article")));
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_intake->busyCount(), 0);
}

void TestLinkIntakeWindow::fetchesAreBounded() {
    QStringList links;
    for (int k = 0; k < 6; ++k)
        links << m_heldServer->url(QStringLiteral("/many%1").arg(k));
    m_editor->selectNode(test::itemNode(0, 0));
    paste(links.join(u'\n'));
    QCOMPARE(m_intake->busyCount(), 6);
    QCOMPARE(m_intake->runningCount(), LinkIntake::maximumRunning);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_heldServer->waiting() == LinkIntake::maximumRunning; }, 10000));
    QTest::qWait(200);
    QCOMPARE(m_heldServer->waiting(), LinkIntake::maximumRunning); // no more requests than that
    m_heldServer->release("/many0", page("zero", "0"));
    QVERIFY(QTest::qWaitFor([this] { return m_intake->busyCount() == 5; }, 10000));
    QCOMPARE(m_intake->runningCount(), LinkIntake::maximumRunning);
    for (int k = 1; k < 6; ++k) {
        QVERIFY(QTest::qWaitFor(
            [&] { return m_heldServer->waiting() > 0 || m_intake->busyCount() == 0; }, 10000));
        QTest::qWait(50);
        for (int j = 1; j < 6; ++j)
            m_heldServer->release(QStringLiteral("/many%1").arg(j).toLatin1(), page("n", "n"));
    }
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("zero"));
}

void TestLinkIntakeWindow::droppedLinkFillsIn() {
    // A link dragged from a browser onto the outline, below the first article.
    const QString url = m_server.url(QStringLiteral("/article"));
    QTreeView *outline = m_editor->outlineView();
    const QRect row = outline->visualRect(m_editor->outlineModel()->indexFor(test::itemNode(0, 0)));
    const QPoint below(row.center().x(), row.bottom() - 1);
    QMimeData data;
    data.setUrls({QUrl(url)});
    QDragEnterEvent enter(below, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &enter);
    QDragMoveEvent move(below, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(below), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(outline->viewport(), &drop);
    m_editor->selectNode(test::itemNode(0, 0));
    QCOMPARE(m_editor->session()->document().sections()[0].items.size(), 2);
    QCOMPARE(field(item(0, 1).url), url);
    QCOMPARE(m_intake->busyCount(), 1);
    QVERIFY(waitForIdle());
    QCOMPARE(field(item(0, 1).title), QStringLiteral("Fetched & filled"));
    // Moving an item in the outline (a structural edit, no drop) fetches nothing.
    m_editor->moveItemDown();
    QCOMPARE(m_intake->busyCount(), 0);
}

void TestLinkIntakeWindow::inTheMainWindow() {
    // The real window: Ctrl+V in its outline reaches the intake before the Edit menu's Paste,
    // Add Item takes the clipboard's link, and Issue ▸ Refresh Stars is there.
    DocumentManager documents;
    auto *window = new MainWindow(&documents);
    window->session()->setContents(issueWith(QStringLiteral("https://github.com/astral-sh")),
                                   QString(), QStringLiteral("\n"), false);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    IssueEditor *editor = window->editor();
    const auto &sections = [editor] { return editor->session()->document().sections(); };
    editor->selectNode(test::itemNode(0, 0));
    editor->outlineView()->setFocus();
    QApplication::clipboard()->setText(m_server.url(QStringLiteral("/article")));
    QTest::keyClick(editor->outlineView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(sections()[0].items.size(), 2);
    QVERIFY(QTest::qWaitFor([window] { return window->linkIntake()->busyCount() == 0; }, 20000));
    const QString &text = editor->session()->document().text();
    QVERIFY(text.contains(QStringLiteral("2、[Fetched & filled](") +
                          m_server.url(QStringLiteral("/article")) + u')'));
    QAction *addItem = nullptr;
    QAction *refreshStars = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Add Item"))
                addItem = action;
            if (action->text() == QStringLiteral("Refresh S&tars"))
                refreshStars = action;
        }
    }
    QVERIFY(addItem && refreshStars);
    addItem->trigger();
    QCOMPARE(sections()[0].items.size(), 3);
    QVERIFY(QTest::qWaitFor([window] { return window->linkIntake()->busyCount() == 0; }, 20000));
    QSignalSpy refreshed(window->starRefresh(), &StarRefresh::finished);
    refreshStars->trigger();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(editor->session()->document().text().contains(QStringLiteral("（star 18.5K）")));
    window->session()->textDocument()->setModified(false);
    delete window;
}

void TestLinkIntakeWindow::refreshStarsChangesOnlyTheNumbers() {
    const QString original = text();
    StarRefresh refresh(m_editor->session(), m_intake->network(), m_window);
    QSignalSpy finished(&refresh, &StarRefresh::finished);
    refresh.start();
    QVERIFY(refresh.progressDialog());
    QVERIFY(finished.wait(20000));
    QString expected = original;
    // 18,512 is 18.5K; 30,190 is 30.2K as written already.
    expected.replace(QStringLiteral("（star 1K）"), QStringLiteral("（star 18.5K）"));
    QCOMPARE(text(), expected);
    QCOMPARE(finished.first().at(0).toString(),
             QStringLiteral("Refreshed the stars: 1 number(s) changed."));
    m_editor->undo();
    QCOMPARE(text(), original);

    // Two numbers change, still one undo step; the plain project is not asked for.
    m_server.route("/api/repos/astral-sh/repos-ruff",
                   {200,
                    "OK",
                    {{"Content-Type", "application/json"}},
                    R"({"name":"repos-ruff","stargazers_count":748})",
                    false});
    m_server.requests.clear();
    refresh.start();
    QVERIFY(finished.wait(20000));
    expected = original;
    expected.replace(QStringLiteral("（star 1K）"), QStringLiteral("（star 18.5K）"));
    expected.replace(QStringLiteral("（star 30.2K）"), QStringLiteral("（star 748）"));
    QCOMPARE(text(), expected);
    QCOMPARE(m_server.requests.size(), 2);
    m_editor->undo();
    QCOMPARE(text(), original);
}

void TestLinkIntakeWindow::cancelledRefreshChangesNothing() {
    m_editor->session()->setContents(issueWith(QStringLiteral("https://github.com/gh")), QString(),
                                     QStringLiteral("\n"), false);
    Settings::instance().setGithubApiUrl(m_heldServer->url(QStringLiteral("/api")));
    const QString original = text();
    StarRefresh refresh(m_editor->session(), m_intake->network(), m_window);
    QSignalSpy finished(&refresh, &StarRefresh::finished);
    refresh.start();
    QVERIFY(QTest::qWaitFor([this] { return m_heldServer->waiting() == 2; }, 10000));
    QVERIFY(refresh.progressDialog());
    // The dialog's own Cancel button.
    auto *cancel = refresh.progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(),
             QStringLiteral("Refresh Stars was cancelled: nothing was changed."));
    m_heldServer->release("/api/repos/gh/repos-uv", R"({"stargazers_count":5})");
    QTest::qWait(300);
    QCOMPARE(text(), original);
    QVERIFY(!refresh.isRunning());
}

QTEST_MAIN(TestLinkIntakeWindow)
#include "tst_linkintakewindow.moc"
