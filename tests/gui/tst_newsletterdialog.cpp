// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Newsletter through the real dialog: an edit written to weekly-composer.yaml with
// the file's other lines kept, Cancel writing nothing, a profile made after asking, a bad
// profile named with its line in the notice bar (the defaults in force) and still editable,
// and every window of the newsletter following the change, from the dialog or from the disk.
#include "documentmanager.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "newsletterdialog.h"
#include "noticebar.h"
#include "profileform.h"
#include "testsupport.h"
#include "typing.h"
#include "windowprofile.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace wc;

namespace {

const char issue[] = R"(---
title: 'Python 潮流周刊#12：十二'
pubDate: 2026-10-31
---

## 🦄文章&教程

1、[文章一](https://a.example/one)

说明一。
)";

const QByteArray commented = R"(# Our conventions, by hand.
name: 测试周刊

interval-days: 14   # fortnightly
title: "测试周刊（第 {number} 期）：{topic}"
)";

// A 科技爱好者周刊-style issue whose sign-off starts with （完）, which the defaults do not know.
const char techIssue[] = R"(# 科技爱好者周刊（第 3 期）：测试

## 文章

1、[第一篇](https://example.com/a)

第一篇的说明。

## 工具

1、[第二篇](https://example.com/b)

第二篇的说明。

（完）

欢迎投稿，请写信给编辑部。
)";

QAction *findAction(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which) {
    QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(which);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestNewsletterDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<DocumentManager> m_documents;

    QString path(const char *name) const { return m_folder->filePath(QString::fromUtf8(name)); }
    QString profilePath() const { return path("weekly-composer.yaml"); }

    MainWindow *openIssue(const char *name) {
        test::writeFile(m_folder->path(), QString::fromUtf8(name), issue);
        return m_documents->open(path(name));
    }

    // Edit ▸ Newsletter… in `window`; `answer` works the dialog once it shows (its event loop
    // runs meanwhile). Returns false when no dialog showed.
    bool runDialog(MainWindow *window, const std::function<void(NewsletterDialog *)> &answer) {
        bool shown = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<NewsletterDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("answered").toBool())
                return;
            dialog->setProperty("answered", true);
            shown = true;
            answer(dialog);
        });
        poll.start();
        findAction(window, QStringLiteral("&Newsletter…"))->trigger();
        return shown;
    }

    static void typeInterval(NewsletterDialog *dialog, const QString &days) {
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("profileInterval"));
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, days);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_documents = std::make_unique<DocumentManager>();
    }
    void cleanup() {
        m_documents.reset();
        m_folder.reset();
    }

    void anEditIsWrittenAndEveryWindowFollows() {
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"), commented);
        MainWindow *window = openIssue("2026-10-31-weekly.md");
        MainWindow *other = openIssue("2026-10-24-weekly.md");
        QVERIFY(window && other && window != other);
        QCOMPARE(other->newsletterProfile()->profile().intervalDays, 14);
        QSignalSpy otherChanged(other->newsletterProfile(), &WindowProfile::changed);
        QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->text(),
                     QStringLiteral("测试周刊"));
            typeInterval(dialog, QStringLiteral("10"));
            clickButton(dialog, QDialogButtonBox::Ok);
        }));
        // Only the edited line is new: the comments, blank line and key order are the file's.
        QCOMPARE(test::readBytes(profilePath()),
                 QByteArray(commented).replace("interval-days: 14   # fortnightly",
                                               "interval-days: 10"));
        // Both windows of the newsletter have it at once, without waiting for the watcher.
        QCOMPARE(otherChanged.count(), 1);
        QCOMPARE(other->newsletterProfile()->profile().intervalDays, 10);
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 10);
        QCOMPARE(window->newsletterProfile()->profile().name, QStringLiteral("测试周刊"));
    }

    void cancelWritesNothing() {
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"), commented);
        MainWindow *window = openIssue("2026-10-31-weekly.md");
        QSignalSpy changed(window->newsletterProfile(), &WindowProfile::changed);
        QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
            typeInterval(dialog, QStringLiteral("3"));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Other"));
            clickButton(dialog, QDialogButtonBox::Cancel);
        }));
        QCOMPARE(test::readBytes(profilePath()), commented);
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 14);
        QCOMPARE(changed.count(), 0);
        // OK without a change leaves the file's bytes alone too.
        QVERIFY(runDialog(
            window, [](NewsletterDialog *dialog) { clickButton(dialog, QDialogButtonBox::Ok); }));
        QCOMPARE(test::readBytes(profilePath()), commented);
    }

    void aProfileIsCreatedAfterAsking() {
        MainWindow *window = openIssue("2026-10-31-weekly.md");
        QVERIFY(!QFile::exists(profilePath()));
        {
            // Declined: nothing written, the dialog stays open for Cancel.
            test::ModalAnswer no(QMessageBox::Cancel);
            QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
                QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("no profile yet")));
                typeInterval(dialog, QStringLiteral("9"));
                clickButton(dialog, QDialogButtonBox::Ok);
                QVERIFY(dialog->isVisible());
                clickButton(dialog, QDialogButtonBox::Cancel);
            }));
            QCOMPARE(no.count(), 1);
            QVERIFY(no.text().contains(QDir::toNativeSeparators(profilePath())));
        }
        QVERIFY(!QFile::exists(profilePath()));
        test::ModalAnswer yes(QMessageBox::Save);
        QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
            typeInterval(dialog, QStringLiteral("9"));
            clickButton(dialog, QDialogButtonBox::Ok);
        }));
        QCOMPARE(yes.count(), 1);
        NewsletterProfile expected = NewsletterProfile::defaults();
        expected.intervalDays = 9;
        QCOMPARE(test::readBytes(profilePath()), expected.toYaml());
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 9);
    }

    void aBadProfileIsNamedWithItsLineAndStillEditable() {
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"),
                        "name: 坏\nsections:\n  - kind: essays\n    match: x\n");
        MainWindow *window = openIssue("2026-10-31-weekly.md");
        const QString notice = window->noticeBar()->message();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(profilePath()) +
                                 QStringLiteral(", line 3: unknown section kind “essays”")),
                 qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("defaults are in force")));
        // Nothing of the bad file is used, not even its valid name.
        QCOMPARE(window->newsletterProfile()->profile().name, QStringLiteral("Python 潮流周刊"));
        QCOMPARE(window->newsletterProfile()->profile().sections.size(),
                 NewsletterProfile::defaults().sections.size());
        test::ModalAnswer replace(QMessageBox::Save);
        QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
            QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("line 3")));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
            QCOMPARE(name->text(), QStringLiteral("Python 潮流周刊"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Fixed Weekly"));
            clickButton(dialog, QDialogButtonBox::Ok);
        }));
        QVERIFY(replace.text().contains(QStringLiteral("has problems")));
        QCOMPARE(window->newsletterProfile()->profile().name, QStringLiteral("Fixed Weekly"));
        QVERIFY(window->newsletterProfile()->loaded().problems.isEmpty());
        QCOMPARE(window->noticeBar()->message(), QString()); // fixed: the notice is gone
    }

    void aChangeOnDiskReachesTheWindows() {
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"), commented);
        MainWindow *window = openIssue("2026-10-31-weekly.md");
        QSignalSpy changed(window->newsletterProfile(), &WindowProfile::changed);
        // Another editor saves a broken file: the window says so and keeps the defaults.
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"),
                        "interval-days: weekly\n");
        QVERIFY(changed.wait(5000));
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 7);
        QVERIFY(window->noticeBar()->message().contains(QStringLiteral("line 1")));
        // Fixed on disk: the new value, the notice gone.
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"),
                        "interval-days: 21\n");
        QVERIFY(changed.wait(5000));
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 21);
        QCOMPARE(window->noticeBar()->message(), QString());
        // Removed: the defaults.
        QVERIFY(QFile::remove(profilePath()));
        QVERIFY(changed.wait(5000));
        QCOMPARE(window->newsletterProfile()->profile().intervalDays, 7);
        QVERIFY(window->newsletterProfile()->loaded().path.isEmpty());
    }

    void theProfilesFooterMarkersParseTheOpenIssue() {
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"),
                        "footer-markers: [\"（完）\"]\n");
        test::writeFile(m_folder->path(), QStringLiteral("issue-3.md"), techIssue);
        MainWindow *window = m_documents->open(path("issue-3.md"));
        QVERIFY(window);
        IssueSession *session = window->session();
        window->editor()->selectNode({OutlineNode::Kind::Item, 1, 0});
        QPlainTextEdit *description = window->editor()->formPanel()->itemForm()->descriptionField();
        // The profile's marker ends the last item: the sign-off is the section's footer.
        QCOMPARE(description->toPlainText(), QStringLiteral("第二篇的说明。"));
        QCOMPARE(session->document().sections()[1].trailers.size(), 2);

        // Edit ▸ Newsletter… ▸ Parsing: another marker, and the open issue parses by it at once.
        QVERIFY(runDialog(window, [](NewsletterDialog *dialog) {
            auto *markers =
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("profileFooterMarkers"));
            auto *emoji = dialog->findChild<QLineEdit *>(QStringLiteral("profileSectionEmoji"));
            QCOMPARE(markers->toPlainText(), QStringLiteral("（完）"));
            QCOMPARE(emoji->text(), QStringLiteral("🦄 🐿 🐢 🥂 🐧 🐱 🐼 🌱 🐡"));
            markers->selectAll();
            test::typeText(markers, QStringLiteral("（终）"));
            clickButton(dialog, QDialogButtonBox::Ok);
        }));
        QCOMPARE(test::readBytes(profilePath()), QByteArray("footer-markers: [\"（终）\"]\n"));
        QTRY_COMPARE(description->toPlainText(),
                     QStringLiteral("第二篇的说明。\n\n（完）\n\n欢迎投稿，请写信给编辑部。"));
        QVERIFY(session->document().sections()[1].trailers.isEmpty());
        // Only the parse changed: not the text, its modified mark or its undo history.
        QCOMPARE(session->currentText(), QString::fromUtf8(techIssue));
        QVERIFY(!session->isModified());
        QVERIFY(!session->textDocument()->isUndoAvailable());

        // Changed back on disk by another editor: the window follows.
        test::writeFile(m_folder->path(), QStringLiteral("weekly-composer.yaml"),
                        "footer-markers: [\"（完）\"]\n");
        QTRY_COMPARE_WITH_TIMEOUT(session->document().sections()[1].trailers.size(), 2, 5000);
        QTRY_COMPARE(description->toPlainText(), QStringLiteral("第二篇的说明。"));
    }

    void anUntitledIssueSaysWhyNot() {
        MainWindow *window = m_documents->newWindow();
        window->newFromTemplate();
        window->show();
        test::ModalAnswer ok(QMessageBox::Ok);
        findAction(window, QStringLiteral("&Newsletter…"))->trigger();
        QCOMPARE(ok.count(), 1);
        QVERIFY(ok.text().contains(QStringLiteral("Save the issue first")));
    }
};

QTEST_MAIN(TestNewsletterDialog)
#include "tst_newsletterdialog.moc"
