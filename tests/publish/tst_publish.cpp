// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing outputs on fixtures written here (golden texts, CRLF input included), and
// the summaries on the corpus: their lists equal the sections' items in order.
#include "issuesummary.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace wc;

namespace {

const char bilingual[] =
    "---\ntitle: 'Python 潮流周刊#120：中文主题---English topic'\npubDate: 2026-11-21\n"
    "description: '中文描述---English description'\nfullTextUrl: https://full.example/120\n---\n\n"
    "你好。[链接---Link](https://x.example)\n\n"
    "## [🦄文章&教程](https://xiaobot.net/p/python_weekly)\n\n"
    "1、[用 `uv` 管理 shelve\\.py---Managing shelve\\.py with `uv`](https://a.example/uv)\n\n"
    "描述 [内链---Inner](https://b.example)。\n\n```\n[代码---Code](https://c.example)\n```\n\n"
    "2、[只有中文](https://a.example/zh)\n\n描述。\n\n"
    "## 🐿️项目&资源\n\n1、[ruff：检查器---ruff: a "
    "linter](https://github.com/astral-sh/ruff)\n\n快（star 30K）\n\n"
    "## 🐱欢迎订阅\n\n订阅我们。\n";

IssueDocument parse(const char *text, bool crlf = false) {
    QString source = QString::fromUtf8(text);
    if (crlf)
        source.replace(u'\n', QStringLiteral("\r\n"));
    return test::parseText(source, QStringLiteral("2026-11-21-weekly.md"));
}

} // namespace

class TestPublish : public QObject {
    Q_OBJECT

private slots:
    void chineseEdition();
    void englishEdition();
    void englishDescriptionFromCounts();
    void summaryBlogAndGithub();
    void summaryInEnglishAndFromCrlf();
    void summaryTopicFollowsTheNumberAsTheNextIssueReadsIt();
    void telegramCaption();
    void readmeEntry();
    void corpusSummariesListTheItems();
};

void TestPublish::chineseEdition() {
    const QString zh =
        editionText(parse(bilingual), NewsletterProfile::defaults(), Edition::Chinese);
    QString expected = QString::fromUtf8(bilingual);
    expected.replace(QStringLiteral("中文主题---English topic"), QStringLiteral("中文主题"));
    expected.replace(QStringLiteral("中文描述---English description"), QStringLiteral("中文描述"));
    expected.replace(QStringLiteral("[链接---Link]"), QStringLiteral("[链接]"));
    expected.replace(QStringLiteral("[用 `uv` 管理 shelve\\.py---Managing shelve\\.py with `uv`]"),
                     QStringLiteral("[用 `uv` 管理 shelve\\.py]"));
    expected.replace(QStringLiteral("[内链---Inner]"), QStringLiteral("[内链]"));
    expected.replace(QStringLiteral("[ruff：检查器---ruff: a linter]"),
                     QStringLiteral("[ruff：检查器]"));
    QCOMPARE(zh, expected); // code keeps its `---`
}

void TestPublish::englishEdition() {
    const QString en =
        editionText(parse(bilingual), NewsletterProfile::defaults(), Edition::English);
    QString expected = QString::fromUtf8(bilingual);
    expected.replace(QStringLiteral("'Python 潮流周刊#120：中文主题---English topic'"),
                     QStringLiteral("'Python Trending Weekly #120: English topic'"));
    expected.replace(QStringLiteral("中文描述---English description"),
                     QStringLiteral("English description"));
    expected.replace(QStringLiteral("[链接---Link]"), QStringLiteral("[Link]"));
    expected.replace(QStringLiteral("## [🦄文章&教程]"),
                     QStringLiteral("## [🦄Articles & Tutorials]"));
    expected.replace(QStringLiteral("[用 `uv` 管理 shelve\\.py---Managing shelve\\.py with `uv`]"),
                     QStringLiteral("[Managing shelve\\.py with `uv`]"));
    expected.replace(QStringLiteral("[内链---Inner]"), QStringLiteral("[Inner]"));
    expected.replace(QStringLiteral("## 🐿️项目&资源"),
                     QStringLiteral("## 🐿️Projects & Resources"));
    expected.replace(QStringLiteral("[ruff：检查器---ruff: a linter]"),
                     QStringLiteral("[ruff: a linter]"));
    expected.replace(QStringLiteral("## 🐱欢迎订阅"), QStringLiteral("## 🐱Subscribe"));
    QCOMPARE(en, expected);
    // An English part that already carries the English prefix is not doubled.
    const QString already =
        editionText(test::parseText(QStringLiteral(
                        "---\ntitle: '周刊#7：七---Python Trending Weekly #7: Seven'\n---\n")),
                    NewsletterProfile::defaults(), Edition::English);
    QCOMPARE(already, QStringLiteral("---\ntitle: 'Python Trending Weekly #7: Seven'\n---\n"));
}

