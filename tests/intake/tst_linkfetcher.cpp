// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching links against a local HTTP server (127.0.0.1 only): Open Graph, Twitter cards,
// title only, GBK, redirects, relative images, entities, a 404, a server that never
// answers, a 20 MB page, a PDF, and a fake GitHub API (a repository, a 404, a rate limit).
#include "linkfetcher.h"
#include "localhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>

using namespace wc;
using Answer = test::LocalHttpServer::Answer;

class TestLinkFetcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openGraphPage();
    void titleOnlyAndTwitter();
    void gbkPage();
    void redirectChainUpToFive();
    void repeatedContentTypeIsThePagesOwn();
    void notFoundAndRefused();
    void silentServerTimesOut();
    void hugePageReadsOneMegabyte();
    void pdfTakesItsFileName();
    void githubRepository();
    void githubNotFoundAndRateLimit();
    void cancelEndsTheFetch();
    void severalAtOnce();
    void itemMarkdown();

private:
    LinkResult fetchOne(const QString &url);
    test::LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    LinkFetcher *m_fetcher = nullptr;
};

LinkResult TestLinkFetcher::fetchOne(const QString &url) {
    QSignalSpy spy(m_fetcher, &LinkFetcher::finished);
    const quint64 id = m_fetcher->fetch(url);
    if (!spy.wait(20000))
        qFatal("no answer for %s", qPrintable(url));
    [&] { QCOMPARE(spy.first().at(0).toULongLong(), id); }();
    return spy.first().at(1).value<LinkResult>();
}

void TestLinkFetcher::initTestCase() {
    qRegisterMetaType<LinkResult>();
    m_fetcher = new LinkFetcher(&m_network, this);
    LinkFetcher::Options options;
    QCOMPARE(options.timeoutMs, 10000);
    QCOMPARE(options.maximumRedirects, 5);
    QCOMPARE(options.maximumBytes, 1024 * 1024);
    options.githubApi = QUrl(m_server.url(QStringLiteral("/api")));
    options.githubToken = QStringLiteral("secret-token");
    options.timeoutMs = 1500; // the silent server's test waits this long
    m_fetcher->setOptions(options);

    m_server.route(
        "/og",
        {200,
         "OK",
         {{"Content-Type", "text/html; charset=utf-8"}},
         "<html><head><title>Plain</title><meta property=\"og:title\" content=\"Tom &amp; Jerry\">"
         "<meta property=\"og:description\" content=\"A  *bold* _claim_\n here\">"
         "<meta property=\"og:image\" content=\"/img/cover.png\"></head></html>"});
    m_server.route("/title", {200, "OK", {}, "<title> Just a title </title>"});
    m_server.route(
        "/twitter",
        {200, "OK", {}, "<meta name=\"twitter:title\" content=\"Card\"><title>Plain</title>"});
    QStringEncoder gbk("GBK");
    m_server.route("/gbk",
                   {200,
                    "OK",
                    {{"Content-Type", "text/html; charset=gbk"}},
                    "<title>" + QByteArray(gbk.encode(QStringLiteral("中文页面"))) + "</title>"});
    for (int i = 1; i <= 6; ++i)
        m_server.route("/r" + QByteArray::number(i),
                       {302, "Found", {{"Location", "/r" + QByteArray::number(i + 1)}}, {}});
    m_server.route("/r7", {200, "OK", {}, "<title>End of the chain</title>"});
    // Two Content-Type headers, which Qt joins with ", " as it does (sometimes) for a redirect's
    // and the final answer's: the page is still read as GBK HTML.
    m_server.route("/twice",
                   {200,
                    "OK",
                    {{"Content-Type", "text/html"}, {"Content-Type", "text/html; charset=gbk"}},
                    "<title>" + QByteArray(gbk.encode(QStringLiteral("两个头"))) + "</title>"});
    m_server.route("/silent", {200, "OK", {}, {}, true});
    m_server.route("/huge",
                   {200, "OK", {}, "<title>Huge</title>" + QByteArray(20 * 1024 * 1024, 'x')});
    m_server.route("/files/report.pdf",
                   {200, "OK", {{"Content-Type", "application/pdf"}}, "%PDF-1.4 ..."});
    m_server.route("/api/repos/astral-sh/uv",
                   {200,
                    "OK",
                    {{"Content-Type", "application/json"}},
                    R"({"name": "uv", "description": "An extremely fast Python package manager.",
                                                   "stargazers_count": 16554})"});
    m_server.route("/api/repos/astral-sh/limited",
                   {403,
                    "Forbidden",
                    {{"X-RateLimit-Remaining", "0"}, {"Content-Type", "application/json"}},
                    "{}"});
}

