// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ New Issue from an open issue of a newsletter folder: the next issue from the latest
// one, its announcements answered in the dialog's real checkboxes, opened untitled, and Save
// proposing the folder and the pattern's file name.
#include "announcementdialog.h"
#include "documentmanager.h"
#include "filedialoganswer.h"
#include "issuearchive.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "newsletterprofile.h"
#include "nextissue.h"
#include "noticebar.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

using namespace wc;

namespace {

const char issue10[] = R"(---
title: 'Python 潮流周刊#10：十'
pubDate: 2026-10-17
---

## 🦄文章&教程

1、[旧文](https://a.example/old)

旧。
)";

const char issue11[] = R"(---
title: 'Python 潮流周刊#11：十一'
pubDate: 2026-10-24
---

## 🦄文章&教程

1、[上周](https://a.example/last-week)

上周。
)";

// The latest: a past-issues link to #10 (two back), two blocks after the stats line, a footer.
const char issue12[] = R"(---
title: 'Python 潮流周刊#12：十二'
pubDate: 2026-10-31
author: 测试
---

你好，这是第十二期。

本期分享了 1 篇文章，1 个开源项目，全文 300 字。

**📢 本周日直播！**

以下是本期标题摘要：

## 🦄文章&教程

1、[文章一](https://a.example/one)

说明一。

## 🐿️项目&资源

1、[proj：项目](https://github.com/a/b)

说明（star 1K）

## 🐧往年回顾

[Python 潮流周刊#10：十](https://pythoncat.top/posts/2026-10-17-weekly)（2026.10.17）

## 🐱欢迎订阅

页脚文字。
)";

const QString liveAnnouncement = QStringLiteral("**📢 本周日直播！**");
const QString summaryNote = QStringLiteral("以下是本期标题摘要：");

QAction *findAction(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Answers the announcement dialog once it shows, through its checkboxes and buttons: unchecks
// (with a mouse click on the box) those whose text holds one of `uncheck`, then clicks OK, or
// Cancel when `cancel`.
class AnnouncementAnswer : public QObject {
public:
    AnnouncementAnswer(QStringList uncheck, bool cancel = false)
        : m_uncheck(std::move(uncheck))
        , m_cancel(cancel) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<AnnouncementDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("answered").toBool())
                return;
            dialog->setProperty("answered", true);
            for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
                m_offered << box->text();
                m_checkedAtFirst << box->isChecked();
                for (const QString &text : std::as_const(m_uncheck)) {
                    if (box->text().contains(text))
                        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
                }
            }
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *button =
                buttons->button(m_cancel ? QDialogButtonBox::Cancel : QDialogButtonBox::Ok);
            QTest::mouseClick(button, Qt::LeftButton);
        });
        m_timer.start();
    }
    QStringList offered() const { return m_offered; }
    QList<bool> checkedAtFirst() const { return m_checkedAtFirst; }

private:
    QStringList m_uncheck;
    bool m_cancel;
    QTimer m_timer;
    QStringList m_offered;
    QList<bool> m_checkedAtFirst;
};

// Answers the next file dialog with the file it proposes, keeping that proposal.
class ProposalAnswer : public QObject {
public:
    ProposalAnswer() {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("answered").toBool())
                return;
            const auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            m_proposed = QDir(dialog->directory().absolutePath()).filePath(name->text());
            test::acceptFile(dialog, m_proposed);
        });
        m_timer.start();
    }
    QString proposed() const { return m_proposed; }

private:
    QTimer m_timer;
    QString m_proposed;
};

} // namespace

