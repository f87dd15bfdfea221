// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The archive index over a fixture folder written here (numbering and date irregularities,
// subfolders, files that are no issues), "shared before" over the URL variants of issue 14,
// and over the real corpus.
#include "issuearchive.h"
#include "linkidentity.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace wc;

namespace {

QByteArray issue(int number, const char *date, const char *topic, const QByteArray &items) {
    QByteArray text =
        "---\ntitle: 'Python 潮流周刊#" + QByteArray::number(number) + "：" + topic + "'\n";
    if (date)
        text += QByteArray("pubDate: ") + date + "\n";
    return text + "---\n\n你好。\n\n## 🦄文章&教程\n\n" + items;
}

} // namespace

class TestArchive : public QObject {
    Q_OBJECT

private slots:
    void indexesAFixtureFolder();
    void searchFindsItemsByTitleUrlAndDescription();
    void fileNamePatterns();
    void sharedBeforeMatchesUrlVariants_data();
    void sharedBeforeMatchesUrlVariants();
    void sharedBeforeByNumberElseByDate();
    void indexesTheCorpus();
};

void TestArchive::indexesAFixtureFolder() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/en")));
    const QString root = dir.path();
    test::writeFile(
        root, QStringLiteral("2026-11-21-weekly.md"),
        issue(120, "2026-11-21", "最后一期",
              "1、[Why "
              "uv](https://a.example/uv)\n\n快。\n\n2、[Rye](https://a.example/rye)\n\n旧。\n\n"
              "## "
              "🐿️项目&资源\n\n1、[ruff：检查器](https://github.com/astral-sh/"
              "ruff)\n\n快（star 30K）\n"));
    // No pubDate: the date comes from the file name.
    test::writeFile(root + QStringLiteral("/docs"), QStringLiteral("2026-11-14-weekly.md"),
                    issue(119, nullptr, "前一期", "1、[A](https://a.example/a)\n\nx\n"));
    // A duplicate number and a date that differs from the file name: kept as written.
    test::writeFile(root + QStringLiteral("/docs"), QStringLiteral("2026-11-07-weekly.md"),
                    issue(119, "2026-11-08", "重复", "1、[B](https://a.example/b)\n\ny\n"));
    test::writeFile(root + QStringLiteral("/docs/en"), QStringLiteral("2026-11-21-weekly.md"),
                    "# Python Trending Weekly #120: Last\n\n## 🦄Articles & Tutorials\n\n1. [Why "
                    "uv](https://a.example/uv)\n\nFast.\n");
    // No number at all, and files that are no issues.
    test::writeFile(root, QStringLiteral("2026-10-31-weekly.md"),
                    "# 没有编号\n\n## 🦄文章&教程\n\n1、[C](https://c)\n\nz\n");
    test::writeFile(root, QStringLiteral("2024-07-10-sweekly.md"), "# 合集\n");
    test::writeFile(root, QStringLiteral("README.md"), "# README\n");
    test::writeFile(root, QStringLiteral("2026-10-24-weekly.md"), QByteArray("bin\0ary", 7));

    const IssueArchive archive = IssueArchive::scan(root, NewsletterProfile::defaults());
    QStringList files;
    for (const ArchiveIssue &entry : archive.issues())
        files << entry.file;
    QCOMPARE(files, (QStringList{QStringLiteral("docs/2026-11-07-weekly.md"),
                                 QStringLiteral("docs/2026-11-14-weekly.md"),
                                 QStringLiteral("2026-11-21-weekly.md"),
                                 QStringLiteral("docs/en/2026-11-21-weekly.md"),
                                 QStringLiteral("2026-10-24-weekly.md"),
                                 QStringLiteral("2026-10-31-weekly.md")}));
    const auto &issues = archive.issues();
    QCOMPARE(issues[0].number, 119);
    QCOMPARE(issues[0].date, QDate(2026, 11, 8));
    QCOMPARE(issues[1].date, QDate(2026, 11, 14));
    QCOMPARE(issues[2].title, QStringLiteral("Python 潮流周刊#120：最后一期"));
    QCOMPARE(issues[2].count(SectionKind::Articles), 2);
    QCOMPARE(issues[2].count(SectionKind::Projects), 1);
    QCOMPARE(issues[2].items[2].url, QStringLiteral("https://github.com/astral-sh/ruff"));
    QCOMPARE(issues[2].items[2].line, 20);
    QCOMPARE(issues[3].number, 120);
    QCOMPARE(issues[3].count(SectionKind::Articles), 1);
    QVERIFY(issues[4].error.contains(QStringLiteral("binary")));
    QVERIFY(!issues[5].number.has_value());
    QCOMPARE(issues[5].date, QDate(2026, 10, 31));
    QCOMPARE(archive.issueWithNumber(120)->file, QStringLiteral("2026-11-21-weekly.md"));
    QVERIFY(!archive.issueWithNumber(7));
}

