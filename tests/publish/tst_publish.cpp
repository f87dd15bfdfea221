// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing outputs on fixtures written here (golden texts, CRLF input included), and
// the summaries on the corpus: their lists equal the sections' items in order.
#include "issuesummary.h"
#include "newsletterreadme.h"
#include "publishchannel.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

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
    void summaryBlogInEnglish();
    void summaryInEnglishAndFromCrlf();
    void summaryTopicFollowsTheNumberAsTheNextIssueReadsIt();
    void telegramCaption();
    void telegramHeadingWithMarkupCharacters();
    void telegramLengthCountsUtf16Units();
    void readmeEntry();
    void emptyPlaceholdersPerChannelAndEdition();
    void readmeInsertionReplacesAndKeepsLineEndings();
    void newsletterReadmeIsFoundAtOrAboveTheIssue();
    void corpusSummariesListTheItems();
    void corpusSummaryListsEqualEachSectionsItems();
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
    // CRLF input: the same edition, its CRLF line endings kept byte for byte.
    expected.replace(u'\n', QStringLiteral("\r\n"));
    QCOMPARE(editionText(parse(bilingual, true), NewsletterProfile::defaults(), Edition::Chinese),
             expected);
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
    expected.replace(u'\n', QStringLiteral("\r\n"));
    QCOMPARE(editionText(parse(bilingual, true), NewsletterProfile::defaults(), Edition::English),
             expected);
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
    // The whole front matter of the Chinese edition: its title and description cut at `---`.
    QCOMPARE(summary.blog(),
             QStringLiteral("---\ntitle: 'Python 潮流周刊#120：中文主题'\npubDate: 2026-11-21\n"
                            "description: '中文描述'\nfullTextUrl: https://full.example/120\n"
                            "---\n\n") +
                 body);
    // From CRLF input: the same (LF) text.
    const IssueDocument crlf = parse(bilingual, true);
    QCOMPARE(IssueSummary(crlf, profile).blog(), summary.blog());
    QCOMPARE(IssueSummary(crlf, profile).github(), summary.github());
}

// The English blog summary: the English edition's front matter, title and headings.
void TestPublish::summaryBlogInEnglish() {
    const QString expected = QStringLiteral(
        "---\ntitle: 'Python Trending Weekly #120: English topic'\npubDate: 2026-11-21\n"
        "description: 'English description'\nfullTextUrl: https://full.example/120\n---\n\n"
        "本期是 Python 潮流周刊第 120 "
        "期。全文请见：https://full.example/120\n\n以下是本期标题摘要：\n\n"
        "**[🦄Articles & Tutorials](https://xiaobot.net/p/python_weekly)**\n\n"
        "① Managing shelve\\.py with `uv`\n\n② 只有中文\n\n"
        "**🐿️Projects & Resources**\n\n① ruff: a linter\n\n"
        "订阅后可查看第 120 期的全文：https://full.example/120\n");
    for (const bool crlf : {false, true}) {
        const IssueDocument document = parse(bilingual, crlf);
        QCOMPARE(IssueSummary(document, NewsletterProfile::defaults(), Edition::English).blog(),
                 expected);
    }
}

