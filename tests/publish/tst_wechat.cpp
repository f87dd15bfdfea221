// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The WeChat export: exact output for small cases, and the whole corpus checked with a real
// HTML parser (check_wechat.py): no class, <style> or script, one superscript per link,
// reference numbers unique per URL, no whitespace between tags, no empty paragraph; and as
// many superscripts as the preview's rendering of the issue has links that become references.
#include "htmlexporter.h"
#include "publishchannel.h"
#include "testsupport.h"
#include "wechatexport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wc;

namespace {

QString wechat(const QString &markdown) {
    return wechatHtml(test::parseText(markdown));
}

// Runs check_wechat.py on `files`; returns its output, or a null string when html5lib is
// missing (the caller skips).
QString runChecker(const QStringList &files, int *status) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(WC_CHECK_WECHAT)} + files);
    if (!python.waitForFinished(300000))
        qFatal("check_wechat.py did not finish");
    *status = python.exitCode();
    if (*status == 3)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

} // namespace

class TestWechat : public QObject {
    Q_OBJECT

private slots:
    void linksBecomeNumberedReferences();
    void itemHeadsBoldAndNoH1();
    void listsCodeAndImages();
    void rawHtmlAndInvalidCodePointsNeverReachTheOutput();
    void crlfInputGivesTheSameOutput();
    void editionsOfABilingualIssue();
    void corpusPassesTheHtmlChecker();
};

void TestWechat::linksBecomeNumberedReferences() {
    const QString html = wechat(QStringLiteral(
        "看 [uv](https://a.example/uv) 和 [ruff](https://a.example/ruff)，再看 [uv "
        "文档](https://a.example/uv)。\n\n"
        "公众号 [文章](https://mp.weixin.qq.com/s/abc)，网址 <https://b.example/x>。\n"));
    QCOMPARE(
        html,
        QStringLiteral(
            "<p style=\"margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;\">看 uv<sup "
            "style=\"font-size:12px;color:#3776ab;\">[1]</sup> 和 ruff<sup "
            "style=\"font-size:12px;color:#3776ab;\">[2]</sup>，再看 uv 文档<sup "
            "style=\"font-size:12px;color:#3776ab;\">[1]</sup>。</p>"
            "<p style=\"margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;\">公众号 <a "
            "href=\"https://mp.weixin.qq.com/s/abc\" "
            "style=\"color:#3776ab;text-decoration:none;\">文章</a>"
            "，网址 https://b.example/x。</p>"
            "<h3 style=\"margin:1.2em 0 "
            "0.6em;font-size:16px;font-weight:bold;color:#222;\">参考资料</h3>"
            "<p style=\"margin:0 0 "
            "0.4em;font-size:13px;line-height:1.6;color:#666;word-break:break-all;\">"
            "[1] uv: https://a.example/uv</p>"
            "<p style=\"margin:0 0 "
            "0.4em;font-size:13px;line-height:1.6;color:#666;word-break:break-all;\">"
            "[2] ruff: https://a.example/ruff</p>"));
}

void TestWechat::itemHeadsBoldAndNoH1() {
    const QString html = wechat(
        QStringLiteral("---\ntitle: 'Python 潮流周刊#1：x'\n---\n\n# 标题\n\n你好\n\n"
                       "## 🦄文章&教程\n\n1、[标题一](https://a/1)\n\n描述一\n"));
    QVERIFY(!html.contains(QStringLiteral("<h1")));
    QVERIFY(!html.contains(QStringLiteral("title:")));
    QVERIFY(html.contains(QStringLiteral(">🦄文章&amp;教程</h2>")));
    // A link in a heading is a reference too (it was dropped with the heading's link).
    const QString linked = wechat(QStringLiteral(
        "## [🐿️项目&资源](https://x.example/p)\n\n1、[甲](https://a/1)\n\n描述\n"));
    QVERIFY2(
        linked.contains(QStringLiteral(">🐿️项目&amp;资源<sup "
                                       "style=\"font-size:12px;color:#3776ab;\">[1]</sup></h2>")),
        qPrintable(linked));
    QVERIFY(
        linked.contains(QStringLiteral("[1] 🐿️项目&amp;资源: https://x.example/p</p>")));
    QVERIFY(html.contains(
        QStringLiteral("<p style=\"margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;\">"
                       "<strong style=\"font-weight:bold;color:#222;\">1、标题一<sup")));
    QVERIFY(html.contains(QStringLiteral("描述一</p>")));
}

void TestWechat::listsCodeAndImages() {
    const QString html = wechat(QStringLiteral(
        "- 甲\n- 乙\n\n```python\nprint(1 < 2)\nx = 3\n```\n\n![图](https://i.example/a.png)\n"));
    QVERIFY(!html.contains(QStringLiteral("<li")));
    QVERIFY(!html.contains(QStringLiteral("<ul")));
    QVERIFY(html.contains(QStringLiteral(">• 甲</p>")));
    QVERIFY(html.contains(QStringLiteral(">• 乙</p>")));
    QVERIFY(html.contains(QStringLiteral(">print(1 &lt; 2)<br>x = 3</code></pre>")));
    QVERIFY(html.contains(QStringLiteral(
        "<img src=\"https://i.example/a.png\" alt=\"图\" style=\"display:block;max-width:100%;")));
    QVERIFY(!html.contains(QStringLiteral(
        "<p style=\"margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;\"><img")));
}