void TestArchive::searchFindsItemsByTitleUrlAndDescription() {
    QTemporaryDir dir;
    test::writeFile(dir.path(), QStringLiteral("2026-11-14-weekly.md"),
                    issue(119, "2026-11-14", "一",
                          "1、[Why UV is fast](https://a.example/uv)\n\n一个包管理器。\n"));
    test::writeFile(dir.path(), QStringLiteral("2026-11-21-weekly.md"),
                    issue(120, "2026-11-21", "二",
                          "1、[异步编程](https://b.example/async)\n\n讲 uv 的事件循环。\n"));
    const IssueArchive archive = IssueArchive::scan(dir.path(), NewsletterProfile::defaults());
    auto titles = [&archive](const QString &query) {
        QStringList found;
        for (const auto &hit : archive.search(query))
            found << archive.issues()[hit.issue].items[hit.item].title;
        return found;
    };
    QCOMPARE(titles(QStringLiteral("uv")),
             (QStringList{QStringLiteral("异步编程"), QStringLiteral("Why UV is fast")}));
    QCOMPARE(titles(QStringLiteral("包管理")), QStringList{QStringLiteral("Why UV is fast")});
    QCOMPARE(titles(QStringLiteral("b.example")), QStringList{QStringLiteral("异步编程")});
    QCOMPARE(titles(QStringLiteral("uv 事件")), QStringList{QStringLiteral("异步编程")});
    QVERIFY(titles(QStringLiteral("  ")).isEmpty());
    QVERIFY(titles(QStringLiteral("nothing-here")).isEmpty());
}

void TestArchive::fileNamePatterns() {
    const QRegularExpression weekly =
        IssueArchive::fileNamePattern(QStringLiteral("{date}-weekly.md"));
    QVERIFY(weekly.match(QStringLiteral("2024-06-29-weekly.md")).hasMatch());
    QVERIFY(!weekly.match(QStringLiteral("2024-07-10-sweekly.md")).hasMatch());
    QVERIFY(!weekly.match(QStringLiteral("2024-06-29-weekly.md.bak")).hasMatch());
    QVERIFY(!weekly.match(QStringLiteral("2024-06-29-weeklyXmd")).hasMatch());
    const QRegularExpression numbered =
        IssueArchive::fileNamePattern(QStringLiteral("issue-{number}.md"));
    QVERIFY(numbered.match(QStringLiteral("issue-352.md")).hasMatch());
    QVERIFY(!numbered.match(QStringLiteral("issue-.md")).hasMatch());
}

