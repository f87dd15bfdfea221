// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop at the model level (mimeData / dropMimeData, as a view calls them): each drop
// gives the exact expected text, and one undo gives back the original bytes.
#include "issueeditor.h"
#include "issuesession.h"
#include "outlinemodel.h"
#include "testsupport.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>

using namespace wc;

namespace {

// The sample, built from pieces so each expected text reads as a rearrangement of them.
QString itemA(const QString &number) {
    return number + "[A](https://a.org)\n\n描述 A\n\n![](https://img.org/a.png)\n";
}
QString itemB(const QString &number) {
    return number + "[B](https://b.org)\n\n描述 B\n";
}
QString itemC(const QString &number) {
    return number + "[C](https://c.org)\n\n描述 C\n";
}
QString itemP(const QString &number) {
    return number + "[P](https://p.org)\n\n描述 P\n";
}
QString itemQ(const QString &number) {
    return number + "[Q](https://q.org)\n";
}

const QString head = QStringLiteral("---\ntitle: 'Python 潮流周刊#7：拖放'\n---\n\n");
QString articles(const QStringList &items) {
    return "## 🦄文章&教程\n\n" + items.join(u'\n') + u'\n';
}
QString projects(const QStringList &items) {
    return "## 🐿️项目&资源\n\n" + items.join(u'\n') + (items.isEmpty() ? "" : "\n") +
           "🎁 赠书\n\n";
}
const QString subscribe = QStringLiteral("## 🐱欢迎订阅\n\n订阅\n");

QString original() {
    return head + articles({itemA("1、"), itemB("2、"), itemC("3、")}) +
           projects({itemP("1. "), itemQ("2. ")}) + subscribe;
}

} // namespace

class TestOutlineDnd : public QObject {
    Q_OBJECT
private:
    IssueEditor *m_editor = nullptr;
    OutlineModel *model() const { return m_editor->outlineModel(); }
    QModelIndex item(int section, int item) const {
        return model()->indexFor({OutlineNode::Kind::Item, section, item});
    }
    QModelIndex section(int s) const {
        return model()->indexFor({OutlineNode::Kind::Section, s, -1});
    }

    // Drags `from` and drops it at (row, parent) exactly as QAbstractItemView does.
    bool drag(const QModelIndexList &from, int row, const QModelIndex &parent) {
        std::unique_ptr<QMimeData> data(model()->mimeData(from));
        if (!data || !model()->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent))
            return false;
        return model()->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
    }

    void verifyResultAndUndo(const QString &expected) {
        if (m_editor->session()->currentText() != expected)
            qWarning().noquote() << "actual:\n"
                                 << m_editor->session()->currentText() << "\nexpected:\n"
                                 << expected;
        QCOMPARE(m_editor->session()->currentText(), expected);
        // The outline shows what the text says.
        const IssueDocument reparsed = IssueDocument::parse(expected);
        QCOMPARE(model()->rowCount(section(0)), reparsed.sections()[0].items.size());
        // One drop, one undo step.
        m_editor->session()->textDocument()->undo();
        QCOMPARE(m_editor->session()->currentText(), original());
        QVERIFY(!m_editor->session()->textDocument()->isUndoAvailable());
    }

