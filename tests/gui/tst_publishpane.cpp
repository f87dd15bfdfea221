// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish view (issue 15) through its widgets: the output of each channel and edition
// follows typing in the source a moment later (not on the keystroke), the Telegram length
// counter and its warning, Copy (plain text; WeChat as text/html and text/plain), Save through
// the checked writer (a full disk fails visibly), the README insertion shown as a diff (the
// file untouched when cancelled), and Edit ▸ Copy for WeChat in a real window.
#include "comparedialog.h"
#include "documentmanager.h"
#include "editorwindow.h"
#include "filedialoganswer.h"
#include "issuesession.h"
#include "issuesummary.h"
#include "mainwindow.h"
#include "publishpane.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "typing.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

using namespace wc;

namespace {

const char issue[] =
    "---\ntitle: 'Python 潮流周刊#120：中文主题---English topic'\npubDate: 2026-11-21\n"
    "description: '中文描述---English description'\nfullTextUrl: https://full.example/120\n---\n\n"
    "## 🦄文章&教程\n\n1、[标题一---Title one](https://a.example/1)\n\n描述一\n\n"
    "2、[标题二](https://a.example/2)\n\n描述二\n\n"
    "## 🐿️项目&资源\n\n1、[ruff：检查器](https://github.com/astral-sh/ruff)\n\n快\n";

// Answers the next modal dialog of type T with `answer` once, after letting the test look at it.
template <typename T> class ModalHandler : public QObject {
public:
    explicit ModalHandler(std::function<void(T *)> answer)
        : m_answer(std::move(answer)) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                if (dialog->property("handled").toBool())
                    return;
                dialog->setProperty("handled", true);
                ++m_count;
                m_answer(dialog);
            }
        });
        m_timer.start();
    }
    int count() const { return m_count; }

private:
    std::function<void(T *)> m_answer;
    QTimer m_timer;
    int m_count = 0;
};

QAction *findAction(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestPublishPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void outputFollowsTypingAfterAPause();
    void everyChannelAndEdition();
    void hiddenItWaitsUntilShown();
    void aLongIssueIsMadeOnAWorkerThread();
    void telegramLengthAndWarning();
    void emptyPlaceholdersAreNamed();
    void copyPutsTheOutputOnTheClipboard();
    void saveWritesThroughTheCheckedWriter();
    void readmeInsertionShowsADiffFirst();
    void copyForWechatFromTheEditMenu();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    IssueEditor *m_editor = nullptr;
    PublishPane *m_pane = nullptr;
    QString m_issuePath;
};

void TestPublishPane::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("weekly/docs")));
    m_issuePath = test::writeFile(m_dir.filePath(QStringLiteral("weekly/docs")),
                                  QStringLiteral("2026-11-21-weekly.md"), issue);
}

void TestPublishPane::init() {
    m_window = std::make_unique<QWidget>();
    m_editor = test::editorIn(m_window.get());
    QString error;
    QVERIFY2(m_editor->session()->load(m_issuePath, &error), qPrintable(error));
    m_pane = new PublishPane(m_editor->session(), m_window.get());
    m_window->layout()->addWidget(m_pane);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_pane->updateOutput();
}

void TestPublishPane::cleanup() {
    m_editor->session()->textDocument()->setModified(false);
    m_window.reset();
}

void TestPublishPane::outputFollowsTypingAfterAPause() {
    m_pane->setChannel(PublishChannel::GithubSummary);
    QVERIFY(m_pane->output().startsWith(QStringLiteral("# Python 潮流周刊#120：中文主题\n\n")));
    QVERIFY(m_pane->output().contains(QStringLiteral("① 标题一\n\n② 标题二\n\n")));
    QCOMPARE(m_pane->outputView()->toPlainText(), m_pane->output());
    // Type a third title into the source, after the second item's description.
    SourceEditor *source = m_editor->sourceEditor();
    source->setFocus();
    QTextCursor cursor(source->document()->findBlock(
        int(m_editor->session()->document().text().indexOf(QStringLiteral("描述二")))));
    cursor.movePosition(QTextCursor::EndOfBlock);
    source->setTextCursor(cursor);
    QSignalSpy updated(m_pane, &PublishPane::outputUpdated);
    test::typeText(source, QStringLiteral("\n\n3、[新的](https://a.example/3)"));
    // Not on the keystrokes: the output is made again once the typing pauses.
    QCOMPARE(updated.count(), 0);
    QVERIFY(!m_pane->output().contains(QStringLiteral("③")));
    QVERIFY(updated.wait(5000));
    QCOMPARE(updated.count(), 1);
    QVERIFY2(m_pane->output().contains(QStringLiteral("① 标题一\n\n② 标题二\n\n③ 新的\n\n")),
             qPrintable(m_pane->output()));
    QCOMPARE(m_pane->outputView()->toPlainText(), m_pane->output());
}

