// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each check kind: a case that finds it, and a near case that must not.
#include "issuechecks.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace wc;

namespace {

const char header[] = "---\ntitle: 'Python 潮流周刊#9：测试'\npubDate: 2026-11-21\n---\n\n";

QList<CheckFinding> check(const QByteArray &body, const IssueArchive *archive = nullptr) {
    const IssueDocument document =
        test::parseText(QString::fromUtf8(header + body), QStringLiteral("2026-11-21-weekly.md"));
    return checkIssue(document, NewsletterProfile::defaults(), archive);
}

// An issue whose front-matter title is bilingual, with `fields` added to its front matter.
QList<CheckFinding> checkBilingual(const QByteArray &fields, const QByteArray &body) {
    const QByteArray text = "---\ntitle: 'Python 潮流周刊#9：测试---Testing'\n" + fields +
                            "pubDate: 2026-11-21\n---\n\n" + body;
    const IssueDocument document =
        test::parseText(QString::fromUtf8(text), QStringLiteral("2026-11-21-weekly.md"));
    return checkIssue(document, NewsletterProfile::defaults());
}

QStringList kinds(const QList<CheckFinding> &findings) {
    QStringList found;
    for (const CheckFinding &finding : findings)
        found << finding.kind;
    return found;
}

} // namespace

class TestChecks : public QObject {
    Q_OBJECT

private slots:
    void cleanIssueHasNoFindings();
    void numberingGapsAndDuplicates();
    void itemGluedToAnImage();
    void itemWithoutLinkOrDescription();
    void githubProjectWithoutStars();
    void asciiColonInAProjectName();
    void bilingualSeparatorNearMisses_data();
    void bilingualSeparatorNearMisses();
    void statsLineNumbers();
    void bilingualItemWithoutEnglish();
    void englishPartStillInChinese();
    void pastIssueLinks();
    void sharedBefore();
    void jsonShape();
    void corpusRunsClean();
};

void TestChecks::cleanIssueHasNoFindings() {
    const auto findings =
        check("本期分享了 1 篇文章，1 个开源项目，全文 100 字。\n\n"
              "## 🦄文章&教程\n\n1、[中文标题---English "
              "Title](https://a.example)\n\n描述。\n\n"
              "## "
              "🐿️项目&资源\n\n1、[ruff：快的检查器](https://github.com/"
              "astral-sh/ruff)\n\n描述（star 30K）\n");
    QVERIFY2(findings.isEmpty(), qPrintable(kinds(findings).join(u',')));
}

void TestChecks::numberingGapsAndDuplicates() {
    const auto findings = check("## "
                                "🦄文章&教程\n\n1、[a](https://a)\n\nx\n\n3、[b](https://"
                                "b)\n\nx\n\n3、[c](https://c)\n\nx\n");
    QCOMPARE(kinds(findings),
             (QStringList{QStringLiteral("numbering"), QStringLiteral("numbering")}));
    QCOMPARE(findings[0].item, 1);
    QCOMPARE(findings[0].line, 12);
    QVERIFY(findings[0].message.contains(QStringLiteral("2 was expected")));
    QCOMPARE(findings[1].item, 2);
    QVERIFY(findings[1].message.contains(QStringLiteral("twice")));
    // Circled numbers count too.
    QVERIFY(check("**[🦄文章&教程](https://x)**\n\n① 甲\n\n② 乙\n").isEmpty());
    QCOMPARE(kinds(check("**[🦄文章&教程](https://x)**\n\n① 甲\n\n③ 乙\n")),
             QStringList{QStringLiteral("numbering")});
}

void TestChecks::itemGluedToAnImage() {
    const auto findings = check("## "
                                "🦄文章&教程\n\n1、[a](https://a)\n\nx\n\n![](https://i/"
                                "1.png)2、[b](https://b)\n\ny\n");
    QVERIFY(kinds(findings).contains(QStringLiteral("glued-item")));
    QVERIFY(!kinds(check("## "
                         "🦄文章&教程\n\n1、[a](https://a)\n\nx\n\n![](https://i/"
                         "1.png)\n\n2、[b](https://b)\n\ny\n"))
                 .contains(QStringLiteral("glued-item")));
}

