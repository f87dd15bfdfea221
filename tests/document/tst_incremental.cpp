// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental parse (IssueDocument::applyChange): after any edit the document equals a
// full parse of the edited text, and an edit inside a section parses only that section.

#include "incrementalcheck.h"
#include "issuedocument.h"
#include "issuefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace wc;

class TestIncremental : public QObject {
    Q_OBJECT
private slots:
    void randomEditsEqualFullParse_data();
    void randomEditsEqualFullParse();
    void typingInAnItemParsesOneSection();
    void typedHeadingAddsASection();
    void deletingAHeadingJoinsSections();
    void subsectionsFollowTheirParent();
    void changesBeyondTheSectionsParseAll();
    void movesPendingOverManyEditsReadTrue();
    void aCopyTakesThePendingMoves();
    void changesNearTheStartLeaveACopyAlone();
};

namespace {

IssueDocument load(const QString &path) {
    auto loaded = IssueFile::load(path);
    if (!loaded.document)
        qFatal("%s: %s", qPrintable(path), qPrintable(loaded.error));
    return std::move(*loaded.document);
}

QString sample() {
    return QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md");
}

} // namespace

void TestIncremental::randomEditsEqualFullParse_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("oftenLocal"); // a real issue: many edits land inside a section
    QTest::newRow("sample") << sample() << true;
    // A few corpus issues of each kind: regular, a summary (circled items), a compilation
    // with `###`, and one in English.
    const QString corpus = QStringLiteral(WC_CORPUS_DIR "/python-weekly/");
    for (const char *name : {"2023-08-19-weekly.md", "2024-07-10-sweekly.md",
                             "2025-04-20-iweekly.md", "2023-05-13-weekly.md"}) {
        if (QFileInfo::exists(corpus + QLatin1String(name)))
            QTest::newRow(name) << corpus + QLatin1String(name) << true;
    }
    for (const char *name : {"fences.md", "trailers.md", "notes.md", "headings.md", "crlf.md"})
        QTest::newRow(name) << QStringLiteral(WC_TESTS_DIR "/fuzz/seeds/") + QLatin1String(name)
                            << false;
}

void TestIncremental::randomEditsEqualFullParse() {
    QFETCH(QString, path);
    QFETCH(bool, oftenLocal);
    IssueDocument document = load(path);
    std::mt19937 random(20261201);
    int incremental = 0;
    constexpr int edits = 400;
    for (int step = 0; step < edits; ++step) {
        const test::RandomEdit edit = test::randomEdit(document.text(), random);
        const QString before = document.text();
        QString text = before;
        text.replace(edit.position, edit.removed, edit.added);
        const DocumentChange change = document.applyChange(edit.position, edit.removed, edit.added);
        incremental += change.full ? 0 : 1;
        const IssueDocument full =
            IssueDocument::parse(text, document.fileName(), document.hasBom());
        const QString difference = test::firstDifference(document, full);
        if (!difference.isEmpty())
            qWarning() << "edit" << step << "at" << edit.position << "removing" << edit.removed
                       << "adding" << edit.added << "to" << before;
        QCOMPARE(difference, QString());
    }
    // Many edits land inside a section and are parsed there (the rest: front matter, title,
    // preamble, open fences). Without the fast path this would be 0.
    if (oftenLocal)
        QVERIFY2(incremental > edits / 4, qPrintable(QString::number(incremental)));
}

void TestIncremental::typingInAnItemParsesOneSection() {
    IssueDocument document = load(sample());
    const IssueDocument before = document;
    const ItemNode &item = document.sections()[1].items[1];
    const qsizetype at = item.title.begin + 2;
    const DocumentChange change = document.applyChange(at, 0, u"x");
    QVERIFY(!change.full);
    QCOMPARE(change.firstSection, 1);
    QCOMPARE(change.removedSections, 1);
    QCOMPARE(change.addedSections, 1);
    QCOMPARE(change.shift, 1);
    QCOMPARE(change.lineShift, 0);
    QCOMPARE(document.sections()[1].items[1].title.length(), item.title.length() + 1);
    // Before the change nothing moved; after it, everything moved by one.
    QCOMPARE(document.sections()[0], before.sections()[0]);
    QCOMPARE(document.sections()[2].begin, before.sections()[2].begin + 1);
    QCOMPARE(document.sections()[2].items.first().title.begin,
             before.sections()[2].items.first().title.begin + 1);
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
}