void TestPublish::summaryInEnglishAndFromCrlf() {
    NewsletterProfile profile = NewsletterProfile::defaults();
    profile.texts = {
        {QStringLiteral("summary-intro"), QStringLiteral("Issue {number}: {topic}\n\n")}};
    const IssueDocument crlf = parse(bilingual, true);
    const QString github = IssueSummary(crlf, profile, Edition::English).github();
    // The English edition's title (the profile's English pattern), its topic in the intro.
    QCOMPARE(github,
             QStringLiteral(
                 "# Python Trending Weekly #120: English topic\n\nIssue 120: English topic\n\n"
                 "**[🦄Articles & Tutorials](https://xiaobot.net/p/python_weekly)**\n\n"
                 "① Managing shelve\\.py with `uv`\n\n② 只有中文\n\n"
                 "**🐿️Projects & Resources**\n\n① ruff: a linter\n\n"));
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
            "Python 潮流周刊#120：中文主题\n\n*🦄文章&教程*\n① 用 \\`uv\\` "
            "管理 "
            "shelve.py\n② "
            "只有中文\n\n"
            "*🐿️项目&资源*\n① ruff：检查器\n\n全文：https://full.example/120\n"));
    // Escapes and markup are not counted (the backslashes and the two pairs of *), nor the
    // final line break, which Telegram strips.
    QCOMPARE(IssueSummary::telegramLength(caption), caption.size() - 2 - 4 - 1);
    QVERIFY(IssueSummary::telegramLength(caption) < IssueSummary::telegramLimit);
    QCOMPARE(IssueSummary(parse(bilingual, true), NewsletterProfile::defaults()).telegram(),
             caption);
    const QString english = QStringLiteral(
        "Python Trending Weekly #120: English topic\n\n*🦄Articles & Tutorials*\n"
        "① Managing shelve.py with \\`uv\\`\n② 只有中文\n\n"
        "*🐿️Projects & Resources*\n① ruff: a linter\n\n全文：https://full.example/120\n");
    for (const bool crlf : {false, true})
        QCOMPARE(
            IssueSummary(parse(bilingual, crlf), NewsletterProfile::defaults(), Edition::English)
                .telegram(),
            english);
}

// Legacy Markdown has no escapes inside an entity: a markup character in a heading closes the
// bold, comes escaped, and the bold opens again.
void TestPublish::telegramHeadingWithMarkupCharacters() {
    const IssueDocument document = test::parseText(
        QStringLiteral("## 🦄文章_教程*\n\n1、[snake_case](https://a)\n\nx\n"));
    NewsletterProfile profile = NewsletterProfile::defaults();
    profile.texts.clear();
    const QString caption = IssueSummary(document, profile).telegram();
    QCOMPARE(caption, QStringLiteral("*🦄文章*\\_*教程*\\*\n① snake\\_case\n"));
    QCOMPARE(IssueSummary::telegramLength(caption),
             QStringLiteral("🦄文章_教程*\n① snake_case").size());
}

// UTF-16 units of the parsed text: an emoji outside the BMP counts two.
void TestPublish::telegramLengthCountsUtf16Units() {
    QCOMPARE(IssueSummary::telegramLength(QStringLiteral("*a*\\_*b* 😀\n")), 6);
    QCOMPARE(IssueSummary::telegramLength(QStringLiteral("\n  x  \n\n")), 1);
    // A long issue goes over the limit.
    QString text = QStringLiteral("## 🦄文章&教程\n\n");
    for (int i = 1; i <= 50; ++i)
        text +=
            QStringLiteral(
                "%1、[第 %1 "
                "篇文章，一个相当长的标题，为了让说明文字超过电报的限制](https://a/%1)\n\nx\n\n")
                .arg(i);
    const QString caption =
        IssueSummary(test::parseText(text), NewsletterProfile::defaults()).telegram();
    QVERIFY(IssueSummary::telegramLength(caption) > IssueSummary::telegramLimit);
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
    // The same entry from CRLF input; in English.
    QCOMPARE(IssueSummary(parse(bilingual, true), NewsletterProfile::defaults()).readmeEntry(),
             entry);
    QCOMPARE(IssueSummary(parse(bilingual), NewsletterProfile::defaults(), Edition::English)
                 .readmeEntry(),
             QStringLiteral("- 第 120 期：[English topic](./docs/2026-11-21-weekly.md)\n  - "
                            "English description\n"));
}

