// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every real issue of the shared corpus must survive the document core unchanged.
#include "documentedits.h"
#include "testsupport.h"

using namespace wc;

class TestCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { WC_REQUIRE_CORPUS(); }

    void roundTrip() {
        const QStringList files = test::corpusFiles();
        QVERIFY2(files.size() >= 100, "the corpus should hold the whole archive");
        int items = 0;
        int sections = 0;
        qint64 bytes = 0;
        for (const QString &path : files) {
            const QByteArray original = test::readBytes(path);
            const IssueDocument document = test::loadDocument(path);
            const QByteArray written = document.serialize();
            if (written != original)
                QFAIL(qPrintable(QStringLiteral("%1 does not round-trip").arg(path)));
            items += document.itemCount();
            sections += int(document.sections().size());
            bytes += original.size();
        }
        qInfo("round trip: %lld files, %d sections, %d items, %lld bytes, all byte-identical",
              qlonglong(files.size()), sections, items, qlonglong(bytes));
        QVERIFY(items > 3000);
    }

    // Setting every field to the value it already has must not change a byte: the edit API
    // writes only what differs.
    void noOpEditsRoundTrip() {
        int edits = 0;
        for (const QString &path : test::corpusFiles()) {
            const QByteArray original = test::readBytes(path);
            const IssueDocument document = test::loadDocument(path);
            const DocumentEdits editor(document);
            const QString &text = document.text();
            Edit all;
            for (int s = 0; s < document.sections().size(); ++s) {
                const SectionNode &section = document.sections()[s];
                all += editor.setSectionLabel(s, document.sectionLabel(section));
                for (int i = 0; i < section.items.size(); ++i) {
                    const ItemNode &item = section.items[i];
                    all += editor.setItemTitle({s, i}, item.title.in(text).toString());
                    if (item.hasLink)
                        all += editor.setItemUrl({s, i}, item.url.in(text).toString());
                    ++edits;
                }
            }
            if (const auto &fm = document.frontMatter(); fm && fm->valid) {
                for (const FrontMatterField &field : fm->fields) {
                    if (field.quoting != FrontMatterField::Quoting::Other)
                        all += editor.setFrontMatterField(field.key, field.value);
                }
            }
            QVERIFY2(all.isEmpty(),
                     qPrintable(QStringLiteral("%1: a no-op edit changed text at %2")
                                    .arg(path)
                                    .arg(all.isEmpty() ? 0 : all.first().range.begin)));
            const IssueDocument reparsed =
                IssueDocument::parse(applyEdit(text, all), document.fileName(), document.hasBom());
            QCOMPARE(reparsed.serialize(), original);
        }
        qInfo("no-op edits: %d items re-set to their own title and URL", edits);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