void TestIncremental::typedHeadingAddsASection() {
    IssueDocument document = load(sample());
    const qsizetype sections = document.sections().size();
    // A new line with a heading after the first item's description.
    const ItemNode &item = document.sections()[0].items[0];
    const DocumentChange change =
        document.applyChange(item.contentEnd, 0, u"\n## Typed\n\n1、[t](https://t)\n");
    QVERIFY(!change.full);
    QCOMPARE(change.firstSection, 0);
    QCOMPARE(change.removedSections, 1);
    QCOMPARE(change.addedSections, 2);
    QCOMPARE(change.lineShift, 4);
    QCOMPARE(document.sections().size(), sections + 1);
    QCOMPARE(document.sectionLabel(document.sections()[1]), QStringLiteral("Typed"));
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
}

void TestIncremental::deletingAHeadingJoinsSections() {
    IssueDocument document = load(sample());
    const qsizetype sections = document.sections().size();
    // Remove the second section's heading line: its items join the first section.
    const Block header = document.sections()[1].header;
    const DocumentChange change =
        document.applyChange(header.span.begin, header.span.length(), u"");
    QVERIFY(!change.full);
    QCOMPARE(change.firstSection, 0);
    QCOMPARE(change.removedSections, 2);
    QCOMPARE(change.addedSections, 1);
    QCOMPARE(document.sections().size(), sections - 1);
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
}

void TestIncremental::subsectionsFollowTheirParent() {
    IssueDocument document = IssueDocument::parse(QStringLiteral(
        "# T\n\n## A\n\n1、[a](u)\n\n### A1\n\n1、[b](u)\n\n## B\n\n### B1\n\n1、[c](u)\n"));
    QCOMPARE(document.sections()[3].parent, 2);
    // Demote `## B` to `### B`: B and B1 now belong to A.
    const qsizetype at = document.sections()[2].header.content.begin;
    const DocumentChange change = document.applyChange(at, 0, u"#");
    QVERIFY(!change.full);
    QCOMPARE(document.sections()[2].parent, 0);
    QCOMPARE(document.sections()[3].parent, 0);
    QCOMPARE(document, IssueDocument::parse(document.text()));
    // And back, from inside the first section: a `##` typed before B1's parent.
    document.applyChange(document.sections()[2].header.content.begin, 1, u"");
    QCOMPARE(document.sections()[3].parent, 2);
    QCOMPARE(document, IssueDocument::parse(document.text()));
}

void TestIncremental::changesBeyondTheSectionsParseAll() {
    IssueDocument document = load(sample());
    // The front matter and the preamble come before every section.
    QVERIFY(document.applyChange(10, 0, u"x").full);
    QVERIFY(document.applyChange(document.preamble().first().content.begin, 0, u"x").full);
    // A fence opened in the first section runs on past its end.
    const qsizetype at = document.sections()[0].items[0].contentEnd;
    QVERIFY(document.applyChange(at, 0, u"\n```\n").full);
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
    // Closing it again in the same section is local once more.
    QVERIFY(!document.applyChange(at + 5, 0, u"```\n").full);
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
}