// Each channel and edition, as golden texts (the default profile's fixed texts).
void TestPublishPane::everyChannelAndEdition() {
    m_pane->setEdition(Edition::Chinese);
    m_pane->setChannel(PublishChannel::ReadmeEntry);
    QCOMPARE(m_pane->output(),
             QStringLiteral("- 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)\n"
                            "  - 中文描述\n"));
    QVERIFY(m_pane->readmeButton()->isVisible());
    m_pane->setEdition(Edition::English);
    QCOMPARE(m_pane->output(),
             QStringLiteral("- 第 120 期：[English topic](./docs/2026-11-21-weekly.md)\n"
                            "  - English description\n"));
    m_pane->setChannel(PublishChannel::Telegram);
    QVERIFY(!m_pane->readmeButton()->isVisible());
    QCOMPARE(m_pane->output(),
             QStringLiteral("Python Trending Weekly #120: English topic\n\n"
                            "*🦄Articles & Tutorials*\n① Title one\n② 标题二\n\n"
                            "*🐿️Projects & Resources*\n① ruff：检查器\n\n"
                            "全文：https://full.example/120\n"));
    m_pane->setChannel(PublishChannel::EditionMarkdown);
    QVERIFY(m_pane->output().startsWith(
        QStringLiteral("---\ntitle: 'Python Trending Weekly #120: English topic'\n")));
    QVERIFY(m_pane->output().contains(QStringLiteral("1、[Title one](https://a.example/1)")));
    m_pane->setEdition(Edition::Chinese);
    QVERIFY(m_pane->output().startsWith(
        QStringLiteral("---\ntitle: 'Python 潮流周刊#120：中文主题'\n")));
    QVERIFY(m_pane->output().contains(QStringLiteral("1、[标题一](https://a.example/1)")));
    m_pane->setChannel(PublishChannel::Wechat);
    QVERIFY(m_pane->output().startsWith(QStringLiteral("<h2 style=")));
    QVERIFY(m_pane->output().contains(QStringLiteral("1、标题一<sup")));
    m_pane->setChannel(PublishChannel::BlogSummary);
    QVERIFY(m_pane->output().startsWith(
        QStringLiteral("---\ntitle: 'Python 潮流周刊#120：中文主题'\n")));
    QVERIFY(m_pane->output().contains(
        QStringLiteral("**🦄文章&教程**\n\n① 标题一\n\n② 标题二\n\n")));
    // The choices are the widgets' own.
    m_pane->channelChoice()->setCurrentIndex(
        m_pane->channelChoice()->findData(int(PublishChannel::GithubSummary)));
    QVERIFY(m_pane->output().startsWith(QStringLiteral("# Python 潮流周刊#120：中文主题\n")));
}

void TestPublishPane::hiddenItWaitsUntilShown() {
    m_pane->setChannel(PublishChannel::GithubSummary);
    m_pane->hide();
    QSignalSpy updated(m_pane, &PublishPane::outputUpdated);
    m_editor->session()->apply({{{m_editor->session()->document().text().size(),
                                  m_editor->session()->document().text().size()},
                                 QStringLiteral("\n2、[另一个](https://b.example)\n")}});
    QTest::qWait(PublishPane::updateDelayMs * 2);
    QCOMPARE(updated.count(), 0);
    m_pane->show();
    QCOMPARE(updated.count(), 1);
    QVERIFY(m_pane->output().contains(QStringLiteral("② 另一个")));
}