void TestChecks::itemWithoutLinkOrDescription() {
    QCOMPARE(kinds(check("## 🦄文章&教程\n\n1、没有链接的标题\n\n描述\n")),
             QStringList{QStringLiteral("no-link")});
    QCOMPARE(kinds(check(
                 "## 🦄文章&教程\n\n1、[a](https://a)\n\n2、[b](https://b)\n\n描述\n")),
             QStringList{QStringLiteral("empty-description")});
    // An image alone is no description.
    QCOMPARE(kinds(check("## 🦄文章&教程\n\n1、[a](https://a)\n\n![](https://i.png)\n")),
             QStringList{QStringLiteral("empty-description")});
}

void TestChecks::githubProjectWithoutStars() {
    QCOMPARE(
        kinds(check("## "
                    "🐿️项目&资源\n\n1、[ruff：检查器](https://github.com/astral-sh/"
                    "ruff)\n\n快。\n")),
        QStringList{QStringLiteral("no-stars")});
    // Not a repository, or not a projects section: no finding.
    QVERIFY(
        check("## 🐿️项目&资源\n\n1、[话题：x](https://github.com/topics)\n\n快。\n")
            .isEmpty());
    QVERIFY(check("## "
                  "🦄文章&教程\n\n1、[ruff：检查器](https://github.com/astral-sh/"
                  "ruff)\n\n快。\n")
                .isEmpty());
}

void TestChecks::asciiColonInAProjectName() {
    QCOMPARE(kinds(check("## 🐿️项目&资源\n\n1、[ruff: "
                         "检查器](https://a.example/ruff)\n\n快。\n")),
             QStringList{QStringLiteral("ascii-colon")});
    QVERIFY(
        check(
            "## 🐿️项目&资源\n\n1、[ruff：检查器](https://a.example/ruff)\n\n快。\n")
            .isEmpty());
    QVERIFY(check("## 🦄文章&教程\n\n1、[Python: 入门](https://a.example/p)\n\n快。\n")
                .isEmpty());
    // An English edition writes `name: description`.
    QVERIFY(check("## 🐿️Projects & Resources\n\n1. [ruff: a "
                  "linter](https://a.example/ruff)\n\nFast.\n")
                .isEmpty());
}

void TestChecks::bilingualSeparatorNearMisses_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("found");
    QTest::newRow("en dash") << QStringLiteral("中文--–English") << true;
    QTest::newRow("em dash") << QStringLiteral("中文—-English") << true;
    QTest::newRow("full width") << QStringLiteral("中文－－－English") << true;
    QTest::newRow("spaced") << QStringLiteral("中文- - -English") << true;
    QTest::newRow("right") << QStringLiteral("中文---English") << false;
    QTest::newRow("chinese dash") << QStringLiteral("中文——English") << false;
    QTest::newRow("none") << QStringLiteral("Just English") << false;
}

void TestChecks::bilingualSeparatorNearMisses() {
    QFETCH(QString, title);
    QFETCH(bool, found);
    const auto findings =
        check("## 🦄文章&教程\n\n1、[" + title.toUtf8() + "](https://a)\n\n描述\n");
    QCOMPARE(kinds(findings).contains(QStringLiteral("separator")), found);
}

void TestChecks::statsLineNumbers() {
    const QByteArray sections =
        "## 🦄文章&教程\n\n1、[a](https://a)\n\nx\n\n2、[b](https://b)\n\nx\n";
    QVERIFY(check("本期分享了 2 篇文章，全文 10 字。\n\n" + sections).isEmpty());
    const auto findings = check("本期分享了 3 篇文章，全文 10 字。\n\n" + sections);
    QCOMPARE(kinds(findings), QStringList{QStringLiteral("stats-line")});
    QCOMPARE(findings[0].details.value(QStringLiteral("written")).toInt(), 3);
    QCOMPARE(findings[0].details.value(QStringLiteral("counted")).toInt(), 2);
    QCOMPARE(findings[0].line, 6);
}

