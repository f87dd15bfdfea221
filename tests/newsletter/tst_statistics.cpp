// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics and Update Statistics: counts per kind, the word count, and rewriting only the
// numbers of the stats line and the front-matter description.
#include "issuestatistics.h"
#include "testsupport.h"
#include "wordcount.h"

#include <QJsonArray>

using namespace wc;

namespace {

const char issueText[] =
    "---\ntitle: 'Python 潮流周刊#9：测试'\ndescription: '本期有 1 篇文章，全文 3 字'\n---\n\n"
    "本期共分享了  9 篇文章，9 个开源项目，7 则视频，赠书 3 本《好书》，全文 1 字。\n\n"
    "## 🦄文章&教程\n\n1、[a](https://a)\n\n说全文 5 "
    "字的事。\n\n2、[b](https://b)\n\nx\n\n"
    "## 🐿️项目&资源\n\n1、[c：d](https://github.com/c/d)\n\ny\n\n"
    "## 🐢播客&视频\n\n1、[e](https://e)\n\nz\n\n## 🐱欢迎订阅\n\n订阅。\n";

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void countsPerKindAndWords();
    void updateRewritesOnlyTheNumbers();
    void updateOnCrlfText();
    void canonicalLineLeavesOutEmptyKinds();
    void noStatsLineNoUpdate();
};

void TestStatistics::countsPerKindAndWords() {
    const IssueDocument document = test::parseText(QString::fromUtf8(issueText));
    const IssueStatistics statistics = computeStatistics(document, NewsletterProfile::defaults());
    QCOMPARE(statistics.count(SectionKind::Articles), 2);
    QCOMPARE(statistics.count(SectionKind::Projects), 1);
    QCOMPARE(statistics.count(SectionKind::Media), 1);
    QCOMPARE(statistics.count(SectionKind::Discussions), 0);
    QCOMPARE(statistics.words, publishedWordCount(document.text()));
    QVERIFY(statistics.words > 10);
    QVERIFY(statistics.statsLine.startsWith(QStringLiteral("本期共分享了")));
    const QJsonObject json = statistics.toJson();
    const QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 4);
    QCOMPARE(sections[0].toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("🦄文章&教程"));
    QCOMPARE(sections[0].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("articles"));
    QCOMPARE(sections[0].toObject().value(QStringLiteral("items")).toInt(), 2);
    QCOMPARE(sections[3].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("other"));
    QCOMPARE(json.value(QStringLiteral("words")).toInteger(), statistics.words);
    QCOMPARE(json.value(QStringLiteral("statsLine")).toString(), statistics.statsLine);
}

void TestStatistics::updateRewritesOnlyTheNumbers() {
    const IssueDocument document = test::parseText(QString::fromUtf8(issueText));
    const NewsletterProfile profile = NewsletterProfile::defaults();
    const IssueStatistics statistics = computeStatistics(document, profile);
    const QString updated =
        applyEdit(document.text(), statisticsUpdate(document, profile, statistics));
    const QString words = QString::number(statistics.words);
    QString expected = QString::fromUtf8(issueText);
    expected.replace(QStringLiteral("本期有 1 篇文章，全文 3 字"),
                     QStringLiteral("本期有 2 篇文章，全文 ") + words + QStringLiteral(" 字"));
    expected.replace(
        QStringLiteral(
            "本期共分享了  9 篇文章，9 个开源项目，7 则视频，赠书 3 本《好书》，全文 1 字。"),
        QStringLiteral("本期共分享了  2 篇文章，1 个开源项目，1 则视频，赠书 3 本《好书》，全文 ") +
            words + QStringLiteral(" 字。"));
    QCOMPARE(updated, expected);
    QVERIFY(updated.contains(QStringLiteral("说全文 5 字的事"))); // not the stats line: untouched
    // The count does not depend on its own number: updating again changes nothing.
    const IssueDocument again = test::parseText(updated);
    QVERIFY(statisticsUpdate(again, profile, computeStatistics(again, profile)).isEmpty());
}

void TestStatistics::updateOnCrlfText() {
    QString text = QString::fromUtf8(issueText);
    text.replace(u'\n', QStringLiteral("\r\n"));
    const IssueDocument document = test::parseText(text);
    const NewsletterProfile profile = NewsletterProfile::defaults();
    const Edit edit = statisticsUpdate(document, profile, computeStatistics(document, profile));
    QCOMPARE(edit.size(), 6); // 2 in the description, 4 in the stats line (赠书 is kept)
    for (const TextReplacement &replacement : edit) {
        QVERIFY(!replacement.text.contains(u'\r'));
        QVERIFY(replacement.range.in(text).toString().toInt() > 0);
    }
}

void TestStatistics::canonicalLineLeavesOutEmptyKinds() {
    const IssueDocument document = test::parseText(QString::fromUtf8(issueText));
    const NewsletterProfile profile = NewsletterProfile::defaults();
    IssueStatistics statistics = computeStatistics(document, profile);
    statistics.words = 1659;
    QCOMPARE(canonicalStatsLine(profile, statistics),
             QStringLiteral("本期分享了 2 篇文章，1 个开源项目，1 则音视频，全文 1659 字。"));
}

void TestStatistics::noStatsLineNoUpdate() {
    const IssueDocument document = test::parseText(
        QStringLiteral("## 🦄文章&教程\n\n1、[a](https://a)\n\n全文 5 字\n"));
    const NewsletterProfile profile = NewsletterProfile::defaults();
    QVERIFY(statisticsUpdate(document, profile, computeStatistics(document, profile)).isEmpty());
    QVERIFY(computeStatistics(document, profile).statsLine.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
