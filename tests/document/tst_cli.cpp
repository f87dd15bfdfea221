// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: a separate process, its stdout, stderr and exit status.
#include "clirun.h"
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

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion() {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("export --to markdown FILE"));
        QVERIFY(help.out.contains("export --to html FILE [-o OUT] [--theme default|dark]"));
        QVERIFY(help.out.contains("inspect FILE"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith("weekly-composer "));
    }

    void exportIsByteIdentical() {
        const QString sample = test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
        const Run result = run({"export", "--to", "markdown", sample});
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, test::readBytes(sample));
        QVERIFY(result.err.isEmpty());
    }

    void exportWritesOutFile() {
        QTemporaryDir dir;
        const QString sample = test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
        const QString out = dir.filePath("copy.md");
        const Run result = run({"export", "--to", "markdown", sample, "-o", out});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(test::readBytes(out), test::readBytes(sample));
    }

    void exportCorpusFilesByteIdentical() {
        WC_REQUIRE_CORPUS();
        for (const char *name :
             {"2025-04-20-iweekly.md", "2026-06-20-weekly.md", "en/2023-05-31-weekly.md"}) {
            const QString path = test::corpusFile(name);
            const Run result = run({"export", "--to", "markdown", path});
            QCOMPARE(result.status, 0);
            QCOMPARE(result.out, test::readBytes(path));
        }
    }

    void exportHtmlIsAStandalonePage() {
        const QString sample = test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
        const Run result = run({"export", "--to", "html", sample});
        QCOMPARE(result.status, 0);
        QVERIFY(result.err.isEmpty());
        const QString html = QString::fromUtf8(result.out);
        QVERIFY(html.startsWith(QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(
            QStringLiteral("<title>Python 潮流周刊#180：用 Rust 重写的工具还能快多少？</title>")));
        QVERIFY(html.contains(
            QStringLiteral("<meta name=\"description\" content=\"你好，我是本刊编辑。")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(QStringLiteral("--page-bg: #fdfdfc;"))); // the default theme, inlined
        QVERIFY(
            html.contains(QStringLiteral("<span class=\"note note-star\">（star 2.4K）</span>")));
        QVERIFY(!html.contains(QStringLiteral("pubDate")));
        QCOMPARE(html.count(QStringLiteral("<div class=\"item\">")), 8);
    }

    void exportHtmlWithThemeToOutFile() {
        QTemporaryDir dir;
        const QString out = dir.filePath("issue.html");
        const Run result =
            run({"export", "--to=html", "--theme", "dark",
                 test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), "-o", out});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        const QByteArray html = test::readBytes(out);
        QVERIFY(html.contains("--page-bg: #1c1e22;"));
        QVERIFY(html.contains("<body class=\"theme-dark\">"));
    }

    void exportHtmlOfAHostileDocumentIsInert() {
        const Run result = run(
            {"export", "--to", "html", QStringLiteral(WC_TESTS_DIR "/preview/data/hostile.md")});
        QCOMPARE(result.status, 0);
        QVERIFY(!result.out.contains("<script"));
        QVERIFY(!result.out.contains("<iframe"));
        QVERIFY(!result.out.contains("onerror=\""));
        QVERIFY(!result.out.contains("href=\"javascript"));
        QVERIFY(result.out.contains("&lt;/title&gt;&lt;script&gt;"));
    }

    void inspectPrintsTheStructure() {
        const Run result =
            run({"inspect", test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))});
        QCOMPARE(result.status, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json["title"].toString(),
                 QStringLiteral("Python 潮流周刊#180：用 Rust 重写的工具还能快多少？"));
        QCOMPARE(json["number"].toInt(), 180);
        QCOMPARE(json["date"].toString(), QStringLiteral("2026-11-21"));
        QCOMPARE(json["frontMatter"].toObject()["author"].toString(), QStringLiteral("示例编辑"));
        const QJsonArray sections = json["sections"].toArray();
        QCOMPARE(sections.size(), 4);
        const QJsonObject first = sections[0].toObject();
        QCOMPARE(first["level"].toInt(), 2);
        QCOMPARE(first["heading"].toString(),
                 QStringLiteral("[🦄文章&教程](https://example.org/weekly)"));
        QCOMPARE(first["label"].toString(), QStringLiteral("🦄文章&教程"));
        const QJsonArray items = first["items"].toArray();
        QCOMPARE(items.size(), 4);
        const QJsonObject item = items[1].toObject();
        QCOMPARE(item["number"].toString(), QStringLiteral("2"));
        QCOMPARE(item["title"].toString(), QStringLiteral("一周学会 asyncio 的取消语义"));
        QCOMPARE(item["url"].toString(),
                 QStringLiteral("https://example.org/posts/asyncio-cancel"));
        QVERIFY(
            item["body"].toString().startsWith(QStringLiteral("从 `CancelledError` 的传播讲起")));
        // Front-matter keys keep the file's order.
        QVERIFY(result.out.indexOf("\"title\"") < result.out.indexOf("\"pubDate\""));
        QVERIFY(result.out.indexOf("\"pubDate\"") < result.out.indexOf("\"author\""));
    }

    void inspectSummaryIssueHasNullFrontMatterAndLevelZero() {
        QTemporaryDir dir;
        const QString path = dir.filePath("2025-08-09-weekly.md");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "# Python 潮流周刊#113：摘要\n\n**[🦄文章&教程](https://e.org)**\n\n① "
            "第一条\n");
        file.close();
        const Run result = run({"inspect", path});
        QCOMPARE(result.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json["frontMatter"].isNull());
        QCOMPARE(json["number"].toInt(), 113);
        QCOMPARE(json["date"].toString(), QStringLiteral("2025-08-09"));
        const QJsonObject section = json["sections"].toArray()[0].toObject();
        QCOMPARE(section["level"].toInt(), 0);
        const QJsonObject item = section["items"].toArray()[0].toObject();
        QCOMPARE(item["number"].toString(), QStringLiteral("①"));
        QCOMPARE(item["title"].toString(), QStringLiteral("第一条"));
        QVERIFY(item["url"].isNull());
        QCOMPARE(item["body"].toString(), QString());
    }

    void inspectListsDiagnostics() {
        QTemporaryDir dir;
        const QString bad = test::writeFile(dir.path(), QStringLiteral("2025-08-09-weekly.md"),
                                            "---\ntitle: 'Python 潮流周刊#5：abc\npubDate: "
                                            "2023-06-01\n---\n\n## 🦄文章\n");
        Run result = run({"inspect", bad});
        QCOMPARE(result.status, 0);
        QJsonArray diagnostics =
            QJsonDocument::fromJson(result.out).object()["diagnostics"].toArray();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].toObject()["line"].toInt(), 2);
        QVERIFY2(
            diagnostics[0].toObject()["message"].toString().contains(QStringLiteral("\"title\"")),
            result.out.constData());
        const QString unclosed = test::writeFile(dir.path(), QStringLiteral("unclosed.md"),
                                                 "---\ntitle: 'x'\n\n## 🦄文章\n");
        result = run({"inspect", unclosed});
        diagnostics = QJsonDocument::fromJson(result.out).object()["diagnostics"].toArray();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].toObject()["line"].toInt(), 1);
        // None: an empty list, never a missing key.
        result = run({"inspect", test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))});
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json.contains(QStringLiteral("diagnostics")));
        QVERIFY(json["diagnostics"].isArray());
        QCOMPARE(json["diagnostics"].toArray().size(), 0);
    }

    void failuresSayWhyOnOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("status");
        QTest::newRow("missing file")
            << QStringList{"inspect", "/nonexistent/x.md"} << "no such file" << 1;
        QTest::newRow("directory")
            << QStringList{"export", "--to", "markdown", "/tmp"} << "directory" << 1;
        QTest::newRow("unknown theme")
            << QStringList{"export", "--to", "html", "--theme", "neon", "x.md"}
            << "unknown theme \"neon\": the themes are: default, dark" << 2;
        QTest::newRow("theme for markdown")
            << QStringList{"export", "--to", "markdown", "--theme", "dark", "x.md"}
            << "--theme applies to --to html only" << 2;
        QTest::newRow("html of a missing file")
            << QStringList{"export", "--to", "html", "/nonexistent/x.md"} << "no such file" << 1;
        QTest::newRow("unknown format")
            << QStringList{"export", "--to", "pdf", "x.md"} << "cannot export to \"pdf\"" << 2;
        QTest::newRow("no format") << QStringList{"export", "x.md"} << "--to" << 2;
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "unknown option" << 2;
        QTest::newRow("two files")
            << QStringList{"inspect", "a.md", "b.md"} << "exactly one FILE" << 2;
    }

    void failuresSayWhyOnOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(int, status);
        const Run result = run(args);
        QCOMPARE(result.status, status);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void unwritableOutputFails() {
        const Run result = run({"export", "--to", "markdown",
                                test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), "-o",
                                "/nonexistent-dir/out.md"});
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains("/nonexistent-dir/out.md"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