// Over 64 KB the output is made on a worker thread: the window goes on, the result arrives
// with outputUpdated(), and a result overtaken by a newer request is never shown.
void TestPublishPane::aLongIssueIsMadeOnAWorkerThread() {
    QString text = QString::fromUtf8(issue);
    for (int i = 3; i <= 2000; ++i)
        text +=
            QStringLiteral("\n%1、[第 %1 个项目](https://p.example/%1)\n\n它的描述，写得长一些。\n")
                .arg(i);
    QVERIFY(text.size() > PublishPane::backgroundThreshold);
    m_editor->session()->setContents(text, m_issuePath, QStringLiteral("\n"), false);
    QSignalSpy updated(m_pane, &PublishPane::outputUpdated);
    m_pane->setChannel(PublishChannel::Wechat);
    m_pane->setChannel(PublishChannel::Telegram); // overtakes the WeChat request
    QVERIFY(updated.wait(20000));
    QTest::qWait(200); // nothing more arrives: the WeChat result was dropped
    QCOMPARE(updated.count(), 1);
    QVERIFY(!m_pane->isWorking());
    QCOMPARE(m_pane->output(),
             publishedText(PublishChannel::Telegram, m_editor->session()->document(),
                           NewsletterProfile::defaults(), Edition::Chinese));
    QVERIFY(m_pane->output().contains(QStringLiteral("② 第 3 个项目\n")));
    QCOMPARE(m_pane->outputView()->toPlainText(), m_pane->output());
    QVERIFY(m_pane->lengthLabel()->property("overLimit").toBool());
}

void TestPublishPane::telegramLengthAndWarning() {
    m_pane->setChannel(PublishChannel::Telegram);
    QVERIFY(m_pane->lengthLabel()->isVisible());
    // The caption as Telegram counts it: no escapes, no markup, no final line break.
    const QString parsed = QStringLiteral(
        "Python 潮流周刊#120：中文主题\n\n🦄文章&教程\n① 标题一\n② "
        "标题二\n\n"
        "🐿️项目&资源\n① ruff：检查器\n\n全文：https://full.example/120");
    QVERIFY2(
        m_pane->lengthLabel()->text().startsWith(
            QStringLiteral("%1 of %2 characters").arg(parsed.size()).arg(QLocale().toString(1024))),
        qPrintable(m_pane->lengthLabel()->text()));
    QVERIFY(!m_pane->lengthLabel()->property("overLimit").toBool());
    // Long titles push it over: a warning with the excess.
    QString items;
    for (int i = 3; i <= 40; ++i)
        items += QStringLiteral(
                     "\n\n%1、[第 %1 个相当长的标题，写得长一些好超过限制](https://a/%1)\n\n描述")
                     .arg(i);
    const qsizetype end =
        m_editor->session()->document().text().indexOf(QStringLiteral("描述二")) + 3;
    m_editor->session()->apply({{{end, end}, items}});
    m_pane->updateOutput();
    const qsizetype length = IssueSummary::telegramLength(m_pane->output());
    QVERIFY(length > IssueSummary::telegramLimit);
    QVERIFY(m_pane->lengthLabel()->property("overLimit").toBool());
    QVERIFY2(m_pane->lengthLabel()->text().contains(
                 QStringLiteral("%1 over").arg(QLocale().toString(length - 1024))),
             qPrintable(m_pane->lengthLabel()->text()));
    QVERIFY(m_pane->lengthLabel()->text().startsWith(QStringLiteral("⚠")));
    m_pane->setChannel(PublishChannel::GithubSummary);
    QVERIFY(!m_pane->lengthLabel()->isVisible());
}

