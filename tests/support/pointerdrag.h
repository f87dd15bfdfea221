// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace wc::test {

// Drags with the X server's own pointer (xdotool, under Xvfb) from `from` to `to` (global
// coordinates) in `steps` moves with the left button held, so that Qt runs a real drag.
// Events are processed meanwhile: Qt's drag runs its own event loop while the pointer moves.
// Returns what went wrong, or an empty string once xdotool finished without an error.
inline QString dragWithPointer(QPoint from, QPoint to, int steps) {
    QStringList script{QStringLiteral("mousemove"), QString::number(from.x()),
                       QString::number(from.y()),   QStringLiteral("sleep"),
                       QStringLiteral("0.3"),       QStringLiteral("mousedown"),
                       QStringLiteral("1")};
    for (int step = 1; step <= steps; ++step) {
        const QPoint p = from + (to - from) * step / steps;
        script << QStringLiteral("mousemove") << QString::number(p.x()) << QString::number(p.y())
               << QStringLiteral("sleep") << QStringLiteral("0.1");
    }
    script << QStringLiteral("sleep") << QStringLiteral("0.3") << QStringLiteral("mouseup")
           << QStringLiteral("1");
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"), script);
    if (!xdotool.waitForStarted())
        return QStringLiteral("xdotool did not start: ") + xdotool.errorString();
    if (!QTest::qWaitFor([&] { return xdotool.state() == QProcess::NotRunning; }, 15000))
        return QStringLiteral("xdotool did not finish within 15 s");
    if (xdotool.exitStatus() != QProcess::NormalExit || xdotool.exitCode() != 0)
        return QStringLiteral("xdotool failed with exit code %1").arg(xdotool.exitCode());
    return {};
}

} // namespace wc::test