void TestPublish::englishDescriptionFromCounts() {
    const char text[] =
        "---\ntitle: 'Python 潮流周刊#3：三---Three'\ndescription: 只有中文\n---\n\n"
        "## 🦄文章&教程\n\n1、[a---A](https://a)\n\nx\n\n2、[b---B](https://b)\n\ny\n\n"
        "## 🐢播客&视频\n\n1、[c---C](https://c)\n\nz\n";
    const IssueDocument document = test::parseText(QString::fromUtf8(text));
    QCOMPARE(englishCountsDescription(document, NewsletterProfile::defaults()),
             QStringLiteral("Shared 2 articles, 1 audio/video"));
    QVERIFY(editionText(document, NewsletterProfile::defaults(), Edition::English)
                .contains(QStringLiteral("\ndescription: Shared 2 articles, 1 audio/video\n")));
}

void TestPublish::summaryBlogAndGithub() {
    NewsletterProfile profile = NewsletterProfile::defaults();
    const IssueDocument document = parse(bilingual);
    const IssueSummary summary(document, profile);
    const QString body = QStringLiteral(
        "本期是 Python 潮流周刊第 120 "
        "期。全文请见：https://full.example/120\n\n以下是本期标题摘要：\n\n"
        "**[🦄文章&教程](https://xiaobot.net/p/python_weekly)**\n\n① 用 `uv` 管理 "
        "shelve\\.py\n\n② 只有中文\n\n"
        "**🐿️项目&资源**\n\n① ruff：检查器\n\n"
        "订阅后可查看第 120 期的全文：https://full.example/120\n");
    QCOMPARE(summary.github(), QStringLiteral("# Python 潮流周刊#120：中文主题\n\n") + body);
    const QString frontMatter = QString::fromUtf8(bilingual).left(
        QString::fromUtf8(bilingual).indexOf(QStringLiteral("你好")));
    QCOMPARE(summary.blog(), frontMatter + body);
}

void TestPublish::summaryInEnglishAndFromCrlf() {
    NewsletterProfile profile = NewsletterProfile::defaults();
    profile.texts = {
        {QStringLiteral("summary-intro"), QStringLiteral("Issue {number}: {topic}\n\n")}};
    const IssueDocument crlf = parse(bilingual, true);
    const QString github = IssueSummary(crlf, profile, Edition::English).github();
    QCOMPARE(github,
             QStringLiteral(
                 "# Python 潮流周刊#120：中文主题---English topic\n\nIssue 120: English topic\n\n"
                 "**[🦄Articles & Tutorials](https://xiaobot.net/p/python_weekly)**\n\n"
                 "① Managing shelve\\.py with `uv`\n\n② 只有中文\n\n"
                 "**🐿️Projects & Resources**\n\n① ruff: a linter\n\n")
                 .replace(QStringLiteral("# Python 潮流周刊#120：中文主题---English topic"),
                          QStringLiteral("# English topic")));
    // CRLF input, LF output: the same text as from the LF file.
    QCOMPARE(IssueSummary(crlf, NewsletterProfile::defaults()).github(),
             IssueSummary(parse(bilingual), NewsletterProfile::defaults()).github());
}

// The topic is what follows `#N` and its separator, which may be a blank alone: the next
// issue read it so, while the summary, with a pattern of its own, gave the whole title.
void TestPublish::summaryTopicFollowsTheNumberAsTheNextIssueReadsIt() {
    NewsletterProfile profile = NewsletterProfile::defaults();
    profile.texts = {{QStringLiteral("summary-intro"), QStringLiteral("[{topic}]\n\n")}};
    const IssueDocument document =
        test::parseText(QStringLiteral("# Python 潮流周刊#7 新年快乐\n\n## 文章\n\n1、A\n"),
                        QStringLiteral("2026-01-01-weekly.md"));
    const QString github = IssueSummary(document, profile).github();
    QVERIFY2(github.contains(QStringLiteral("[新年快乐]")), qPrintable(github));
}