// The default fixed texts link the full text ({fullTextUrl}); an issue without that key gets
// "全文：" and nothing after it, and the pane says what is missing and where it goes.
void TestPublishPane::emptyPlaceholdersAreNamed() {
    m_pane->setChannel(PublishChannel::Telegram);
    QLabel *empty = m_pane->emptyPlaceholdersLabel();
    QVERIFY(!empty->isVisible());
    QVERIFY(m_pane->output().endsWith(QStringLiteral("全文：https://full.example/120\n")));
    // Delete the front matter's fullTextUrl line in the source, as a user would.
    SourceEditor *source = m_editor->sourceEditor();
    source->setFocus();
    QTextCursor line(source->document()->findBlock(
        int(m_editor->session()->document().text().indexOf(QStringLiteral("fullTextUrl:")))));
    line.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
    source->setTextCursor(line);
    QSignalSpy updated(m_pane, &PublishPane::outputUpdated);
    QTest::keyClick(source, Qt::Key_Delete);
    QVERIFY(!m_editor->session()->document().text().contains(QStringLiteral("fullTextUrl")));
    QVERIFY(updated.wait(5000));
    QVERIFY2(m_pane->output().endsWith(QStringLiteral("全文：\n")), qPrintable(m_pane->output()));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("⚠ {fullTextUrl} is left empty: the front matter has "
                                           "no “fullTextUrl” key (add it under Other keys of "
                                           "the front matter)."));
    // The blog summary names it too; WeChat's HTML uses no fixed text.
    m_pane->setChannel(PublishChannel::BlogSummary);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("{fullTextUrl}")));
    m_pane->setChannel(PublishChannel::Wechat);
    QVERIFY(!empty->isVisible());
    // Its button asks for the value and writes the key into the front matter, one undo step.
    m_pane->setChannel(PublishChannel::Telegram);
    QVERIFY(empty->isVisible());
    QPushButton *set = m_pane->setKeyButton();
    QVERIFY(set->isVisible());
    QCOMPARE(set->text(), QStringLiteral("Set fullTextUrl…"));
    ModalHandler<QInputDialog> answer([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral(" https://full.example/121 "));
        dialog->accept();
    });
    QTest::mouseClick(set, Qt::LeftButton);
    QCOMPARE(answer.count(), 1);
    QVERIFY2(m_editor->session()->document().text().contains(
                 QStringLiteral("\nfullTextUrl: 'https://full.example/121'\n---\n")),
             qPrintable(m_editor->session()->document().text()));
    QVERIFY(m_pane->output().endsWith(QStringLiteral("全文：https://full.example/121\n")));
    QVERIFY(!empty->isVisible());
    QVERIFY(!set->isVisible());
    source->undo();
    QVERIFY(updated.wait(5000));
    QVERIFY(m_pane->output().endsWith(QStringLiteral("全文：\n")));
    QVERIFY(set->isVisible());
    // Undo again brings the deleted line back, and the note goes.
    source->undo();
    QVERIFY(updated.wait(5000));
    QVERIFY(m_pane->output().endsWith(QStringLiteral("全文：https://full.example/120\n")));
    QVERIFY(!empty->isVisible());
}

void TestPublishPane::copyPutsTheOutputOnTheClipboard() {
    m_pane->setChannel(PublishChannel::GithubSummary);
    auto *copy = m_pane->findChild<QPushButton *>(QStringLiteral("publishCopy"));
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_pane->output());
    QVERIFY(!QApplication::clipboard()->mimeData()->hasHtml());
    m_pane->setChannel(PublishChannel::Wechat);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QCOMPARE(data->html(), m_pane->output());
    QVERIFY(data->text().contains(QStringLiteral("1、标题一[1]\n")));
    QVERIFY(data->text().contains(QStringLiteral("[1] 标题一: https://a.example/1\n")));
    QVERIFY(!data->text().contains(u'<'));
}

void TestPublishPane::saveWritesThroughTheCheckedWriter() {
    m_pane->setChannel(PublishChannel::Telegram);
    QCOMPARE(m_pane->suggestedFileName(),
             m_dir.filePath(QStringLiteral("weekly/docs/2026-11-21-weekly-telegram.txt")));
    m_pane->setEdition(Edition::English);
    m_pane->setChannel(PublishChannel::EditionMarkdown);
    QCOMPARE(m_pane->suggestedFileName(),
             m_dir.filePath(QStringLiteral("weekly/docs/2026-11-21-weekly-en.md")));
    // Through the dialog.
    const QString target = m_dir.filePath(QStringLiteral("en.md"));
    ModalHandler<QFileDialog> answer(
        [&](QFileDialog *dialog) { test::acceptFile(dialog, target); });
    QSignalSpy messages(m_pane, &PublishPane::message);
    QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("publishSave")),
                      Qt::LeftButton);
    QCOMPARE(answer.count(), 1);
    QCOMPARE(test::readBytes(target), m_pane->output().toUtf8());
    QCOMPARE(messages.count(), 1);
    // A full disk: false, the cause named.
    QString error;
    QVERIFY(!m_pane->saveOutput(QStringLiteral("/dev/full"), &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("/dev/full")));
}

