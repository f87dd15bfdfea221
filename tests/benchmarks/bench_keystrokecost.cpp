// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Work per keystroke independent of the issue's size (issue 12), in the real window with the
// preview hidden: a character typed into the source of a 2 MB issue (made from the bundled
// sample, 3,000 sections) must cost the GUI thread about what it costs in the sample itself.
// The GUI thread's CPU time is compared, not the wall clock, which other processes inflate.
// Whole-document work on each keystroke (every item URL normalised for the inbox, every item
// title read for the bilingual forms: 20-40 ms at 1 MB) fails it.

#include "benchinputs.h"
#include "benchreport.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace wc;

class TestKeystrokeCost : public QObject {
    Q_OBJECT
private slots:
    void largeIssueCostsWhatTheSampleCosts();
};

namespace {

// The median CPU time of a character typed into the middle of the issue's source.
double medianKeystrokeMs(const QString &path) {
    DocumentManager documents;
    MainWindow window(&documents);
    if (!window.openFile(path))
        qFatal("cannot open %s", qPrintable(path));
    window.resize(1200, 800);
    window.show();
    window.preview()->hide();
    QCoreApplication::processEvents();
    IssueEditor *editor = window.editor();
    const IssueDocument &document = editor->session()->document();
    const int section = int(document.sections().size() / 2);
    const ItemNode &item = document.sections()[section].items.first();
    QTextCursor cursor(editor->session()->textDocument());
    cursor.setPosition(int(item.title.begin + 1));
    editor->sourceEditor()->setTextCursor(cursor);
    editor->sourceEditor()->setFocus();
    QCoreApplication::processEvents();
    std::vector<double> times;
    for (int i = 0; i < 60; ++i) {
        const double start = bench::threadCpuMs();
        test::typeText(editor->sourceEditor(), QStringLiteral("y"));
        QCoreApplication::processEvents();
        if (i >= 10)
            times.push_back(bench::threadCpuMs() - start);
    }
    editor->session()->textDocument()->setModified(false);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

void TestKeystrokeCost::largeIssueCostsWhatTheSampleCosts() {
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const double sample = medianKeystrokeMs(QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md"));
    const double large = medianKeystrokeMs(bench::writeSyntheticIssue(folder.path(), 2));
    qInfo("keystroke CPU median: sample %.2f ms, 2 MB %.2f ms", sample, large);
    // Generous, so load cannot fail it: whole-document work made it ten times the sample's.
    QVERIFY2(large < 3 * sample + 3, qPrintable(QStringLiteral("%1 ms").arg(large)));
}

QTEST_MAIN(TestKeystrokeCost)
#include "bench_keystrokecost.moc"
