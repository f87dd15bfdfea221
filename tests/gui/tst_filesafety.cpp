// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose a keystroke: failed saves, autosave to the recovery folder, changes made on disk
// by others, bad input, unsaved changes on close.
#include "autosaver.h"
#include "diskwatcher.h"
#include "documentmanager.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "noticebar.h"
#include "recoverystore.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QDir>
#include <QLineEdit>
#include <QLockFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

#include <pwd.h>
#include <unistd.h>

using namespace wc;

namespace {

QString sampleName() {
    return QStringLiteral("2026-11-21-weekly.md");
}

// The sample; when re-run as `nobody` (see runUnprivileged) the copy staged for it, since
// nobody may be unable to read the checkout (one under /root, say).
QString samplePath() {
    const QString staged = qEnvironmentVariable("WC_STAGED_SAMPLE");
    return staged.isEmpty() ? test::sampleFile(sampleName()) : staged;
}

QString copySample(const QString &dir) {
    const QString path = dir + u'/' + sampleName();
    QFile::remove(path);
    if (!QFile::copy(samplePath(), path))
        qFatal("cannot copy the sample to %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QPushButton *noticeButton(MainWindow *window, const QString &text) {
    for (QPushButton *button : window->noticeBar()->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestFileSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DocumentManager m_documents;
    QPointer<MainWindow> m_window;

    MainWindow *open(const QString &path) {
        m_window = new MainWindow(&m_documents);
        if (!m_window->openFile(path))
            return nullptr;
        m_window->show();
        return m_window;
    }
    void typeIntoTitle(const QString &text) {
        m_window->editor()->selectNode({OutlineNode::Kind::Item, 0, 0});
        QLineEdit *title = m_window->editor()->formPanel()->itemForm()->titleField();
        title->setFocus();
        test::typeText(title, text);
    }

    // Runs one test function of this program as an unprivileged user (root ignores file
    // permissions, so as root the permission cases would pass without testing anything).
    // `nobody` may not reach the checkout or the build tree at all (under /root, mode 700), so
    // the program and the sample are staged first in a folder of nobody's own, and the child
    // starts there with a home of its own.
    void runUnprivileged(const char *function) {
        if (geteuid() != 0)
            QSKIP("not root: the test runs directly");
        const passwd *nobody = getpwnam("nobody");
        QVERIFY2(nobody, "the unprivileged user 'nobody' is needed to test permissions as root");
        QTemporaryDir stage(QDir::tempPath() + QStringLiteral("/wc-nobody-XXXXXX"));
        QVERIFY(stage.isValid());
        const QString program = stage.filePath(QStringLiteral("tst_filesafety"));
        const QString sample = stage.filePath(sampleName());
        const QString home = stage.filePath(QStringLiteral("home"));
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), program));
        QVERIFY(QFile::copy(test::sampleFile(sampleName()), sample));
        QVERIFY(QDir().mkpath(home));
        for (const QString &path : {stage.path(), program, sample, home}) {
            QVERIFY2(chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) ==
                         0,
                     qPrintable(path));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home);
        env.insert(QStringLiteral("TMPDIR"), home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("WC_STAGED_SAMPLE"), sample);
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
                    {"--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", program,
                     QString::fromLatin1(function)});
        QVERIFY2(child.waitForStarted(), "setpriv is needed to test permissions as root");
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(output.contains("Totals: 3 passed, 0 failed, 0 skipped"), output.constData());
        QCOMPARE(child.exitCode(), 0);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // recovery copies go to a test folder
        QVERIFY(m_dir.isValid());
    }
    void cleanup() {
        if (m_window) {
            m_window->editor()->session()->textDocument()->setModified(false);
            delete m_window;
        }
    }

    // ---- failed writes -------------------------------------------------------------------

    void saveFailsOnAReadOnlyFile() {
        if (geteuid() == 0)
            return runUnprivileged("saveFailsOnAReadOnlyFile");
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        QFile::setPermissions(path, QFile::ReadOwner);
        typeIntoTitle(QStringLiteral("!"));
        test::ModalAnswer ok(QMessageBox::Ok);
        QVERIFY(!m_window->save());
        QCOMPARE(ok.count(), 1);
        QVERIFY2(ok.text().contains(path), qPrintable(ok.text()));
        QVERIFY2(ok.text().contains(QStringLiteral("not writable")), qPrintable(ok.text()));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(test::readBytes(path), test::readBytes(samplePath()));
    }

    void saveFailsInAFolderWithoutWritePermission() {
        if (geteuid() == 0)
            return runUnprivileged("saveFailsInAFolderWithoutWritePermission");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = copySample(folder);
        QVERIFY(open(path));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        typeIntoTitle(QStringLiteral("!"));
        test::ModalAnswer ok(QMessageBox::Ok);
        const bool saved = m_window->save();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(ok.text().contains(path), qPrintable(ok.text()));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(test::readBytes(path), test::readBytes(samplePath()));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{sampleName()}); // no leftovers
    }

    void saveFailsIntoAMissingFolder() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        typeIntoTitle(QStringLiteral("!"));
        IssueSession *session = m_window->editor()->session();
        QString error;
        const QString target = m_dir.filePath(QStringLiteral("missing/folder/") + sampleName());
        QVERIFY(!session->save(target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(session->isModified());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(session->filePath(), QFileInfo(path).absoluteFilePath());
    }

    // ---- autosave and recovery copies -----------------------------------------------------

    void autosaveWritesARecoveryCopyAndSaveRemovesIt() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        m_window->autosaver()->setDelay(50);
        const RecoveryStore store;
        typeIntoTitle(QStringLiteral("新"));
        const QString copy =
            store.directory() + u'/' + m_window->autosaver()->id() + QStringLiteral(".md");
        QTRY_VERIFY(QFileInfo::exists(copy));
        QCOMPARE(test::readBytes(copy), m_window->editor()->session()->fileBytes());
        // It belongs to a live window: not offered for recovery.
        for (const auto &entry : store.abandoned())
            QVERIFY(entry.id != m_window->autosaver()->id());
        QVERIFY(m_window->save());
        QVERIFY(!QFileInfo::exists(copy));
    }

    void recoveryCopiesOfDeadProcessesAreOffered() {
        const RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
        QString error;
        QVERIFY(store.write({QStringLiteral("dead"), QStringLiteral("/tmp/x.md"),
                             QStringLiteral("x.md"), QDateTime::currentDateTime(), "恢复的文本\n"},
                            &error));
        auto live = store.claim(QStringLiteral("live"));
        QVERIFY(live);
        QVERIFY(store.write({QStringLiteral("live"),
                             {},
                             QStringLiteral("Untitled"),
                             QDateTime::currentDateTime(),
                             "x"},
                            &error));
        const auto abandoned = store.abandoned();
        QCOMPARE(abandoned.size(), 1);
        QCOMPARE(abandoned.first().id, QStringLiteral("dead"));
        QCOMPARE(abandoned.first().bytes, QByteArray("恢复的文本\n"));
        QCOMPARE(abandoned.first().filePath, QStringLiteral("/tmp/x.md"));
    }

    void restoringPutsTheRecoveredTextInPlace() {
        const QString path = copySample(m_dir.path());
        QByteArray recovered = test::readBytes(path);
        recovered.append("最后一行\n");
        m_window = m_documents.restore(
            {QStringLiteral("r"), path, sampleName(), QDateTime::currentDateTime(), recovered});
        QVERIFY(m_window);
        QCOMPARE(m_window->editor()->session()->fileBytes(), recovered);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->editor()->session()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(test::readBytes(path),
                 test::readBytes(samplePath())); // not written
    }

    // ---- changes on disk --------------------------------------------------------------------

    void aCleanDocumentReloadsAndKeepsTheCursor() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        SourceEditor *source = m_window->editor()->sourceEditor();
        QTextCursor cursor(m_window->editor()->session()->textDocument()->findBlockByNumber(40));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
        source->setTextCursor(cursor);
        const int position = source->textCursor().position();
        // Another program changes a line below the cursor.
        QByteArray changed = test::readBytes(path);
        changed.replace("tinytask：用装饰器定义的任务队列", "tinytask：外部修改");
        test::writeFile(path, changed);
        QTRY_COMPARE(m_window->editor()->session()->fileBytes(), changed);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(source->textCursor().position(), position);
        QVERIFY(m_window->noticeBar()->message().isEmpty());
    }

    void aModifiedDocumentAsksAndNeverOverwritesSilently() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        typeIntoTitle(QStringLiteral("我的"));
        const QByteArray mine = m_window->editor()->session()->fileBytes();
        QByteArray theirs = test::readBytes(path);
        theirs.append("外部追加\n");
        test::writeFile(path, theirs);
        QTRY_VERIFY(m_window->noticeBar()->isVisible());
        QVERIFY(m_window->noticeBar()->message().contains(sampleName()));
        QCOMPARE(m_window->editor()->session()->fileBytes(), mine); // nothing replaced
        QVERIFY(noticeButton(m_window, QStringLiteral("Compare…")));
        noticeButton(m_window, QStringLiteral("Keep Mine"))->click();
        // Saving now asks first; cancelling leaves the disk alone.
        {
            test::ModalAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!m_window->save());
            QVERIFY(cancel.text().contains(QStringLiteral("changed on disk")));
        }
        QCOMPARE(test::readBytes(path), theirs);
        {
            test::ModalAnswer overwrite(QMessageBox::Save);
            QVERIFY(m_window->save());
        }
        QCOMPARE(test::readBytes(path), mine);
    }

    void reloadFromTheNoticeTakesTheDiskVersion() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        typeIntoTitle(QStringLiteral("我的"));
        QByteArray theirs = test::readBytes(path);
        theirs.replace("## [🐢播客&视频]", "## [🐢播客与视频]");
        test::writeFile(path, theirs);
        QTRY_VERIFY(m_window->noticeBar()->isVisible());
        noticeButton(m_window, QStringLiteral("Reload from Disk"))->click();
        QCOMPARE(m_window->editor()->session()->fileBytes(), theirs);
        QVERIFY(!m_window->isWindowModified());
        // The reload is one undo step: the user's version is one Ctrl+Z away.
        m_window->editor()->session()->textDocument()->undo();
        QVERIFY(m_window->editor()->session()->fileBytes().contains("我的"));
    }

    void deletedAndRenamedFilesAreReported() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        QTRY_VERIFY(m_window->noticeBar()->isVisible());
        QVERIFY(m_window->noticeBar()->message().contains(QStringLiteral("deleted or renamed")));
        QVERIFY(m_window->isWindowModified()); // closing will ask
        const QByteArray text = m_window->editor()->session()->fileBytes();
        QCOMPARE(text, test::readBytes(samplePath()));
        noticeButton(m_window, QStringLiteral("Save"))->click();
        QCOMPARE(test::readBytes(path), text);
        QFile::remove(path + QStringLiteral(".moved"));
    }

    // ---- bad input, closing, windows -------------------------------------------------------

    void badInputIsRefusedWithAMessage() {
        const QString binary = m_dir.filePath(QStringLiteral("image.md"));
        test::writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        test::ModalAnswer ok(QMessageBox::Ok);
        QVERIFY(!m_documents.open(binary));
        QVERIFY2(ok.text().contains(QStringLiteral("binary")), qPrintable(ok.text()));
        QVERIFY(ok.text().contains(binary));
        QVERIFY(!m_documents.findWindow(binary));
    }

    void openingAnOpenFileBringsItsWindowForward() {
        const QString path = copySample(m_dir.path());
        m_window = m_documents.open(path);
        QVERIFY(m_window);
        QCOMPARE(m_documents.open(path), m_window.data());
        QCOMPARE(m_documents.open(QDir(m_dir.path()).filePath(QStringLiteral("./") + sampleName())),
                 m_window.data());
    }

    void closingWithUnsavedChangesAsks() {
        const QString path = copySample(m_dir.path());
        QVERIFY(open(path));
        typeIntoTitle(QStringLiteral("!"));
        {
            test::ModalAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!m_window->close());
            QCOMPARE(cancel.count(), 1);
        }
        QVERIFY(m_window->isVisible());
        test::ModalAnswer discard(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QTRY_VERIFY(!m_window);
        QCOMPARE(test::readBytes(path), test::readBytes(samplePath()));
    }
};

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