void TestChecks::bilingualItemWithoutEnglish() {
    const QByteArray body = "## 🦄文章&教程\n\n1、[中文---English](https://a)\n\nx\n\n"
                            "2、[只有中文](https://b)\n\nx\n";
    const auto findings = checkBilingual({}, body);
    QCOMPARE(kinds(findings), QStringList{QStringLiteral("no-english")});
    QCOMPARE(findings[0].section, 0);
    QCOMPARE(findings[0].item, 1);
    QCOMPARE(findings[0].line, 12);
    // The same items in a Chinese issue (title without `---`, one title of two bilingual):
    // not bilingual, nothing to find.
    QVERIFY(!kinds(check(body)).contains(QStringLiteral("no-english")));
    // The Chinese title, but most items bilingual: the issue is bilingual after all.
    const auto most = check("## 🦄文章&教程\n\n1、[一---One](https://a)\n\nx\n\n"
                            "2、[二---Two](https://b)\n\nx\n\n3、[三](https://c)\n\nx\n");
    QCOMPARE(kinds(most), QStringList{QStringLiteral("no-english")});
    QCOMPARE(most[0].item, 2);
    // An item without a link keeps its title in both editions: only its no-link finding.
    QCOMPARE(kinds(checkBilingual(
                 {}, "## 🦄文章&教程\n\n1、[中文---English](https://a)\n\nx\n\n"
                     "2、没有链接的条目\n\nx\n")),
             QStringList{QStringLiteral("no-link")});
}

void TestChecks::englishPartStillInChinese() {
    const auto findings = checkBilingual(
        "description: '本期分享了 2 篇文章---还是中文的描述'\n",
        "## 🦄文章&教程\n\n1、[中文---English: 副标题](https://a)\n\nx\n\n"
        "2、[中文---English：Title (v2.0)](https://b)\n\nx\n");
    QCOMPARE(kinds(findings), (QStringList{QStringLiteral("chinese-in-english"),
                                           QStringLiteral("chinese-in-english")}));
    QCOMPARE(findings[0].section, -1);
    QCOMPARE(findings[0].line, 3);
    QCOMPARE(findings[0].details.value(QStringLiteral("field")).toString(),
             QStringLiteral("description"));
    QCOMPARE(findings[0].details.value(QStringLiteral("found")).toString(),
             QStringLiteral("还是中文的描述"));
    QCOMPARE(findings[1].section, 0);
    QCOMPARE(findings[1].item, 0);
    QCOMPARE(findings[1].details.value(QStringLiteral("found")).toString(),
             QStringLiteral("副标题"));
    // The JSON keeps the common shape and adds the details.
    const QJsonObject object = findings[1].toJson();
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("chinese-in-english"));
    QCOMPARE(object.value(QStringLiteral("item")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("english")).toString(), QStringLiteral("English: 副标题"));
    // Full-width punctuation in an English part is not Chinese text: item 2 is not found.
    QCOMPARE(findings.size(), 2);
}

void TestChecks::pastIssueLinks() {
    QTemporaryDir dir;
    test::writeFile(dir.path(), QStringLiteral("2025-12-06-weekly.md"),
                    "---\ntitle: 'Python 潮流周刊#1：一'\npubDate: 2025-12-06\n---\n");
    const IssueArchive archive = IssueArchive::scan(dir.path(), NewsletterProfile::defaults());
    const QByteArray past = "## 🐧往年回顾\n\n[Python 潮流周刊#1：一](https://x/2025-12-06-weekly)\n"
                            "[Python 潮流周刊#2：二](https://x/2025-12-13-weekly)\n";
    const auto findings = check(past, &archive);
    QCOMPARE(kinds(findings), QStringList{QStringLiteral("past-issue-link")});
    QCOMPARE(findings[0].details.value(QStringLiteral("number")).toInt(), 2);
    QVERIFY(check(past).isEmpty()); // without an archive there is nothing to compare with
}

