// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One test per construct of FORMAT.md, on small samples written here.
#include "testsupport.h"

using namespace wc;

namespace {

QString textOf(const IssueDocument &doc, TextRange range) {
    return range.in(doc.text()).toString();
}

void verifyRoundTrip(const IssueDocument &doc) {
    QCOMPARE(doc.serializeText(), doc.text());
}

} // namespace

class TestParser : public QObject {
    Q_OBJECT
private slots:
    void frontMatterKeysQuotingAndUnknownKeys() {
        const auto doc = test::parseText(QStringLiteral(
            "---\ntitle: 'Python 潮流周刊#12：It''s here'\npubDate: 2023-07-01\n"
            "author: \"豌豆花下猫\"\nseries: [a, b]\nplain: just text\n---\n\n正文\n"));
        QVERIFY(doc.frontMatter());
        const auto &fields = doc.frontMatter()->fields;
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields[0].key, QStringLiteral("title"));
        QCOMPARE(fields[0].value, QStringLiteral("Python 潮流周刊#12：It's here"));
        QCOMPARE(fields[0].quoting, FrontMatterField::Quoting::Single);
        QCOMPARE(fields[1].quoting, FrontMatterField::Quoting::Plain);
        QCOMPARE(fields[2].quoting, FrontMatterField::Quoting::Double);
        QCOMPARE(fields[2].value, QStringLiteral("豌豆花下猫"));
        QCOMPARE(fields[3].key, QStringLiteral("series"));
        QCOMPARE(fields[3].quoting, FrontMatterField::Quoting::Other);
        QCOMPARE(fields[4].value, QStringLiteral("just text"));
        QCOMPARE(doc.title(),
                 std::optional<QString>(QStringLiteral("Python 潮流周刊#12：It's here")));
        QCOMPARE(doc.number(), std::optional<int>(12));
        QCOMPARE(doc.date(), std::optional<QDate>(QDate(2023, 7, 1)));
        QCOMPARE(doc.preamble().size(), 1);
        verifyRoundTrip(doc);
    }

    void invalidYamlStaysRawWithDiagnostic() {
        const auto doc = test::parseText(
            QStringLiteral("---\ntitle: 'ok'\nauthor: x: y\n---\n\n## 🦄文章&教程\n"));
        QVERIFY(doc.frontMatter());
        QVERIFY(!doc.frontMatter()->valid);
        QCOMPARE(doc.diagnostics().size(), 1);
        QCOMPARE(doc.diagnostics().first().line, 3);
        QCOMPARE(doc.title(), std::optional<QString>(QStringLiteral("ok")));
        QVERIFY(doc.diagnostics().first().message.contains(QStringLiteral("YAML")));
        QCOMPARE(doc.sections().size(), 1);
        verifyRoundTrip(doc);
    }

    void unclosedFrontMatterIsPlainText() {
        const auto doc = test::parseText(
            QStringLiteral("---\ntitle: 'x'\n\n## 🦄文章&教程\n\n1、[a](b)\n"));
        QVERIFY(!doc.frontMatter());
        QCOMPARE(doc.diagnostics().size(), 1);
        QCOMPARE(doc.diagnostics().first().line, 1);
        QVERIFY(doc.diagnostics().first().message.contains(QStringLiteral("never closed")));
        QCOMPARE(doc.sections().size(), 1);
        QCOMPARE(doc.sections()[0].items.size(), 1);
        verifyRoundTrip(doc);
    }

    void h1TitleAndDateFromFileName() {
        const auto doc = test::parseText(
            QStringLiteral(
                "# Python 潮流周刊#110：摘要\n\n导语\n\n"
                "**[🦄文章&教程](https://e.org)**\n\n\n① 第一\n\n② 第二\n\n页脚\n"),
            QStringLiteral("2025-07-12-weekly.md"));
        QVERIFY(doc.titleBlock());
        QCOMPARE(doc.title(), std::optional<QString>(QStringLiteral("Python 潮流周刊#110：摘要")));
        QCOMPARE(doc.number(), std::optional<int>(110));
        QCOMPARE(doc.date(), std::optional<QDate>(QDate(2025, 7, 12)));
        QCOMPARE(doc.sections().size(), 1);
        const SectionNode &section = doc.sections()[0];
        QCOMPARE(section.level, 0);
        QCOMPARE(doc.sectionLabel(section), QStringLiteral("🦄文章&教程"));
        QCOMPARE(textOf(doc, section.heading),
                 QStringLiteral("**[🦄文章&教程](https://e.org)**"));
        QCOMPARE(section.items.size(), 2);
        QCOMPARE(textOf(doc, section.items[1].number), QStringLiteral("②"));
        QVERIFY(section.items[1].isCircled());
        QCOMPARE(textOf(doc, section.items[1].title), QStringLiteral("第二"));
        QVERIFY(!section.items[1].hasLink);
        // Circled items have no body: the footer is the section's trailer.
        QCOMPARE(section.items[1].body.size(), 0);
        QCOMPARE(section.trailers.size(), 1);
        verifyRoundTrip(doc);
    }

    void boldLinesAreHeadersOnlyWithoutH2() {
        const auto doc = test::parseText(QStringLiteral(
            "## 🦄文章&教程\n\n**[🐿️项目&资源](https://e.org)**\n\n1、[a](b)\n"));
        QCOMPARE(doc.sections().size(), 1);
        QCOMPARE(doc.sections()[0].intro.size(), 1);
    }

    void bareLinkParagraphsWithASectionEmojiAreHeaders() {
        // English summary issues may write each header as a bare link paragraph; the link
        // paragraphs of the footer (no section emoji) stay paragraphs of the last section.
        const auto doc = test::parseText(
            QStringLiteral("# Python Trending Weekly #110\n\nHello.\n\n"
                           "[🦄Articles & Tutorials](https://xiaobot.net/p/python_weekly)\n\n"
                           "① First\n\n② Second\n\n"
                           "🐿️[Projects & Resources](https://xiaobot.net/p/python_weekly)\n\n"
                           "① Project\n\n"
                           "[Season 3 Summary](https://pythoncat.top/posts/x)\n\n"
                           "[Season 2 Collection (Issues 31-60)](https://pythoncat.top/posts/y)\n"),
            QStringLiteral("2026-01-17-weekly.md"));
        const auto &s = doc.sections();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].level, 0);
        QCOMPARE(doc.sectionLabel(s[0]), QStringLiteral("🦄Articles & Tutorials"));
        QCOMPARE(textOf(doc, s[0].headingUrl),
                 QStringLiteral("https://xiaobot.net/p/python_weekly"));
        QCOMPARE(s[0].items.size(), 2);
        QCOMPARE(s[1].level, 0);
        QCOMPARE(doc.sectionLabel(s[1]), QStringLiteral("🐿️Projects & Resources"));
        QCOMPARE(s[1].items.size(), 1);
        QCOMPARE(s[1].trailers.size(), 2);
        QCOMPARE(doc.preamble().size(), 1);
        verifyRoundTrip(doc);
    }

    void ordinaryLinkParagraphsAreNotHeaders() {
        const auto doc = test::parseText(
            QStringLiteral("Intro.\n\n[Season 3 Summary](https://e.org)\n\n"
                           "**[Bold but not a whole line](https://e.org)** and more\n\n"
                           "[🦄 a link](https://e.org) followed by text\n\n"
                           "text before [🦄Articles](https://e.org)\n"));
        QCOMPARE(doc.sections().size(), 0);
        QCOMPARE(doc.preamble().size(), 5);
    }

    void bareLinkHeadersOnlyWithoutH2() {
        const auto doc = test::parseText(QStringLiteral(
            "## 🦄文章&教程\n\n[🐿️项目&资源](https://e.org)\n\n1、[a](b)\n"));
        QCOMPARE(doc.sections().size(), 1);
        QCOMPARE(doc.sections()[0].intro.size(), 1);
    }

    void h1TitleRangeIsTheHeadingText_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("title");
        QTest::newRow("space") << "# Title"
                               << "Title";
        QTest::newRow("tab") << "#\tTitle"
                             << "Title";
        QTest::newRow("hash in title") << "# #5 Python"
                                       << "#5 Python";
        QTest::newRow("indent and trailing blanks") << "  #   Title  "
                                                    << "Title";
        QTest::newRow("bare hash") << "#"
                                   << "";
    }

    void h1TitleRangeIsTheHeadingText() {
        QFETCH(QString, line);
        QFETCH(QString, title);
        const auto doc = test::parseText(line + QStringLiteral("\n\nBody.\n"));
        QVERIFY(doc.titleBlock());
        QCOMPARE(doc.title(), std::optional<QString>(title));
        QCOMPARE(textOf(doc, doc.titleText()), title);
    }

    void headingVariants() {
        const auto doc =
            test::parseText(QStringLiteral("## 🦄[文章&教程](https://x.org/p)\n\n"
                                           "##  [🐿️项目&资源](https://x.org)  \n\n"
                                           "## 🐢播客&视频\n\n"
                                           "### 子分类\n"));
        const auto &s = doc.sections();
        QCOMPARE(s.size(), 4);
        QCOMPARE(doc.sectionLabel(s[0]), QStringLiteral("🦄文章&教程"));
        QCOMPARE(textOf(doc, s[0].headingUrl), QStringLiteral("https://x.org/p"));
        QCOMPARE(textOf(doc, s[0].labelPrefix), QStringLiteral("🦄"));
        QCOMPARE(textOf(doc, s[1].heading),
                 QStringLiteral("[🐿️项目&资源](https://x.org)"));
        QCOMPARE(doc.sectionLabel(s[1]), QStringLiteral("🐿️项目&资源"));
        QCOMPARE(doc.sectionLabel(s[2]), QStringLiteral("🐢播客&视频"));
        QVERIFY(s[2].headingUrl.isEmpty());
        QCOMPARE(s[3].level, 3);
        QCOMPARE(s[3].parent, 2);
        verifyRoundTrip(doc);
    }

    void hashLinesInsideCodeFencesAreCode() {
        const auto doc =
            test::parseText(QStringLiteral("## A\n\n1、[code](u)\n\n```python\n# comment\n\n## not "
                                           "a heading\n1、not an item\n```\n\n2、[next](v)\n"));
        QCOMPARE(doc.sections().size(), 1);
        const auto &items = doc.sections()[0].items;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].body.size(), 1);
        QCOMPARE(items[0].body[0].kind, Block::Kind::Code);
        verifyRoundTrip(doc);
    }

    void unclosedFenceRunsToTheEnd() {
        const auto doc = test::parseText(QStringLiteral("## A\n\n1、[a](u)\n\n~~~\n## B\n"));
        QCOMPARE(doc.sections().size(), 1);
        QCOMPARE(doc.sections()[0].items[0].body[0].kind, Block::Kind::Code);
        verifyRoundTrip(doc);
    }

    void itemHeadLineForms() {
        const auto doc = test::parseText(QStringLiteral(
            "## A\n\n"
            "1、[Python [nested] brackets](https://e.org/a_(b)_c) (英)\n\n"
            "2. [\\_\\_match\\_\\_ and *args, **kwargs](https://e.org/m)\n\n"
            "3、  [`code` span](https://e.org/c)（英文）[second](https://e.org/2)\n\n"
            "4、没有链接的条目：\n\n- [x](y)\n- [z](w)\n\n"
            "12.not an item\n\n"
            "2023.05 not an item either\n"));
        const auto &items = doc.sections()[0].items;
        QCOMPARE(items.size(), 4);
        QCOMPARE(textOf(doc, items[0].title), QStringLiteral("Python [nested] brackets"));
        QCOMPARE(textOf(doc, items[0].url), QStringLiteral("https://e.org/a_(b)_c"));
        QCOMPARE(textOf(doc, items[0].tail), QStringLiteral(" (英)"));
        QCOMPARE(textOf(doc, items[0].separator), QStringLiteral("、"));
        QCOMPARE(textOf(doc, items[1].number), QStringLiteral("2"));
        QCOMPARE(textOf(doc, items[1].separator), QStringLiteral("."));
        QCOMPARE(textOf(doc, items[1].spacing), QStringLiteral(" "));
        QCOMPARE(textOf(doc, items[1].title),
                 QStringLiteral("\\_\\_match\\_\\_ and *args, **kwargs"));
        QCOMPARE(textOf(doc, items[2].spacing), QStringLiteral("  "));
        QCOMPARE(textOf(doc, items[2].tail), QStringLiteral("（英文）[second](https://e.org/2)"));
        QVERIFY(!items[3].hasLink);
        QCOMPARE(textOf(doc, items[3].title), QStringLiteral("没有链接的条目："));
        QCOMPARE(items[3].body.size(), 3); // the list, then the two non-item paragraphs
        QCOMPARE(items[3].body[0].kind, Block::Kind::List);
        verifyRoundTrip(doc);
    }

    void itemsWithoutBlankLinesBetweenThem() {
        const auto doc = test::parseText(
            QStringLiteral("### 🦄文章&教程\n1、[a](u1)\n2、[b](u2)\n3、[c](u3)\n### "
                           "🐿️项目&资源\n1、[d](u4)\n"));
        QCOMPARE(doc.sections().size(), 2);
        QCOMPARE(doc.sections()[0].items.size(), 3);
        QCOMPARE(doc.sections()[1].items.size(), 1);
        QCOMPARE(textOf(doc, doc.sections()[0].items[2].url), QStringLiteral("u3"));
        verifyRoundTrip(doc);
    }

    void bodyImageAndNotes() {
        const auto doc = test::parseText(
            QStringLiteral("## 🐿️项目&资源\n\n"
                           "1、[tool](https://g.com/t)\n\n"
                           "一个工具。（star 18.5K）（投稿自@小明）\n\n"
                           "![截图](https://img.org/t.png)\n\n"
                           "图片说明\n\n"
                           "2、[lib](https://g.com/l)\n\n"
                           "描述（附：[中文翻译](https://t.org/(x))）（@bob 投稿）\n"));
        const auto &items = doc.sections()[0].items;
        QCOMPARE(items.size(), 2);
        const ItemNode &tool = items[0];
        QCOMPARE(tool.body.size(), 3);
        QCOMPARE(tool.image.blockIndex, 1);
        QCOMPARE(textOf(doc, tool.image.alt), QStringLiteral("截图"));
        QCOMPARE(textOf(doc, tool.image.url), QStringLiteral("https://img.org/t.png"));
        QCOMPARE(textOf(doc, tool.description()),
                 QStringLiteral("一个工具。（star 18.5K）（投稿自@小明）"));
        QCOMPARE(textOf(doc, tool.notes.starValue), QStringLiteral("18.5K"));
        QCOMPARE(textOf(doc, tool.notes.contributorName), QStringLiteral("小明"));
        const ItemNode &lib = items[1];
        QCOMPARE(textOf(doc, lib.notes.appendixText),
                 QStringLiteral("[中文翻译](https://t.org/(x))"));
        QCOMPARE(textOf(doc, lib.notes.contributorName), QStringLiteral("bob"));
        QCOMPARE(doc.itemBody(lib),
                 QStringLiteral("描述（附：[中文翻译](https://t.org/(x))）（@bob 投稿）"));
        verifyRoundTrip(doc);
    }

    void englishNotes() {
        const auto doc = test::parseText(
            QStringLiteral("## P\n\n1. [x](y)\n\nA tool. (Submitted by @TheFry)\n"));
        QCOMPARE(textOf(doc, doc.sections()[0].items[0].notes.contributorName),
                 QStringLiteral("TheFry"));
    }

    void trailersBelongToTheSection() {
        const auto doc = test::parseText(
            QStringLiteral("## "
                           "🦄文章&教程\n\n1、[a](u)"
                           "\n\n描述\n\n以上就是本期的收尾，仍属于最后一条\n\n"
                           "🎁 赠书活动\n\n如果你觉得周刊有价值……\n\n## 🐱欢迎订阅\n\n订阅方式\n"));
        const SectionNode &first = doc.sections()[0];
        QCOMPARE(first.items.size(), 1);
        QCOMPARE(first.items[0].body.size(), 2);
        QCOMPARE(first.trailers.size(), 2);
        QVERIFY(textOf(doc, first.trailers[0].content).startsWith(QStringLiteral("🎁")));
        QCOMPARE(doc.sections()[1].intro.size(), 1);
        verifyRoundTrip(doc);
    }

    void preambleBlocks() {
        const auto doc = test::parseText(
            QStringLiteral("---\ntitle: 't'\n---\n\n\n你好\n\n**温馨提示：** 订阅\n\n本期分享了 12 "
                           "篇文章，12 个开源项目，全文 1728 字。\n\n"
                           "1. 前言里的列表不是条目\n\n## 🦄文章&教程\n"));
        QCOMPARE(doc.preamble().size(), 4);
        QCOMPARE(doc.sections().size(), 1);
        verifyRoundTrip(doc);
    }

    void bytesAreKept_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("crlf") << QStringLiteral(
            "---\r\ntitle: 'a'\r\n---\r\n\r\n## A\r\n\r\n1、[a](b)\r\n\r\n描述\r\n");
        QTest::newRow("no final newline") << QStringLiteral("## A\n\n1、[a](b)\n\n描述");
        QTest::newRow("many final newlines") << QStringLiteral("## A\n\n1、[a](b)\n\n\n\n\n\n");
        QTest::newRow("trailing spaces")
            << QStringLiteral("## A   \n\n1、[a](b)  \n描述  \n第二行\t\n");
        QTest::newRow("leading blanks") << QStringLiteral("\n\n  \n## A\n");
        QTest::newRow("blank gaps 0-4")
            << QStringLiteral("## A\n1、[a](b)\n\n\n\n\n2、[c](d)\n\n\n描述\n");
        QTest::newRow("leading-space paragraph")
            << QStringLiteral("## A\n\n1、[a](b)\n\n 缩进的段落\n");
        QTest::newRow("tab inside word") << QStringLiteral("## A\r\n\r\n1、[a\tb](c)\r\n");
        QTest::newRow("glued item") << QStringLiteral("## A\n\n1、[a](b)\n\n![](i.png)2、[c](d)\n");
        QTest::newRow("empty") << QString();
        QTest::newRow("lone cr") << QStringLiteral("## A\r1、[a](b)\r\n");
        QTest::newRow("only front matter") << QStringLiteral("---\na: 1\n---");
    }

    void bytesAreKept() {
        QFETCH(QString, text);
        const auto doc = test::parseText(text);
        QCOMPARE(doc.serializeText(), text);
    }

    void lineEndingDetected() {
        QCOMPARE(test::parseText(QStringLiteral("a\r\nb\r\n")).lineEnding(),
                 QStringLiteral("\r\n"));
        QCOMPARE(test::parseText(QStringLiteral("a\nb\n")).lineEnding(), QStringLiteral("\n"));
    }

    void bomIsKeptOnWrite() {
        bool hasBom = false;
        QString error;
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF## A\n\n1、[a](b)\n");
        const auto text = IssueFile::decode(bytes, &hasBom, &error);
        QVERIFY(text);
        QVERIFY(hasBom);
        QVERIFY(text->startsWith(QStringLiteral("## A")));
        const auto doc = IssueDocument::parse(*text, {}, hasBom);
        QCOMPARE(doc.serialize(), bytes);
        QCOMPARE(doc.sections().size(), 1);
    }

    void duplicateNumbersAreKept() {
        const auto doc =
            test::parseText(QStringLiteral("## A\n\n1、[a](b)\n\n7、[c](d)\n\n7、[e](f)\n"));
        const auto &items = doc.sections()[0].items;
        QCOMPARE(items.size(), 3);
        QCOMPARE(textOf(doc, items[2].number), QStringLiteral("7"));
    }

    void nodeRangesAreLineNumbered() {
        const auto doc = test::parseText(QStringLiteral("---\nt: x\n---\n\n## A\n\n1、[a](b)\n"));
        QCOMPARE(doc.lineNumberAt(doc.sections()[0].begin), 5);
        QCOMPARE(doc.lineNumberAt(doc.sections()[0].items[0].begin), 7);
        QCOMPARE(doc.lineStart(7), doc.sections()[0].items[0].begin);
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