private slots:
    void init() {
        m_editor = new IssueEditor;
        m_editor->session()->setContents(original(), QString(), QStringLiteral("\n"), false);
        QCOMPARE(model()->rowCount(section(0)), 3);
    }
    void cleanup() {
        delete m_editor;
        m_editor = nullptr;
    }

    void withinSectionDown() {
        QVERIFY(drag({item(0, 0)}, 3, section(0)));
        verifyResultAndUndo(head + articles({itemB("1、"), itemC("2、"), itemA("3、")}) +
                            projects({itemP("1. "), itemQ("2. ")}) + subscribe);
    }

    void withinSectionUp() {
        QVERIFY(drag({item(0, 2)}, 1, section(0)));
        verifyResultAndUndo(head + articles({itemA("1、"), itemC("2、"), itemB("3、")}) +
                            projects({itemP("1. "), itemQ("2. ")}) + subscribe);
        QCOMPARE(m_editor->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 0, 1}));
    }

    void acrossSectionsTakesTheTargetSeparator() {
        QVERIFY(drag({item(0, 1)}, 1, section(1)));
        verifyResultAndUndo(head + articles({itemA("1、"), itemC("2、")}) +
                            projects({itemP("1. "), itemB("2. "), itemQ("3. ")}) + subscribe);
    }

    void severalItems() {
        QVERIFY(drag({item(0, 0), item(0, 2)}, 2, section(1)));
        QCOMPARE(m_editor->selectedNodes(), (QList<OutlineNode>{{OutlineNode::Kind::Item, 1, 2},
                                                                {OutlineNode::Kind::Item, 1, 3}}));
        verifyResultAndUndo(head + articles({itemB("1、")}) +
                            projects({itemP("1. "), itemQ("2. "), itemA("3. "), itemC("4. ")}) +
                            subscribe);
    }

    void droppingOntoASectionAppends() {
        QVERIFY(drag({item(1, 0)}, -1, section(0)));
        verifyResultAndUndo(head +
                            articles({itemA("1、"), itemB("2、"), itemC("3、"), itemP("4、")}) +
                            projects({itemQ("1. ")}) + subscribe);
    }

    void droppingOntoAnItemTakesItsPlace() {
        QVERIFY(drag({item(1, 1)}, -1, item(0, 0)));
        verifyResultAndUndo(head +
                            articles({itemQ("1、"), itemA("2、"), itemB("3、"), itemC("4、")}) +
                            projects({itemP("1. ")}) + subscribe);
    }

    void droppingBetweenSectionsAppendsToTheOneAbove() {
        const int rowOfSubscribe = section(2).row();
        QVERIFY(drag({item(0, 0)}, rowOfSubscribe, QModelIndex()));
        verifyResultAndUndo(head + articles({itemB("1、"), itemC("2、")}) +
                            projects({itemP("1. "), itemQ("2. "), itemA("3. ")}) + subscribe);
    }

    void movingASection() {
        QVERIFY(drag({section(1)}, section(0).row(), QModelIndex()));
        verifyResultAndUndo(head + projects({itemP("1. "), itemQ("2. ")}) +
                            articles({itemA("1、"), itemB("2、"), itemC("3、")}) + subscribe);
    }

    void droppingAUrlFromOutside() {
        QMimeData data;
        data.setUrls({QUrl(QStringLiteral("https://example.org/x/"))});
        QVERIFY(model()->canDropMimeData(&data, Qt::CopyAction, 2, 0, section(1)));
        QVERIFY(model()->dropMimeData(&data, Qt::CopyAction, 2, 0, section(1)));
        verifyResultAndUndo(
            head + articles({itemA("1、"), itemB("2、"), itemC("3、")}) +
            projects({itemP("1. "), itemQ("2. "), "3. [example.org/x](https://example.org/x/)\n"}) +
            subscribe);
    }

    void droppingPlainTextThatIsAUrl() {
        QMimeData data;
        data.setText(QStringLiteral("  https://example.org/y  "));
        QVERIFY(model()->dropMimeData(&data, Qt::CopyAction, 0, 0, section(0)));
        verifyResultAndUndo(head +
                            articles({"1、[example.org/y](https://example.org/y)\n", itemA("2、"),
                                      itemB("3、"), itemC("4、")}) +
                            projects({itemP("1. "), itemQ("2. ")}) + subscribe);
        QMimeData prose;
        prose.setText(QStringLiteral("not a link"));
        QVERIFY(!model()->canDropMimeData(&prose, Qt::CopyAction, 0, 0, section(0)));
    }

    void droppingAMarkdownFileOpensIt() {
        QSignalSpy opened(m_editor, &IssueEditor::openRequested);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/2026-01-01-weekly.md"))});
        QVERIFY(model()->dropMimeData(&data, Qt::CopyAction, -1, 0, section(0)));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toStringList(), QStringList{"/tmp/2026-01-01-weekly.md"});
        QCOMPARE(m_editor->session()->currentText(), original());
    }

    void nodesFromAnotherWindowAreRefused() {
        IssueEditor other;
        other.session()->setContents(original(), QString(), QStringLiteral("\n"), false);
        std::unique_ptr<QMimeData> data(other.outlineModel()->mimeData(
            {other.outlineModel()->indexFor({OutlineNode::Kind::Item, 0, 0})}));
        QVERIFY(!model()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, section(1)));
        QVERIFY(!model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, section(1)));
        QCOMPARE(m_editor->session()->currentText(), original());
    }

    void keyboardMoves() {
        m_editor->selectNode({OutlineNode::Kind::Item, 0, 2});
        m_editor->moveItemDown(); // past the end: the first item of the next section
        QCOMPARE(m_editor->session()->currentText(),
                 head + articles({itemA("1、"), itemB("2、")}) +
                     projects({itemC("1. "), itemP("2. "), itemQ("3. ")}) + subscribe);
        QCOMPARE(m_editor->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 1, 0}));
        m_editor->moveItemUp(); // and back
        QCOMPARE(m_editor->session()->currentText(), original());
        m_editor->moveItemUp();
        QCOMPARE(m_editor->currentNode(), (OutlineNode{OutlineNode::Kind::Item, 0, 1}));
        m_editor->moveSelectedItemsToSection(1);
        QCOMPARE(m_editor->session()->document().sections()[1].items.size(), 3);
        m_editor->selectNode({OutlineNode::Kind::Section, 1, -1});
        m_editor->moveSectionUp();
        QCOMPARE(m_editor->currentNode(), (OutlineNode{OutlineNode::Kind::Section, 0, -1}));
        QCOMPARE(m_editor->session()->document().sectionLabel(
                     m_editor->session()->document().sections()[0]),
                 QStringLiteral("🐿️项目&资源"));
    }
};

QTEST_MAIN(TestOutlineDnd)
#include "tst_outlinednd.moc"
