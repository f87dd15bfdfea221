// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The renderer on its own: fragments from the document's ranges, items set apart, the cache
// that makes a keystroke render one section, and the safety of what comes out.
#include "cmarkhtml.h"
#include "cmarknodes.h"
#include "htmlpostprocess.h"
#include "issuerenderer.h"
#include "testsupport.h"

#include <cmark-gfm.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace wc;

namespace {

using wc::test::sanitizerSlowdown;

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

QString innerOf(const QList<RenderedFragment> &fragments, int section) {
    return fragments[section + 2].innerHtml;
}

// Every start tag of `html`: cmark escapes `<` in text, so each `<` starts real markup.
QStringList startTags(const QString &html) {
    QStringList tags;
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][^>]*)>"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        tags << it.next().captured(1);
    return tags;
}

// The problems a browser would care about in rendered HTML; empty when it is safe.
QStringList safetyProblems(const QString &html) {
    QStringList problems;
    static const QRegularExpression forbidden(
        QStringLiteral("^(script|iframe|frame|object|embed|meta|style|link|base|form|svg|math)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("\\s(href|src)=\"([^\"]*)\""));
    for (const QString &tag : startTags(html)) {
        if (forbidden.match(tag).hasMatch())
            problems << QStringLiteral("element: <%1>").arg(tag);
        if (handler.match(tag).hasMatch())
            problems << QStringLiteral("event handler: <%1>").arg(tag);
        if (tag.contains(QStringLiteral(" style=")))
            problems << QStringLiteral("style attribute: <%1>").arg(tag);
        for (auto it = url.globalMatch(tag); it.hasNext();) {
            const auto match = it.next();
            const auto use = match.captured(1) == u"src" ? html::UrlUse::Image : html::UrlUse::Link;
            if (!html::isSafeUrl(match.captured(2).toUtf8(), use))
                problems << QStringLiteral("URL: %1").arg(match.captured(2));
        }
    }
    return problems;
}

} // namespace

class TestIssueRenderer : public QObject {
    Q_OBJECT
private slots:
    void sampleHasHeaderPreambleAndSections() {
        const IssueDocument document = test::loadDocument(sample());
        IssueRenderer renderer;
        const QList<RenderedFragment> fragments = renderer.render(document);
        QCOMPARE(fragments.size(), 2 + document.sections().size());
        QCOMPARE(fragments[0].kind, RenderedFragment::Kind::Header);
        QCOMPARE(fragments[1].kind, RenderedFragment::Kind::Preamble);
        // The front matter becomes the header, never text.
        const QString header = fragments[0].innerHtml;
        QVERIFY(header.contains(QStringLiteral(
            "<h1 class=\"issue-title\">Python 潮流周刊#180：用 Rust 重写的工具还能快多少？</h1>")));
        QVERIFY(header.contains(QStringLiteral("<span class=\"issue-number\">#180</span>")));
        QVERIFY(header.contains(QStringLiteral("datetime=\"2026-11-21\"")));
        QVERIFY(header.contains(QStringLiteral("<span class=\"issue-author\">示例编辑</span>")));
        const QString all = renderer.renderHtml(document);
        QVERIFY(!all.contains(QStringLiteral("pubDate")));
        QVERIFY(!all.contains(QStringLiteral("title:")));
        QVERIFY(fragments[1].innerHtml.startsWith(QStringLiteral("<p data-sourcepos=\"1:1-")));
        QCOMPARE(fragments[1].firstLine, 7);
        for (int s = 0; s < document.sections().size(); ++s) {
            const RenderedFragment &fragment = fragments[s + 2];
            QCOMPARE(fragment.section, s);
            QCOMPARE(fragment.firstLine, document.lineNumberAt(document.sections()[s].begin));
            QCOMPARE(fragment.innerHtml.count(QStringLiteral("<div class=\"item\" data-item=")),
                     document.sections()[s].items.size());
            QVERIFY(fragment.outerHtml().startsWith(
                QStringLiteral(
                    "<section class=\"section level-2\" data-section=\"%1\" data-line=\"%2\">")
                    .arg(s)
                    .arg(fragment.firstLine)));
            // The page's element has no absolute line: a new line above would change it.
            QVERIFY(fragment.pageHtml().startsWith(
                QStringLiteral("<section class=\"section level-2\" data-section=\"%1\">").arg(s)));
        }
    }

