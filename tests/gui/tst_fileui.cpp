// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's file commands around the writer: the bundled sample opens as an untitled copy,
// the HTML export offers the theme the preview shows, the recovery dialog counts lines with
// real plural forms, and file errors are translated.
#include "diskwatcher.h"
#include "documentmanager.h"
#include "filedialoganswer.h"
#include "filewriter.h"
#include "htmlexportactions.h"
#include "issueeditor.h"
#include "issuefile.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "previewview.h"
#include "recoverydialog.h"
#include "settings.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wc;

namespace {

using wc::test::acceptFile;

QString sample() {
    return test::sampleFile(QStringLiteral("2026-11-21-weekly.md"));
}

// Answers the next file dialog with `file` (keeping the theme it offered) and message boxes
// with OK (keeping their text).
class FileDialogAnswer : public QObject {
public:
    explicit FileDialogAnswer(const QString &file)
        : m_file(file) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                ++m_dialogs;
                if (auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("exportTheme")))
                    m_offeredTheme = theme->currentData().toString();
                acceptFile(dialog, m_file);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                m_messages << box->text();
                box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click()
                                             : box->reject();
            }
        });
        m_timer.start();
    }
    int dialogs() const { return m_dialogs; }
    QString offeredTheme() const { return m_offeredTheme; }
    QStringList messages() const { return m_messages; }

private:
    QString m_file;
    QTimer m_timer;
    int m_dialogs = 0;
    QString m_offeredTheme;
    QStringList m_messages;
};

// Should the main thread wait on the FIFO at `path` for a writer, this becomes that writer
// after 5 s, so the test fails instead of hanging.
class FifoWatchdog {
public:
    explicit FifoWatchdog(const QString &path)
        : m_thread([this, path] {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (!m_done && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (m_done)
                return;
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
            m_released = fd >= 0;
            if (fd >= 0)
                ::close(fd);
        }) {}
    ~FifoWatchdog() { finish(); }
    // Ends the watch; true when the watchdog had to release a waiting reader.
    bool finish() {
        m_done = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_released;
    }

private:
    std::atomic<bool> m_done = false;
    std::atomic<bool> m_released = false;
    std::thread m_thread;
};

QAction *findAction(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestFileUi : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DocumentManager m_documents;
    QPointer<MainWindow> m_window;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
    }
    void cleanup() {
        if (m_window) {
            m_window->editor()->session()->textDocument()->setModified(false);
            delete m_window;
        }
    }

    // ---- issue 10, item 19 -------------------------------------------------------------------

    void theBundledSampleOpensAsAnUntitledCopy() {
        const QByteArray original = test::readBytes(sample());
        m_window = m_documents.openUntitledCopy(sample());
        QVERIFY(m_window);
        IssueSession *session = m_window->editor()->session();
        QVERIFY(session->filePath().isEmpty());
        QCOMPARE(session->displayName(), QStringLiteral("Untitled"));
        QCOMPARE(session->fileBytes(), original);
        QVERIFY(!m_window->isWindowModified());
        session->apply({{{0, 0}, QStringLiteral("x")}});
        // Ctrl+S asks where to save; the project's file stays as it was.
        const QString target = m_dir.filePath(QStringLiteral("mine.md"));
        FileDialogAnswer answer(target);
        findAction(m_window, QStringLiteral("&Save"))->trigger();
        QCOMPARE(answer.dialogs(), 1);
        QCOMPARE(test::readBytes(sample()), original);
        QCOMPARE(test::readBytes(target), "x" + original);
        QCOMPARE(session->filePath(), target);
    }

    // ---- issue 10, item 20 -------------------------------------------------------------------

    void theHtmlExportOffersThePreviewsTheme() {
        // As another window saved it.
        Settings::instance().setPreviewTheme(QStringLiteral("default"));
        m_window = m_documents.open(sample());
        QVERIFY(m_window);
        m_window->preview()->setStyle(QStringLiteral("dark"), {}); // what this window shows
        const QString target = m_dir.filePath(QStringLiteral("export.html"));
        FileDialogAnswer answer(target);
        findAction(m_window, QStringLiteral("&HTML…"))->trigger();
        QCOMPARE(answer.dialogs(), 1);
        QCOMPARE(answer.offeredTheme(), QStringLiteral("dark"));
        const IssueDocument &document = m_window->editor()->session()->document();
        const QByteArray dark = HtmlExportActions::exportedHtml(document, QStringLiteral("dark"));
        QVERIFY(dark != HtmlExportActions::exportedHtml(document, QStringLiteral("default")));
        QCOMPARE(test::readBytes(target), dark);
    }

