// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Keystroke latency in the real widgets (offscreen): a character typed into the item form's
// title until the window has repainted the Markdown source with it, and a character typed into
// the source until the window has repainted the form and the outline with it (p50_ms, p95_ms).
// The same keystrokes are also timed until all the work they caused is done, the preview's
// render and send included (idle_p50_ms, idle_p95_ms): what the next keystroke could wait for,
// and the GUI thread's CPU time for that (cpu_p50_ms, cpu_p95_ms), which a loaded machine
// inflates far less than the wall clock; of it, session_cpu_p50_ms and session_cpu_p95_ms are
// what passed until the session had parsed and every view had taken the new document (the
// rest is repainting).
// Prints one JSON object per line, as the other benchmarks do.
// Each is measured twice: as is, and with the find bar open on a common word (的), every one of
// its matches highlighted in the source (names ending in _find, with the match count). The
// matches are searched again once the typing pauses (FindBar::rescanDelayMs): that search and
// the repaint of its highlights are timed on their own (find_rescan).
//
//   bench_keystroke [--sizes MB,MB,…] [--keystrokes N] [--no-preview] [--checks-pane] [FILE…]
//   (defaults: the bundled sample, from ../shared/corpus the largest regular issue and the
//   291 KB compilation, and synthetic issues of 1, 4 and 16 MB made from the bundled sample;
//   --sizes 0 measures no synthetic issue). Then, for each direction and pace, the ratio of
//   the largest synthetic issue's p95 to the regular issue's (the first file measured).
//   --no-preview hides the live preview (it then renders nothing): the editor alone.
//   --checks-pane shows the Checks side pane, adds a pace of 300 ms a key (the checks run in
//   each pause: they wait 250 ms after the last change) and times what the window does when
//   the checks' result comes back (checks_result: the pane's rows and the outline's marks).

#include "benchinputs.h"
#include "benchreport.h"
#include "benchwindow.h"
#include "checkscontroller.h"
#include "checksrunner.h"
#include "documentmanager.h"
#include "findbar.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <chrono>
#include <ctime>

namespace {

int keystrokes = 200;
bool withPreview = true;
bool withChecksPane = false;
constexpr int warmup = 20;

// p95 (until shown) by benchmark and pace, then by input, for the ratio lines.
QMap<std::pair<QString, int>, QMap<QString, double>> shownP95;

// The application, noting when a window last finished repainting (on screen, or in the
// offscreen platform's backing store).
class PaintClockApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        const bool result = QApplication::notify(receiver, event);
        if (event->type() == QEvent::UpdateRequest && receiver->isWidgetType() &&
            static_cast<QWidget *>(receiver)->isWindow())
            lastRepaint = std::chrono::steady_clock::now();
        return result;
    }
    std::chrono::steady_clock::time_point lastRepaint;
};

struct Latencies {
    std::vector<double> shown; // until the window repainted with the keystroke
    std::vector<double> idle;  // until the keystroke's work was all done
    std::vector<double> cpu;   // the GUI thread's CPU time for it: what the load cannot inflate
    // Of that CPU time, what passed until the session had parsed and every view had taken the
    // new document (IssueSession::documentChanged, connected last); the rest is the repaint.
    std::vector<double> sessionCpu;
};

// The GUI thread's CPU time when the session last announced a parsed document.
double parsedCpuMs = 0;

