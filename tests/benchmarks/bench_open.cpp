// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large issue in the real window (offscreen, live preview included): the time from
// MainWindow::openFile() until the window is usable (opened, shown, its first frame painted
// and the events the open posted handled), wall-clock (open_ms) and the GUI thread's CPU time
// (open_cpu_ms), and how much the process's anonymous memory grew
// with the issue open (RssAnon from /proc/self/status, before the open and after it, in MiB
// per MB of issue). Each size runs in a fresh process (this program started again with
// --size), so the memory of one open does not hide in the next one's.
// Prints one JSON object per line, as the other benchmarks do.
//
//   bench_open [--sizes MB,MB,…]      (default 0.25,1,4,16: synthetic issues from the sample)
//   bench_open --size MB              (one size, in this process)

#include "benchinputs.h"
#include "benchreport.h"
#include "benchwindow.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

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

// CPU time of the calling (GUI) thread: what the open costs the window, whatever else the
// machine is running (the wall-clock time grows with the load of a shared machine).
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
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
    const double cpuStart = threadCpuMs();
    if (!window.openFile(path))
        qFatal("cannot open %s", qPrintable(path));
    QCoreApplication::processEvents(); // the posted events: layout, first paint
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    const double openCpuMs = threadCpuMs() - cpuStart;
    if (window.editor()->session()->document().sections().isEmpty())
        qFatal("the issue was not parsed");
    // Whatever the open left for later (the preview's render and send) is done too.
    QTest::qWait(200);
    QCoreApplication::processEvents();
    const qint64 after = anonymousKiB();
    const double grownMiB = double(after - before) / 1024;
    bench::JsonLine()
        .add("bench", QStringLiteral("open"))
        .add("input", QFileInfo(path).fileName())
        .add("issue_mb", issueMB, 2)
        .add("open_ms", openMs, 1)
        .add("open_cpu_ms", openCpuMs, 1)
        .add("anon_growth_mib", grownMiB, 1)
        .add("mib_per_mb", grownMiB / issueMB, 1);
    window.editor()->session()->textDocument()->setModified(false);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    bench::widgetBenchInputs(nullptr); // the benchmarks' own settings
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 2 && arguments[0] == u"--size")
        return measureOne(arguments[1].toDouble());
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