    void itemsAreSetApart() {
        const IssueDocument document = test::loadDocument(sample());
        const QList<RenderedFragment> fragments = IssueRenderer().render(document);
        const QString articles = innerOf(fragments, 0);
        // The item's head line, with the number in its own span; data-line counts from the
        // section's first line (the heading is line 1).
        QVERIFY(articles.contains(QStringLiteral(
            "<div class=\"item\" data-item=\"1\" data-line=\"9\">\n<p class=\"item-head\" "
            "data-sourcepos=\"9:1-9:90\"><span class=\"item-number\">2、</span><a "
            "href=\"https://example.org/posts/asyncio-cancel\">一周学会 asyncio 的取消语义</a> "
            "(英)</p>")));
        QVERIFY(articles.contains(
            QStringLiteral("<span class=\"note note-contributor\">（投稿自@小明）</span>")));
        QVERIFY(articles.contains(
            QStringLiteral("<span class=\"note note-appendix\">（附：<a "
                           "href=\"https://peps.example.org\">PEP 索引</a>）</span>")));
        const QString projects = innerOf(fragments, 1);
        QVERIFY(projects.contains(
            QStringLiteral("<span class=\"note note-star\">（star 2.4K）</span>")));
        QVERIFY(projects.contains(
            QStringLiteral("<span class=\"note note-star\">（star 860）</span><span "
                           "class=\"note note-contributor\">（@小红 投稿）</span>")));
        QVERIFY(
            projects.contains(QStringLiteral("<code class=\"language-bash\">pip install pdf2md")));
        // The promo line after the last item is the section's trailer, not the item's.
        QVERIFY(innerOf(fragments, 2)
                    .contains(QStringLiteral(
                        "<div class=\"section-trailer\">\n<p data-sourcepos=\"7:1-7:74\">🎁")));
    }

    void itemLinesWithoutBlankLinesStaySeparateItems() {
        // In CommonMark these three lines are one paragraph; the preview shows three items.
        const IssueDocument document = test::parseText(
            QStringLiteral("## "
                           "🦄文章&教程\n1、[一](https://e.org/1)\n2、[二](https://e.org/"
                           "2)\n3、[三](https://e.org/3)\n"));
        const QString html = innerOf(IssueRenderer().render(document), 0);
        QCOMPARE(html.count(QStringLiteral("<div class=\"item\"")), 3);
        QVERIFY(html.contains(QStringLiteral("data-item=\"2\" data-line=\"4\"")));
        QVERIFY(html.contains(QStringLiteral(
            "<span class=\"item-number\">3、</span><a href=\"https://e.org/3\">三</a>")));
    }

    void dottedAndCircledNumbers() {
        // `1. ` alone would be an ordered list: the preview keeps the number as written.
        const IssueDocument english = test::parseText(QStringLiteral(
            "## Articles\n\n1. [One](https://e.org/1)\n\nText.\n\n2. [Two](https://e.org/2)\n"));
        const QString html = innerOf(IssueRenderer().render(english), 0);
        QVERIFY(!html.contains(QStringLiteral("<ol")));
        QVERIFY(html.contains(QStringLiteral(
            "<span class=\"item-number\">2.</span> <a href=\"https://e.org/2\">Two</a>")));
        const IssueDocument summary = test::parseText(
            QStringLiteral(
                "# Python "
                "潮流周刊#113：摘要\n\n**[🦄文章&教程](https://e.org)**\n\n① "
                "第一条\n\n② 第二条\n"),
            QStringLiteral("2025-08-09-weekly.md"));
        const QList<RenderedFragment> fragments = IssueRenderer().render(summary);
        QVERIFY(fragments[0].innerHtml.contains(QStringLiteral("Python 潮流周刊#113：摘要</h1>")));
        QVERIFY(fragments[0].innerHtml.contains(QStringLiteral("datetime=\"2025-08-09\"")));
        // The H1 is the title: shown in the header, not again in the preamble.
        QVERIFY(fragments[1].innerHtml.isEmpty());
        QVERIFY(fragments[1].openTag().contains(QStringLiteral(" hidden")));
        QCOMPARE(fragments[2].level, 0);
        QVERIFY(fragments[2].openTag().contains(QStringLiteral("level-0")));
        QVERIFY(fragments[2].innerHtml.contains(
            QStringLiteral("<span class=\"item-number\">②</span> 第二条")));
    }

