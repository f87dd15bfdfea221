// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone HTML export: valid HTML5 (checked by html5lib, a real HTML parser) for the
// sample, hostile documents and every corpus file; the theme inlined; nothing that runs.
#include "htmlcheck.h"
#include "htmlexporter.h"
#include "issuerenderer.h"
#include "previewthemes.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wc;

namespace {

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

QString hostile(const QString &name) {
    return QStringLiteral(WC_TESTS_DIR "/preview/data/") + name;
}

} // namespace

class TestHtmlExport : public QObject {
    Q_OBJECT
private slots:
    void sampleIsAStandalonePage() {
        const IssueDocument document = test::loadDocument(sample());
        const QString html = QString::fromUtf8(HtmlExporter::exportDocument(document));
        QVERIFY(html.startsWith(QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")));
        QVERIFY(html.contains(
            QStringLiteral("<title>Python 潮流周刊#180：用 Rust 重写的工具还能快多少？</title>")));
        QVERIFY(html.contains(
            QStringLiteral("<meta name=\"description\" content=\"你好，我是本刊编辑。这是 Weekly "
                           "Composer 自带的示例周刊")));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"author\" content=\"示例编辑\">")));
        QVERIFY(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" "
                                             "content=\"default-src 'none'; img-src * data:;")));
        // The theme's CSS is inlined: no request for a style sheet.
        QVERIFY(html.contains(QStringLiteral("--page-bg: #fdfdfc;")));
        QVERIFY(html.contains(QStringLiteral(".note-star {")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        // The same rendering as the preview, without the preview's position attributes.
        QString preview = IssueRenderer().renderHtml(document);
        preview.remove(
            QRegularExpression(QStringLiteral(" data-(sourcepos|line|item|section)=\"[^\"]*\"")));
        QVERIFY(html.contains(preview));
        const QString dark = QString::fromUtf8(
            HtmlExporter::exportDocument(document, {QStringLiteral("dark"), QString()}));
        QVERIFY(dark.contains(QStringLiteral("--page-bg: #1c1e22;")));
        QVERIFY(dark.contains(QStringLiteral("<body class=\"theme-dark\">")));
    }

    void descriptionFromFrontMatter() {
        const IssueDocument document = test::parseText(QStringLiteral(
            "---\ntitle: 'T & <U>'\ndescription: 'Say \"hi\" & <b>bye</b>'\n---\n\nGreeting.\n"));
        const QString html = QString::fromUtf8(HtmlExporter::exportDocument(document));
        QVERIFY(html.contains(QStringLiteral("<title>T &amp; &lt;U&gt;</title>")));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"description\" content=\"Say "
                                             "&quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;\">")));
        QCOMPARE(HtmlExporter::title(
                     test::parseText(QStringLiteral("no title\n"), QStringLiteral("x.md"))),
                 QStringLiteral("x.md"));
    }

    void userCssCannotEndTheStyleElement() {
        HtmlExporter::Options options;
        options.userCss =
            QStringLiteral("p { color: red } </style><script>alert(1)</script><style>");
        const QString html =
            QString::fromUtf8(HtmlExporter::exportDocument(test::loadDocument(sample()), options));
        QCOMPARE(html.count(QStringLiteral("</style>")), 1);
        QVERIFY(html.contains(QStringLiteral("p { color: red } <\\/style><script>")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert")) ||
                html.indexOf(QStringLiteral("<script>alert")) <
                    html.indexOf(QStringLiteral("</style>")));
        QTemporaryDir dir;
        const test::HtmlCheck check = test::checkHtmlFiles(
            {test::writeFile(dir.path(), QStringLiteral("user.html"), html.toUtf8())});
        WC_REQUIRE_HTML5LIB(check);
        QVERIFY2(check.status == 0, qPrintable(check.output));
    }

    void theCheckerFindsProblems() {
        // The validator must be able to fail: a parse error, a script, a handler, a bad URL.
        QTemporaryDir dir;
        const QString bad =
            test::writeFile(dir.path(), QStringLiteral("bad.html"),
                            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title>"
                            "<style></style></head><body><p>a</div><script>x</script>"
                            "<a href=\"javascript:x\" onclick=\"y\">z</a></body></html>");
        const test::HtmlCheck check = test::checkHtmlFiles({bad});
        WC_REQUIRE_HTML5LIB(check);
        QCOMPARE(check.status, 1);
        QVERIFY(check.output.contains(QStringLiteral("parse error")));
        QVERIFY(check.output.contains(QStringLiteral("<script> element")));
        QVERIFY(check.output.contains(QStringLiteral("event-handler attribute onclick")));
        QVERIFY(check.output.contains(QStringLiteral("unsafe URL javascript:x")));
    }

    // Issue 11, item 7: an autolink or a footnote reference inside link text gave nested <a>
    // elements, and control characters, noncharacters and U+2028 were copied in as they were.
    void linksNeverNestAndOnlyValidCodePointsAreWritten() {
        const QString controls = QStringLiteral("a\u0001b\u007Fc\u0085d\uFDD0e\uFFFEf") +
                                 QString::fromUcs4(U"\U0001FFFE") + QStringLiteral("g\u2028h");
        const IssueDocument document = test::parseText(
            QStringLiteral(
                "---\ntitle: \"周刊#1 %1\"\nauthor: \"x%1\"\n---\n\n## A\n\n"
                "1、[see www.example.com and https://a.org/x now](https://e.org/1)\n\n"
                "[a note[^n] inside](https://e.org/2) and [<https://b.org>](https://e.org/3)"
                " %1\n\n[^n]: The note %1.\n")
                .arg(controls));
        const QByteArray html = HtmlExporter::exportDocument(document);
        const QString text = QString::fromUtf8(html);
        QCOMPARE(text.toUtf8(), html); // valid UTF-8
        for (const char32_t bad :
             {U'\u0001', U'\u007F', U'\u0085', U'\uFDD0', U'\uFFFE', U'\U0001FFFE', U'\u2028'})
            QVERIFY2(!text.toUcs4().contains(uint(bad)), qPrintable(QString::number(bad, 16)));
        QVERIFY(text.contains(QStringLiteral("g&#x2028;h")));
        // No <a> opens before the last one closed.
        qsizetype open = -1;
        for (qsizetype i = 0;
             (i = text.indexOf(QRegularExpression(QStringLiteral("<a[ >]|</a>")), i)) >= 0; ++i) {
            const bool start = text.at(i + 1) == u'a';
            QVERIFY2(!(start && open >= 0), qPrintable(text.mid(open, i - open + 40)));
            open = start ? i : -1;
        }
        QVERIFY(text.contains(QStringLiteral("<a href=\"https://e.org/1\">see www.example.com and "
                                             "https://a.org/x now</a>")));
        QVERIFY(text.contains(QStringLiteral("class=\"footnote-ref\"")));
        QVERIFY(text.contains(QStringLiteral("The note")));
        QTemporaryDir dir;
        const test::HtmlCheck check = test::checkHtmlFiles(
            {test::writeFile(dir.path(), QStringLiteral("codepoints.html"), html)});
        WC_REQUIRE_HTML5LIB(check);
        QVERIFY2(check.status == 0, qPrintable(check.output));
    }

    // Issue 10, item 21: the preview's position attributes stay out of the export.
    void theExportHasNoEditorAttributes() {
        const IssueDocument document = test::loadDocument(sample());
        const QString preview = IssueRenderer().renderHtml(document);
        const QByteArray html = HtmlExporter::exportDocument(document);
        for (const char *attribute :
             {"data-sourcepos=", "data-line=", "data-item=", "data-section="}) {
            QVERIFY2(preview.contains(QLatin1String(attribute)), attribute); // the preview has them
            QVERIFY2(!html.contains(attribute), attribute);
        }
        QVERIFY(html.contains("<div class=\"item\">"));
        QVERIFY(html.contains("<section class=\"section level-2\">"));
    }

    void samplesAndHostileDocumentsAreValidAndInert() {
        QTemporaryDir dir;
        QStringList files;
        for (const QString &theme : themes::names()) {
            files << test::writeFile(
                dir.path(), QStringLiteral("sample-%1.html").arg(theme),
                HtmlExporter::exportDocument(test::loadDocument(sample()), {theme, {}}));
        }
        for (const QString &name :
             {QStringLiteral("hostile.md"), QStringLiteral("hostile-summary.md")}) {
            const QByteArray html = HtmlExporter::exportDocument(test::loadDocument(hostile(name)));
            // Nothing of the attack survives as markup, only as escaped text (a `"` in text
            // or in an attribute value is always written &quot;). check_html.py audits the
            // parsed tree below.
            QVERIFY(!html.contains("<script"));
            QVERIFY(!html.contains("onerror=\""));
            QVERIFY(!html.contains("onload=\""));
            QVERIFY(!html.contains("onmouseover=\""));
            QVERIFY(!html.contains("href=\"javascript"));
            QVERIFY(!html.contains("href=\"data:"));
            QVERIFY(!html.contains("file:///"));
            QVERIFY(!html.contains("<iframe"));
            QVERIFY(!html.contains("http-equiv=\"refresh\""));
            QVERIFY(!html.contains("css-background"));
            files << test::writeFile(dir.path(), name + QStringLiteral(".html"), html);
        }
        const test::HtmlCheck check = test::checkHtmlFiles(files);
        WC_REQUIRE_HTML5LIB(check);
        QVERIFY2(check.status == 0, qPrintable(check.output));
    }

    void everyCorpusFileIsValidHtml5() {
        WC_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QStringList files;
        const QStringList paths = test::corpusFiles();
        for (const QString &path : paths) {
            const IssueDocument document = test::loadDocument(path);
            const QByteArray html = HtmlExporter::exportDocument(document);
            QVERIFY2(html.count("<div class=\"item\">") == document.itemCount(), qPrintable(path));
            const QString name =
                QString(path).remove(0, test::corpusDir().size() + 1).replace(u'/', u'_');
            files << test::writeFile(dir.path(), name + QStringLiteral(".html"), html);
        }
        QCOMPARE(files.size(), paths.size());
        const test::HtmlCheck check = test::checkHtmlFiles(files);
        WC_REQUIRE_HTML5LIB(check);
        QVERIFY2(check.status == 0, qPrintable(check.output.left(4000)));
        qInfo("%lld corpus files exported and checked by html5lib", qlonglong(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
