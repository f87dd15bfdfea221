// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox of candidate links (without widgets): URLs found in pasted text, fetched against a
// local HTTP server (127.0.0.1 only) a bounded number at a time, hidden while the issue has
// them, its file beside the issue, and the items it makes.
#include "documentedits.h"
#include "inboxfile.h"
#include "linkidentity.h"
#include "linkinbox.h"
#include "linkitem.h"
#include "localhttpserver.h"
#include "testsupport.h"

#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;
using Answer = test::LocalHttpServer::Answer;

namespace {

QStringList column(const LinkInbox &inbox, int role) {
    QStringList values;
    for (int row = 0; row < inbox.rowCount(); ++row)
        values << inbox.index(row).data(role).toString();
    return values;
}

QStringList titles(const LinkInbox &inbox) {
    QStringList values;
    for (int row = 0; row < inbox.rowCount(); ++row)
        values << inbox.linkAt(row).link.title;
    return values;
}

} // namespace

class TestLinkInbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void urlsInText_data();
    void urlsInText();
    void fetchesAndListsTitles();
    void fetchesABoundedNumberAtOnce();
    void duplicatesAndTakenLinks();
    void dragCarriesTheLinks();
    void fileRoundTrip();
    void badFilesAreReported_data();
    void badFilesAreReported();
    void itemsAsTheNewsletterWritesThem();

private:
    test::LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    LinkFetcher *m_fetcher = nullptr;
    // For the links to made-up hosts: through the local server as a proxy, which answers 404
    // to each, so no name is looked up and nothing leaves the machine.
    QNetworkAccessManager m_proxied;
    LinkFetcher *m_offline = nullptr;
};

void TestLinkInbox::initTestCase() {
    qRegisterMetaType<LinkResult>();
    m_fetcher = new LinkFetcher(&m_network, this);
    LinkFetcher::Options options;
    options.githubApi = QUrl(m_server.url(QStringLiteral("/api")));
    options.timeoutMs = 60000; // the silent routes are cancelled, never timed out
    m_fetcher->setOptions(options);
    m_proxied.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                     quint16(QUrl(m_server.url("/")).port())));
    m_offline = new LinkFetcher(&m_proxied, this);
    m_server.route("/a", {200, "OK", {}, "<title>Page A</title>"});
    m_server.route("/b", {200, "OK", {}, "<meta property=\"og:title\" content=\"Page B\">"});
    m_server.route("/silent1", {200, "OK", {}, {}, true});
    m_server.route("/silent2", {200, "OK", {}, {}, true});
    m_server.route("/silent3", {200, "OK", {}, {}, true});
}

void TestLinkInbox::urlsInText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("one a line")
        << "https://a.example/1\r\nhttp://b.example/2\n\n  https://c.example/3  \n"
        << QStringList{"https://a.example/1", "http://b.example/2", "https://c.example/3"};
    QTest::newRow("a browser's tabs")
        << "Why uv - "
           "Astral\nhttps://astral.sh/blog/uv?ref=x&utm_source=y\nGitHub\thttps://github.com/a/b"
        << QStringList{"https://astral.sh/blog/uv?ref=x&utm_source=y", "https://github.com/a/b"};
    QTest::newRow("running text")
        << "See https://a.example/post, and (https://b.example/x). Also [t](https://c.example/y)!"
        << QStringList{"https://a.example/post", "https://b.example/x", "https://c.example/y"};
    QTest::newRow("chinese text") << "推荐一篇文章https://a.example/p，还有https://b.example/q。"
                                  << QStringList{"https://a.example/p", "https://b.example/q"};
    QTest::newRow("parentheses inside")
        << "https://en.wikipedia.org/wiki/Python_(programming_language)"
        << QStringList{"https://en.wikipedia.org/wiki/Python_(programming_language)"};
    QTest::newRow("no web address")
        << "ftp://a.example/x mailto:a@b.example https:// nothing" << QStringList{};
}

void TestLinkInbox::urlsInText() {
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QCOMPARE(LinkInbox::urlsInText(text), urls);
}