    void aKeystrokeRendersOneSection() {
        const IssueDocument document = test::loadDocument(sample());
        IssueRenderer renderer;
        const QList<RenderedFragment> before = renderer.render(document);
        QCOMPARE(renderer.renderedCount(), 1 + document.sections().size());
        QCOMPARE(renderer.render(document), before);
        QCOMPARE(renderer.renderedCount(), 0);

        // A character typed into the second section's first item.
        QString text = document.text();
        const qsizetype at = document.sections()[1].items[0].title.begin;
        text.insert(at, u'新');
        const QList<RenderedFragment> typed = renderer.render(test::parseText(text));
        QCOMPARE(renderer.renderedCount(), 1);
        for (int i = 0; i < before.size(); ++i) {
            if (i == 3)
                QVERIFY(typed[i].innerHtml.contains(QStringLiteral(">新quickparse")));
            else
                QCOMPARE(typed[i], before[i]);
        }

        // A new line in the first section moves every later section down a line: they keep
        // their HTML (positions inside count from their own first line), only firstLine moves.
        renderer.render(document);
        text = document.text();
        text.insert(document.sections()[0].items[0].body.first().content.end,
                    QStringLiteral("\n第二行"));
        const QList<RenderedFragment> moved = renderer.render(test::parseText(text));
        QCOMPARE(renderer.renderedCount(), 1);
        for (int i = 3; i < before.size(); ++i) {
            QCOMPARE(moved[i].innerHtml, before[i].innerHtml);
            QCOMPARE(moved[i].firstLine, before[i].firstLine + 1);
        }

        // A section removed: the ones after it come from the cache at their new index.
        renderer.render(document);
        text = document.text();
        text.remove(document.sections()[1].begin,
                    document.sections()[1].end - document.sections()[1].begin);
        const QList<RenderedFragment> removed = renderer.render(test::parseText(text));
        QCOMPARE(removed.size(), before.size() - 1);
        QCOMPARE(renderer.renderedCount(), 0);
        QCOMPARE(removed[3].innerHtml, before[4].innerHtml);
        QCOMPARE(removed[3].section, 1);
    }

    // Issue 10, item 7: every contributor form of the archive is set apart, not only 投稿自.
    // Given the document's change since the last render, the renderer renders only the
    // sections the change replaced and never reads the others' text: after every random edit
    // (typing, new lines, new and removed sections, a definition, a code fence) it equals a
    // whole render by a renderer of its own, and a keystroke inside a section renders one.
    void theChangeSinceTheLastRenderRendersOnlyItsSections() {
        IssueDocument document = test::loadDocument(sample());
        const QString body = document.text().sliced(document.sections().first().begin);
        for (int i = 0; i < 20; ++i) // a long issue: 84 sections
            document.applyChange(document.text().size(), 0, u'\n' + body);
        IssueRenderer renderer;
        QCOMPARE(renderer.render(document), IssueRenderer().render(document));

        const qsizetype at = document.sections()[50].items[0].title.begin;
        const DocumentChange typed = document.applyChange(at, 0, u"新");
        QCOMPARE(renderer.render(document, typed), IssueRenderer().render(document));
        QVERIFY(renderer.lastRenderWasLocal());
        QCOMPARE(renderer.renderedCount(), 1);

        QRandomGenerator random(7);
        const QStringList insertions{QStringLiteral("字"),
                                     QStringLiteral("\n"),
                                     QStringLiteral("\n\n## 新的一节\n\n"),
                                     QStringLiteral("\n1、[标题](https://a.example)\n"),
                                     QStringLiteral("```\n"),
                                     QStringLiteral("[^1]: 注\n")};
        int local = 0;
        for (int i = 0; i < 200; ++i) {
            const qsizetype size = document.text().size();
            const qsizetype position = random.bounded(size + 1);
            const qsizetype removed =
                i % 4 == 3 ? std::min<qsizetype>(size - position, random.bounded(300)) : 0;
            // The definition and the fence rarely: with one in the text, every render is whole.
            const QString &added = insertions[i == 150 ? 5 : i == 170 ? 4 : i % 4];
            const DocumentChange change = document.applyChange(position, removed, added);
            const QList<RenderedFragment> fragments = renderer.render(document, change);
            QVERIFY2(fragments == IssueRenderer().render(document), qPrintable(QString::number(i)));
            local += renderer.lastRenderWasLocal();
        }
        QVERIFY(local > 100); // most edits took the local way
    }