void TestIncremental::changesNearTheStartLeaveACopyAlone() {
    // applyChange moves the text before a change in the first half instead of the text after
    // it: growing, shrinking and same-length changes there, each with a copy of the document
    // taken before it (which must keep its text), read as QString::replace writes them.
    IssueDocument document = load(sample());
    const SectionNode &first = *std::ranges::find_if(
        document.sections(), [](const SectionNode &section) { return !section.items.isEmpty(); });
    const qsizetype at = first.items[0].title.begin + 1;
    QVERIFY2(at < document.text().size() / 4, qPrintable(QString::number(at)));
    const struct {
        qsizetype position;
        qsizetype removed;
        QString added;
    } changes[] = {{at, 0, QStringLiteral("键")},
                   {at, 0, QStringLiteral("abc")},
                   {at, 3, QStringLiteral("x")},
                   {at, 1, QStringLiteral("y")},
                   {at, 2, QString()},
                   {0, 0, QStringLiteral("\n")},
                   {0, 1, QString()},
                   {at + 5, 1, QStringLiteral("（中文）")}};
    for (const auto &change : changes) {
        const IssueDocument copy = document;
        QString expected = document.text();
        expected.replace(change.position, change.removed, change.added);
        document.applyChange(change.position, change.removed, change.added);
        QCOMPARE(document.text(), expected);
        QCOMPARE(test::firstDifference(document, IssueDocument::parse(expected, document.fileName(),
                                                                      document.hasBom())),
                 QString());
        QVERIFY(copy.text() != expected);
        QCOMPARE(copy, IssueDocument::parse(copy.text(), copy.fileName(), copy.hasBom()));
    }
}

QTEST_GUILESS_MAIN(TestIncremental)
// The sections after an edit are moved lazily (SectionList): a section read after many edits
// in front of it must have every one of their moves, read one by one as the views do (no
// whole comparison in between, which would apply all the moves at once).
void TestIncremental::movesPendingOverManyEditsReadTrue() {
    IssueDocument document =
        load(QStringLiteral(WC_CORPUS_DIR "/python-weekly/2023-08-19-weekly.md"));
    if (document.sections().size() < 4)
        document = load(sample());
    std::mt19937 random(20261202);
    int incremental = 0;
    for (int step = 0; step < 300; ++step) {
        // Two steps in three type into a random item's title (the usual keystroke, moving the
        // sections after it), the third is any edit (headings, fences, deletions, pastes).
        test::RandomEdit edit = test::randomEdit(document.text(), random);
        const auto &now = document.sections();
        const SectionNode &target = now[qsizetype(random() % quint32(now.size()))];
        if (step % 3 != 0 && !target.items.isEmpty()) {
            const ItemNode &item = target.items[qsizetype(random() % quint32(target.items.size()))];
            edit = {item.title.begin + item.title.length() / 2, random() % 2 == 0 ? 0 : 1,
                    random() % 2 == 0 ? QStringLiteral("x") : QStringLiteral("yz")};
        }
        incremental += document.applyChange(edit.position, edit.removed, edit.added).full ? 0 : 1;
        const IssueDocument full = IssueDocument::parse(document.text(), document.fileName());
        QCOMPARE(document.sections().size(), full.sections().size());
        // One section in three, at random, and the last one (the most moved).
        for (qsizetype s = 0; s < full.sections().size(); ++s) {
            if (s + 1 == full.sections().size() || random() % 3 == 0)
                QCOMPARE(document.sections()[s], full.sections()[s]);
        }
        const auto &sections = document.sections();
        QVERIFY(std::is_sorted(
            sections.begin(), sections.end(),
            [](const SectionNode &a, const SectionNode &b) { return a.begin < b.begin; }));
    }
    QVERIFY2(incremental > 100, qPrintable(QString::number(incremental)));
    QCOMPARE(document, IssueDocument::parse(document.text(), document.fileName()));
}

void TestIncremental::aCopyTakesThePendingMoves() {
    IssueDocument document = load(sample());
    const qsizetype lastBegin = document.sections().last().begin;
    // Three keystrokes in the first section: the later ones are moved, but not yet rewritten.
    const qsizetype at = document.sections().first().items.first().title.begin;
    for (int i = 0; i < 3; ++i)
        QVERIFY(!document.applyChange(at, 0, u"x").full);
    const IssueDocument copy = document;
    QCOMPARE(copy.sections().last().begin, lastBegin + 3);
    QCOMPARE(document.sections().last().begin, lastBegin + 3);
    QCOMPARE(copy, IssueDocument::parse(document.text(), document.fileName()));
    // The copy is its own: an edit of the original does not move the copy's sections.
    QVERIFY(!document.applyChange(at, 1, u"").full);
    QCOMPARE(copy.sections().last().begin, lastBegin + 3);
    QCOMPARE(document.sections().last().begin, lastBegin + 2);
}

#include "tst_incremental.moc"