void TestLinkInbox::fetchesAndListsTitles() {
    LinkInbox inbox(m_fetcher);
    QSignalSpy changed(&inbox, &LinkInbox::linksChanged);
    const auto added = inbox.addText(m_server.url("/a") + u'\n' + m_server.url("/b") + u' ' +
                                     m_server.url("/missing"));
    QCOMPARE(added.added, 3);
    QCOMPARE(inbox.rowCount(), 3);
    QCOMPARE(inbox.busyCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(inbox.busyCount(), 0, 20000);
    QCOMPARE(titles(inbox), (QStringList{"Page A", "Page B", QString()}));
    QCOMPARE(inbox.linkAt(0).state, InboxLink::State::Ready);
    QCOMPARE(inbox.linkAt(2).state, InboxLink::State::Failed);
    // The list shows the title and the URL, or the reason it failed.
    QCOMPARE(inbox.index(0).data().toString(), "Page A\n" + m_server.url("/a"));
    QCOMPARE(inbox.index(2).data().toString(),
             m_server.url("/missing") + QStringLiteral("\nThe server answered 404 Not Found."));
    QVERIFY(changed.size() >= 4); // added, and each fetch
}

void TestLinkInbox::fetchesABoundedNumberAtOnce() {
    LinkInbox inbox(m_fetcher);
    inbox.setMaximumRunning(2);
    const qsizetype before = m_server.requests.size();
    inbox.addText(m_server.url("/silent1") + u'\n' + m_server.url("/silent2") + u'\n' +
                  m_server.url("/silent3") + u'\n' + m_server.url("/a"));
    QTRY_COMPARE(m_server.requests.size() - before, 2);
    QTest::qWait(200); // no third request comes while two are open
    QCOMPARE(m_server.requests.size() - before, 2);
    QCOMPARE(m_fetcher->running(), 2);
    QCOMPARE(column(inbox, LinkInbox::StateRole),
             (QStringList{"1", "1", "0", "0"})); // Fetching, Fetching, Waiting, Waiting
    QCOMPARE(inbox.index(2).data().toString(),
             m_server.url("/silent3") + QStringLiteral("\nWaiting…"));
    inbox.remove(0); // its fetch is cancelled; the next one starts
    QTRY_COMPARE(m_server.requests.size() - before, 3);
    QCOMPARE(m_server.requests.last(), QByteArray("GET /silent3"));
    inbox.clear();
    QTRY_COMPARE(m_fetcher->running(), 0);
}

void TestLinkInbox::duplicatesAndTakenLinks() {
    LinkInbox inbox(m_offline);
    inbox.setTakenUrls({normalizedUrl(QStringLiteral("https://in.example/issue"))});
    const auto added =
        inbox.addText(QStringLiteral("https://x.example/1 https://www.X.example/1/ "
                                     "https://in.example/issue#top http://x.example/2"));
    QCOMPARE(added.added, 2);
    QCOMPARE(added.duplicates, 2);
    QCOMPARE(column(inbox, LinkInbox::UrlRole),
             (QStringList{"https://x.example/1", "http://x.example/2"}));
    // The issue gets x.example/1 (any form of it): hidden, and back in its place when the
    // issue no longer has it (the item was undone).
    inbox.setTakenUrls({normalizedUrl(QStringLiteral("https://x.example/1?utm_source=feed"))});
    QCOMPARE(column(inbox, LinkInbox::UrlRole), QStringList{"http://x.example/2"});
    QCOMPARE(inbox.links().size(), 2);
    QCOMPARE(inbox.addUrls({QStringLiteral("https://x.example/1")}).duplicates, 1);
    inbox.setTakenUrls({});
    QCOMPARE(column(inbox, LinkInbox::UrlRole),
             (QStringList{"https://x.example/1", "http://x.example/2"}));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.busyCount(), 0, 20000);
    QVERIFY(m_server.requests.contains("GET http://x.example/2")); // asked of the local proxy
    QCOMPARE(inbox.linkAt(1).state, InboxLink::State::Failed);
    inbox.clear();
}

void TestLinkInbox::dragCarriesTheLinks() {
    LinkInbox inbox(m_fetcher);
    inbox.addText(m_server.url("/a") + u'\n' + m_server.url("/b"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.busyCount(), 0, 20000);
    std::unique_ptr<QMimeData> data(inbox.mimeData({inbox.index(1)}));
    QVERIFY(data);
    QCOMPARE(LinkInbox::mimeType(), QStringLiteral("application/x-weekly-composer-links"));
    const QList<LinkResult> links = LinkInbox::decodeLinks(data->data(LinkInbox::mimeType()));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].url, m_server.url("/b"));
    QCOMPARE(links[0].title, QStringLiteral("Page B"));
    QCOMPARE(data->urls(), QList<QUrl>{QUrl(m_server.url("/b"))});
    QCOMPARE(data->text(), m_server.url("/b"));
    QVERIFY(LinkInbox::decodeLinks("garbage").isEmpty());
    // The inbox takes a drop of other text with links, but not its own rows.
    QVERIFY(!inbox.canDropMimeData(data.get(), Qt::CopyAction, -1, 0, {}));
    QMimeData tabs;
    tabs.setText(QStringLiteral("a tab %1 and %2").arg(m_server.url("/x"), m_server.url("/y")));
    QVERIFY(inbox.dropMimeData(&tabs, Qt::CopyAction, -1, 0, {}));
    QCOMPARE(inbox.rowCount(), 4);
    inbox.clear();
    QCOMPARE(inbox.rowCount(), 0);
}