    // ---- issue 11, item 9: plural forms --------------------------------------------------

    void theRecoveryDialogCountsLinesInPluralForms() {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/weekly-composer_en.qm")));
        QCoreApplication::installTranslator(&english);
        const QString path = test::writeFile(m_dir.path(), "five.md", "a\nb\nc\nd\ne\n");
        RecoveryStore::Entry entry{QStringLiteral("x"), path, QStringLiteral("five.md"),
                                   QDateTime::currentDateTime(), "a\nb\nC\nd\ne\n"};
        QString text = RecoveryDialog::describe(entry);
        QVERIFY2(text.endsWith(QStringLiteral("1 line differs from the file on disk (line 3)")),
                 qPrintable(text));
        entry.bytes = "a\nB\nc\nD\ne\n";
        text = RecoveryDialog::describe(entry);
        QVERIFY2(text.endsWith(QStringLiteral("3 lines differ from the file on disk (lines 2–4)")),
                 qPrintable(text));
        QCoreApplication::removeTranslator(&english);

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        text = RecoveryDialog::describe(entry);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(text.contains(QStringLiteral("3 行")), qPrintable(text));
    }

    // ---- issue 11, item 4: an open file replaced by a FIFO -----------------------------------

    void aFileTurnedIntoAFifoDoesNotHangTheWindow() {
        const QString path = m_dir.filePath(QStringLiteral("turned.md"));
        QVERIFY(QFile::copy(sample(), path));
        m_window = m_documents.open(path);
        QVERIFY(m_window);
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        {
            FifoWatchdog watchdog(path);
            m_window->diskWatcher()->check();
            QVERIFY2(!watchdog.finish(), "looking at the file waited on the FIFO");
        }
        QVERIFY2(m_window->noticeBar()->message().contains(QStringLiteral("FIFO")),
                 qPrintable(m_window->noticeBar()->message()));
        QCOMPARE(m_window->editor()->session()->fileBytes(), test::readBytes(sample()));
    }

    void openingAFifoShowsWhyWithoutWaiting() {
        const QString fifo = m_dir.filePath(QStringLiteral("open.md"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FileDialogAnswer answer({});
        MainWindow *opened = nullptr;
        {
            FifoWatchdog watchdog(fifo);
            opened = m_documents.open(fifo);
            QVERIFY2(!watchdog.finish(), "opening the FIFO waited for a writer");
        }
        QVERIFY(!opened);
        QCOMPARE(answer.messages().size(), 1);
        QVERIFY2(answer.messages().first().contains(QStringLiteral("FIFO")),
                 qPrintable(answer.messages().first()));
    }

    // ---- issue 10, item 22: file errors in the Chinese interface ----------------------------

    void fileErrorsAreTranslated() {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
        const QString missingError = IssueFile::load(missing).error;
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.md"));
        ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
        const QString fifoError = IssueFile::load(fifo).error;
        const QString tooLarge = IssueFile::tooLarge(IssueFile::maximumSize + 1);
        const QString utf16 =
            IssueFile::load(test::writeFile(m_dir.path(), "utf16.md", QByteArray("\xFF\xFEx\0", 4)))
                .error;
        const QString folder = FileWriter::write(m_dir.path(), "x").cause;
        QString saveError;
        m_window = m_documents.open(sample());
        m_window->editor()->session()->save(m_dir.filePath(QStringLiteral("no/such/x.md")),
                                            &saveError);
        QCoreApplication::removeTranslator(&chinese);
        for (const QString &message : {missingError, fifoError, tooLarge, utf16, folder, saveError})
            QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                     qPrintable(message));
        QVERIFY2(missingError.contains(missing), qPrintable(missingError));
        QVERIFY2(fifoError.contains(QStringLiteral("FIFO")), qPrintable(fifoError));
        QVERIFY2(tooLarge.contains(QStringLiteral("67108865")), qPrintable(tooLarge));
        QVERIFY2(utf16.contains(QStringLiteral("iconv")), qPrintable(utf16));
    }
};

QTEST_MAIN(TestFileUi)
#include "tst_fileui.moc"
