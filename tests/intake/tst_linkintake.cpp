// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Star counts, URL normalisation, GitHub repository URLs and the HTML metadata scan.
#include "fieldtext.h"
#include "linkidentity.h"
#include "pagemetadata.h"
#include "starcount.h"

#include <QStringEncoder>
#include <QTest>

using namespace wc;

class TestLinkIntake : public QObject {
    Q_OBJECT

private slots:
    void stars_data();
    void stars();
    void normalizedUrls_data();
    void normalizedUrls();
    void githubRepositories_data();
    void githubRepositories();
    void openGraphFirst();
    void twitterCardsThenTitle();
    void gbkAndGb18030Pages();
    void entitiesWhitespaceAndRelativeImages();
    void malformedHtmlGivesWhatCanBeRead();
    void controlCharactersAreDropped();
    void imageWithoutAHostIsDropped();
    void markdownEscaping();
};

void TestLinkIntake::stars_data() {
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("written");
    QTest::newRow("0") << qint64(0) << "0";
    QTest::newRow("748") << qint64(748) << "748";
    QTest::newRow("999") << qint64(999) << "999";
    QTest::newRow("1000") << qint64(1000) << "1K";
    QTest::newRow("1049") << qint64(1049) << "1K";
    QTest::newRow("1050") << qint64(1050) << "1.1K";
    QTest::newRow("8912") << qint64(8912) << "8.9K";
    QTest::newRow("16554") << qint64(16554) << "16.6K";
    QTest::newRow("18500") << qint64(18500) << "18.5K";
    QTest::newRow("99949") << qint64(99949) << "99.9K";
    QTest::newRow("99950") << qint64(99950) << "100K";
    QTest::newRow("101400") << qint64(101400) << "101K";
    QTest::newRow("101500") << qint64(101500) << "102K";
    QTest::newRow("1234567") << qint64(1234567) << "1235K";
}

void TestLinkIntake::stars() {
    QFETCH(qint64, count);
    QFETCH(QString, written);
    QCOMPARE(formatStars(count), written);
}

void TestLinkIntake::normalizedUrls_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("scheme and host case") << "HTTPS://Example.COM/a"
                                          << "https://example.com/a" << true;
    QTest::newRow("www") << "https://www.example.com/a"
                         << "https://example.com/a" << true;
    QTest::newRow("http is https") << "http://example.com/a"
                                   << "https://example.com/a" << true;
    QTest::newRow("fragment") << "https://example.com/a#part"
                              << "https://example.com/a" << true;
    QTest::newRow("utm") << "https://example.com/a?utm_source=x&id=3&utm_medium=y"
                         << "https://example.com/a?id=3" << true;
    QTest::newRow("trailing slash") << "https://example.com/a/"
                                    << "https://example.com/a" << true;
    QTest::newRow("github case") << "https://github.com/Astral-SH/UV"
                                 << "https://github.com/astral-sh/uv" << true;
    QTest::newRow("github .git") << "https://github.com/astral-sh/uv.git"
                                 << "https://github.com/astral-sh/uv" << true;
    QTest::newRow("github branch page") << "https://github.com/astral-sh/uv/tree/main"
                                        << "https://github.com/astral-sh/uv" << true;
    QTest::newRow("github file") << "https://github.com/astral-sh/uv/blob/main/README.md"
                                 << "https://github.com/astral-sh/uv" << false;
    QTest::newRow("path case elsewhere") << "https://example.com/A"
                                         << "https://example.com/a" << false;
    QTest::newRow("other query") << "https://example.com/a?id=4"
                                 << "https://example.com/a?id=3" << false;
    QTest::newRow("other path") << "https://example.com/a/b"
                                << "https://example.com/a" << false;
}

void TestLinkIntake::normalizedUrls() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(normalizedUrl(a) == normalizedUrl(b), same);
}

