// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Values kept per section and brought up to date parse by parse (SectionValues): the inbox's
// index of item URLs and the forms' bilingual tally must always equal what the whole document
// gives, and a keystroke must read only the sections its parse replaced.

#include "bilingualtext.h"
#include "incrementalcheck.h"
#include "issuedocument.h"
#include "issuefile.h"
#include "itemurlindex.h"
#include "linkidentity.h"

#include <QTest>

using namespace wc;

class TestSectionValues : public QObject {
    Q_OBJECT
private slots:
    void randomEditsKeepTheIndexWhole();
    void aKeystrokeReadsOnlyItsSection();
    void aMissedRevisionReadsAll();
    void typedSeparatorsMakeTheIssueBilingual();
};

namespace {

QSet<QString> allUrls(const IssueDocument &document) {
    QSet<QString> urls;
    for (const SectionNode &section : document.sections()) {
        for (const QString &url : ItemUrlIndex::sectionUrls(document, section))
            urls.insert(url);
    }
    return urls;
}

IssueDocument sample() {
    auto loaded = IssueFile::load(QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md"));
    if (!loaded.document)
        qFatal("%s", qPrintable(loaded.error));
    return std::move(*loaded.document);
}

} // namespace

void TestSectionValues::randomEditsKeepTheIndexWhole() {
    IssueDocument document = sample();
    ItemUrlIndex index;
    BilingualTally tally;
    int revision = 0;
    index.update(document, revision, {});
    tally.update(document, revision, {});
    std::mt19937 random(20261201);
    int local = 0;
    for (int step = 0; step < 600; ++step) {
        const test::RandomEdit edit = test::randomEdit(document.text(), random);
        const QSet<QString> before = index.urls();
        const DocumentChange change = document.applyChange(edit.position, edit.removed, edit.added);
        local += change.full ? 0 : 1;
        ++revision;
        const bool changed = index.update(document, revision, change);
        tally.update(document, revision, change);
        const QSet<QString> whole = allUrls(document);
        QVERIFY2(index.urls() == whole, qPrintable(QString::number(step)));
        QCOMPARE(changed, before != whole);
        for (const QString &url : whole)
            QVERIFY(index.contains(url));
        QCOMPARE(tally.isBilingual(document), isBilingualIssue(document));
    }
    QVERIFY2(local > 150, qPrintable(QString::number(local))); // mostly the incremental path
}

void TestSectionValues::aKeystrokeReadsOnlyItsSection() {
    IssueDocument document = sample();
    SectionValues<int> values;
    int reads = 0;
    const auto count = [&](const SectionNode &section) {
        ++reads;
        return int(section.items.size());
    };
    const auto ignore = [](int) {};
    values.update(document, 0, {}, count, ignore, ignore);
    QCOMPARE(reads, int(document.sections().size()));
    QVERIFY(document.sections().size() > 3);
    reads = 0;
    const ItemNode &item = document.sections()[2].items[0];
    const DocumentChange change = document.applyChange(item.title.begin + 1, 0, u"x");
    QVERIFY(!change.full);
    values.update(document, 1, change, count, ignore, ignore);
    QCOMPARE(reads, 1);
    // A new section typed in: the list grows, still only the replaced sections are read.
    reads = 0;
    const qsizetype at = document.sections()[1].items[0].end;
    const DocumentChange added =
        document.applyChange(at, 0, u"## New\n\n1、[a](https://a.example)\n\n");
    QVERIFY(!added.full);
    values.update(document, 2, added, count, ignore, ignore);
    QCOMPARE(reads, added.addedSections);
    QCOMPARE(values.values().size(), document.sections().size());
    for (qsizetype s = 0; s < document.sections().size(); ++s)
        QCOMPARE(values.values()[s], int(document.sections()[s].items.size()));
    // The same revision again (a second signal for one parse): nothing is read.
    reads = 0;
    values.update(document, 2, added, count, ignore, ignore);
    QCOMPARE(reads, 0);
}

void TestSectionValues::aMissedRevisionReadsAll() {
    IssueDocument document = sample();
    ItemUrlIndex index;
    index.update(document, 0, {});
    const ItemNode first = document.sections()[0].items[0];
    document.applyChange(first.url.begin, first.url.length(), u"https://first.example/");
    const SectionNode *lastWithItems = nullptr;
    for (const SectionNode &section : document.sections()) {
        if (!section.items.isEmpty() && section.items.last().hasLink)
            lastWithItems = &section;
    }
    QVERIFY(lastWithItems && lastWithItems != &document.sections()[0]);
    const ItemNode last = lastWithItems->items.last();
    // The index never saw revision 1: revision 2's change alone would leave the first URL out.
    const DocumentChange change =
        document.applyChange(last.url.begin, last.url.length(), u"https://last.example/");
    QVERIFY(!change.full);
    QVERIFY(index.update(document, 2, change));
    QCOMPARE(index.urls(), allUrls(document));
    QVERIFY(index.contains(normalizedUrl(QStringLiteral("https://first.example/"))));
}

void TestSectionValues::typedSeparatorsMakeTheIssueBilingual() {
    IssueDocument document = IssueDocument::parse(
        QStringLiteral("# Weekly\n\n## A\n\n1、[一---One](https://1.example)\n\n"
                       "2、[二---Two](https://2.example)\n\n## B\n\n3、[三](https://3.example)\n\n"
                       "4、[四](https://4.example)\n"));
    BilingualTally tally;
    tally.update(document, 0, {});
    QVERIFY(!tally.isBilingual(document)); // two of four: not more than half
    const qsizetype at = document.sections()[1].items[0].title.end;
    const DocumentChange change = document.applyChange(at, 0, u"---Three");
    QVERIFY(!change.full);
    tally.update(document, 1, change);
    QVERIFY(isBilingualIssue(document));
    QVERIFY(tally.isBilingual(document));
    const DocumentChange back = document.applyChange(at, 8, u"");
    tally.update(document, 2, back);
    QVERIFY(!tally.isBilingual(document));
}

QTEST_GUILESS_MAIN(TestSectionValues)
#include "tst_sectionvalues.moc"
