// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The newsletter verbs as scripts use them: stats, check, archive, new, link and the
// publishing exports, each a separate process (the network ones against 127.0.0.1 only).
#include "clirun.h"
#include "localhttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace wc;

namespace {

using test::Run;
using test::run;

const char lastIssue[] =
    "---\ntitle: 'Python 潮流周刊#2：二'\npubDate: 2026-11-21\n---\n\n"
    "本期分享了 2 篇文章，全文 10 字。\n\n## 🦄文章&教程\n\n"
    "1、[中文---English](https://a.example/1)\n\nx\n\n3、[b](https://a.example/shared)\n\n\n\n"
    "## 🐿️项目&资源\n\n1、[uv: 包管理](https://github.com/astral-sh/uv)\n\n快\n\n"
    "## 🐧往年回顾\n\n[Python 潮流周刊#1：一](https://x.example/2026-11-14-weekly)\n";
const char firstIssue[] = "---\ntitle: 'Python 潮流周刊#1：一'\npubDate: 2026-11-14\n---\n\n"
                          "## 🦄文章&教程\n\n1、[s](https://www.a.example/shared/)\n\nx\n";

} // namespace

class TestNewsletterCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stats();
    void check();
    void archive();
    void newIssue();
    void exports();
    void link();
    void badUsage();
    void theProfilesFooterMarkersReachTheCommands();

private:
    QTemporaryDir m_dir;
    QString m_last;
};

void TestNewsletterCli::initTestCase() {
    test::writeFile(m_dir.path(), QStringLiteral("2026-11-14-weekly.md"), firstIssue);
    m_last = test::writeFile(m_dir.path(), QStringLiteral("2026-11-21-weekly.md"), lastIssue);
}

void TestNewsletterCli::stats() {
    const Run result = run({"stats", "--json", m_last});
    QCOMPARE(result.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    const QJsonArray sections = json.value("sections").toArray();
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections[0].toObject(), (QJsonObject{{"label", QStringLiteral("🦄文章&教程")},
                                                  {"kind", "articles"},
                                                  {"items", 2}}));
    QCOMPARE(sections[1].toObject().value("kind").toString(), QStringLiteral("projects"));
    QVERIFY(json.value("words").toInt() > 5);
    QCOMPARE(json.value("statsLine").toString(),
             QStringLiteral("本期分享了 2 篇文章，全文 10 字。"));
    const Run text = run({"stats", m_last});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("🦄文章&教程\tarticles\t2\n"));
}

void TestNewsletterCli::check() {
    const Run result = run({"check", m_last, "--archive", m_dir.path(), "--json"});
    QCOMPARE(result.status, 0); // findings are no failure
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QStringList kinds;
    for (const QJsonValue &finding : findings)
        kinds << finding.toObject().value("kind").toString();
    QVERIFY2(kinds.contains("numbering") && kinds.contains("empty-description") &&
                 kinds.contains("no-stars") && kinds.contains("ascii-colon") &&
                 kinds.contains("shared-before"),
             qPrintable(kinds.join(u',')));
    for (const QJsonValue &finding : findings) {
        const QJsonObject object = finding.toObject();
        for (const char *key : {"kind", "section", "item", "line", "message"})
            QVERIFY2(object.contains(key), key);
        if (object.value("kind").toString() == QStringLiteral("shared-before")) {
            QCOMPARE(object.value("url").toString(), QStringLiteral("https://a.example/shared"));
            QCOMPARE(object.value("previous").toObject(),
                     (QJsonObject{
                         {"file", "2026-11-14-weekly.md"}, {"number", 1}, {"date", "2026-11-14"}}));
        }
    }
    const Run clean = run({"check", test::writeFile(m_dir.path(), "clean.md", "# x\n")});
    QCOMPARE(clean.status, 0);
    QVERIFY(clean.out.isEmpty());
    const Run missing = run({"check", m_dir.filePath("missing.md")});
    QCOMPARE(missing.status, 1);
    QCOMPARE(missing.err.count('\n'), 1);
}