double msBetween(std::chrono::steady_clock::time_point from,
                 std::chrono::steady_clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Times `type` followed by the event processing it causes; `check` then proves the effect is
// visible, outside the timed part. With a `paceMs`, events go on being processed for that long
// between keystrokes (untimed), as between a typist's keys; with 0 the keystrokes come back to
// back and each also pays for the previous one's leftovers (the preview's frames).
template <typename Type, typename Check> Latencies measure(int paceMs, Type type, Check check) {
    auto *app = static_cast<PaintClockApplication *>(QCoreApplication::instance());
    Latencies latencies;
    for (int i = 0; i < warmup + keystrokes; ++i) {
        if (paceMs > 0)
            QTest::qWait(paceMs);
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = bench::threadCpuMs();
        app->lastRepaint = start;
        type(i);
        QCoreApplication::processEvents();
        const auto end = std::chrono::steady_clock::now();
        const double cpu = bench::threadCpuMs() - cpuStart;
        const double sessionCpu = parsedCpuMs >= cpuStart ? parsedCpuMs - cpuStart : 0;
        if (!check(i))
            qFatal("keystroke %d did not show up", i);
        if (app->lastRepaint == start)
            qFatal("keystroke %d was not repainted", i);
        if (i >= warmup) {
            latencies.shown.push_back(msBetween(start, app->lastRepaint));
            latencies.idle.push_back(msBetween(start, end));
            latencies.cpu.push_back(cpu);
            latencies.sessionCpu.push_back(sessionCpu);
        }
    }
    std::sort(latencies.shown.begin(), latencies.shown.end());
    std::sort(latencies.idle.begin(), latencies.idle.end());
    std::sort(latencies.cpu.begin(), latencies.cpu.end());
    std::sort(latencies.sessionCpu.begin(), latencies.sessionCpu.end());
    return latencies;
}

// The find bar's state during a measurement: its word and how many matches are highlighted.
struct FindState {
    QString word;
    qsizetype matches = 0;
};

void report(const char *name, const QString &input, int paceMs, const FindState &find,
            const Latencies &latencies) {
    const QString benchName = QString::fromLatin1(name) + (find.word.isEmpty() ? "" : "_find");
    shownP95[{benchName, paceMs}][input] = bench::percentile(latencies.shown, 0.95);
    bench::JsonLine line;
    line.add("bench", benchName).add("input", input).add("pace_ms", qint64(paceMs));
    if (!find.word.isEmpty())
        line.add("find", find.word).add("matches", qint64(find.matches));
    line.addLatency(latencies.shown)
        .addPercentiles("idle_", latencies.idle)
        .addPercentiles("cpu_", latencies.cpu)
        .addPercentiles("session_cpu_", latencies.sessionCpu);
}

// Opens the find bar on `word` as a user would (Ctrl+F, then typing it), and times the search
// again with its highlights repainted, as it runs after a pause in the typing.
FindState openFindBar(wc::MainWindow &window, const QString &word, const QString &input) {
    wc::FindBar *bar = window.editor()->findBar();
    bar->openFind();
    wc::test::typeText(bar->findField(), word);
    QCoreApplication::processEvents();
    std::vector<double> rescans;
    for (int i = 0; i < 40; ++i) {
        const auto start = std::chrono::steady_clock::now();
        bar->matchCaseBox()->toggle(); // searches again (the word has no case: same matches)
        QCoreApplication::processEvents();
        if (i >= 5)
            rescans.push_back(msBetween(start, std::chrono::steady_clock::now()));
    }
    std::sort(rescans.begin(), rescans.end());
    const FindState state{word, bar->matchRanges().size()};
    if (state.matches == 0)
        qFatal("no match of %s in %s", qPrintable(word), qPrintable(input));
    bench::JsonLine()
        .add("bench", QStringLiteral("find_rescan"))
        .add("input", input)
        .add("find", word)
        .add("matches", qint64(state.matches))
        .addLatency(rescans);
    return state;
}

// An item in the middle of the busiest section.
wc::OutlineNode busiestItem(const wc::IssueDocument &document) {
    const int section = bench::busiestSection(document);
    return {wc::OutlineNode::Kind::Item, section,
            int(document.sections()[section].items.size() / 2)};
}

// Shows the Checks pane, waits for the issue's first findings (its archive scanned), and
// times the window's share of a result coming back: the pane's rows and the outline's marks.
void showChecksPane(wc::MainWindow &window, const QString &input) {
    auto *checks = window.findChild<wc::ChecksController *>();
    auto *dock = qobject_cast<QDockWidget *>(checks->pane()->parentWidget());
    dock->show();
    wc::ChecksRunner *runner = checks->runner();
    if (!QTest::qWaitFor([&] { return runner->revision() == window.session()->revision(); }, 30000))
        qFatal("no findings for %s", qPrintable(input));
    std::vector<double> results;
    for (int i = 0; i < 45; ++i) {
        const auto start = std::chrono::steady_clock::now();
        emit runner->findingsChanged();
        QCoreApplication::processEvents();
        if (i >= 5)
            results.push_back(msBetween(start, std::chrono::steady_clock::now()));
    }
    std::sort(results.begin(), results.end());
    bench::JsonLine()
        .add("bench", QStringLiteral("checks_result"))
        .add("input", input)
        .add("findings", qint64(runner->findings().size()))
        .addLatency(results);
}

void benchFile(const QString &path, int paceMs, const QString &findWord) {
    const QString name = QFileInfo(path).fileName();
    wc::DocumentManager documents;
    wc::MainWindow window(&documents);
    bench::showWindow(window, path);
    if (!withPreview)
        window.preview()->hide();
    wc::IssueEditor *editor = window.editor();
    QObject::connect(editor->session(), &wc::IssueSession::documentChanged, &window,
                     [] { parsedCpuMs = bench::threadCpuMs(); });
    if (withChecksPane)
        showChecksPane(window, name);
    // The find bar first: it selects a match, and the item is chosen after it.
    const FindState find = findWord.isEmpty() ? FindState{} : openFindBar(window, findWord, name);
    const wc::OutlineNode node = busiestItem(editor->session()->document());
    editor->selectNode(node);
    QCoreApplication::processEvents();

    // Form → source.
    QLineEdit *title = editor->formPanel()->itemForm()->titleField();
    title->setFocus();
    title->end(false);
    const int titleLine = editor->session()->document().lineNumberAt(
        editor->session()->document().sections()[node.section].items[node.item].begin);
    QTextDocument *text = editor->session()->textDocument();
    report("keystroke_form_to_source", name, paceMs, find,
           measure(
               paceMs, [&](int) { wc::test::typeText(title, QString(u'x')); },
               [&, base = text->findBlockByNumber(titleLine - 1).text().count(u'x')](int i) {
                   return text->findBlockByNumber(titleLine - 1).text().count(u'x') == base + i + 1;
               }));

    // Source → form and outline: type inside the same item's link text.
    QTextCursor cursor(text->findBlockByNumber(titleLine - 1));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor,
                        int(text->findBlockByNumber(titleLine - 1).text().indexOf(u'[') + 1));
    editor->sourceEditor()->setTextCursor(cursor);
    editor->sourceEditor()->setFocus();
    const QModelIndex row = editor->outlineModel()->indexFor(node);
    const qsizetype titleBase = title->text().count(u'y');
    const qsizetype rowBase = row.data().toString().count(u'y');
    report("keystroke_source_to_form", name, paceMs, find,
           measure(
               paceMs, [&](int) { wc::test::typeText(editor->sourceEditor(), QString(u'y')); },
               [&](int i) {
                   return title->text().count(u'y') == titleBase + i + 1 &&
                          row.data().toString().count(u'y') == rowBase + i + 1 &&
                          editor->currentNode() == node;
               }));
    text->setModified(false);
    window.close();
}

} // namespace