void TestLinkIntake::githubRepositories_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("repository");
    QTest::newRow("plain") << "https://github.com/astral-sh/uv"
                           << "astral-sh/uv";
    QTest::newRow("tree") << "https://github.com/astral-sh/uv/tree/main/docs"
                          << "astral-sh/uv";
    QTest::newRow(".git") << "https://github.com/astral-sh/uv.git"
                          << "astral-sh/uv";
    QTest::newRow("slash") << "https://github.com/astral-sh/uv/"
                           << "astral-sh/uv";
    QTest::newRow("query") << "https://github.com/astral-sh/uv?tab=readme"
                           << "astral-sh/uv";
    QTest::newRow("www") << "http://www.github.com/a/b"
                         << "a/b";
    QTest::newRow("topics") << "https://github.com/topics/python"
                            << "";
    QTest::newRow("orgs") << "https://github.com/orgs/astral-sh/repositories"
                          << "";
    QTest::newRow("user") << "https://github.com/astral-sh"
                          << "";
    QTest::newRow("gist") << "https://gist.github.com/a/123"
                          << "";
    QTest::newRow("other host") << "https://gitlab.com/a/b"
                                << "";
}

void TestLinkIntake::githubRepositories() {
    QFETCH(QString, url);
    QFETCH(QString, repository);
    const auto found = githubRepository(url);
    QCOMPARE(found ? found->owner + u'/' + found->name : QString(), repository);
}

void TestLinkIntake::openGraphFirst() {
    const QByteArray page = "<html><head><title>Plain title</title>"
                            "<meta name=\"twitter:title\" content=\"Twitter title\">"
                            "<meta property=\"og:title\" content=\"OG title\">"
                            "<meta name=\"description\" content=\"Plain description\">"
                            "<meta property='og:description' content='OG description'>"
                            "<meta property=og:image content=https://img.example/a.png>"
                            "</head><body></body></html>";
    const PageMetadata metadata = scanPageMetadata(page, QStringLiteral("text/html"),
                                                   QUrl(QStringLiteral("https://a.example/p")));
    QCOMPARE(metadata.title, QStringLiteral("OG title"));
    QCOMPARE(metadata.description, QStringLiteral("OG description"));
    QCOMPARE(metadata.image, QStringLiteral("https://img.example/a.png"));
}

void TestLinkIntake::twitterCardsThenTitle() {
    const QUrl url(QStringLiteral("https://a.example/p"));
    const PageMetadata twitter = scanPageMetadata(
        "<meta name=\"twitter:title\" content=\"T\"><meta name=\"twitter:description\" "
        "content=\"D\"><meta name=\"twitter:image\" content=\"/i.png\"><title>X</title>",
        QStringLiteral("text/html"), url);
    QCOMPARE(twitter.title, QStringLiteral("T"));
    QCOMPARE(twitter.description, QStringLiteral("D"));
    QCOMPARE(twitter.image, QStringLiteral("https://a.example/i.png"));
    const PageMetadata plain =
        scanPageMetadata("<title>Only\n   a   title</title>", QString(), url);
    QCOMPARE(plain.title, QStringLiteral("Only a title"));
    QVERIFY(plain.description.isEmpty());
}

void TestLinkIntake::gbkAndGb18030Pages() {
    const QString title = QStringLiteral("中文标题：你好");
    QStringEncoder gbk("GBK");
    QVERIFY(gbk.isValid());
    const QByteArray encoded = gbk.encode(title);
    const QUrl url(QStringLiteral("https://a.example/"));
    // From the header.
    QCOMPARE(scanPageMetadata("<title>" + encoded + "</title>",
                              QStringLiteral("text/html; charset=GBK"), url)
                 .title,
             title);
    // From <meta charset>, and from http-equiv.
    QCOMPARE(scanPageMetadata("<meta charset=\"gb2312\"><title>" + encoded + "</title>",
                              QStringLiteral("text/html"), url)
                 .title,
             title);
    QStringEncoder gb18030("GB18030");
    const QString emoji = QStringLiteral("表情😀");
    QCOMPARE(
        scanPageMetadata(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\"><title>" +
                gb18030.encode(emoji) + "</title>",
            QString(), url)
            .title,
        emoji);
    // An unknown charset falls back to UTF-8.
    QCOMPARE(scanPageMetadata("<title>\xE4\xBD\xA0\xE5\xA5\xBD</title>",
                              QStringLiteral("text/html; charset=x-nonsense"), url)
                 .title,
             QStringLiteral("你好"));
}