class TestNewIssue : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_newsletter;
    std::unique_ptr<DocumentManager> m_documents;

    QString issuePath(const char *name) const {
        return m_newsletter->filePath(QLatin1String(name));
    }

    // NextIssue's text for the fixture's latest issue, keeping the announcements whose text
    // is in `kept`: what the window must show.
    QString expectedText(const QStringList &kept) const {
        const IssueDocument last = test::loadDocument(issuePath("2026-10-31-weekly.md"));
        const NewsletterProfile profile = NewsletterProfile::defaults();
        const IssueArchive archive = IssueArchive::scan(m_newsletter->path(), profile);
        const NextIssue next(last, profile, &archive);
        QList<int> keep;
        for (const NextIssue::Announcement &announcement : next.announcements()) {
            if (kept.contains(announcement.text))
                keep << announcement.preambleIndex;
        }
        return next.make(keep).text;
    }

    // Triggers File ▸ New Issue in a window on `opened` and returns the window it made.
    MainWindow *newIssueFrom(const char *opened) {
        MainWindow *window = m_documents->open(issuePath(opened));
        if (!window)
            return nullptr;
        const QList<MainWindow *> before = m_documents->windows();
        findAction(window, QStringLiteral("&New Issue"))->trigger();
        for (MainWindow *made : m_documents->windows()) {
            if (!before.contains(made))
                return made;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("config"))));
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() {
        m_newsletter = std::make_unique<QTemporaryDir>();
        QVERIFY(m_newsletter->isValid());
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-10-17-weekly.md"), issue10);
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-10-24-weekly.md"), issue11);
        test::writeFile(m_newsletter->path(), QStringLiteral("2026-10-31-weekly.md"), issue12);
        m_documents = std::make_unique<DocumentManager>();
    }
    void cleanup() {
        m_documents.reset(); // closes the windows without asking
        m_newsletter.reset();
    }

    void newIssueFromAnOpenIssue() {
        AnnouncementAnswer answer({});
        MainWindow *made = newIssueFrom("2026-10-31-weekly.md");
        QVERIFY(made);
        QCOMPARE(answer.offered(), (QStringList{liveAnnouncement, summaryNote}));
        QCOMPARE(answer.checkedAtFirst(), (QList<bool>{true, true}));
        IssueSession *session = made->session();
        const QString text = session->currentText();
        QCOMPARE(text, expectedText({liveAnnouncement, summaryNote}));
        // What the next issue is, independently of NextIssue: #13 a week later, the past-issues
        // link moved on to #11 (from the archive), the announcements and the footer carried.
        QVERIFY(text.contains(QStringLiteral("title: 'Python 潮流周刊#13：'")));
        QVERIFY(text.contains(QStringLiteral("pubDate: 2026-11-07")));
        QVERIFY(text.contains(QStringLiteral(
            "[Python "
            "潮流周刊#11：十一](https://pythoncat.top/posts/2026-10-24-weekly)（2026.10.24）")));
        QVERIFY(text.contains(liveAnnouncement));
        QVERIFY(text.contains(summaryNote));
        QVERIFY(text.contains(QStringLiteral("页脚文字。")));
        QVERIFY(!text.contains(QStringLiteral("文章一")));
        // Untitled and unmodified, as a new issue from the template is.
        QVERIFY(session->filePath().isEmpty());
        QCOMPARE(session->displayName(), QStringLiteral("Untitled"));
        QVERIFY(!session->isModified());
        QVERIFY(!made->isWindowModified());
        QVERIFY(made->isVisible());

        // Save proposes the folder and the pattern's file name, and writes there.
        const QString expectedPath = issuePath("2026-11-07-weekly.md");
        ProposalAnswer save;
        findAction(made, QStringLiteral("&Save"))->trigger();
        QCOMPARE(save.proposed(), expectedPath);
        QCOMPARE(session->filePath(), expectedPath);
        QCOMPARE(test::readBytes(expectedPath), text.toUtf8());
    }

    void anUncheckedAnnouncementIsLeftOut() {
        AnnouncementAnswer answer({liveAnnouncement});
        MainWindow *made = newIssueFrom("2026-10-31-weekly.md");
        QVERIFY(made);
        const QString text = made->session()->currentText();
        QCOMPARE(text, expectedText({summaryNote}));
        QVERIFY(!text.contains(QStringLiteral("直播")));
        QVERIFY(text.contains(summaryNote));
        QVERIFY(text != expectedText({liveAnnouncement, summaryNote}));
    }

    void anOlderOpenIssueContinuesTheLatest() {
        AnnouncementAnswer answer({});
        MainWindow *made = newIssueFrom("2026-10-24-weekly.md");
        QVERIFY(made);
        QCOMPARE(made->session()->currentText(), expectedText({liveAnnouncement, summaryNote}));
    }

    void theLatestOpenIssueIsContinuedWithItsUnsavedEdits() {
        MainWindow *window = m_documents->open(issuePath("2026-10-31-weekly.md"));
        QVERIFY(window);
        const QString edited = QStringLiteral("你好，这是改过的第十二期。");
        QTextCursor cursor(window->session()->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n") + edited + QStringLiteral("\n"));
        QVERIFY(window->session()->isModified());
        AnnouncementAnswer answer({});
        const QList<MainWindow *> before = m_documents->windows();
        findAction(window, QStringLiteral("&New Issue"))->trigger();
        QCOMPARE(m_documents->windows().size(), before.size() + 1);
        MainWindow *made = m_documents->windows().last();
        // The footer as the window has it, the edit included.
        QVERIFY(made->session()->currentText().contains(edited));
        QVERIFY(!test::readBytes(issuePath("2026-10-31-weekly.md")).contains(edited.toUtf8()));
        window->session()->textDocument()->setModified(false);
    }

    void whatCannotBeFilledInIsShownInTheNoticeBar() {
        // The past-issues link of the next issue needs #11, which is no longer in the folder.
        QVERIFY(QFile::remove(issuePath("2026-10-24-weekly.md")));
        AnnouncementAnswer answer({});
        MainWindow *made = newIssueFrom("2026-10-31-weekly.md");
        QVERIFY(made);
        QVERIFY(!made->session()->currentText().contains(QStringLiteral("#11")));
        QVERIFY(made->noticeBar()->isVisible());
        QCOMPARE(
            made->noticeBar()->message(),
            QStringLiteral("Issue #11 is not in the archive: its past-issues link is left out."));
    }

    void cancellingTheDialogMakesNoIssue() {
        AnnouncementAnswer answer({}, true);
        MainWindow *window = m_documents->open(issuePath("2026-10-31-weekly.md"));
        QVERIFY(window);
        findAction(window, QStringLiteral("&New Issue"))->trigger();
        QCOMPARE(answer.offered().size(), 2);
        QCOMPARE(m_documents->windows(), QList<MainWindow *>{window});
    }

    void withoutAnArchiveTheTemplateIsUsed() {
        // A folder with no issue named by the pattern.
        QTemporaryDir lone;
        const QString path = test::writeFile(lone.path(), QStringLiteral("draft.md"), issue12);
        MainWindow *window = m_documents->open(path);
        QVERIFY(window);
        findAction(window, QStringLiteral("&New Issue"))->trigger();
        QCOMPARE(m_documents->windows().size(), 2);
        const QString text = m_documents->windows().last()->session()->currentText();
        QVERIFY(!text.contains(QStringLiteral("#13")));
        QVERIFY(!text.contains(QStringLiteral("页脚文字")));
        QVERIFY(text.contains(QDate::currentDate().toString(Qt::ISODate)));
    }
};

QTEST_MAIN(TestNewIssue)
#include "tst_newissue.moc"