// What each channel's fixed texts leave empty: only keys its own texts name, per edition.
void TestPublish::emptyPlaceholdersPerChannelAndEdition() {
    const NewsletterProfile profile = NewsletterProfile::defaults();
    const auto empty = [&](const char *text, PublishChannel channel, Edition edition,
                           const QString &fileName = {}) {
        return publish(channel, IssueDocument::parse(QString::fromUtf8(text), fileName), profile,
                       edition)
            .emptyPlaceholders;
    };
    const char *complete = "---\ntitle: 'Python 潮流周刊#7：主题---Topic'\n"
                           "description: '描述---Description'\nfullTextUrl: https://f/7\n---\n";
    for (const PublishChannel channel : publishChannels()) {
        for (const Edition edition : {Edition::Chinese, Edition::English})
            QCOMPARE(empty(complete, channel, edition, QStringLiteral("2026-01-03-weekly.md")),
                     QStringList());
    }
    // No English description, no full-text URL, no file name (parsed, never saved).
    const char *partial =
        "---\ntitle: 'Python 潮流周刊#7：主题---Topic'\ndescription: '描述'\n---\n";
    QCOMPARE(empty(partial, PublishChannel::Telegram, Edition::Chinese),
             QStringList{QStringLiteral("fullTextUrl")});
    QCOMPARE(empty(partial, PublishChannel::BlogSummary, Edition::English),
             QStringList{QStringLiteral("fullTextUrl")});
    QCOMPARE(empty(partial, PublishChannel::ReadmeEntry, Edition::Chinese),
             QStringList{QStringLiteral("file")});
    QCOMPARE(empty(partial, PublishChannel::ReadmeEntry, Edition::English),
             (QStringList{QStringLiteral("file"), QStringLiteral("description")}));
    QCOMPARE(empty(partial, PublishChannel::Wechat, Edition::Chinese), QStringList());
    // Without a title: the GitHub summary's heading, and the number its texts use.
    QCOMPARE(empty("正文\n", PublishChannel::GithubSummary, Edition::Chinese),
             (QStringList{QStringLiteral("title"), QStringLiteral("number"),
                          QStringLiteral("fullTextUrl")}));
}

void TestPublish::readmeInsertionReplacesAndKeepsLineEndings() {
    const QString entry =
        QStringLiteral("- 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)\n  - 中文描述\n");
    // Issue 120 already listed (an older entry): replaced, not listed twice.
    const QString listed = QStringLiteral("# 周刊\n\n- 第 120 期：[旧](./docs/x.md)\n  - 旧的\n"
                                          "  - 两行\n- 第 119 期：[b](./docs/b.md)\n");
    QCOMPARE(readmeWithEntry(listed, entry, 120),
             QStringLiteral("# 周刊\n\n") + entry +
                 QStringLiteral("- 第 119 期：[b](./docs/b.md)\n"));
    QCOMPARE(readmeWithEntry(readmeWithEntry(listed, entry, 120), entry, 120),
             readmeWithEntry(listed, entry, 120));
    // A CRLF README gets CRLF lines.
    const QString crlf = QStringLiteral("# 周刊\r\n\r\n- 第 119 期：[b](./docs/b.md)\r\n  - d\r\n");
    QCOMPARE(readmeWithEntry(crlf, entry, 120),
             QStringLiteral("# 周刊\r\n\r\n- 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)\r\n"
                            "  - 中文描述\r\n- 第 119 期：[b](./docs/b.md)\r\n  - d\r\n"));
    // Counting up, the last line without a line break: the entry goes on a line of its own.
    QCOMPARE(readmeWithEntry(QStringLiteral("- 第 118 期：a\n- 第 119 期：b"), entry, 120),
             QStringLiteral("- 第 118 期：a\n- 第 119 期：b\n") + entry);
}

void TestPublish::newsletterReadmeIsFoundAtOrAboveTheIssue() {
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("docs/2026")));
    const QString readme = test::writeFile(root, QStringLiteral("README.md"), "# r\n");
    const QString profile = test::writeFile(root, QStringLiteral("weekly-composer.yaml"), "");
    const QString issue = root + QStringLiteral("/docs/2026-11-21-weekly.md");
    const QString deep = root + QStringLiteral("/docs/2026/2026-11-21-weekly.md");
    QCOMPARE(findNewsletterReadme(issue, profile), readme);
    QCOMPARE(findNewsletterReadme(issue), readme);         // the parent, without a profile
    QCOMPARE(findNewsletterReadme(deep, profile), readme); // up to the profile's folder
    QCOMPARE(findNewsletterReadme(deep), QString());       // two levels only without one
    QCOMPARE(findNewsletterReadme(deep, QStringLiteral("/elsewhere/weekly-composer.yaml")),
             QString()); // not this issue's profile: as without one
    QCOMPARE(findNewsletterReadme(QString()), QString());
    // The nearest wins.
    const QString nearer =
        test::writeFile(root + QStringLiteral("/docs"), QStringLiteral("README.md"), "");
    QCOMPARE(findNewsletterReadme(issue, profile), nearer);
    // Above the profile's folder is another newsletter's (or nobody's) README.
    QTemporaryDir outer;
    test::writeFile(outer.path(), QStringLiteral("README.md"), "");
    QVERIFY(QDir(outer.path()).mkpath(QStringLiteral("weekly/docs")));
    const QString innerProfile = test::writeFile(outer.path() + QStringLiteral("/weekly"),
                                                 QStringLiteral("weekly-composer.yaml"), "");
    QCOMPARE(findNewsletterReadme(outer.path() + QStringLiteral("/weekly/docs/a.md"), innerProfile),
             QString());
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

