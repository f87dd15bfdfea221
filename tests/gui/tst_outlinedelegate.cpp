// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The outline's rows as drawn (OutlineDelegate): an item's marks (🖼, ⭐ and its stars) stay in
// view after its title, which is elided before them, in a narrow outline and a wide one.

#include "issuedocument.h"
#include "outlinedelegate.h"
#include "outlinemodel.h"

#include <QApplication>
#include <QTest>
#include <QTreeView>

using namespace wc;

namespace {

const QString issue = QStringLiteral(
    "# 第 1 期\n\n## 🦄文章&教程\n\n"
    "1、[一个很长很长的标题，长到窄的大纲里放不下它的全部文字](https://example.org/a)\n\n"
    "说明。（star 18.5K）\n\n"
    "2、[短](https://example.org/b)\n\n没有星标。\n");

// Noto Color Emoji's star is yellow: many strongly yellow pixels, and the text is grey.
bool isStarYellow(const QColor &c) {
    return c.red() > 200 && c.green() > 150 && c.blue() < 110;
}

// The item row whose text starts with `prefix`, under any top-level row.
QModelIndex itemRow(const OutlineModel &model, const QString &prefix) {
    for (int top = 0; top < model.rowCount(); ++top) {
        const QModelIndex parent = model.index(top, 0);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex at = model.index(row, 0, parent);
            if (at.data().toString().startsWith(prefix))
                return at;
        }
    }
    return {};
}

int yellowPixels(const QImage &image, const QRect &area) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            count += isStarYellow(image.pixelColor(x, y)) ? 1 : 0;
    return count;
}

} // namespace

class OutlineDelegateTest : public QObject {
    Q_OBJECT

private slots:
    void marksStayInViewAfterAnElidedTitle_data() {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 220;
        QTest::newRow("wide") << 900;
    }

    void marksStayInViewAfterAnElidedTitle() {
        QFETCH(int, width);
        OutlineModel model;
        model.setDocument(IssueDocument::parse(issue));
        QTreeView view;
        view.setHeaderHidden(true);
        view.setModel(&model);
        view.setItemDelegate(new OutlineDelegate(&view));
        view.expandAll();
        view.resize(width, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QModelIndex starred = itemRow(model, QStringLiteral("1、"));
        QVERIFY(starred.isValid());
        QCOMPARE(starred.data(OutlineModel::MarksRole).toString(), QStringLiteral("⭐18.5K"));
        QVERIFY(starred.data().toString().endsWith(QStringLiteral("  ⭐18.5K")));
        const QModelIndex plain = itemRow(model, QStringLiteral("2、"));
        QVERIFY(plain.isValid());
        QVERIFY(plain.data(OutlineModel::MarksRole).toString().isEmpty());

        const QImage shown = view.viewport()->grab().toImage();
        const qreal ratio = shown.devicePixelRatio();
        const auto inImage = [&](const QRect &rect) {
            return QRect((rect.topLeft() * ratio), (rect.size() * ratio)) & shown.rect();
        };
        const QRect row = inImage(view.visualRect(starred));
        QVERIFY2(yellowPixels(shown, row) > 10, "the star of the starred item is not drawn");
        QCOMPARE(yellowPixels(shown, inImage(view.visualRect(plain))), 0);
        if (width < 400) {
            // The title gives way: the star sits at the row's end, the title's text before it.
            const QRect leftHalf(row.left(), row.top(), row.width() / 2, row.height());
            QCOMPARE(yellowPixels(shown, leftHalf), 0);
        }
    }
};

QTEST_MAIN(OutlineDelegateTest)
#include "tst_outlinedelegate.moc"