void TestLinkInbox::fileRoundTrip() {
    QCOMPARE(InboxFile::pathFor(QStringLiteral("/n/2026-11-21-weekly.md")),
             QStringLiteral("/n/2026-11-21-weekly.inbox.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("i.inbox.json"));
    QVERIFY(!InboxFile::read(path).exists);
    QList<InboxLink> links(3);
    links[0].link.url = QStringLiteral("https://github.com/astral-sh/uv");
    links[0].link.title = QStringLiteral("uv");
    links[0].link.description = QStringLiteral("极快的 \"包管理器\"");
    links[0].link.stars = 18500;
    links[0].state = InboxLink::State::Ready;
    links[1].link.url = QStringLiteral("https://a.example/waiting");
    links[2].link.url = QStringLiteral("https://a.example/failed");
    links[2].link.title = QStringLiteral("partial");
    links[2].link.error = QStringLiteral("timeout");
    links[2].state = InboxLink::State::Failed;
    QVERIFY(InboxFile::write(path, links));
    const QByteArray bytes = test::readBytes(path);
    QVERIFY(bytes.contains("\"format\": \"weekly-composer-inbox\""));
    QVERIFY(bytes.contains("极快的"));   // UTF-8 as it is, readable
    QVERIFY(!bytes.contains("partial")); // what a failed fetch left is fetched again
    const InboxFile::Loaded loaded = InboxFile::read(path);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.links.size(), 3);
    QCOMPARE(loaded.links[0].link.description, links[0].link.description);
    QCOMPARE(loaded.links[0].link.stars, 18500);
    QVERIFY(loaded.links[0].link.isGithubRepository);
    QCOMPARE(loaded.links[0].state, InboxLink::State::Ready);
    QCOMPARE(loaded.links[1].state, InboxLink::State::Waiting);
    QCOMPARE(loaded.links[2].state, InboxLink::State::Waiting);
    QVERIFY(loaded.links[2].link.title.isEmpty());
    // Unchanged links give the same bytes (no churn in git).
    QCOMPARE(InboxFile::toJson(loaded.links), InboxFile::toJson(InboxFile::read(path).links));
}

void TestLinkInbox::badFilesAreReported_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray(
                                     "{\n  \"format\": \"weekly-composer-inbox\",\n  oops\n}")
                              << "is not valid JSON (line 3:";
    QTest::newRow("another file") << QByteArray("{\"links\": []}")
                                  << "is not an inbox of Weekly Composer";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "is not an inbox of Weekly Composer";
    QTest::newRow("no url") << QByteArray(
                                   "{\"format\": \"weekly-composer-inbox\", \"links\": [{\"url\": "
                                   "\"https://a.example\"}, {\"title\": \"x\"}]}")
                            << "link 2 has no web address";
    QTest::newRow("newer") << QByteArray("{\"format\": \"weekly-composer-inbox\", \"version\": 2, "
                                         "\"links\": []}")
                           << "newer Weekly Composer (inbox version 2)";
}

void TestLinkInbox::badFilesAreReported() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.path(), QStringLiteral("x.inbox.json"), bytes);
    const InboxFile::Loaded loaded = InboxFile::read(path);
    QVERIFY(loaded.exists);
    QVERIFY2(loaded.error.contains(message), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(path));
    QVERIFY(loaded.links.isEmpty());
}

void TestLinkInbox::itemsAsTheNewsletterWritesThem() {
    // The item inserted into a section reads exactly as `link` prints it (itemMarkdown).
    const QString text = QStringLiteral(
        "# 周刊\n\n## 🦄文章&教程\n\n1、[旧](https://old.example)\n\n旧的。\n\n"
        "## 🐿️项目&资源\n\n1、[ruff：检查器](https://github.com/a/ruff)\n\n"
        "快（star 30K）\n");
    const NewsletterProfile profile = NewsletterProfile::defaults();
    LinkResult article;
    article.url = QStringLiteral("https://a.example/post");
    article.title = QStringLiteral("A [bracketed] *title*");
    article.description = QStringLiteral("Uses _under_ scores.");
    LinkResult project;
    project.url = QStringLiteral("https://github.com/astral-sh/uv");
    project.isGithubRepository = true;
    project.title = QStringLiteral("uv");
    project.description = QStringLiteral("极快的包管理器");
    project.stars = 16554;
    const std::pair<int, LinkResult> cases[] = {{0, article}, {1, project}};
    for (const auto &[section, link] : cases) {
        const IssueDocument document = test::parseText(text);
        const SectionKind kind =
            profile.kindOf(document.sectionLabel(document.sections()[section]));
        const Edit edit =
            DocumentEdits(document).insertItem(section, 1, newItemFor(link, kind, profile));
        const IssueDocument after = test::parseText(applyEdit(text, edit));
        const ItemNode &item = after.sections()[section].items[1];
        const QString written =
            after.text().mid(item.begin, item.end - item.begin).trimmed() + u'\n';
        QCOMPARE(written, link.itemMarkdown(kind, profile, 2).trimmed() + u'\n');
    }
    QCOMPARE(profile.kindOf(QStringLiteral("🐿️项目&资源")), SectionKind::Projects);
}

QTEST_GUILESS_MAIN(TestLinkInbox)
#include "tst_linkinbox.moc"