void TestNewsletterCli::archive() {
    const Run result = run({"archive", m_dir.path(), "--json"});
    QCOMPARE(result.status, 0);
    const QJsonArray issues = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[1].toObject().value("file").toString(), QStringLiteral("2026-11-21-weekly.md"));
    QCOMPARE(issues[1].toObject().value("number").toInt(), 2);
    QCOMPARE(issues[1].toObject().value("date").toString(), QStringLiteral("2026-11-21"));
    QCOMPARE(issues[1].toObject().value("title").toString(),
             QStringLiteral("Python 潮流周刊#2：二"));
    QCOMPARE(issues[1].toObject().value("counts").toObject().value("articles").toInt(), 2);
    const Run text = run({"archive", m_dir.path()});
    QVERIFY(text.out.startsWith("#1\t2026-11-14\t2026-11-14-weekly.md\t"));
    QCOMPARE(run({"archive", m_last}).status, 1); // not a folder
}

void TestNewsletterCli::newIssue() {
    const Run result = run({"new", "--from", m_last});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith("---\ntitle: 'Python 潮流周刊#3：'\npubDate: 2026-11-28\n---\n"));
    QVERIFY(result.out.contains("本期分享了 0 篇文章，全文 0 字。"));
    QVERIFY(!result.out.contains("a.example/1"));
    QVERIFY(result.out.contains(
        "## 🐧往年回顾\n\n[Python 潮流周刊#2：二](https://x.example/2026-11-21-weekly)\n"));
    const QString out = m_dir.filePath("next.md");
    QCOMPARE(run({"new", "--from", m_last, "-o", out}).status, 0);
    QCOMPARE(test::readBytes(out), result.out);
    QCOMPARE(run({"new", m_last}).status, 2);
}

void TestNewsletterCli::exports() {
    const Run zh = run({"export", "--to", "zh", m_last});
    QCOMPARE(zh.status, 0);
    QVERIFY(zh.out.contains("1、[中文](https://a.example/1)"));
    const Run en = run({"export", "--to", "en", m_last});
    QVERIFY(en.out.contains("title: 'Python Trending Weekly #2: 二'"));
    QVERIFY(en.out.contains("1、[English](https://a.example/1)"));
    QVERIFY(en.out.contains("## 🦄Articles & Tutorials"));
    const Run summary = run({"export", "--to", "summary-github", "--lang", "en", m_last});
    QCOMPARE(summary.status, 0);
    QVERIFY(summary.out.contains("① English\n"));
    QVERIFY(run({"export", "--to", "summary", m_last}).out.startsWith("---\ntitle:"));
    const Run telegram = run({"export", "--to", "telegram", m_last});
    QVERIFY(telegram.out.contains("*🦄文章&教程*\n① 中文\n② b\n"));
    // The default footer links the full text, which this issue does not name: said on stderr.
    QVERIFY(telegram.out.endsWith("全文：\n"));
    QCOMPARE(telegram.err, QByteArray("weekly-composer: warning: {fullTextUrl} is left empty: "
                                      "the issue has no value for it\n"));
    QVERIFY(run({"export", "--to", "readme-entry", m_last})
                .out.startsWith("- 第 2 期：[二](./docs/2026-11-21-weekly.md)"));
    const Run wechat = run({"export", "--to", "wechat", m_last});
    QVERIFY(wechat.out.contains("<sup"));
    QCOMPARE(wechat.err, QByteArray()); // its HTML uses no fixed text
    QVERIFY(!wechat.out.contains("class="));
    // WeChat of an edition: the Chinese one (also without --lang) cuts the bilingual title.
    QVERIFY(wechat.out.contains("1、中文<sup"));
    QVERIFY(!wechat.out.contains("English"));
    QCOMPARE(run({"export", "--to", "wechat", "--lang", "zh", m_last}).out, wechat.out);
    const Run wechatEn = run({"export", "--to", "wechat", "--lang", "en", m_last});
    QCOMPARE(wechatEn.status, 0);
    QVERIFY(wechatEn.out.contains("1、English<sup"));
    QVERIFY(wechatEn.out.contains(">🦄Articles &amp; Tutorials</h2>"));
    QVERIFY(wechatEn.out.contains(">References</h3>"));
    QCOMPARE(run({"export", "--to", "zh", "--lang", "en", m_last}).status, 2);
    QCOMPARE(run({"export", "--to", "pdf", m_last}).status, 2);
}

