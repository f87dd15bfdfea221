// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The filter box above the outline (issue 16): typing filters the items by title, URL and
// description; Enter selects the first match; Esc clears. Rows are hidden in the view, so
// selection and drag and drop still act on the model's own rows.
#include "editorwindow.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "outlinefilter.h"
#include "outlinemodel.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QLineEdit>
#include <QMimeData>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace wc;

namespace {

const QString sample = QStringLiteral(
    "---\ntitle: 'Python 潮流周刊#8：过滤'\npubDate: 2026-12-06\n---\n\n"
    "## 🦄文章&教程\n\n"
    "1、[异步编程入门](https://a.org/async)\n\n讲解 asyncio 的事件循环。\n\n"
    "2、[类型检查](https://b.org/types)\n\n介绍 mypy 与 pyright。\n\n"
    "3、[打包指南](https://c.org/packaging)\n\n从 setup.py 到 pyproject。\n\n"
    "## 🐿️项目&资源\n\n"
    "1、[uv：极快的包管理器](https://github.com/astral-sh/uv)\n\n用 Rust 写的 pip 替代品。\n\n"
    "2、[ruff](https://github.com/astral-sh/ruff)\n\n同样极快的 linter。\n\n");

OutlineNode item(int section, int index) {
    return test::itemNode(section, index);
}
OutlineNode section(int index) {
    return test::sectionNode(index);
}

} // namespace

class TestOutlineFilter : public QObject {
    Q_OBJECT
private:
    QWidget *m_window = nullptr;
    IssueEditor *m_editor = nullptr;

    OutlineFilter *filter() const { return m_editor->outlineFilter(); }
    QTreeView *outline() const { return m_editor->outlineView(); }
    void typeFilter(const QString &words) {
        filter()->setFocus();
        filter()->selectAll();
        test::typeText(filter(), words);
    }

private slots:
    void init() {
        m_window = new QWidget;
        m_editor = test::editorIn(m_window);
        m_window->resize(1366, 740);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_editor->session()->setContents(sample, QString(), QStringLiteral("\n"), false);
    }
    void cleanup() {
        delete m_window;
        m_window = nullptr;
    }

    void filtersByTitleUrlAndDescription() {
        QVERIFY(filter()->isVisible());
        const int all = int(filter()->shownNodes().size());
        QCOMPARE(all, 1 + 2 + 5);           // the front matter, the sections, the items
        typeFilter(QStringLiteral("类型")); // a title
        QCOMPARE(filter()->shownNodes(), (QList<OutlineNode>{section(0), item(0, 1)}));
        typeFilter(QStringLiteral("astral-sh")); // URLs
        QCOMPARE(filter()->shownNodes(), (QList<OutlineNode>{section(1), item(1, 0), item(1, 1)}));
        typeFilter(QStringLiteral("ASYNCIO")); // a description, any case
        QCOMPARE(filter()->shownNodes(), (QList<OutlineNode>{section(0), item(0, 0)}));
        typeFilter(QStringLiteral("极快 linter")); // every word, anywhere
        QCOMPARE(filter()->shownNodes(), (QList<OutlineNode>{section(1), item(1, 1)}));
        typeFilter(QStringLiteral("nothing-like-this"));
        QVERIFY(filter()->shownNodes().isEmpty());
    }

    void enterSelectsTheFirstMatchAndEscClears() {
        typeFilter(QStringLiteral("极快"));
        QTest::keyClick(filter(), Qt::Key_Return);
        QCOMPARE(m_editor->currentNode(), item(1, 0));
        QVERIFY(outline()->hasFocus());
        QCOMPARE(m_editor->formPanel()->node(), item(1, 0)); // the form follows
        // Down goes to the next shown row, past the hidden ones.
        QTest::keyClick(outline(), Qt::Key_Down);
        QCOMPARE(m_editor->currentNode(), item(1, 1));

        filter()->setFocus();
        QTest::keyClick(filter(), Qt::Key_Escape);
        QVERIFY(filter()->text().isEmpty());
        QCOMPARE(filter()->shownNodes().size(), 8);
        // The selection made through the filter stays.
        QCOMPARE(m_editor->currentNode(), item(1, 1));
    }

    void newRowsAreFilteredToo() {
        typeFilter(QStringLiteral("pyright"));
        QCOMPARE(filter()->shownNodes(), (QList<OutlineNode>{section(0), item(0, 1)}));
        // An item typed into the source that matches shows; the text it joins stays filtered.
        QTextCursor end(m_editor->session()->textDocument());
        end.movePosition(QTextCursor::End);
        m_editor->sourceEditor()->setTextCursor(end);
        m_editor->sourceEditor()->setFocus();
        test::typeText(m_editor->sourceEditor(),
                       QStringLiteral("\n3、[pyright 插件](https://d.org)\n\n插件。\n"));
        QTRY_COMPARE(filter()->shownNodes(),
                     (QList<OutlineNode>{section(0), item(0, 1), section(1), item(1, 2)}));
    }

    void dragAndDropWorksOnFilteredRows() {
        typeFilter(QStringLiteral("astral-sh"));
        OutlineModel *model = m_editor->outlineModel();
        // Drag ruff (shown) before uv (shown), as the view would through the model.
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexFor(item(1, 1))}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, model->indexFor(section(1))));
        const QString text = m_editor->session()->currentText();
        QVERIFY(text.indexOf(QStringLiteral("[ruff]")) < text.indexOf(QStringLiteral("[uv：")));
        QVERIFY(text.contains(QStringLiteral("1、[ruff]")));
        QVERIFY(text.contains(QStringLiteral("2、[uv：")));
        // Still filtered, the moved rows still shown and selected where they went.
        QTRY_COMPARE(filter()->shownNodes(),
                     (QList<OutlineNode>{section(1), item(1, 0), item(1, 1)}));
        QCOMPARE(m_editor->currentNode(), item(1, 0));
    }

    void enterInTheOutlineFocusesTheForm() {
        m_editor->selectNode(item(0, 2));
        outline()->setFocus();
        QTest::keyClick(outline(), Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(m_editor->formPanel()->isAncestorOf(focus));
        QCOMPARE(qobject_cast<QLineEdit *>(focus)->text(), QStringLiteral("打包指南"));
    }
};

QTEST_MAIN(TestOutlineFilter)
#include "tst_outlinefilter.moc"