// Stricter, section by section: the summary's `**heading**` blocks are the sections that have
// items, in order, and each lists exactly its items' titles, in order, as the newsletter's
// scripts read them (`N、[title](url)`, a blank after 、 allowed, `N. [title](url)` in the
// English and Japanese issues; the text after the number for the few items without a link). And no
// `N、` line of a section is missing from its items.
void TestPublish::corpusSummaryListsEqualEachSectionsItems() {
    WC_REQUIRE_CORPUS();
    static const QRegularExpression linked(
        QStringLiteral("^(?:\\d+、|\\d+\\.)\\s*\\[(.*?)\\]\\(.*?\\)"));
    static const QRegularExpression numbered(
        QStringLiteral("^(?:\\d+、|[①-⑳㉑-㉟㊱-㊿]|\\d+\\.)\\s*(.*)$"));
    static const QRegularExpression itemLine(QStringLiteral("^\\d+、"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression listed(QStringLiteral("^(?:[①-⑳㉑-㉟㊱-㊿]|\\d+\\.) (.*)$"));
    int files = 0, sections = 0, items = 0;
    for (const QString &path : test::corpusFiles()) {
        const IssueDocument document = test::loadDocument(path);
        const QString &text = document.text();
        QList<QStringList> expected;
        for (const SectionNode &section : document.sections()) {
            if (section.items.isEmpty())
                continue;
            QStringList titles;
            int numberedHeads = 0;
            for (const ItemNode &item : section.items) {
                const QString head = item.headLine.in(text).toString();
                numberedHeads += head.contains(itemLine) ? 1 : 0;
                const auto link = linked.match(head);
                titles << (link.hasMatch() ? link.captured(1) : numbered.match(head).captured(1))
                              .trimmed();
            }
            expected << titles;
            // Every `N、` line of the section's own text (not its subsections') is an item.
            const qsizetype end = section.items.last().end;
            QCOMPARE(QStringView(text).mid(section.begin, end - section.begin).count(itemLine),
                     numberedHeads);
        }
        QList<QStringList> summary;
        for (const QString &line :
             IssueSummary(document, NewsletterProfile::defaults()).github().split(u'\n')) {
            if (line.startsWith(QStringLiteral("**")) && line.endsWith(QStringLiteral("**")))
                summary.append(QStringList());
            else if (const auto match = listed.match(line); match.hasMatch() && !summary.isEmpty())
                summary.last() << match.captured(1);
        }
        if (summary != expected) {
            for (qsizetype i = 0; i < std::max(summary.size(), expected.size()); ++i) {
                const QStringList a = summary.value(i), b = expected.value(i);
                if (a != b)
                    qWarning("%s, section %lld:\n  summary:  %s\n  expected: %s", qPrintable(path),
                             qlonglong(i), qPrintable(a.join(QStringLiteral(" | "))),
                             qPrintable(b.join(QStringLiteral(" | "))));
            }
        }
        QCOMPARE(summary, expected);
        ++files;
        sections += int(expected.size());
        for (const QStringList &titles : expected)
            items += int(titles.size());
    }
    qInfo("summaries: %d corpus files, %d sections, %d items, each list equal", files, sections,
          items);
    QVERIFY(files > 150);
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
