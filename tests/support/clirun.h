// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line as scripts use it: a separate process, its stdout, stderr and exit status.

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace wc::test {

struct Run {
    int status = -1; // -1: the process crashed
    QByteArray out;
    QByteArray err;
};

// Runs the program with `args`, keeping this process's event loop turning meanwhile, so a
// local test server here can answer it; fails the test run after 30 s.
inline Run run(const QStringList &args, const QByteArray &input = {}) {
    QProcess process;
    process.start(QStringLiteral(WC_APP_PATH), args);
    if (!process.waitForStarted(10000))
        qFatal("weekly-composer did not start");
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 30000)
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning)
        qFatal("weekly-composer did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace wc::test