void TestPublish::telegramCaption() {
    const IssueDocument document = parse(bilingual);
    const QString caption = IssueSummary(document, NewsletterProfile::defaults()).telegram();
    QCOMPARE(
        caption,
        QStringLiteral(
            "Python 潮流周刊#120：中文主题\n\n*🦄文章&教程*\n① 用 \\`uv\\` 管理 "
            "shelve.py\n② "
            "只有中文\n\n"
            "*🐿️项目&资源*\n① ruff：检查器\n\n全文：https://full.example/120\n"));
    // Escapes and markup are not counted: the backslashes and the two pairs of *.
    QCOMPARE(IssueSummary::telegramLength(caption), caption.size() - 2 - 4);
    QVERIFY(IssueSummary::telegramLength(caption) < IssueSummary::telegramLimit);
}

void TestPublish::readmeEntry() {
    const IssueDocument document = parse(bilingual);
    const QString entry = IssueSummary(document, NewsletterProfile::defaults()).readmeEntry();
    QCOMPARE(entry, QStringLiteral(
                        "- 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)\n  - 中文描述\n"));
    const QString down = QStringLiteral(
        "# 周刊\n\n- 第 119 期：[b](./docs/b.md)\n  - d\n- 第 118 期：[a](./docs/a.md)\n\n尾\n");
    QCOMPARE(
        readmeWithEntry(down, entry, 120),
        QStringLiteral("# 周刊\n\n") + entry +
            QStringLiteral(
                "- 第 119 期：[b](./docs/b.md)\n  - d\n- 第 118 期：[a](./docs/a.md)\n\n尾\n"));
    const QString up = QStringLiteral(
        "# 周刊\n\n- 第 118 期：[a](./docs/a.md)\n- 第 119 期：[b](./docs/b.md)\n  - d\n\n尾\n");
    QCOMPARE(
        readmeWithEntry(up, entry, 120),
        QStringLiteral(
            "# 周刊\n\n- 第 118 期：[a](./docs/a.md)\n- 第 119 期：[b](./docs/b.md)\n  - d\n") +
            entry + QStringLiteral("\n尾\n"));
    QCOMPARE(readmeWithEntry(QStringLiteral("# 周刊"), entry, 120),
             QStringLiteral("# 周刊\n") + entry);
}

void TestPublish::corpusSummariesListTheItems() {
    WC_REQUIRE_CORPUS();
    // The newsletter's own scripts read items as `\d+、\[(.*?)\]\(.*?\)`.
    static const QRegularExpression item(QStringLiteral("^\\d+、\\[(.*?)\\]\\(.*?\\)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression line(QStringLiteral("^(?:[①-⑳㉑-㉟㊱-㊿]|\\d+\\.) (.*)$"),
                                         QRegularExpression::MultilineOption);
    int files = 0, compared = 0;
    for (const QString &path : test::corpusFiles()) {
        const IssueDocument document = test::loadDocument(path);
        QStringList expected;
        for (const SectionNode &section : document.sections()) {
            auto it = item.globalMatch(
                QStringView(document.text()).mid(section.begin, section.end - section.begin));
            while (it.hasNext())
                expected << it.next().captured(1).trimmed(); // the summary trims the title
        }
        if (expected.isEmpty())
            continue;
        QStringList listed;
        auto it = line.globalMatch(IssueSummary(document, NewsletterProfile::defaults()).github());
        while (it.hasNext())
            listed << it.next().captured(1);
        // Subsections repeat no items; every `N、[…]` item is listed, in order, as written.
        QStringList found;
        for (const QString &title : listed) {
            if (expected.contains(title))
                found << title;
        }
        for (const QString &title : expected) {
            if (!found.contains(title))
                qWarning("%s: not listed: %s", qPrintable(path), qPrintable(title));
        }
        QCOMPARE(found, expected);
        ++files;
        compared += int(expected.size());
    }
    qInfo("summaries: %d corpus files, %d items listed in order", files, compared);
    QVERIFY(files > 50); // the Chinese issues with `N、` items; English ones write `1. `
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