void TestArchive::sharedBeforeMatchesUrlVariants_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("previous"); // the file of the issue that shared it, or ""
    // Each variant was written by one archived issue (see urlVariantArchive()); the current
    // issue writes the plain form.
    QTest::newRow("scheme and host case") << "https://example.com/case"
                                          << "2026-01-03-weekly.md";
    QTest::newRow("www.") << "https://example.com/www"
                          << "2026-01-10-weekly.md";
    QTest::newRow("http vs https") << "https://example.com/http"
                                   << "2026-01-17-weekly.md";
    QTest::newRow("fragment") << "https://example.com/fragment"
                              << "2026-01-24-weekly.md";
    QTest::newRow("utm_* parameters") << "https://example.com/utm?id=1"
                                      << "2026-01-31-weekly.md";
    QTest::newRow("trailing slash") << "https://example.com/slash"
                                    << "2026-02-07-weekly.md";
    QTest::newRow("github owner/repo case") << "https://github.com/astral-sh/uv"
                                            << "2026-02-14-weekly.md";
    QTest::newRow("the archive's plain form, the current issue's variant")
        << "HTTP://WWW.Example.com/plain/?utm_campaign=x#top"
        << "2026-02-14-weekly.md";
    // Not the same link: other query values, path case outside GitHub, a GitHub subpage.
    QTest::newRow("other query value") << "https://example.com/utm?id=2"
                                       << "";
    QTest::newRow("path case") << "https://example.com/CASE"
                               << "";
    QTest::newRow("github issues page") << "https://github.com/astral-sh/uv/issues"
                                        << "";
}

// Issues #101…#107 (one a week from 2026-01-03), each sharing one variant of a URL.
static void writeUrlVariantArchive(const QString &root) {
    const std::pair<const char *, const char *> shared[] = {
        {"2026-01-03", "HTTPS://Example.COM/case"},
        {"2026-01-10", "https://www.example.com/www"},
        {"2026-01-17", "http://example.com/http"},
        {"2026-01-24", "https://example.com/fragment#part-2"},
        {"2026-01-31", "https://example.com/utm?utm_source=rss&id=1&utm_medium=feed"},
        {"2026-02-07", "https://example.com/slash/"},
        {"2026-02-14", "https://github.com/Astral-SH/UV"},
    };
    int number = 101;
    for (const auto &[date, url] : shared) {
        QByteArray items = QByteArray("1、[x](") + url + ")\n\nx\n";
        if (number == 107)
            items += "\n2、[plain](https://example.com/plain)\n\ny\n";
        test::writeFile(root, QString::fromLatin1(date) + QStringLiteral("-weekly.md"),
                        issue(number++, date, "变体", items));
    }
}

void TestArchive::sharedBeforeMatchesUrlVariants() {
    QFETCH(QString, url);
    QFETCH(QString, previous);
    QTemporaryDir dir;
    writeUrlVariantArchive(dir.path());
    const IssueArchive archive = IssueArchive::scan(dir.path(), NewsletterProfile::defaults());
    QCOMPARE(archive.issues().size(), 7);
    const auto hit = archive.sharedBefore(url, 110, QDate(2026, 3, 7));
    QCOMPARE(hit ? archive.issues()[hit->issue].file : QString(), previous);
    if (hit) // the item itself, as written in that issue
        QCOMPARE(normalizedUrl(archive.issues()[hit->issue].items[hit->item].url),
                 normalizedUrl(url));
}

