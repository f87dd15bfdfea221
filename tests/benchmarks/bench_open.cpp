// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large issue in the real window (offscreen, live preview included): the time from
// MainWindow::openFile() until the window is usable (opened, shown, its first frame painted
// and the events the open posted handled), wall-clock (open_ms) and the GUI thread's CPU time
// (open_cpu_ms), and how much the process's anonymous memory grew
// with the issue open (RssAnon from /proc/self/status, before the open and 200 ms after it, in
// MiB per MB of issue). With WC_BENCH_PREVIEW_WAIT_S=N it then waits up to N s for the preview
// to show the issue (preview_shown_ms from the open, -1 if it did not) and prints the growth
// again (with_preview_…): the preview's replica of the document is made on its worker then. Each
// size runs in a fresh process (this program started again with
// --size), so the memory of one open does not hide in the next one's.
// Prints one JSON object per line, as the other benchmarks do.
//
//   bench_open [--sizes MB,MB,…]      (default 0.25,1,4,16: synthetic issues from the sample)
//   bench_open --size MB              (one size, in this process)
//   bench_open --qt-only MB           (Qt alone: the same text given to a bare QTextDocument
//                                      with QPlainTextEdit's layout, as the session does; the
//                                      floor under open_ms and mib_per_mb)

#include "benchinputs.h"
#include "benchreport.h"
#include "benchwindow.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "previewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <cstdlib>
#include <ctime>

namespace {

// The process's resident anonymous memory in KiB (Linux).
qint64 anonymousKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int measureOne(double megabytes) {
    QTemporaryDir folder;
    const QString path = bench::writeSyntheticIssue(folder.path(), megabytes);
    const double issueMB = double(QFileInfo(path).size()) / (1024 * 1024);
    wc::DocumentManager documents;
    wc::MainWindow window(&documents);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    QCoreApplication::processEvents();
    const qint64 before = anonymousKiB();
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = bench::threadCpuMs();
    if (!window.openFile(path))
        qFatal("cannot open %s", qPrintable(path));
    QCoreApplication::processEvents(); // the posted events: layout, first paint
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    const double openCpuMs = bench::threadCpuMs() - cpuStart;
    if (window.editor()->session()->document().sections().isEmpty())
        qFatal("the issue was not parsed");
    // What the open left for the next turns of the event loop is done too.
    QTest::qWait(200);
    QCoreApplication::processEvents();
    const double grownMiB = double(anonymousKiB() - before) / 1024;
    // Then the preview: its worker renders the issue into its own replica and the page shows
    // it; that memory belongs to the open window too, but comes seconds later.
    auto *preview = window.preview();
    auto *session = window.editor()->session();
    const int waitMs = qEnvironmentVariableIntValue("WC_BENCH_PREVIEW_WAIT_S") * 1000;
    const bool previewShown =
        preview && waitMs > 0 &&
        QTest::qWaitFor([&] { return preview->shownRevision() == session->revision(); }, waitMs);
    const double previewMs = double(clock.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    const double withPreviewMiB = double(anonymousKiB() - before) / 1024;
    {
        bench::JsonLine line; // printed when it goes
        line.add("bench", QStringLiteral("open"))
            .add("input", QFileInfo(path).fileName())
            .add("issue_mb", issueMB, 2)
            .add("open_ms", openMs, 1)
            .add("open_cpu_ms", openCpuMs, 1)
            .add("anon_growth_mib", grownMiB, 1)
            .add("mib_per_mb", grownMiB / issueMB, 1);
        if (waitMs > 0) {
            line.add("preview_shown_ms", previewShown ? previewMs : -1.0, 1)
                .add("with_preview_anon_growth_mib", withPreviewMiB, 1)
                .add("with_preview_mib_per_mb", withPreviewMiB / issueMB, 1);
        }
    }
    window.editor()->session()->textDocument()->setModified(false);
    // For a heap profiler: what is still allocated at exit is what the open window held.
    if (qEnvironmentVariableIsSet("WC_BENCH_EXIT_OPEN"))
        std::_Exit(0);
    return 0;
}

// What QTextDocument::setPlainText alone costs for the same text: no parse, no highlighter,
// no views. Printed as bench "open_qt_only" so that it cannot be taken for the window's figure.
int measureQtOnly(double megabytes) {
    const QString text = QString::fromUtf8(bench::syntheticIssue(megabytes));
    const double issueMB = double(text.toUtf8().size()) / (1024 * 1024);
    const qint64 before = anonymousKiB();
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = bench::threadCpuMs();
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    document.setUndoRedoEnabled(false);
    document.setPlainText(text);
    document.setUndoRedoEnabled(true);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const double cpuMs = bench::threadCpuMs() - cpuStart;
    const double grownMiB = double(anonymousKiB() - before) / 1024;
    bench::JsonLine()
        .add("bench", QStringLiteral("open_qt_only"))
        .add("issue_mb", issueMB, 2)
        .add("blocks", qint64(document.blockCount()))
        .add("set_plain_text_ms", ms, 1)
        .add("set_plain_text_cpu_ms", cpuMs, 1)
        .add("anon_growth_mib", grownMiB, 1)
        .add("mib_per_mb", grownMiB / issueMB, 1);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    bench::widgetBenchInputs(nullptr); // the benchmarks' own settings
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 2 && arguments[0] == u"--size")
        return measureOne(arguments[1].toDouble());
    if (arguments.size() == 2 && arguments[0] == u"--qt-only")
        return measureQtOnly(arguments[1].toDouble());
    QStringList sizes{QStringLiteral("0.25"), QStringLiteral("1"), QStringLiteral("4"),
                      QStringLiteral("16")};
    if (arguments.size() == 2 && arguments[0] == u"--sizes")
        sizes = arguments[1].split(u',');
    int failures = 0;
    for (const QString &size : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--size"), size});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
