// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's newsletter conventions come from the profile: its footer markers end a
// section's items and its section emoji make bare link lines section headers. The defaults
// are Python 潮流周刊's lists, and applyChange() parses with the document's conventions.
#include "issuedocument.h"
#include "newsletterprofile.h"
#include "testsupport.h"

using namespace wc;

namespace {

// A 科技爱好者周刊-style issue: no front matter, and a sign-off the defaults do not know.
const QString techIssue = QStringLiteral("# 科技爱好者周刊（第 3 期）：测试\n"
                                         "\n"
                                         "## 文章\n"
                                         "\n"
                                         "1、[第一篇](https://example.com/a)\n"
                                         "\n"
                                         "第一篇的说明。\n"
                                         "\n"
                                         "## 工具\n"
                                         "\n"
                                         "1、[第二篇](https://example.com/b)\n"
                                         "\n"
                                         "第二篇的说明。\n"
                                         "\n"
                                         "（完）\n"
                                         "\n"
                                         "欢迎投稿，请写信给编辑部。\n");

// English sections written as bare links, with emoji of the newsletter's own.
const QString bareLinkIssue = QStringLiteral("# Tools Weekly 4\n"
                                             "\n"
                                             "[📚Reading](https://example.com/reading)\n"
                                             "\n"
                                             "1、[One](https://example.com/1)\n"
                                             "\n"
                                             "[🛠Tools](https://example.com/tools)\n"
                                             "\n"
                                             "1、[Two](https://example.com/2)\n");

NewsletterProfile profileFrom(const QByteArray &yaml) {
    const LoadedProfile loaded = parseProfile(yaml);
    if (!loaded.problems.isEmpty())
        qWarning() << loaded.problems.first().line << loaded.problems.first().message;
    return loaded.profile;
}

QString trailersText(const IssueDocument &doc, const SectionNode &section) {
    QStringList parts;
    for (const Block &block : section.trailers)
        parts << block.content.in(doc.text()).toString();
    return parts.join(u'|');
}

} // namespace

class TestParseConventions : public QObject {
    Q_OBJECT

private slots:
    void theDefaultsAreTodaysLists() {
        // The lists markdownscan.cpp had hard-coded before they moved into the defaults.
        const ParseConventions &d = ParseConventions::defaults();
        QCOMPARE(d.footerMarkers,
                 QStringList({QStringLiteral("🎁"), QStringLiteral("如果你觉得"),
                              QStringLiteral("本文首发于"), QStringLiteral("If you find"),
                              QStringLiteral("This article was first published"),
                              QStringLiteral("この記事")}));
        QCOMPARE(d.sectionEmoji,
                 QStringList({QStringLiteral("🦄"), QStringLiteral("🐿"), QStringLiteral("🐢"),
                              QStringLiteral("🥂"), QStringLiteral("🐧"), QStringLiteral("🐱"),
                              QStringLiteral("🐼"), QStringLiteral("🌱"), QStringLiteral("🐡")}));
        QCOMPARE(NewsletterProfile::defaults().conventions, d);
        // A profile without the keys keeps them.
        QCOMPARE(profileFrom("name: x\n").conventions, d);
    }

    void aProfilesFooterMarkerMakesTheFooter() {
        const NewsletterProfile profile = profileFrom("footer-markers: [\"（完）\"]\n");
        QCOMPARE(profile.conventions.footerMarkers, QStringList{QStringLiteral("（完）")});
        const IssueDocument withMarker = IssueDocument::parse(
            techIssue, QStringLiteral("issue-3.md"), false, profile.conventions);
        const SectionNode &tools = withMarker.sections()[1];
        QCOMPARE(trailersText(withMarker, tools),
                 QStringLiteral("（完）|欢迎投稿，请写信给编辑部。"));
        QCOMPARE(tools.items.last().description().in(withMarker.text()),
                 QStringLiteral("第二篇的说明。"));
        QCOMPARE(withMarker.conventions(), profile.conventions);

        // Without it (the defaults) the sign-off is the last item's description.
        const IssueDocument without = IssueDocument::parse(techIssue, QStringLiteral("issue-3.md"));
        QVERIFY(without.sections()[1].trailers.isEmpty());
        QCOMPARE(without.sections()[1].items.last().description().in(without.text()),
                 QStringLiteral("第二篇的说明。\n\n（完）\n\n欢迎投稿，请写信给编辑部。"));
        // The bytes are the same either way.
        QCOMPARE(withMarker.serialize(), without.serialize());
        QCOMPARE(withMarker.serialize(), techIssue.toUtf8());
    }

    void theDefaultMarkersAreReplacedNotAdded() {
        // Python 潮流周刊's 🎁 block is no footer for a newsletter whose markers lack it.
        const QString text =
            QStringLiteral("## 🦄文章&教程\n\n1、[一](https://e.example/1)\n\n"
                           "说明。\n\n🎁 订阅我们\n");
        QCOMPARE(IssueDocument::parse(text).sections()[0].trailers.size(), 1);
        const NewsletterProfile profile = profileFrom("footer-markers: [\"（完）\"]\n");
        QCOMPARE(IssueDocument::parse(text, {}, false, profile.conventions)
                     .sections()[0]
                     .trailers.size(),
                 0);
    }

    void aProfilesSectionEmojiMakeBareLinkHeaders() {
        const NewsletterProfile profile = profileFrom("section-emoji: [📚, 🛠]\n");
        QCOMPARE(profile.conventions.sectionEmoji,
                 QStringList({QStringLiteral("📚"), QStringLiteral("🛠")}));
        const IssueDocument with =
            IssueDocument::parse(bareLinkIssue, {}, false, profile.conventions);
        QCOMPARE(with.sections().size(), 2);
        QCOMPARE(with.sectionLabel(with.sections()[0]), QStringLiteral("📚Reading"));
        QCOMPARE(with.sectionLabel(with.sections()[1]), QStringLiteral("🛠Tools"));
        QCOMPARE(with.sections()[1].items.size(), 1);
        // The default emoji do not include 📚 and 🛠: these are ordinary link paragraphs.
        QVERIFY(IssueDocument::parse(bareLinkIssue).sections().isEmpty());
    }

    void anEditParsesWithTheDocumentsConventions() {
        const NewsletterProfile profile = profileFrom("footer-markers: [\"（完）\"]\n");
        IssueDocument doc = IssueDocument::parse(techIssue, QStringLiteral("issue-3.md"), false,
                                                 profile.conventions);
        // Typing into the last item's description: only its section is parsed again.
        const qsizetype at = techIssue.indexOf(QStringLiteral("第二篇的说明")) + 3;
        const DocumentChange change = doc.applyChange(at, 0, QStringLiteral("很长的"));
        QVERIFY(!change.full);
        QCOMPARE(trailersText(doc, doc.sections()[1]),
                 QStringLiteral("（完）|欢迎投稿，请写信给编辑部。"));
        QCOMPARE(doc, IssueDocument::parse(doc.text(), QStringLiteral("issue-3.md"), false,
                                           profile.conventions));
        // And through a whole parse (an edit of the title).
        doc.applyChange(2, 0, QStringLiteral("新"));
        QCOMPARE(doc.sections()[1].trailers.size(), 2);
        QCOMPARE(doc.conventions(), profile.conventions);
    }
};

QTEST_GUILESS_MAIN(TestParseConventions)
#include "tst_parseconventions.moc"
