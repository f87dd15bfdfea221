// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop with a real mouse in a real window: xdotool moves the X server's pointer,
// Qt sees genuine button and motion events and runs its own drag. Run through
// run-under-xvfb.sh (see tests/gui/CMakeLists.txt).
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "pointerdrag.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>

using namespace wc;

namespace {

QStringList titles(const IssueDocument &doc, int section) {
    QStringList list;
    for (const ItemNode &item : doc.sections()[section].items)
        list << item.title.in(doc.text()).toString();
    return list;
}

} // namespace

class TestRealDrag : public QObject {
    Q_OBJECT
private slots:
    void dragAnItemToAnotherSectionWithTheMouse() {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs a real X server (run through run-under-xvfb.sh)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        QVERIFY(QFile::copy(test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        DocumentManager documents;
        MainWindow window(&documents);
        QVERIFY(window.openFile(path));
        window.setGeometry(40, 40, 1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::qWait(300);

        QTreeView *outline = window.editor()->outlineView();
        OutlineModel *model = window.editor()->outlineModel();
        const QStringList articles = titles(window.editor()->session()->document(), 0);
        const QStringList projects = titles(window.editor()->session()->document(), 1);
        // From the first article to the middle of the "projects" section row (drop onto it).
        const QRect source = outline->visualRect(model->indexFor({OutlineNode::Kind::Item, 0, 0}));
        const QRect target =
            outline->visualRect(model->indexFor({OutlineNode::Kind::Section, 1, -1}));
        QVERIFY(source.isValid() && target.isValid());
        const QPoint from = outline->viewport()->mapToGlobal(source.center());
        const QPoint to = outline->viewport()->mapToGlobal(target.center());

        const QString dragged = test::dragWithPointer(from, to, 10);
        QVERIFY2(dragged.isEmpty(), qPrintable(dragged));
        QTRY_COMPARE_WITH_TIMEOUT(titles(window.editor()->session()->document(), 1).size(),
                                  projects.size() + 1, 5000);

        const IssueDocument &doc = window.editor()->session()->document();
        QCOMPARE(titles(doc, 0), articles.mid(1));
        QCOMPARE(titles(doc, 1), projects + QStringList{articles.first()});
        QVERIFY(window.save());
        const QString saved = QString::fromUtf8(test::readBytes(path));
        QVERIFY(saved.contains(QStringLiteral("\n1、[一周学会 asyncio 的取消语义]")));
        QVERIFY(saved.contains(QStringLiteral(
            "\n4、[用 Rust "
            "重写的工具还能快多少？](https://example.org/posts/rust-rewrite)\n\n作者对比了五个")));
        QVERIFY(saved.indexOf(QStringLiteral("4、[用 Rust")) >
                saved.indexOf(QStringLiteral("3、[pdf2md")));
        // One undo restores the file as it was.
        window.editor()->session()->textDocument()->undo();
        QCOMPARE(window.editor()->session()->fileBytes(),
                 test::readBytes(test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))));
        window.editor()->session()->textDocument()->setModified(false);
    }
};

QTEST_MAIN(TestRealDrag)
#include "tst_realdrag.moc"