void TestLinkFetcher::openGraphPage() {
    const LinkResult result = fetchOne(m_server.url(QStringLiteral("/og")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.title, QStringLiteral("Tom & Jerry"));
    QCOMPARE(result.description, QStringLiteral("A *bold* _claim_ here"));
    QCOMPARE(result.image, m_server.url(QStringLiteral("/img/cover.png")));
    QVERIFY(!result.isGithubRepository);
}

void TestLinkFetcher::titleOnlyAndTwitter() {
    QCOMPARE(fetchOne(m_server.url(QStringLiteral("/title"))).title,
             QStringLiteral("Just a title"));
    QCOMPARE(fetchOne(m_server.url(QStringLiteral("/twitter"))).title, QStringLiteral("Card"));
}

void TestLinkFetcher::gbkPage() {
    QCOMPARE(fetchOne(m_server.url(QStringLiteral("/gbk"))).title, QStringLiteral("中文页面"));
}

void TestLinkFetcher::redirectChainUpToFive() {
    // /r2 → … → /r7 is five redirects: followed.
    const LinkResult five = fetchOne(m_server.url(QStringLiteral("/r2")));
    QVERIFY2(five.error.isEmpty(), qPrintable(five.error));
    QCOMPARE(five.title, QStringLiteral("End of the chain"));
    QCOMPARE(five.finalUrl, m_server.url(QStringLiteral("/r7")));
    // /r1 needs six: refused, with the reason.
    const LinkResult six = fetchOne(m_server.url(QStringLiteral("/r1")));
    QVERIFY(six.error.contains(QStringLiteral("redirect")));
    QVERIFY(six.title.isEmpty());
}

void TestLinkFetcher::repeatedContentTypeIsThePagesOwn() {
    // CI saw the redirect chain titled "r7" (its file name) because the reply's Content-Type
    // read "text/html, text/html", which was not taken for HTML.
    const LinkResult result = fetchOne(m_server.url(QStringLiteral("/twice")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.title, QStringLiteral("两个头"));
}

void TestLinkFetcher::notFoundAndRefused() {
    const LinkResult missing = fetchOne(m_server.url(QStringLiteral("/nothing-here")));
    QVERIFY(missing.error.contains(QStringLiteral("404")));
    QCOMPARE(missing.url, m_server.url(QStringLiteral("/nothing-here")));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(fetchOne(QStringLiteral("http://127.0.0.1:%1/").arg(port))
                .error.contains(QStringLiteral("refused")));
    QVERIFY(fetchOne(QStringLiteral("ftp://example.com/")).error.contains(QStringLiteral("http")));
}

void TestLinkFetcher::silentServerTimesOut() {
    const LinkResult result = fetchOne(m_server.url(QStringLiteral("/silent")));
    QVERIFY2(result.error.startsWith(QStringLiteral("No answer within 2 second")),
             qPrintable(result.error));
}

void TestLinkFetcher::hugePageReadsOneMegabyte() {
    const LinkResult result = fetchOne(m_server.url(QStringLiteral("/huge")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.title, QStringLiteral("Huge"));
}

void TestLinkFetcher::pdfTakesItsFileName() {
    const LinkResult result = fetchOne(m_server.url(QStringLiteral("/files/report.pdf")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.title, QStringLiteral("report.pdf"));
}

void TestLinkFetcher::githubRepository() {
    m_server.requests.clear();
    const LinkResult result = fetchOne(QStringLiteral("https://github.com/astral-sh/uv/tree/main"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.isGithubRepository);
    QCOMPARE(result.title, QStringLiteral("uv"));
    QCOMPARE(result.description, QStringLiteral("An extremely fast Python package manager."));
    QCOMPARE(result.stars, 16554);
    QCOMPARE(m_server.requests,
             QList<QByteArray>{"GET /api/repos/astral-sh/uv | Authorization: Bearer secret-token"});
}

void TestLinkFetcher::githubNotFoundAndRateLimit() {
    const LinkResult missing = fetchOne(QStringLiteral("https://github.com/astral-sh/nope"));
    QVERIFY(missing.error.contains(QStringLiteral("no repository")));
    const LinkResult limited = fetchOne(QStringLiteral("https://github.com/astral-sh/limited"));
    QVERIFY2(limited.error.contains(QStringLiteral("rate limit")), qPrintable(limited.error));
    QVERIFY(!limited.stars);
    QCOMPARE(limited.title, QStringLiteral("limited"));
}

void TestLinkFetcher::cancelEndsTheFetch() {
    QSignalSpy spy(m_fetcher, &LinkFetcher::finished);
    const quint64 id = m_fetcher->fetch(m_server.url(QStringLiteral("/silent")));
    QTest::qWait(50);
    m_fetcher->cancel(id); // may report at once, from within cancel()
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QCOMPARE(spy.first().at(1).value<LinkResult>().error, QStringLiteral("Cancelled."));
    QCOMPARE(m_fetcher->running(), 0);
}

void TestLinkFetcher::severalAtOnce() {
    QSignalSpy spy(m_fetcher, &LinkFetcher::finished);
    QSet<quint64> ids;
    for (const char *path : {"/og", "/title", "/gbk", "/twitter"})
        ids.insert(m_fetcher->fetch(m_server.url(QString::fromLatin1(path))));
    QCOMPARE(m_fetcher->running(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 4, 10000);
    QSet<quint64> finished;
    for (const auto &arguments : spy)
        finished.insert(arguments.at(0).toULongLong());
    QCOMPARE(finished, ids);
}

void TestLinkFetcher::itemMarkdown() {
    const NewsletterProfile profile = NewsletterProfile::defaults();
    LinkResult article;
    article.url = QStringLiteral("https://a.example/p");
    article.title = QStringLiteral("Why [uv] is *fast*");
    article.description = QStringLiteral("It is_written in Rust.");
    QCOMPARE(
        article.itemMarkdown(SectionKind::Articles, profile, 3),
        QStringLiteral(
            "3、[Why \\[uv\\] is \\*fast\\*](https://a.example/p)\n\nIt is\\_written in Rust.\n"));
    LinkResult project;
    project.url = QStringLiteral("https://github.com/astral-sh/uv");
    project.isGithubRepository = true;
    project.title = QStringLiteral("uv");
    project.description = QStringLiteral("A fast package manager");
    project.stars = 16554;
    QCOMPARE(project.itemMarkdown(SectionKind::Projects, profile),
             QStringLiteral("1、[uv：A fast package "
                            "manager](https://github.com/astral-sh/uv)\n\n（star 16.6K）\n"));
    // In an articles section a repository is an ordinary link.
    QCOMPARE(
        project.itemMarkdown(SectionKind::Articles, profile),
        QStringLiteral("1、[uv](https://github.com/astral-sh/uv)\n\nA fast package manager\n"));
}

QTEST_GUILESS_MAIN(TestLinkFetcher)
#include "tst_linkfetcher.moc"