void TestLinkIntake::entitiesWhitespaceAndRelativeImages() {
    const PageMetadata metadata = scanPageMetadata(
        "<meta property=\"og:title\" content=\"Tom &amp; Jerry&#39;s &#x1F600; &quot;show&quot; "
        "&bogus; &#0;\">"
        "<meta property=\"og:description\" content=\"  line one\n\tline   two  \">"
        "<meta property=\"og:image\" content=\"../img/a b.png\">",
        QStringLiteral("text/html"), QUrl(QStringLiteral("https://a.example/posts/p/index.html")));
    QCOMPARE(metadata.title, QStringLiteral("Tom & Jerry's 😀 \"show\" &bogus; &#0;"));
    QCOMPARE(metadata.description, QStringLiteral("line one line two"));
    QCOMPARE(metadata.image, QStringLiteral("https://a.example/posts/img/a%20b.png"));
    // A javascript: image is no image.
    QVERIFY(scanPageMetadata("<meta property=\"og:image\" content=\"javascript:alert(1)\">",
                             QString(), QUrl(QStringLiteral("https://a.example/")))
                .image.isEmpty());
}

void TestLinkIntake::malformedHtmlGivesWhatCanBeRead() {
    const QUrl url(QStringLiteral("https://a.example/"));
    QCOMPARE(scanPageMetadata("<title>Cut off", QString(), url).title, QStringLiteral("Cut off"));
    QVERIFY(scanPageMetadata("<meta property=\"og:title\" content=\"unclosed", QString(), url)
                .title.isEmpty());
    QCOMPARE(scanPageMetadata("<script>var t = '<title>no</title>';</script><title>yes</title>",
                              QString(), url)
                 .title,
             QStringLiteral("yes"));
    QCOMPARE(scanPageMetadata("<!-- <title>no</title> --><title>yes</title>", QString(), url).title,
             QStringLiteral("yes"));
    QVERIFY(scanPageMetadata(QByteArray(100000, '<'), QString(), url).title.isEmpty());
    QVERIFY(scanPageMetadata(QByteArray("\0\xff\xfe<", 4), QString(), url).title.isEmpty());
}

void TestLinkIntake::controlCharactersAreDropped() {
    // Found by fuzz_pagemetadata: NUL and other control characters of a page went into the
    // title, and so into the item's line in the file.
    const QUrl url(QStringLiteral("https://a.example/"));
    const QByteArray page =
        QByteArrayLiteral("<title>\x01\0\0Only a\x7f  title\x1b</title>"
                          "<meta name=\"description\" content=\"one\x02 two\">");
    QCOMPARE(page.size(), 77);
    const PageMetadata metadata = scanPageMetadata(page, QString(), url);
    QCOMPARE(metadata.title, QStringLiteral("Only a title"));
    QCOMPARE(metadata.description, QStringLiteral("one two"));
}

void TestLinkIntake::imageWithoutAHostIsDropped() {
    // Found by fuzz_pagemetadata: `https:/<!--/cdn…` kept its scheme but had no host, and was
    // written as the item's image.
    const QUrl url(QStringLiteral("https://a.example/post"));
    QCOMPARE(
        scanPageMetadata("<meta property=\"og:image\" content=\"https:/x/i.jpg\">", QString(), url)
            .image,
        QString());
    QCOMPARE(
        scanPageMetadata("<meta property=\"og:image\" content=\"/x/i.jpg\">", QString(), url).image,
        QStringLiteral("https://a.example/x/i.jpg"));
}

void TestLinkIntake::markdownEscaping() {
    QCOMPARE(fieldtext::escapedText(QStringLiteral("a [b] _c_ *d* `e` \\f")),
             QStringLiteral("a \\[b\\] \\_c\\_ \\*d\\* \\`e\\` \\\\f"));
}

QTEST_GUILESS_MAIN(TestLinkIntake)
#include "tst_linkintake.moc"
