// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk loses nothing: Save, Save As, the command line's -o, the recovery copy and the
// HTML export on a real full file system (a small tmpfs mounted by the test, so it needs root),
// for an issue under the 16 KiB of QFile's write buffer and for one far above it. Each time the
// file on disk stays as it was, the message names the cause, the document stays modified, the
// last recovery copy survives, and the window does not reload.
#include "autosaver.h"
#include "diskwatcher.h"
#include "documentmanager.h"
#include "filedialoganswer.h"
#include "formpanel.h"
#include "htmlexportactions.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "recoverystore.h"
#include "testsupport.h"
#include "typing.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

using namespace wc;

namespace {

using wc::test::acceptFile;

constexpr auto noSpace = "No space left on device";

// An issue well above 16 KiB: the sample's items repeated in many sections.
QByteArray largeIssue() {
    QByteArray text = "---\ntitle: 'Python 潮流周刊#999：很大的一期'\npubDate: 2026-11-28\n---\n\n"
                      "前言。\n\n";
    for (int section = 1; section <= 30; ++section) {
        text +=
            "## [🦄文章&教程 " + QByteArray::number(section) + "](https://example.org/s)\n\n";
        for (int item = 1; item <= 15; ++item) {
            text += QByteArray::number(item) + "、[第 " + QByteArray::number(item) +
                    " 篇文章](https://example.org/p/" + QByteArray::number(section * 100 + item) +
                    ")\n\n这是一段足够长的描述，用来把这一期撑到远超十六千字节的大小，"
                    "测试写满磁盘时不会丢失任何内容。\n\n";
        }
    }
    return text;
}

// Answers the file dialogs and message boxes a command opens: a file dialog gets `file`, a
// message box is answered Yes (replace the file) or OK, and its text kept.
class DialogDriver : public QObject {
public:
    explicit DialogDriver(const QString &file)
        : m_file(file) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                acceptFile(dialog, m_file);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                m_messages << box->text();
                if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                    yes->click();
                else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                    ok->click();
                else
                    box->reject();
            }
        });
        m_timer.start();
    }
    QStringList messages() const { return m_messages; }

private:
    QString m_file;
    QTimer m_timer;
    QStringList m_messages;
};

} // namespace

class TestFullDisk : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_mount;  // the tmpfs is mounted here for each test
    QTemporaryDir m_config; // settings, off the full disk
    DocumentManager m_documents;
    QPointer<MainWindow> m_window;
    bool m_mounted = false;

    QString onDisk(const QString &name) const { return m_mount.filePath(name); }

    // Fills the file system to the last byte: afterwards no file can grow by one byte.
    void fillDisk() {
        const int fd = ::open(QFile::encodeName(onDisk(QStringLiteral("filler"))).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        const QByteArray chunk(64 * 1024, 'x');
        for (const qsizetype size : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(1)}) {
            while (::write(fd, chunk.constData(), size_t(size)) == size) {
            }
        }
        const int error = errno;
        ::close(fd);
        QCOMPARE(error, ENOSPC);
    }
    void freeDisk() { QVERIFY(QFile::remove(onDisk(QStringLiteral("filler")))); }

    // Opens `bytes` as an issue in a window, with a first recovery copy of one typed edit.
    void openModified(const QByteArray &bytes) {
        const QString path = test::writeFile(onDisk(QStringLiteral("issue.md")), bytes);
        m_window = new MainWindow(&m_documents);
        QVERIFY(m_window->openFile(path));
        m_window->show();
        m_window->autosaver()->setDelay(60 * 60 * 1000); // written only when the test says
        m_window->editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        QLineEdit *title = m_window->editor()->formPanel()->itemForm()->titleField();
        title->setFocus();
        test::typeText(title, QStringLiteral("改"));
        m_window->autosaver()->saveNow();
        QVERIFY(!m_window->autosaver()->isFailing());
        test::typeText(title, QStringLiteral("过"));
    }
    QString recoveryCopy() const {
        return RecoveryStore().directory() + u'/' + m_window->autosaver()->id() +
               QStringLiteral(".md");
    }
    IssueSession *session() const { return m_window->editor()->session(); }

    // The window kept the user's text and did not reload from the (unchanged) file.
    void verifyNotReloaded(const QByteArray &typed) {
        QSignalSpy reloaded(m_window->diskWatcher(), &DiskWatcher::reloaded);
        m_window->diskWatcher()->check();
        QVERIFY(!reloaded.wait(500)); // the watcher's settle time is 150 ms
        QCOMPARE(session()->fileBytes(), typed);
        QVERIFY(m_window->isWindowModified());
    }

    static void addIssues() {
        QTest::addColumn<QByteArray>("issue");
        const QByteArray small = test::readBytes(test::sampleFile("2026-11-21-weekly.md"));
        QVERIFY(small.size() < 16 * 1024);
        QTest::newRow("small issue") << small;
        QVERIFY(largeIssue().size() > 64 * 1024);
        QTest::newRow("large issue") << largeIssue();
    }