void TestPublishPane::readmeInsertionShowsADiffFirst() {
    const QByteArray readme =
        "# Python 潮流周刊\r\n\r\n- 第 119 期：[旧的](./docs/2026-11-14-weekly.md)\r\n"
        "  - 上期\r\n";
    const QString readmePath = test::writeFile(m_dir.filePath(QStringLiteral("weekly")),
                                               QStringLiteral("README.md"), readme);
    m_pane->setEdition(Edition::Chinese);
    m_pane->setChannel(PublishChannel::ReadmeEntry);
    QString diff;
    {
        ModalHandler<CompareDialog> cancel([&](CompareDialog *dialog) {
            diff = dialog->diffText();
            dialog->reject();
        });
        QTest::mouseClick(m_pane->readmeButton(), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
    }
    QVERIFY2(
        diff.contains(QStringLiteral("+ - 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)")),
        qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+   - 中文描述")));
    QCOMPARE(test::readBytes(readmePath), readme); // cancelled: untouched
    {
        ModalHandler<CompareDialog> accept([](CompareDialog *dialog) { dialog->accept(); });
        QSignalSpy messages(m_pane, &PublishPane::message);
        QTest::mouseClick(m_pane->readmeButton(), Qt::LeftButton);
        QCOMPARE(accept.count(), 1);
        QCOMPARE(messages.count(), 1);
    }
    QCOMPARE(
        test::readBytes(readmePath),
        QByteArray(
            "# Python 潮流周刊\r\n\r\n- 第 120 期：[中文主题](./docs/2026-11-21-weekly.md)\r\n"
            "  - 中文描述\r\n- 第 119 期：[旧的](./docs/2026-11-14-weekly.md)\r\n  - 上期\r\n"));
    // Again: already listed, nothing to ask or write.
    ModalHandler<CompareDialog> none([](CompareDialog *dialog) { dialog->reject(); });
    QSignalSpy messages(m_pane, &PublishPane::message);
    QTest::mouseClick(m_pane->readmeButton(), Qt::LeftButton);
    QCOMPARE(none.count(), 0);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("already lists")));
}

void TestPublishPane::copyForWechatFromTheEditMenu() {
    DocumentManager documents;
    QPointer<MainWindow> window = documents.open(m_issuePath);
    QVERIFY(window);
    QAction *copy = findAction(window, QStringLiteral("Copy for &WeChat"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data->hasHtml());
    QVERIFY(data->hasText());
    const QString html = data->html();
    // The Chinese edition, inline styles only, references at the end.
    QVERIFY2(html.startsWith(QStringLiteral("<h2 style=\"")), qPrintable(html.left(200)));
    QVERIFY(html.contains(
        QStringLiteral("1、标题一<sup style=\"font-size:12px;color:#3776ab;\">[1]</sup>")));
    QVERIFY(html.contains(QStringLiteral(">参考资料</h3>")));
    QVERIFY(
        html.contains(QStringLiteral("[3] ruff：检查器: https://github.com/astral-sh/ruff</p>")));
    QVERIFY(!html.contains(QStringLiteral("class=")));
    QVERIFY(!html.contains(QStringLiteral("English")));
    const QString text = data->text();
    QVERIFY2(text.startsWith(QStringLiteral("🦄文章&教程\n1、标题一[1]\n描述一\n")),
             qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral("[3] ruff：检查器: https://github.com/astral-sh/ruff\n")));
    QVERIFY(!text.contains(u'<'));
    // The Publish view is a side pane of the window, hidden at first, shown by its toggle.
    auto *pane = window->findChild<PublishPane *>();
    QVERIFY(pane);
    QVERIFY(!pane->isVisible());
    QAction *toggle = findAction(window, QStringLiteral("Publish"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    toggle->trigger();
    QVERIFY(pane->isVisible());
    pane->setChannel(PublishChannel::Wechat);
    QCOMPARE(pane->output(), html);
    delete window;
}

QTEST_MAIN(TestPublishPane)
#include "tst_publishpane.moc"