void TestWechat::rawHtmlAndInvalidCodePointsNeverReachTheOutput() {
    const QString html = wechat(
        QStringLiteral("<script>alert(1)</script>\n\n段落<b onclick=x>粗</b>\u0001\uFDD0\u2028尾 "
                       "[x](javascript:alert(1))\n\n![](file:///etc/passwd)\n"));
    QVERIFY(!html.contains(QStringLiteral("script")));
    QVERIFY(!html.contains(QStringLiteral("onclick")));
    QVERIFY(!html.contains(QStringLiteral("javascript")));
    QVERIFY(!html.contains(QStringLiteral("file:")));
    QVERIFY(!html.contains(QChar(0x01)));
    QVERIFY(!html.contains(QChar(0xFDD0)));
    QVERIFY(!html.contains(QChar(0x2028)));
    QVERIFY(html.contains(QStringLiteral("段落粗 尾 x</p>")));
}

void TestWechat::crlfInputGivesTheSameOutput() {
    const QString text = QStringLiteral(
        "## 🦄文章&教程\n\n1、[a](https://a)\n\n描述\n第二行\n\n```\ncode\n```\n");
    QString crlf = text;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    QCOMPARE(wechat(crlf), wechat(text));
}

// The WeChat output of each edition (the Publish view's and `--lang`'s): the Chinese one cuts
// the bilingual link texts, the English one keeps their English parts and translates the
// headings and the reference list's title. CRLF input gives the same HTML.
void TestWechat::editionsOfABilingualIssue() {
    const QString text = QStringLiteral(
        "---\ntitle: '周刊#1：一---One'\n---\n\n## 🦄文章&教程\n\n"
        "1、[中文标题---English title](https://a/1)\n\n描述 [链接---link](https://a/2)\n");
    const QString p =
        QStringLiteral("<p style=\"margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;\">");
    const QString h2 = QStringLiteral(
        "<h2 style=\"margin:1.6em 0 0.8em;font-size:18px;font-weight:bold;color:#222;"
        "border-left:4px solid #3776ab;padding-left:8px;\">");
    const QString h3 = QStringLiteral(
        "<h3 style=\"margin:1.2em 0 0.6em;font-size:16px;font-weight:bold;color:#222;\">");
    const QString strong = QStringLiteral("<strong style=\"font-weight:bold;color:#222;\">");
    const QString sup = QStringLiteral("<sup style=\"font-size:12px;color:#3776ab;\">");
    const QString ref =
        QStringLiteral("<p style=\"margin:0 0 "
                       "0.4em;font-size:13px;line-height:1.6;color:#666;word-break:break-all;\">");
    const QString zh =
        h2 + QStringLiteral("🦄文章&amp;教程</h2>") + p + strong +
        QStringLiteral("1、中文标题") + sup + QStringLiteral("[1]</sup></strong></p>") + p +
        QStringLiteral("描述 链接") + sup + QStringLiteral("[2]</sup></p>") + h3 +
        QStringLiteral("参考资料</h3>") + ref + QStringLiteral("[1] 中文标题: https://a/1</p>") +
        ref + QStringLiteral("[2] 链接: https://a/2</p>");
    const QString en = h2 + QStringLiteral("🦄Articles &amp; Tutorials</h2>") + p + strong +
                       QStringLiteral("1、English title") + sup +
                       QStringLiteral("[1]</sup></strong></p>") + p + QStringLiteral("描述 link") +
                       sup + QStringLiteral("[2]</sup></p>") + h3 +
                       QStringLiteral("References</h3>") + ref +
                       QStringLiteral("[1] English title: https://a/1</p>") + ref +
                       QStringLiteral("[2] link: https://a/2</p>");
    QString crlf = text;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    for (const QString &source : {text, crlf}) {
        const IssueDocument document = test::parseText(source);
        const NewsletterProfile profile = NewsletterProfile::defaults();
        QCOMPARE(publishedText(PublishChannel::Wechat, document, profile, Edition::Chinese), zh);
        QCOMPARE(publishedText(PublishChannel::Wechat, document, profile, Edition::English), en);
    }
}

void TestWechat::corpusPassesTheHtmlChecker() {
    WC_REQUIRE_CORPUS();
    QTemporaryDir dir;
    QStringList files;
    int expectedLinks = 0;
    for (const QString &path : test::corpusFiles()) {
        const QString html = wechatHtml(test::loadDocument(path));
        // en/ and ja/ hold the same file names: number them.
        files << test::writeFile(
            dir.path(),
            QStringLiteral("%1-%2.html").arg(files.size()).arg(QFileInfo(path).fileName()),
            html.toUtf8());
        expectedLinks += int(html.count(QStringLiteral("<sup ")));
        // The preview's rendering of the same issue: its links are counted against the
        // superscripts (one per link).
        files.last() +=
            QStringLiteral("::") +
            test::writeFile(dir.path(), QStringLiteral("%1-page.html").arg(files.size() - 1),
                            HtmlExporter::exportDocument(test::loadDocument(path)));
    }
    int status = 0;
    const QString output = runChecker(files, &status);
    if (output.isNull())
        QSKIP("python3-html5lib is not installed (./test.sh installs it)");
    QVERIFY2(status == 0, qPrintable(output.left(4000)));
    int links = 0;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(QStringLiteral("links ")))
            links += line.mid(6).toInt();
    }
    QCOMPARE(links, expectedLinks);
    QVERIFY(links > 1000);
}

QTEST_GUILESS_MAIN(TestWechat)
#include "tst_wechat.moc"
