// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The next issue from the last one: a fixture written here gives exactly the expected text;
// on the corpus, the past-issues links made from each predecessor are compared with the ones
// the real issue has.
#include "issuearchive.h"
#include "nextissue.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace wc;

namespace {

const char lastIssue[] = R"(---
title: 'Python 潮流周刊#120：最后一期'
pubDate: 2026-11-21
author: 猫哥
tags: [python, weekly]
---

你好，我是猫哥。

本期分享了 2 篇文章，1 个开源项目，赠书 3 本，全文 1659 字。

**🎉 本周六有线下聚会！**

## [🦄文章&教程](https://xiaobot.net/p/python_weekly)

1、[Why uv](https://a.example/uv)

快。

2、[Rye](https://a.example/rye)

旧。

## 🐿️项目&资源

1、[ruff：检查器](https://github.com/astral-sh/ruff)

快（star 30K）

🎁 喜欢就订阅吧。

## [🐧 往年回顾](https://xiaobot.net/p/python_weekly)

[Python 潮流周刊#70：七十](https://pythoncat.top/posts/2025-12-06-weekly)（2025.12.06）
[Python 潮流周刊#20：二十](https://pythoncat.top/posts/2024-12-07-weekly) （2024.12.07）

## 🐱欢迎订阅

订阅我们。
)";

const char expectedNext[] = R"(---
title: 'Python 潮流周刊#121：'
pubDate: 2026-11-28
author: 猫哥
tags: [python, weekly]
---

你好，我是猫哥。

本期分享了 0 篇文章，0 个开源项目，赠书 3 本，全文 0 字。

## [🦄文章&教程](https://xiaobot.net/p/python_weekly)

## 🐿️项目&资源

🎁 喜欢就订阅吧。

## [🐧 往年回顾](https://xiaobot.net/p/python_weekly)

[Python 潮流周刊#71：七十一](https://pythoncat.top/posts/2025-12-13-weekly)（2025.12.13）
[Python 潮流周刊#21：二十一's](https://pythoncat.top/posts/2024-12-14-weekly) （2024.12.14）

## 🐱欢迎订阅

订阅我们。
)";

QByteArray archived(int number, const char *date, const char *topic) {
    return QByteArray("---\ntitle: 'Python 潮流周刊#") + QByteArray::number(number) + "：" + topic +
           "'\npubDate: " + date + "\n---\n\n## 🦄文章&教程\n\n1、[x](https://x)\n\ny\n";
}

// The links of a past-issues section: [text](url) pairs.
QStringList pastIssueLinks(const IssueDocument &document, const NewsletterProfile &profile) {
    static const QRegularExpression link(
        QStringLiteral("\\[([^\\]]*#\\d+[^\\]]*)\\]\\(([^)]*)\\)"));
    QStringList links;
    for (const SectionNode &section : document.sections()) {
        if (profile.kindOf(document.sectionLabel(section)) != SectionKind::PastIssues)
            continue;
        for (const Block &block : section.intro) {
            auto it = link.globalMatch(block.content.in(document.text()).toString());
            while (it.hasNext()) {
                const auto match = it.next();
                links << match.captured(0);
            }
        }
    }
    return links;
}

} // namespace

class TestNextIssue : public QObject {
    Q_OBJECT

private slots:
    void nextIssueFromAFixture();
    void announcementsAreOfferedAndKeptOnRequest();
    void theStatsLineIsFoundByTheProfilesUnits();
    void anH1TitleAndCrlfLineEndings();
    void noNumberIsAnError();
    void statsLineCountsBecomeZero();
    void pastIssueLinksAgreeWithTheCorpus();
};

void TestNextIssue::nextIssueFromAFixture() {
    QTemporaryDir dir;
    test::writeFile(dir.path(), QStringLiteral("2025-12-13-weekly.md"),
                    archived(71, "2025-12-13", "七十一"));
    test::writeFile(dir.path(), QStringLiteral("2024-12-14-weekly.md"),
                    archived(21, "2024-12-14", "二十一's"));
    const IssueArchive archive = IssueArchive::scan(dir.path(), NewsletterProfile::defaults());
    const IssueDocument last =
        test::parseText(QString::fromUtf8(lastIssue), QStringLiteral("2026-11-21-weekly.md"));
    const NewsletterProfile profile = NewsletterProfile::defaults();
    const NextIssue::Result next = NextIssue(last, profile, &archive).make();
    QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
    QCOMPARE(next.number, 121);
    QCOMPARE(next.date, QDate(2026, 11, 28));
    QCOMPARE(next.fileName, QStringLiteral("2026-11-28-weekly.md"));
    QCOMPARE(next.text, QString::fromUtf8(expectedNext));
    QVERIFY(next.warnings.isEmpty());

    // Without an archive the links cannot be made: each one missing is said.
    const NextIssue::Result bare = NextIssue(last, profile).make();
    QCOMPARE(bare.warnings.size(), 2);
    QVERIFY(bare.warnings.first().contains(QStringLiteral("#71")));
    QVERIFY(!bare.text.contains(QStringLiteral("#70")));
}

void TestNextIssue::announcementsAreOfferedAndKeptOnRequest() {
    const IssueDocument last =
        test::parseText(QString::fromUtf8(lastIssue), QStringLiteral("2026-11-21-weekly.md"));
    const NextIssue next(last, NewsletterProfile::defaults());
    const QList<NextIssue::Announcement> offered = next.announcements();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().text, QStringLiteral("**🎉 本周六有线下聚会！**"));
    QVERIFY(!next.make().text.contains(QStringLiteral("线下聚会")));
    QVERIFY(
        next.make({offered.first().preambleIndex})
            .text.contains(QStringLiteral("\n**🎉 本周六有线下聚会！**\n\n## [🦄")));
}

void TestNextIssue::theStatsLineIsFoundByTheProfilesUnits() {
    // A 科技爱好者周刊-style issue: its stats line counts 个工具 and 篇文章 by its own units.
    const IssueDocument last = test::parseText(QStringLiteral(R"(# 科技爱好者周刊（第 8 期）：八

本周收录 3 个工具。

**本周有活动**

## 工具

1、[甲](https://a.example/)

说明。
)"),
                                               QStringLiteral("issue-8.md"));
    // The defaults know no 个工具: no stats line, so nothing after it to offer.
    QCOMPARE(NextIssue(last, NewsletterProfile::defaults()).announcements().size(), 0);
    const LoadedProfile own = parseProfile(R"(issue-file: "issue-{number}.md"
title: "科技爱好者周刊（第 {number} 期）：{topic}"
sections:
  - {kind: projects, match: [工具], unit: 个工具}
)");
    QVERIFY(own.problems.isEmpty());
    const QList<NextIssue::Announcement> offered = NextIssue(last, own.profile).announcements();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().text, QStringLiteral("**本周有活动**"));
}

void TestNextIssue::anH1TitleAndCrlfLineEndings() {
    const QString last = QStringLiteral(
        "# Python 潮流周刊#110：摘要\r\n\r\n本期分享了 3 篇文章，全文 900 字。\r\n\r\n"
        "**[🦄文章&教程](https://x)**\r\n\r\n① "
        "标题一\r\n\r\n**[🐱欢迎订阅](https://y)**\r\n\r\n订阅。\r\n");
    const IssueDocument document = test::parseText(last, QStringLiteral("2025-07-05-weekly.md"));
    const NextIssue::Result next = NextIssue(document, NewsletterProfile::defaults()).make();
    QCOMPARE(
        next.text,
        QStringLiteral("# Python 潮流周刊#111：\r\n\r\n本期分享了 0 篇文章，全文 0 字。\r\n\r\n"
                       "**[🦄文章&教程](https://x)**\r\n\r\n**[🐱欢迎订阅](https://"
                       "y)**\r\n\r\n订阅。\r\n"));
    QCOMPARE(next.date, QDate(2025, 7, 12));
}

void TestNextIssue::noNumberIsAnError() {
    const IssueDocument document =
        test::parseText(QStringLiteral("# 没有编号\n\n## 🦄文章&教程\n"),
                        QStringLiteral("2025-07-05-weekly.md"));
    const NextIssue::Result next = NextIssue(document, NewsletterProfile::defaults()).make();
    QVERIFY(next.error.contains(QStringLiteral("#N")));
    QVERIFY(next.text.isEmpty());
}

void TestNextIssue::statsLineCountsBecomeZero() {
    QCOMPARE(zeroedStatsLine(QStringLiteral(
                 "本期共分享了 12 篇文章，12 个开源项目，2 则音视频，全文  1659 字。")),
             QStringLiteral("本期共分享了 0 篇文章，0 个开源项目，0 则音视频，全文  0 字。"));
    QCOMPARE(zeroedStatsLine(QStringLiteral("赠书 5 本《书》，第 3 期")),
             QStringLiteral("赠书 5 本《书》，第 3 期"));
}

void TestNextIssue::pastIssueLinksAgreeWithTheCorpus() {
    WC_REQUIRE_CORPUS();
    const NewsletterProfile profile = NewsletterProfile::defaults();
    const QString root = test::corpusDir() + QStringLiteral("/python-weekly");
    const IssueArchive archive = IssueArchive::scan(root, profile);
    int pairs = 0, links = 0, agree = 0, sameTarget = 0;
    QStringList report;
    for (const ArchiveIssue &real : archive.issues()) {
        if (real.file.contains(u'/') || !real.number)
            continue; // the Chinese issues at the root; en/ and ja/ are translations
        const ArchiveIssue *predecessor = archive.issueWithNumber(*real.number - 1);
        if (!predecessor || predecessor->file.contains(u'/'))
            continue;
        const IssueDocument realDocument = test::loadDocument(real.path);
        const QStringList realLinks = pastIssueLinks(realDocument, profile);
        if (realLinks.isEmpty())
            continue;
        const IssueDocument last = test::loadDocument(predecessor->path);
        if (pastIssueLinks(last, profile).isEmpty())
            continue; // nothing to learn the links from: the section is new in this issue
        const QStringList made = pastIssueLinks(
            test::parseText(NextIssue(last, profile, &archive).make().text), profile);
        ++pairs;
        for (const QString &link : realLinks) {
            static const QRegularExpression target(QStringLiteral("#(\\d+)"));
            const int number = target.match(link).captured(1).toInt();
            if (!archive.issueWithNumber(number))
                continue; // the target is not in the corpus
            ++links;
            const auto mine = std::find_if(made.begin(), made.end(), [&](const QString &m) {
                return target.match(m).captured(1).toInt() == number;
            });
            if (mine != made.end()) {
                ++sameTarget;
                if (*mine == link)
                    ++agree;
                else
                    report << QStringLiteral("%1: real %2\n  made %3").arg(real.file, link, *mine);
            } else {
                report << QStringLiteral("%1: real %2, none made").arg(real.file, link);
            }
        }
    }
    qInfo("next issue: %d issue pairs, %d past-issue links with targets in the corpus; "
          "%d made for the same target, %d identical",
          pairs, links, sameTarget, agree);
    for (const QString &line : report)
        qInfo("%s", qPrintable(line));
    QVERIFY(pairs > 10);
    // Every real link to an issue of the corpus gets a link to that same issue.
    QCOMPARE(sameTarget, links);
}

QTEST_GUILESS_MAIN(TestNextIssue)
#include "tst_nextissue.moc"
