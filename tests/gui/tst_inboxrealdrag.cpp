// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A link dragged from the Inbox pane into a section of the outline with a real mouse in a real
// window (xdotool moves the X server's pointer; Qt runs its own drag from the inbox's list to
// the outline). Run through run-under-xvfb.sh; the page comes from a local HTTP server.
#include "documentmanager.h"
#include "inboxcontroller.h"
#include "inboxpane.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "linkinbox.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "pointerdrag.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace wc;

class TestInboxRealDrag : public QObject {
    Q_OBJECT
private slots:
    void dragALinkFromTheInboxIntoASection() {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs a real X server (run through run-under-xvfb.sh)");
        test::LocalHttpServer server;
        server.route("/post",
                     {200,
                      "OK",
                      {{"Content-Type", "text/html; charset=utf-8"}},
                      "<meta property=\"og:title\" content=\"拖进来的文章\">"
                      "<meta property=\"og:description\" content=\"从收件箱拖到栏目。\">"});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        QVERIFY(QFile::copy(test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        DocumentManager documents;
        MainWindow window(&documents);
        QVERIFY(window.openFile(path));
        window.setGeometry(40, 40, 1400, 900);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inbox"));
        QVERIFY(dock);
        if (dock->isHidden())
            dock->toggleViewAction()->trigger();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *controller = window.findChild<InboxController *>();
        QApplication::clipboard()->setText(server.url("/post"));
        controller->pane()->pasteClipboard();
        QTRY_COMPARE_WITH_TIMEOUT(controller->inbox()->busyCount(), 0, 20000);
        QCOMPARE(controller->inbox()->linkAt(0).link.title, QStringLiteral("拖进来的文章"));
        QTest::qWait(300);

        IssueSession *session = window.editor()->session();
        const QByteArray before = session->fileBytes();
        const qsizetype count = session->document().sections()[1].items.size();
        QListView *list = controller->pane()->list();
        QTreeView *outline = window.editor()->outlineView();
        const QRect source = list->visualRect(controller->inbox()->index(0));
        const QRect target = outline->visualRect(
            window.editor()->outlineModel()->indexFor({OutlineNode::Kind::Section, 1, -1}));
        QVERIFY(source.isValid() && target.isValid());
        const QPoint from = list->viewport()->mapToGlobal(source.center());
        const QPoint to = outline->viewport()->mapToGlobal(target.center());
        const QString dragged = test::dragWithPointer(from, to, 12);
        QVERIFY2(dragged.isEmpty(), qPrintable(dragged));
        QTRY_COMPARE_WITH_TIMEOUT(session->document().sections()[1].items.size(), count + 1, 5000);

        const IssueDocument &doc = session->document();
        const ItemNode &item = doc.sections()[1].items.last();
        QCOMPARE(doc.text().mid(item.begin, item.end - item.begin).trimmed(),
                 QStringLiteral("%1、[拖进来的文章](%2)\n\n从收件箱拖到栏目。")
                     .arg(count + 1)
                     .arg(server.url("/post")));
        QCOMPARE(controller->inbox()->rowCount(), 0);
        // One undo: the file's bytes as they were, and the link back in the inbox.
        session->textDocument()->undo();
        QCOMPARE(session->fileBytes(), before);
        QCOMPARE(controller->inbox()->rowCount(), 1);
        session->textDocument()->setModified(false);
    }
};

QTEST_MAIN(TestInboxRealDrag)
#include "tst_inboxrealdrag.moc"
