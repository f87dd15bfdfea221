// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The archive index over a fixture folder written here (numbering and date irregularities,
// subfolders, files that are no issues) and over the real corpus.
#include "issuearchive.h"
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