void TestChecks::sharedBefore() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("en")));
    auto archived = [](int number, const char *date, const QByteArray &url) {
        return QByteArray("---\ntitle: 'Python 潮流周刊#") + QByteArray::number(number) +
               "：x'\npubDate: " + date + "\n---\n\n## 🦄文章&教程\n\n1、[a](" + url +
               ")\n\nx\n";
    };
    test::writeFile(dir.path(), QStringLiteral("2024-06-22-weekly.md"),
                    archived(57, "2024-06-22", "https://www.Example.com/post/?utm_source=rss#top"));
    test::writeFile(dir.path(), QStringLiteral("2024-06-29-weekly.md"),
                    archived(58, "2024-06-29", "http://example.com/post"));
    test::writeFile(dir.path(), QStringLiteral("2024-07-06-weekly.md"),
                    archived(59, "2024-07-06", "https://github.com/Astral-SH/uv"));
    // The issue's own English edition: same number, never "before".
    test::writeFile(dir.path() + QStringLiteral("/en"), QStringLiteral("2024-07-13-weekly.md"),
                    archived(60, "2024-07-13", "https://example.com/own"));
    const IssueArchive archive = IssueArchive::scan(dir.path(), NewsletterProfile::defaults());
    QCOMPARE(archive.itemsWithUrl(QStringLiteral("https://example.com/post")).size(), 2);

    const IssueDocument current = test::parseText(
        QStringLiteral(
            "---\ntitle: 'Python 潮流周刊#60：当前'\npubDate: 2024-07-13\n---\n\n## "
            "🦄文章&教程\n\n"
            "1、[a](https://example.com/post/)\n\nx\n\n2、[b](https://example.com/own)\n\ny\n\n"
            "3、[c](https://example.com/new)\n\nz\n\n## 🐿️项目&资源\n\n"
            "1、[uv：包管理器](https://github.com/astral-sh/uv/tree/main)\n\n快（star 1K）\n"),
        QStringLiteral("2024-07-13-weekly.md"));
    const auto findings = checkIssue(current, NewsletterProfile::defaults(), &archive);
    QCOMPARE(kinds(findings),
             (QStringList{QStringLiteral("shared-before"), QStringLiteral("shared-before")}));
    QCOMPARE(findings[0].item, 0);
    QCOMPARE(findings[0].message,
             QStringLiteral("Shared before, in #58 · 2024-06-29.")); // the latest
    const QJsonObject json = findings[0].toJson();
    QCOMPARE(json.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://example.com/post/"));
    const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
    QCOMPARE(previous.value(QStringLiteral("file")).toString(),
             QStringLiteral("2024-06-29-weekly.md"));
    QCOMPARE(previous.value(QStringLiteral("number")).toInt(), 58);
    QCOMPARE(previous.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-29"));
    QCOMPARE(findings[1].section, 1);
    QVERIFY(findings[1].message.contains(QStringLiteral("#59")));

    // An earlier issue does not count the later ones.
    const IssueDocument older = test::parseText(
        QStringLiteral("---\ntitle: 'Python 潮流周刊#56：旧'\n---\n\n## "
                       "🦄文章&教程\n\n1、[a](https://example.com/post)\n\nx\n"),
        QStringLiteral("2024-06-15-weekly.md"));
    QVERIFY(checkIssue(older, NewsletterProfile::defaults(), &archive).isEmpty());
}

void TestChecks::jsonShape() {
    const auto findings =
        check("## 🦄文章&教程\n\n1、[a](https://a)\n\nx\n\n3、[b](https://b)\n\nx\n");
    const QJsonObject object = findingsToJson(findings).first().toObject();
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("numbering"));
    QCOMPARE(object.value(QStringLiteral("section")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("item")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("line")).toInt(), 12);
    QCOMPARE(object.value(QStringLiteral("number")).toInt(), 3);
    QVERIFY(!object.value(QStringLiteral("message")).toString().isEmpty());
}

void TestChecks::corpusRunsClean() {
    // Not an assertion on counts (real issues have real findings): every file is checked
    // without a crash, and each finding points inside the file.
    WC_REQUIRE_CORPUS();
    QMap<QString, int> perKind;
    for (const QString &path : test::corpusFiles()) {
        const IssueDocument document = test::loadDocument(path);
        for (const CheckFinding &finding : checkIssue(document, NewsletterProfile::defaults())) {
            QVERIFY(finding.line >= 1 && finding.line <= document.lineCount());
            QVERIFY(finding.section < document.sections().size());
            ++perKind[finding.kind];
        }
    }
    for (auto it = perKind.begin(); it != perKind.end(); ++it)
        qInfo("corpus findings: %s %d", qPrintable(it.key()), it.value());
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
