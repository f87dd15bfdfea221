// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Outputs and inputs that are not regular files: `-o` onto devices and standard output, FIFOs,
// sockets and devices given as input, and standard input. Every run is bounded by a timeout,
// so a regression that waits for ever fails instead of hanging CI.
#include "filewriter.h"
#include "issuefile.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <cstring>
#include <future>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace wc;
using namespace std::chrono_literals;

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// The command line as a process, killed after 10 s.
Run run(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WC_APP_PATH), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    Run result;
    result.finished = process.waitForFinished(10000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

bool isCharacterDevice(const QString &path) {
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISCHR(status.st_mode);
}

// A listening Unix socket at `path`, closed with the object.
class Socket {
public:
    explicit Socket(const QString &path) {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        std::strncpy(address.sun_path, native.constData(), sizeof address.sun_path - 1);
        m_bound = m_fd >= 0 &&
                  ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
                  ::listen(m_fd, 1) == 0;
    }
    ~Socket() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_bound; }

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestDevices : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The device null (1, 3) or full (1, 7). As root the old bug renamed a regular file over
    // the node, so root gets its own node in the test folder, the same device under another
    // name: a regression replaces that one, never the system's /dev/null. A user cannot
    // replace anything in /dev and uses the real one.
    QString device(const char *name, unsigned minor) {
        const QString own = m_dir.filePath(QString::fromLatin1(name));
        if (geteuid() == 0) {
            QFile::remove(own); // the node of an earlier run, or what a regression left there
            if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
                return own;
        }
        return QStringLiteral("/dev/") + QString::fromLatin1(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- outputs ---------------------------------------------------------------------------

    void outputToDevNullWritesAndKeepsTheDevice() {
        for (const char *format : {"markdown", "html"}) {
            const QString null = device("null", 3);
            const Run result = run({"export", "--to", format, sample(), "-o", null});
            QVERIFY2(result.finished, "export -o /dev/null did not finish");
            QVERIFY2(result.status == 0, result.err.constData());
            QVERIFY(result.err.isEmpty());
            QVERIFY(result.out.isEmpty());
            // Still the device: no regular file renamed over the node.
            QVERIFY2(isCharacterDevice(null), qPrintable(null));
        }
        const QString null = device("null", 3);
        const Run inspect = run({"inspect", sample(), "-o", null});
        QCOMPARE(inspect.status, 0);
        QVERIFY(isCharacterDevice(null));
    }

    void outputToDevFullIsAnErrorNamingTheCause() {
        const QString full = device("full", 7);
        const Run result = run({"export", "--to", "markdown", sample(), "-o", full});
        QVERIFY2(result.finished, "export -o /dev/full did not finish");
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, QStringLiteral("weekly-composer: cannot write %1: No space left "
                                            "on device\n")
                                 .arg(full)
                                 .toUtf8());
        QVERIFY(isCharacterDevice(full));
    }

    void outputDashIsStandardOutput() {
        const Run result = run({"export", "--to", "markdown", sample(), "-o", "-"});
        QVERIFY(result.finished);
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, test::readBytes(sample()));
        QVERIFY(!QFileInfo::exists(QStringLiteral("-"))); // no file named "-"
        const Run html = run({"export", "--to", "html", sample(), "-o", "-"});
        QCOMPARE(html.status, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
    }

    void aFullStandardOutputIsAnError() {
        // The process's stdout is /dev/full, as for `weekly-composer … > /dev/full`.
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(WC_APP_PATH), {"export", "--to", "markdown", sample()});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(process.readAllStandardError(),
                 QByteArray("weekly-composer: cannot write to standard output: No space left on "
                            "device\n"));
    }

    void outputIntoAFifoIsWrittenDirectly() {
        const QString fifo = m_dir.filePath(QStringLiteral("out.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Nobody reads it: the writer refuses at once instead of waiting.
        const Run unread = run({"export", "--to", "markdown", sample(), "-o", fifo});
        QVERIFY2(unread.finished, "export into an unread FIFO did not finish");
        QCOMPARE(unread.status, 1);
        QVERIFY2(unread.err.contains(fifo.toUtf8()), unread.err.constData());
        // With a reader the bytes arrive, and the FIFO stays a FIFO.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        auto exported = std::async(std::launch::async, [&] {
            return run({"export", "--to", "markdown", sample(), "-o", fifo});
        });
        QByteArray received;
        const QByteArray expected = test::readBytes(sample());
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (received.size() < expected.size() && std::chrono::steady_clock::now() < deadline) {
            char buffer[4096];
            const ssize_t n = ::read(reader, buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
            else
                QTest::qWait(10);
        }
        ::close(reader);
        const Run result = exported.get();
        QCOMPARE(result.status, 0);
        QCOMPARE(received, expected);
        struct stat status {};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &status) == 0 &&
                S_ISFIFO(status.st_mode));
    }

    void theWriterReportsAFullDevice() {
        const auto written = FileWriter::write(device("full", 7), "x");
        QVERIFY(!written);
        QCOMPARE(written.cause, QStringLiteral("No space left on device"));
        const QString null = device("null", 3);
        QVERIFY(FileWriter::write(null, QByteArray(100000, 'x')));
        QVERIFY(isCharacterDevice(null));
    }

    // ---- inputs ----------------------------------------------------------------------------

    void aFifoInputIsRefusedWithoutWaiting() {
        const QString fifo = m_dir.filePath(QStringLiteral("in.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // In the process (the window's path) and on the command line.
        auto loading = std::async(std::launch::async, [&] { return IssueFile::load(fifo); });
        if (loading.wait_for(5s) != std::future_status::ready) {
            // Release the blocked reader so the test can end, then fail.
            const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            ::close(writer);
            loading.wait();
            QFAIL("IssueFile::load waited on a FIFO");
        }
        const auto loaded = loading.get();
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(QStringLiteral("FIFO")), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(fifo));
        for (const char *command : {"inspect", "outline"}) {
            const Run result = run({command, fifo});
            QVERIFY2(result.finished, "the command line waited on a FIFO");
            QCOMPARE(result.status, 1);
            QVERIFY2(result.err.contains("FIFO"), result.err.constData());
        }
        const Run exported = run({"export", "--to", "html", fifo});
        QVERIFY2(exported.finished, "export waited on a FIFO");
        QCOMPARE(exported.status, 1);
    }

    void aSocketInputIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("in.sock"));
        Socket socket(path);
        QVERIFY(socket.isBound());
        const Run result = run({"inspect", path});
        QVERIFY2(result.finished, "the command line waited on a socket");
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains("it is a socket"), result.err.constData());
    }

    void deviceInputsAreRefused_data() {
        QTest::addColumn<QString>("device");
        QTest::newRow("/dev/zero (endless)") << QStringLiteral("/dev/zero");
        QTest::newRow("/dev/null (empty)") << QStringLiteral("/dev/null");
        QTest::newRow("/dev/urandom (endless, binary)") << QStringLiteral("/dev/urandom");
    }
    void deviceInputsAreRefused() {
        QFETCH(QString, device);
        auto loading = std::async(std::launch::async, [&] { return IssueFile::load(device); });
        QVERIFY2(loading.wait_for(5s) == std::future_status::ready, "IssueFile::load kept reading");
        const auto loaded = loading.get();
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(QStringLiteral("it is a device")), qPrintable(loaded.error));
        const Run result = run({"export", "--to", "markdown", device});
        QVERIFY2(result.finished, "the command line kept reading a device");
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains("it is a device"), result.err.constData());
    }

    void standardInputIsReadForDash() {
        const QByteArray issue = test::readBytes(sample());
        const Run markdown = run({"export", "--to", "markdown", "-"}, issue);
        QVERIFY(markdown.finished);
        QCOMPARE(markdown.status, 0);
        QCOMPARE(markdown.out, issue);
        const Run inspect = run({"inspect", "-"}, issue);
        QCOMPARE(inspect.status, 0);
        QVERIFY(inspect.out.contains("\"number\":180"));
        // The same checks as a file.
        const Run binary = run({"inspect", "-"}, QByteArray("a\0b", 3));
        QCOMPARE(binary.status, 1);
        QVERIFY2(binary.err.contains("cannot open standard input: it looks like a binary file"),
                 binary.err.constData());
    }

    // ---- usage (issue 10, item 23) ---------------------------------------------------------

    void aMistypedCommandIsUnknownEvenWithoutADisplay() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const char *word : {"inpsect", "exprot", "outlien"}) {
            const Run result = run({word, "x.md"}, {}, env);
            QVERIFY2(result.finished, word);
            QCOMPARE(result.status, 2); // not SIGABRT (-1 here)
            QCOMPARE(result.err, QStringLiteral("weekly-composer: unknown command \"%1\" (see "
                                                "--help)\n")
                                     .arg(QString::fromLatin1(word))
                                     .toUtf8());
        }
    }

    void optionsThatDoNotApplyAreBadUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("inspect --theme") << QStringList{"inspect", "--theme", "dark", sample()}
                                         << QByteArray("--theme does not apply to inspect");
        QTest::newRow("outline --theme") << QStringList{"outline", sample(), "--theme", "dark"}
                                         << QByteArray("--theme does not apply to outline");
        QTest::newRow("inspect --to") << QStringList{"inspect", "--to", "html", sample()}
                                      << QByteArray("--to does not apply to inspect");
        QTest::newRow("outline --to=html") << QStringList{"outline", "--to=html", sample()}
                                           << QByteArray("--to does not apply to outline");
    }
    void optionsThatDoNotApplyAreBadUsage() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run result = run(args);
        QVERIFY(result.finished);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