void TestArchive::sharedBeforeByNumberElseByDate() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("en")));
    const QString root = dir.path();
    const QByteArray link = "1、[x](https://example.com/post)\n\nx\n";
    // #108 dated after the current issue (a wrong date): by number it is still before.
    test::writeFile(root, QStringLiteral("2026-03-21-weekly.md"),
                    issue(108, "2026-03-21", "八", link));
    // #112 dated before the current issue: by number it is after.
    test::writeFile(root, QStringLiteral("2026-02-21-weekly.md"),
                    issue(112, "2026-02-21", "十二", link));
    // An issue without a number, dated before: by date.
    test::writeFile(
        root, QStringLiteral("2026-02-28-weekly.md"),
        "# 没有编号\n\n## 🦄文章&教程\n\n1、[u](https://example.com/undated)\n\nz\n");
    // Without a number and dated after: not before.
    test::writeFile(
        root, QStringLiteral("2026-04-04-weekly.md"),
        "# 也没有编号\n\n## 🦄文章&教程\n\n1、[v](https://example.com/later)\n\nz\n");
    // The current issue's own English edition (#110, same date, another folder) and its
    // Chinese file in the archive: neither counts as before.
    test::writeFile(root + QStringLiteral("/en"), QStringLiteral("2026-03-07-weekly.md"),
                    "# Python Trending Weekly #110: Now\n\n## 🦄Articles & Tutorials\n\n"
                    "1. [Own](https://example.com/own)\n\nOwn.\n");
    test::writeFile(root, QStringLiteral("2026-03-07-weekly.md"),
                    issue(110, "2026-03-07", "本期", "1、[own](https://example.com/own)\n\nx\n"));
    const IssueArchive archive = IssueArchive::scan(root, NewsletterProfile::defaults());
    auto previous = [&archive](const char *url, std::optional<int> number,
                               std::optional<QDate> date) {
        const auto hit = archive.sharedBefore(QString::fromLatin1(url), number, date);
        return hit ? archive.issues()[hit->issue].file : QString();
    };
    const QDate today(2026, 3, 7);
    QCOMPARE(previous("https://example.com/post", 110, today),
             QStringLiteral("2026-03-21-weekly.md"));
    QCOMPARE(previous("https://example.com/post", 113, today),
             QStringLiteral("2026-02-21-weekly.md"));
    QCOMPARE(previous("https://example.com/post", 108, today), QString());
    QCOMPARE(previous("https://example.com/undated", 110, today),
             QStringLiteral("2026-02-28-weekly.md"));
    QCOMPARE(previous("https://example.com/undated", 110, QDate(2026, 2, 28)), QString());
    QCOMPARE(previous("https://example.com/later", 110, today), QString());
    QCOMPARE(previous("https://example.com/own", 110, today), QString());
    QCOMPARE(previous("https://example.com/own", 111, QDate(2026, 3, 14)),
             QStringLiteral("2026-03-07-weekly.md")); // for a later issue, #110 counts
    // A current issue without a number (a draft) compares by date alone: #112 (02-21) is before.
    QCOMPARE(previous("https://example.com/post", std::nullopt, today),
             QStringLiteral("2026-02-21-weekly.md"));
    QCOMPARE(previous("https://example.com/post", std::nullopt, std::nullopt), QString());
}

void TestArchive::indexesTheCorpus() {
    WC_REQUIRE_CORPUS();
    const IssueArchive archive =
        IssueArchive::scan(test::corpusDir(), NewsletterProfile::defaults());
    const QRegularExpression pattern =
        IssueArchive::fileNamePattern(QStringLiteral("{date}-weekly.md"));
    int expected = 0;
    for (const QString &file : test::corpusFiles())
        expected += pattern.match(QFileInfo(file).fileName()).hasMatch() ? 1 : 0;
    QCOMPARE(archive.issues().size(), expected);
    int items = 0;
    for (const ArchiveIssue &entry : archive.issues()) {
        QVERIFY2(entry.error.isEmpty(),
                 qPrintable(entry.file + QStringLiteral(": ") + entry.error));
        QVERIFY2(entry.date.has_value(), qPrintable(entry.file));
        items += int(entry.items.size());
    }
    const ArchiveIssue *issue58 = nullptr;
    for (const ArchiveIssue &entry : archive.issues()) {
        if (entry.file == QStringLiteral("python-weekly/2024-06-29-weekly.md"))
            issue58 = &entry;
    }
    QVERIFY(issue58);
    QCOMPARE(issue58->number, 58);
    QVERIFY(issue58->count(SectionKind::Articles) > 0);
    qInfo("archive: %lld issues, %d items", qlonglong(archive.issues().size()), items);
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