void TestNewsletterCli::link() {
    test::LocalHttpServer server;
    server.route("/post", {200,
                           "OK",
                           {},
                           "<meta property=\"og:title\" content=\"A post\"><meta "
                           "name=\"description\" content=\"About it\">"});
    server.route("/api/repos/astral-sh/uv",
                 {200,
                  "OK",
                  {{"Content-Type", "application/json"}},
                  R"({"name": "uv", "description": "Fast.", "stargazers_count": 1050})"});
    const Run article = run({"link", server.url("/post")});
    QCOMPARE(article.status, 0);
    QCOMPARE(article.out, "1、[A post](" + server.url("/post").toUtf8() + ")\n\nAbout it\n");
    const Run project = run({"link", "https://github.com/astral-sh/uv", "--section", "projects",
                             "--github-api", server.url("/api")});
    QCOMPARE(project.status, 0);
    QCOMPARE(project.out,
             QByteArray("1、[uv：Fast.](https://github.com/astral-sh/uv)\n\n（star 1.1K）\n"));
    const Run json = run(
        {"link", "https://github.com/astral-sh/uv", "--github-api", server.url("/api"), "--json"});
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value("stars").toInt(), 1050);
    for (const char *key : {"url", "finalUrl", "title", "description", "image", "stars"})
        QVERIFY2(object.contains(key), key);
    const Run missing = run({"link", server.url("/nothing")});
    QCOMPARE(missing.status, 1);
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY(missing.err.contains("404"));
}

void TestNewsletterCli::badUsage() {
    QCOMPARE(run({"stats"}).status, 2);
    QCOMPARE(run({"stats", m_last, "--archive", m_dir.path()}).status, 2);
    QCOMPARE(run({"link", "https://a", "--section", "media"}).status, 2);
    QCOMPARE(run({"archive"}).status, 2);
}

void TestNewsletterCli::theProfilesFooterMarkersReachTheCommands() {
    // The last item is followed by a sign-off that only this newsletter's profile knows.
    const QByteArray issue =
        "# 工具周刊（第 3 期）\n\n## 工具\n\n1、[一个工具](https://t.example/1)\n\n"
        "（完）\n\n欢迎投稿。\n";
    QTemporaryDir plain;
    QTemporaryDir ours;
    const QString without = test::writeFile(plain.path(), QStringLiteral("issue-3.md"), issue);
    const QString with = test::writeFile(ours.path(), QStringLiteral("issue-3.md"), issue);
    test::writeFile(ours.path(), QStringLiteral("weekly-composer.yaml"),
                    "footer-markers: [\"（完）\"]\n");
    const auto kinds = [](const Run &result) {
        QStringList found;
        for (const QJsonValue &finding : QJsonDocument::fromJson(result.out).array())
            found << finding.toObject().value("kind").toString();
        return found;
    };
    const auto body = [](const Run &result) {
        return QJsonDocument::fromJson(result.out)
            .object()["sections"][0]["items"][0]["body"]
            .toString();
    };
    // With the defaults the sign-off is the item's description.
    const Run plainCheck = run({"check", "--json", without});
    QCOMPARE(plainCheck.status, 0);
    QVERIFY(!kinds(plainCheck).contains("empty-description"));
    QCOMPARE(body(run({"inspect", without})), QStringLiteral("（完）\n\n欢迎投稿。"));
    // With the profile's marker it is the footer: the item has no description.
    const Run ourCheck = run({"check", "--json", with});
    QCOMPARE(ourCheck.status, 0);
    QVERIFY2(kinds(ourCheck).contains("empty-description"), ourCheck.out.constData());
    QCOMPARE(body(run({"inspect", with})), QString());
    QCOMPARE(run({"inspect", with}).err, QByteArray());
}

QTEST_GUILESS_MAIN(TestNewsletterCli)
#include "tst_newslettercli.moc"