int main(int argc, char *argv[]) {
    PaintClockApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QList<double> sizes{1, 4, 16};
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--sizes" && i + 1 < arguments.size()) {
            sizes.clear();
            for (const QString &size : arguments[++i].split(u','))
                if (size.toDouble() > 0)
                    sizes << size.toDouble();
        } else if (arguments[i] == u"--keystrokes" && i + 1 < arguments.size()) {
            keystrokes = std::max(1, arguments[++i].toInt());
        } else if (arguments[i] == u"--no-preview") {
            withPreview = false;
        } else if (arguments[i] == u"--checks-pane") {
            withChecksPane = true;
        } else {
            files << arguments[i];
        }
    }
    QStringList inputs = files;
    if (inputs.isEmpty()) {
        // The default inputs (widgetBenchInputs() reads the command line: give it none).
        const QStringList none;
        inputs = bench::widgetBenchInputs(&none);
    }
    QTemporaryDir folder;
    QString largest;
    for (const double size : sizes)
        inputs << (largest = bench::writeSyntheticIssue(folder.path(), size));
    // Back to back, and at 80 ms a key (about 12 characters a second, a fast typist).
    // WC_BENCH_FIND_ONLY=1: only the runs with the find bar, back to back (for profiling).
    // WC_BENCH_NO_FIND=1: only the runs without the find bar.
    const bool findOnly = qEnvironmentVariableIntValue("WC_BENCH_FIND_ONLY") == 1;
    const bool noFind = qEnvironmentVariableIntValue("WC_BENCH_NO_FIND") == 1;
    for (const QString &findWord : {QString(), QStringLiteral("的")}) {
        if ((findOnly && findWord.isEmpty()) || (noFind && !findWord.isEmpty()))
            continue;
        for (const int paceMs : withChecksPane ? QList<int>{0, 80, 300} : QList<int>{0, 80}) {
            if (findOnly && paceMs > 0)
                continue;
            for (const QString &path : inputs)
                benchFile(path, paceMs, findWord);
        }
    }
    if (largest.isEmpty() || inputs.size() < 2)
        return 0;
    const QString regular =
        QFileInfo(inputs.contains(QStringLiteral(WC_BENCH_CORPUS_DIR "/2023-08-19-weekly.md"))
                      ? QStringLiteral(WC_BENCH_CORPUS_DIR "/2023-08-19-weekly.md")
                      : inputs.first())
            .fileName();
    const QString large = QFileInfo(largest).fileName();
    for (auto it = shownP95.cbegin(); it != shownP95.cend(); ++it) {
        bench::JsonLine()
            .add("bench", it.key().first + QStringLiteral("_ratio"))
            .add("pace_ms", qint64(it.key().second))
            .add("regular", regular)
            .add("large", large)
            .add("p95_ratio", it.value().value(large) / it.value().value(regular), 2);
    }
    return 0;
}
