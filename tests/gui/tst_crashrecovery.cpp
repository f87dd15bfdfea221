// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real program as a separate process in a real X session: type into it, kill it with
// SIGKILL, start it again, restore from the recovery dialog, save, and compare the file with
// what was typed. Run through run-under-xvfb.sh (tests/gui/CMakeLists.txt).
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// How long each step may take: every wait below ends as soon as its condition holds, so only
// a failing run waits this long. Generous, because the ASan build under a loaded machine
// needs tens of seconds to show a window (the recovery dialog did not appear within 40 s).
constexpr int patienceMs = 120000 * (wc::test::sanitizerSlowdown > 1 ? 3 : 1);

// xdotool with arguments; returns its standard output.
QString xdotool(const QStringList &args, int timeoutMs = 20000) {
    QProcess process;
    process.start(QStringLiteral("xdotool"), args);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The first window whose title contains `name`, once it is mapped.
QString waitForWindow(const QString &name) {
    const QDeadlineTimer deadline(patienceMs);
    while (!deadline.hasExpired()) {
        const QString ids = xdotool({"search", "--onlyvisible", "--name", name});
        if (!ids.isEmpty())
            return ids.split(u'\n').first();
        QTest::qWait(100);
    }
    return {};
}

// Gives `window` the keyboard focus and waits until X reports it has it.
bool focus(const QString &window) {
    const QDeadlineTimer deadline(patienceMs);
    while (!deadline.hasExpired()) {
        xdotool({"windowfocus", "--sync", window});
        if (xdotool({"getwindowfocus"}) == window)
            return true;
        QTest::qWait(100);
    }
    return false;
}

// A complete recovery copy holds `text`: the store writes the text, then its .json beside it,
// and offers only copies that have both; killing between the two writes (a loaded machine
// widens that gap) would leave nothing to offer.
bool recoveryCopyContains(const QString &dataHome, const QString &text) {
    QDirIterator it(dataHome, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()) &&
            QFileInfo::exists(path.chopped(3) + QStringLiteral(".json")))
            return true;
    }
    return false;
}

bool keys(const QString &window, const QStringList &sequence) {
    if (!focus(window))
        return false;
    xdotool(QStringList{"key", "--clearmodifiers", "--delay", "80"} + sequence);
    return true;
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void killedWhileTypingThenRecovered() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs a real X server (run through run-under-xvfb.sh)");
        QTemporaryDir dir;
        const QString name = QStringLiteral("2026-11-21-weekly.md");
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(wc::test::sampleFile(name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = wc::test::readBytes(path);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("WC_AUTOSAVE_DELAY_MS"), QStringLiteral("1000"));

        // 1. Type at the end of the file, give the autosave its second, then kill.
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(WC_APP_PATH), {path});
        QVERIFY(first.waitForStarted());
        const QString window = waitForWindow(name);
        QVERIFY2(!window.isEmpty(), "the editor window did not appear");
        QVERIFY(keys(window, {"ctrl+3", "ctrl+End"}));
        const QString typed = QStringLiteral("typed before the crash");
        xdotool({"type", "--delay", "30", typed});
        // Kill as soon as the autosave has written what was typed (not after a fixed sleep: a
        // loaded machine may need longer).
        QTRY_VERIFY_WITH_TIMEOUT(recoveryCopyContains(dir.filePath(QStringLiteral("data")), typed),
                                 patienceMs);
        first.kill(); // SIGKILL: no chance to clean up
        QVERIFY(first.waitForFinished(patienceMs));
        QCOMPARE(wc::test::readBytes(path), original); // nothing was saved

        // 2. Start again: the recovery dialog offers the document; restore it, save, quit.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(WC_APP_PATH), {path});
        QVERIFY(second.waitForStarted());
        const QString dialog = waitForWindow(QStringLiteral("Recover Unsaved Work"));
        QVERIFY2(!dialog.isEmpty(), "the recovery dialog did not appear");
        QVERIFY(keys(dialog, {"Return"}));
        const QString restored = waitForWindow(name);
        QVERIFY2(!restored.isEmpty(), "the restored window did not appear");
        QVERIFY(keys(restored, {"ctrl+s"}));
        QTRY_VERIFY_WITH_TIMEOUT(wc::test::readBytes(path) != original, patienceMs);
        QVERIFY(keys(restored, {"ctrl+q"}));
        if (!second.waitForFinished(patienceMs))
            second.kill();

        QCOMPARE(QString::fromUtf8(wc::test::readBytes(path)), QString::fromUtf8(original) + typed);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