    // A render keeps no share of the document's text when the issue has no definitions: the
    // preview's replica would copy its whole text on its next change (copy on write), 32 MB
    // a keystroke at 16 MB.
    void aRenderKeepsNoShareOfTheText() {
        const IssueDocument document = test::loadDocument(sample());
        QVERIFY(document.text().isDetached());
        IssueRenderer renderer;
        renderer.render(document);
        QVERIFY(document.text().isDetached());
    }

    void everyContributorFormIsSetApart() {
        const IssueDocument document = test::parseText(
            QStringLiteral("## A\n\n1、[a](https://e.org/a)\n\n说明。（分享自@老不老）\n\n"
                           "2、[b](https://e.org/b)\n\n说明。（来自@shokokawaii）\n\n"
                           "3、[c](https://e.org/c)\n\nA tool. (Shared by @un4gt)\n"));
        const QString html = innerOf(IssueRenderer().render(document), 0);
        for (const char *note : {"（分享自@老不老）", "（来自@shokokawaii）", "(Shared by @un4gt)"})
            QVERIFY2(html.contains(QStringLiteral("<span class=\"note note-contributor\">") +
                                   QString::fromUtf8(note) + QStringLiteral("</span>")),
                     note);
    }

    // Issue 11, item 6: every definition was appended to every fragment, so 2,000 footnotes
    // took 6.9 s and 20,000 took 274 s. Each fragment now gets the definitions it uses.
    void manyFootnotesRenderInLinearTime() {
        QString items = QStringLiteral("## A\n\n");
        QString definitions;
        for (int i = 1; i <= 5000; ++i) {
            items += QStringLiteral("%1、[t](https://e.org)[^%1]\n").arg(i);
            definitions += QStringLiteral("[^%1]: note %1 text\n").arg(i);
        }
        const IssueDocument document = test::parseText(items + u'\n' + definitions);
        QElapsedTimer timer;
        timer.start();
        const QList<RenderedFragment> fragments = IssueRenderer().render(document);
        const qint64 elapsed = timer.elapsed();
        const QString html = innerOf(fragments, 0);
        QVERIFY(html.contains(QStringLiteral("note 4321 text")));
        QCOMPARE(html.count(QStringLiteral("class=\"footnote-ref\"")), 5000);
        QVERIFY2(elapsed < 3000 * sanitizerSlowdown,
                 qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void aFragmentGetsOnlyTheDefinitionsItUses() {
        const IssueDocument document = test::parseText(
            QStringLiteral("## A\n\n1、[a][one] and[^x]\n\n2、[b](https://e.org/b)\n\n"
                           "## B\n\n1、[c][TWO  words]\n\n[one]: https://e.org/one\n[two words]: "
                           "https://e.org/two\n[^x]: Note x cites [one].\n[^y]: Unused note.\n"));
        const QList<RenderedFragment> fragments = IssueRenderer().render(document);
        const QString a = innerOf(fragments, 0);
        QVERIFY(a.contains(QStringLiteral("<a href=\"https://e.org/one\">a</a>")));
        QVERIFY(a.contains(QStringLiteral("Note x cites <a href=\"https://e.org/one\">one</a>.")));
        QVERIFY(!a.contains(QStringLiteral("Unused note")));
        // Labels match as CommonMark matches them: case and inner whitespace do not count.
        QVERIFY(
            innerOf(fragments, 1).contains(QStringLiteral("<a href=\"https://e.org/two\">c</a>")));
    }

    // Issue 12: each item was parsed on its own, two or more cmark calls per item with the
    // definitions it used appended; now one parse per section (and for the preamble).
    void eachSectionIsParsedOnce() {
        const IssueDocument document = test::loadDocument(sample());
        IssueRenderer renderer;
        renderer.render(document);
        QVERIFY(renderer.renderedCount() >= 4);
        QCOMPARE(renderer.parseCount(), renderer.renderedCount());
    }

    void theCorpusNeedsOneParsePerSection() {
        WC_REQUIRE_CORPUS();
        for (const QString &path : test::corpusFiles()) {
            IssueRenderer renderer;
            renderer.render(test::loadDocument(path));
            QVERIFY2(renderer.parseCount() == renderer.renderedCount(), qPrintable(path));
        }
    }

    // What sharing a parse must not change: chunks that would run into each other in one
    // CommonMark document are parsed on their own, as every chunk was before.
    void chunksThatWouldJoinAreParsedOnTheirOwn() {
        // An unclosed comment would swallow the rest of the section.
        const IssueDocument document =
            test::parseText(QStringLiteral("## A\n\n1、[a](https://e.org/a)\n\n<!-- unclosed\n\n"
                                           "2、[b](https://e.org/b)\n\nText of b.\n"));
        IssueRenderer renderer;
        const QString html = innerOf(renderer.render(document), 0);
        QCOMPARE(html.count(QStringLiteral("<div class=\"item\"")), 2);
        QVERIFY(html.contains(QStringLiteral(
            "<p class=\"item-head\" data-sourcepos=\"7:1-7:24\"><span "
            "class=\"item-number\">2、</span><a href=\"https://e.org/b\">b</a></p>")));
        QVERIFY(html.contains(QStringLiteral("<p data-sourcepos=\"9:1-9:10\">Text of b.</p>")));
        QVERIFY(renderer.parseCount() > renderer.renderedCount());
        // So would a `<pre>` (an HTML block that ends only at `</pre>`) in the intro.
        const QString pre =
            innerOf(IssueRenderer().render(test::parseText(QStringLiteral(
                        "## A\n\n<pre>\n\n1、[a](https://e.org/a)\n\n2、[b](https://e.org/b)\n"))),
                    0);
        QCOMPARE(pre.count(QStringLiteral("<span class=\"item-number\">")), 2);
        // A head that cmark would read as a heading with a closing `#` keeps it.
        const QString hashes = innerOf(IssueRenderer().render(test::parseText(QStringLiteral(
                                           "## A\n\n1、C #\n2、[d](https://e.org/d) ##\n"))),
                                       0);
        QVERIFY(hashes.contains(QStringLiteral("<span class=\"item-number\">1、</span>C #</p>")));
        QVERIFY(hashes.contains(QStringLiteral("<a href=\"https://e.org/d\">d</a> ##</p>")));
    }

    // With one parse per section a footnote cited by two items is listed once, after the
    // section's last item, numbered within the section (each item had its own list before).
    void footnotesComeOnceAtTheEndOfTheirSection() {
        const IssueDocument document = test::parseText(
            QStringLiteral("## A\n\n1、[a](https://e.org/a)[^x]\n2、[b](https://e.org/b)[^y] and "
                           "again[^x]\n\n## B\n\n1、[c](https://e.org/c)\n\n[^x]: Note x.\n"
                           "[^y]: Note y.\n"));
        const QString a = innerOf(IssueRenderer().render(document), 0);
        QCOMPARE(a.count(QStringLiteral("<section class=\"footnotes\"")), 1);
        QCOMPARE(a.count(QStringLiteral("Note x.")), 1);
        QCOMPARE(a.count(QStringLiteral(" data-footnote-ref>")), 3);
        QVERIFY(a.indexOf(QStringLiteral("<section class=\"footnotes\"")) >
                a.lastIndexOf(QStringLiteral("</div>\n</div>")));
        QVERIFY(a.indexOf(QStringLiteral("Note x.")) < a.indexOf(QStringLiteral("Note y.")));
    }

    // `1. ` had a backslash put before its dot, so the head's end column was one too far.
    void aDottedHeadKeepsItsTrueColumns() {
        const QString html = innerOf(
            IssueRenderer().render(test::parseText(QStringLiteral(
                "## Articles\n\n1. [One](https://e.org/1)\n2. [Two](https://e.org/2)  \n"))),
            0);
        QVERIFY(
            html.contains(QStringLiteral("<p class=\"item-head\" data-sourcepos=\"3:1-3:25\">")));
        QVERIFY(
            html.contains(QStringLiteral("<p class=\"item-head\" data-sourcepos=\"4:1-4:25\">")));
    }

    // The renderer had its own fence detection, a toggle on every ``` line: a ``` inside a
    // ```` block ended the block for it, so a definition-like line in the code counted and a
    // real definition after the block was taken for code. It uses the parser's blocks now.
    void definitionsComeFromOutsideTheParsersCodeBlocks() {
        const IssueDocument document = test::parseText(QStringLiteral(
            "## A\n\n1、[a](https://e.org/a)\n\n````\n```\n[b]: https://evil.example/\n"
            "````\n\n[b]: https://e.org/b\n\n## B\n\n1、[c][b]\n"));
        const QString b = innerOf(IssueRenderer().render(document), 1);
        QVERIFY2(b.contains(QStringLiteral("<a href=\"https://e.org/b\">c</a>")), qPrintable(b));
    }

    // cmark-gfm 0.29.0.gfm.6 is quadratic in the link openers of a paragraph; a chunk with more
    // than 10,000 `[` is shown as escaped text instead (no real item comes near).
    void hostileBracketsRenderAsTextInLinearTime() {
        const IssueDocument document =
            test::parseText(QStringLiteral("## A\n\n1、[a](https://e.org)\n\n") +
                            QStringLiteral("[a](").repeated(250000) + QStringLiteral("<b>\n"));
        QElapsedTimer timer;
        timer.start();
        const QString html = innerOf(IssueRenderer().render(document), 0);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(html.contains(
            QStringLiteral("<p class=\"unrendered\" data-sourcepos=\"5:1-5:1\">[a]([a](")));
        QVERIFY(html.contains(QStringLiteral("[a](&lt;b&gt;</p>")));
        QVERIFY2(elapsed < 3000 * sanitizerSlowdown,
                 qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    // Issue 11, item 8: a number too large for an int showed as #0 in the header.
    void anIssueNumberTooLargeIsNotShownAsZero() {
        const IssueDocument document = test::parseText(QStringLiteral(
            "# Python 潮流周刊#99999999999：标题\n\n## A\n\n1、[a](https://e.org)\n"));
        const QString header = IssueRenderer().render(document).first().innerHtml;
        QVERIFY(header.contains(QStringLiteral("Python 潮流周刊#99999999999：标题")));
        QVERIFY(!header.contains(QStringLiteral("issue-number")));
    }

    void sourcePositionsCountFromTheFragment() {
        const IssueDocument document =
            test::parseText(QStringLiteral("Intro\n\n## A\n\n1、[a](https://e.org)\n\nBody "
                                           "line\nsecond line\n\n```\ncode\n```\n"));
        const QString html = innerOf(IssueRenderer().render(document), 0);
        QVERIFY(html.contains(QStringLiteral("<h2 data-sourcepos=\"1:1-1:4\">A</h2>")));
        QVERIFY(html.contains(QStringLiteral("data-item=\"0\" data-line=\"3\"")));
        QVERIFY(html.contains(QStringLiteral("<p data-sourcepos=\"5:1-6:11\">Body line")));
        QVERIFY(html.contains(QStringLiteral("<pre data-sourcepos=\"8:1-10:3\">")));
    }

    void gfmExtensionsAndReferences() {
        const IssueDocument document = test::parseText(
            QStringLiteral("## A\n\n1、[a][ref] with ~~old~~ and www.example.com and a note[^n]\n\n"
                           "| x | y |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n"
                           "## B\n\n1、[b](https://e.org/b)\n\n[ref]: "
                           "https://example.org/ref\n[^n]: The note.\n"));
        const QList<RenderedFragment> fragments = IssueRenderer().render(document);
        const QString html = innerOf(fragments, 0);
        // The definitions sit in another section; every fragment resolves them.
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/ref\">a</a>")));
        QVERIFY(html.contains(QStringLiteral("<del>old</del>")));
        QVERIFY(html.contains(
            QStringLiteral("<a href=\"http://www.example.com\">www.example.com</a>")));
        QVERIFY(html.contains(QStringLiteral("<table")));
        QVERIFY(html.contains(
            QStringLiteral("<input type=\"checkbox\" checked=\"\" disabled=\"\" />")));
        QVERIFY(html.contains(QStringLiteral("class=\"footnote-ref\"")));
        QVERIFY(html.contains(QStringLiteral("The note.")));
    }

    void hostileMarkdownComesOutInert_data() {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script") << "<script>alert(1)</script>\n\ntext";
        QTest::newRow("script in item")
            << "## A\n\n1、[x](https://e.org)\n\n<script>alert(1)</script>\n";
        QTest::newRow("inline script") << "a <script>alert(1)</script> b";
        QTest::newRow("onerror image") << "<img src=x onerror=\"alert(1)\">";
        QTest::newRow("inline onerror") << "text <img src=x onerror=alert(1)> text";
        QTest::newRow("javascript link") << "[x](javascript:alert(1))";
        QTest::newRow("mixed case") << "[x](JaVaScRiPt:alert(1))";
        QTest::newRow("entity") << "[x](jav&#x61;script:alert(1))";
        QTest::newRow("escaped colon") << "[x](javascript&#58;alert(1))";
        QTest::newRow("tab in scheme") << "[x](<java\tscript:alert(1)>)";
        QTest::newRow("leading space") << "[x](< javascript:alert(1)>)";
        QTest::newRow("autolink") << "<javascript:alert(1)>";
        QTest::newRow("vbscript") << "[x](vbscript:msgbox(1))";
        QTest::newRow("data html") << "[x](data:text/html;base64,PHNjcmlwdD4=)";
        QTest::newRow("data svg image") << "![x](data:image/svg+xml;base64,PHN2Zz4=)";
        QTest::newRow("file link") << "[x](file:///etc/passwd)";
        QTest::newRow("file image") << "![x](file:///etc/hostname)";
        QTest::newRow("reference") << "[x][r]\n\n[r]: javascript:alert(1)";
        QTest::newRow("iframe") << "<iframe src=\"https://e.org\"></iframe>";
        QTest::newRow("object") << "<object data=\"x.swf\"></object><embed src=\"x.swf\">";
        QTest::newRow("meta refresh")
            << "<meta http-equiv=\"refresh\" content=\"0;url=https://e.org\">";
        QTest::newRow("style fetch") << "<style>body{background:url(https://e.org/x)}</style>";
        QTest::newRow("style attribute") << "<p style=\"background:url(https://e.org/x)\">x</p>";
        QTest::newRow("link element") << "<link rel=stylesheet href=https://e.org/x.css>";
        QTest::newRow("base") << "<base href=\"https://e.org/\">";
        QTest::newRow("svg") << "<svg onload=alert(1)></svg>";
        QTest::newRow("anchor handler") << "<a href=\"https://e.org\" onclick=\"alert(1)\">x</a>";
        QTest::newRow("form") << "<form action=\"https://e.org\"><button>x</button></form>";
        QTest::newRow("html comment trick") << "<!-- --><script>alert(1)</script>";
        QTest::newRow("fenced script")
            << "```html\n<script>alert(1)</script>\n```\n\n`<img onerror=alert(1)>`";
    }

    void hostileMarkdownComesOutInert() {
        QFETCH(QString, markdown);
        for (const QString &text :
             {markdown, QStringLiteral("## A\n\n1、[x](https://e.org)\n\n") + markdown}) {
            const QString html = IssueRenderer().renderHtml(test::parseText(text));
            const QStringList problems = safetyProblems(html);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + html));
        }
    }

    void safetyProblemsFindsWhatItLooksFor() {
        // The check above must be able to fail.
        QCOMPARE(safetyProblems(QStringLiteral("<p><script>x</script></p>")).size(), 1);
        QCOMPARE(safetyProblems(QStringLiteral("<img src=\"x\" onerror=\"y\" />")).size(), 1);
        QCOMPARE(safetyProblems(QStringLiteral("<a href=\"javascript:x\">")).size(), 1);
        QCOMPARE(safetyProblems(QStringLiteral("<p style=\"x\">")).size(), 1);
        QVERIFY(safetyProblems(QStringLiteral("<a href=\"https://e.org\">&lt;script&gt;</a>"))
                    .isEmpty());
    }

    void urlAllowList_data() {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("image");
        QTest::newRow("https") << QByteArray("https://e.org/a?b=c&amp;d") << true << true;
        QTest::newRow("http upper") << QByteArray("HTTP://e.org") << true << true;
        QTest::newRow("relative") << QByteArray("img/a.png") << true << true;
        QTest::newRow("dot relative") << QByteArray("./img/a.png") << true << true;
        QTest::newRow("fragment") << QByteArray("#fn-1") << true << true;
        QTest::newRow("query") << QByteArray("?a=b:c") << true << true;
        QTest::newRow("mailto") << QByteArray("mailto:a@e.org") << true << false;
        QTest::newRow("png data") << QByteArray("data:image/png;base64,AAAA") << false << true;
        QTest::newRow("svg data") << QByteArray("data:image/svg+xml,AAAA") << false << false;
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << false << false;
        QTest::newRow("spaced") << QByteArray(" \x01javascript:x") << false << false;
        QTest::newRow("tab") << QByteArray("java\tscript:x") << false << false;
        QTest::newRow("entity") << QByteArray("javascript&#58;x") << false << false;
        QTest::newRow("file") << QByteArray("file:///etc/passwd") << false << false;
        QTest::newRow("ftp") << QByteArray("ftp://e.org") << false << false;
        QTest::newRow("empty scheme") << QByteArray(":x") << false << false;
        QTest::newRow("hex entity") << QByteArray("&#x6A;avascript:x") << false << false;
        QTest::newRow("named entity") << QByteArray("javascript&colon;x") << false << false;
        QTest::newRow("amp in query") << QByteArray("https://e.org/?a=1&amp;b=2") << true << true;
    }

    void urlAllowList() {
        QFETCH(QByteArray, url);
        QFETCH(bool, link);
        QFETCH(bool, image);
        QCOMPARE(html::isSafeUrl(url, html::UrlUse::Link), link);
        QCOMPARE(html::isSafeUrl(url, html::UrlUse::Image), image);
    }

    void notesNeverBreakNesting() {
        // The note is wrapped on cmark's tree, so its span can only hold whole inline nodes.
        auto wrapped = [](const char *markdown, const char *opening) -> QByteArray {
            const cmark::Tree tree(markdown);
            std::vector<cmark_node *> blocks;
            for (cmark_node *node = cmark_node_first_child(tree.root()); node;
                 node = cmark_node_next(node))
                blocks.push_back(node);
            if (!cmark::wrapNote(blocks, opening, "n"))
                return "not wrapped";
            return tree.render();
        };
        QCOMPARE(wrapped("a （附：[y](x)）", "（附："),
                 QByteArray("<p data-sourcepos=\"1:1-1:20\">a <span class=\"n\">（附：<a "
                            "href=\"x\">y</a>）</span></p>\n"));
        QCOMPARE(wrapped("a （star 1 (x) 2）b", "（star"),
                 QByteArray("<p data-sourcepos=\"1:1-1:21\">a <span class=\"n\">（star 1 (x) "
                            "2）</span>b</p>\n"));
        // A note whose brackets span a paragraph break is left alone.
        QCOMPARE(wrapped("a （star 1\n\n2）", "（star"), QByteArray("not wrapped"));
        // An image's description is an attribute, not a note.
        QCOMPARE(wrapped("![（star 1）](x.png)", "（star"), QByteArray("not wrapped"));
        // A note that would close inside emphasis (the span could not nest) is left alone.
        QCOMPARE(wrapped("（star *1）*", "（star"), QByteArray("not wrapped"));
        // An unclosed note is left alone.
        QCOMPARE(wrapped("（star 1", "（star"), QByteArray("not wrapped"));
    }

    void sourcePositionShift() {
        QByteArray html = "<p data-sourcepos=\"1:1-2:5\">x</p><pre data-sourcepos=\"3:1-4:3\">";
        html::shiftSourcePositions(html, 10);
        QCOMPARE(
            html,
            QByteArray("<p data-sourcepos=\"11:1-12:5\">x</p><pre data-sourcepos=\"13:1-14:3\">"));
    }

    void everyCorpusFileRendersAllItems() {
        WC_REQUIRE_CORPUS();
        IssueRenderer renderer;
        const QStringList files = test::corpusFiles();
        QVERIFY(files.size() >= 100);
        for (const QString &path : files) {
            const IssueDocument document = test::loadDocument(path);
            const QString html = renderer.renderHtml(document);
            QVERIFY2(html.count(QStringLiteral("<div class=\"item\" data-item=")) ==
                         document.itemCount(),
                     qPrintable(path));
            const QStringList problems = safetyProblems(html);
            QVERIFY2(problems.isEmpty(), qPrintable(path + u'\n' + problems.join(u'\n')));
            QVERIFY2(!html.contains(QStringLiteral("raw HTML omitted")), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestIssueRenderer)
#include "tst_issuerenderer.moc"