private slots:
    void initTestCase() {
        if (geteuid() != 0)
            QSKIP("mounting the small tmpfs that is filled needs root (CI runs as root)");
        QVERIFY(m_mount.isValid() && m_config.isValid());
        // Recovery copies go to the full disk too; settings stay off it.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_mount.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }
    void init() {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {"-t", "tmpfs", "-o", "size=1m", "tmpfs", m_mount.path()});
        QVERIFY(mount.waitForFinished(10000));
        if (mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: ") +
                             QString::fromLocal8Bit(mount.readAllStandardError())));
        m_mounted = true;
    }
    void cleanup() {
        if (m_window) {
            session()->textDocument()->setModified(false);
            delete m_window;
        }
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {m_mount.path()});
            m_mounted = false;
        }
    }

    void saveKeepsTheFileAndTheDocumentModified_data() { addIssues(); }
    void saveKeepsTheFileAndTheDocumentModified() {
        QFETCH(QByteArray, issue);
        openModified(issue);
        const QByteArray typed = session()->fileBytes();
        const QByteArray copy = test::readBytes(recoveryCopy());
        QVERIFY(!copy.isEmpty());
        fillDisk();
        DialogDriver driver({});
        QVERIFY(!m_window->save());
        QCOMPARE(driver.messages().size(), 1);
        QVERIFY2(driver.messages().first().contains(QLatin1String(noSpace)),
                 qPrintable(driver.messages().first()));
        QVERIFY(driver.messages().first().contains(onDisk(QStringLiteral("issue.md"))));
        QCOMPARE(test::readBytes(onDisk(QStringLiteral("issue.md"))), issue);
        QCOMPARE(test::readBytes(recoveryCopy()), copy); // not discarded
        verifyNotReloaded(typed);
        // With room again the same save works.
        freeDisk();
        QVERIFY(m_window->save());
        QCOMPARE(test::readBytes(onDisk(QStringLiteral("issue.md"))), typed);
        QVERIFY(!m_window->isWindowModified());
    }

    void saveAsLeavesNoFileAndKeepsTheName_data() { addIssues(); }
    void saveAsLeavesNoFileAndKeepsTheName() {
        QFETCH(QByteArray, issue);
        openModified(issue);
        const QByteArray typed = session()->fileBytes();
        const QByteArray copy = test::readBytes(recoveryCopy());
        fillDisk();
        const QString target = onDisk(QStringLiteral("other.md"));
        DialogDriver driver(target);
        QVERIFY(!m_window->saveAs());
        QCOMPARE(driver.messages().size(), 1);
        QVERIFY2(driver.messages().first().contains(QLatin1String(noSpace)),
                 qPrintable(driver.messages().first()));
        QVERIFY(driver.messages().first().contains(target)); // the name the dialog was given
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(session()->filePath(), onDisk(QStringLiteral("issue.md")));
        QCOMPARE(test::readBytes(onDisk(QStringLiteral("issue.md"))), issue);
        QCOMPARE(test::readBytes(recoveryCopy()), copy);
        QCOMPARE(QDir(m_mount.path()).entryList(QDir::Files),
                 (QStringList{"filler", "issue.md"})); // no temporary file left behind
        verifyNotReloaded(typed);
    }

    void recoveryCopyKeepsTheLastGoodOneAndWarnsUntilItWorks_data() { addIssues(); }
    void recoveryCopyKeepsTheLastGoodOneAndWarnsUntilItWorks() {
        QFETCH(QByteArray, issue);
        openModified(issue);
        const QByteArray typed = session()->fileBytes();
        const QByteArray copy = test::readBytes(recoveryCopy());
        QVERIFY(!copy.isEmpty() && copy != typed);
        fillDisk();
        QSignalSpy failed(m_window->autosaver(), &Autosaver::failed);
        m_window->autosaver()->saveNow();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String(noSpace)),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(test::readBytes(recoveryCopy()), copy); // the last good copy survives
        // A warning in the window that stays, not a status message that goes away.
        QVERIFY(m_window->recoveryWarning()->isVisible());
        QVERIFY(m_window->recoveryWarning()->message().contains(QLatin1String(noSpace)));
        QSignalSpy reloaded(m_window->diskWatcher(), &DiskWatcher::reloaded);
        QVERIFY(!reloaded.wait(1000));
        QVERIFY(m_window->recoveryWarning()->isVisible());
        verifyNotReloaded(typed);
        // Room again: the retry writes the copy and the warning goes, without a keystroke.
        m_window->autosaver()->setDelay(50);
        m_window->autosaver()->saveNow(); // fails again, and schedules the retry
        freeDisk();
        QTRY_VERIFY(!m_window->recoveryWarning()->isVisible());
        QCOMPARE(test::readBytes(recoveryCopy()), typed);

        // Full again, one more change, then the process dies: the next start offers the last
        // good copy, whole (it used to find a 0-byte copy, or none).
        fillDisk();
        session()->apply({{{0, 0}, QStringLiteral("x")}});
        m_window->autosaver()->saveNow();
        QVERIFY(m_window->autosaver()->isFailing());
        const QString id = m_window->autosaver()->id();
        delete m_window; // as a kill: no close event, the copy stays, the lock goes
        const auto offered = RecoveryStore().abandoned();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().id, id);
        QCOMPARE(offered.first().bytes, typed);
        RecoveryStore().remove(id);
    }

    void htmlExportLeavesThePreviousFile_data() { addIssues(); }
    void htmlExportLeavesThePreviousFile() {
        QFETCH(QByteArray, issue);
        openModified(issue);
        const QByteArray typed = session()->fileBytes();
        const QString target = test::writeFile(onDisk(QStringLiteral("issue.html")), "<p>old</p>");
        fillDisk();
        DialogDriver driver(target);
        QVERIFY(HtmlExportActions::exportWithDialog(m_window, *session(), QStringLiteral("default"))
                    .isEmpty());
        // The overwrite question of the file dialog comes first, then the failure.
        QVERIFY(!driver.messages().isEmpty());
        QVERIFY2(driver.messages().last().contains(QLatin1String(noSpace)),
                 qPrintable(driver.messages().join(u'|')));
        QVERIFY(driver.messages().last().contains(target));
        QCOMPARE(test::readBytes(target), QByteArray("<p>old</p>"));
        verifyNotReloaded(typed);
    }

    void commandLineOutputLeavesThePreviousFile_data() { addIssues(); }
    void commandLineOutputLeavesThePreviousFile() {
        QFETCH(QByteArray, issue);
        const QString input = m_config.filePath(QStringLiteral("input.md")); // off the full disk
        test::writeFile(input, issue);
        for (const char *format : {"markdown", "html"}) {
            const QString out = test::writeFile(onDisk(QStringLiteral("out")), "previous\n");
            fillDisk();
            QProcess cli;
            cli.start(QStringLiteral(WC_APP_PATH),
                      {"export", "--to", QString::fromLatin1(format), input, "-o", out});
            QVERIFY(cli.waitForFinished(30000));
            const QByteArray err = cli.readAllStandardError();
            QCOMPARE(cli.exitCode(), 1);
            QVERIFY2(err.contains(noSpace), err.constData());
            QVERIFY2(err.contains(out.toUtf8()), err.constData());
            QCOMPARE(test::readBytes(out), QByteArray("previous\n"));
            freeDisk();
        }
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
