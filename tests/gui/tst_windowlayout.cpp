// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the screen it opens on (issue 16), run once on a 1366×768 screen and once on a
// 2880×1800 screen at scale 2 (the offscreen platform with a screen of that size, see
// tests/gui/screens): every pane inside the screen, remembered geometry brought back inside,
// pane toggles and zoom kept across a restart, the layouts and the zoom shortcuts.
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "testsupport.h"
#include "viewactions.h"
#include "viewsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace wc;

namespace {

QRect globalRect(const QWidget *widget) {
    return {widget->mapToGlobal(QPoint()), widget->size()};
}

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
private:
    DocumentManager m_documents;
    MainWindow *m_window = nullptr;

    MainWindow *openWindow() {
        m_window = new MainWindow(&m_documents);
        if (!m_window->openFile(test::sampleFile(QStringLiteral("2026-11-21-weekly.md"))))
            return nullptr;
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window))
            return nullptr;
        return m_window;
    }
    void closeWindow() {
        m_window->close(); // stores the view settings, as quitting does
        delete m_window;
        m_window = nullptr;
    }
    QWidget *pane(IssueEditor::Pane which) const { return m_window->editor()->pane(which); }
    QList<bool> panesShown() const {
        QList<bool> shown;
        for (auto which : {IssueEditor::Pane::Outline, IssueEditor::Pane::Form,
                           IssueEditor::Pane::Source, IssueEditor::Pane::Preview})
            shown << !pane(which)->isHidden();
        return shown;
    }

private slots:
    void initTestCase() {
        // The screen the test was started for (run by CTest with a screen configuration).
        const QByteArray expected = qgetenv("WC_EXPECT_SCREEN"); // e.g. 1366x768@1
        if (expected.isEmpty())
            QSKIP("WC_EXPECT_SCREEN is not set: run through CTest, which sets the screen");
        QScreen *screen = QGuiApplication::primaryScreen();
        const QString actual = QStringLiteral("%1x%2@%3")
                                   .arg(screen->geometry().width() * screen->devicePixelRatio())
                                   .arg(screen->geometry().height() * screen->devicePixelRatio())
                                   .arg(screen->devicePixelRatio());
        QCOMPARE(actual, QString::fromLatin1(expected));
    }
    void init() { QSettings().clear(); }
    void cleanup() {
        if (m_window) {
            m_window->editor()->session()->textDocument()->setModified(false);
            delete m_window;
            m_window = nullptr;
        }
    }

    void firstWindowFitsTheScreen() {
        QVERIFY(openWindow());
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4 on %5×%6")
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
        // Most of the screen, not a small window in its middle.
        QVERIFY(m_window->width() >= available.width() * 8 / 10);
        QVERIFY(m_window->height() >= available.height() * 8 / 10);
        QList<QWidget *> parts{m_window->menuBar(), m_window->toolBar(), m_window->statusBar()};
        for (auto which : {IssueEditor::Pane::Outline, IssueEditor::Pane::Form,
                           IssueEditor::Pane::Source, IssueEditor::Pane::Preview})
            parts << pane(which);
        for (QWidget *part : parts) {
            QVERIFY(part->isVisible());
            QVERIFY2(available.contains(globalRect(part)),
                     qPrintable(part->metaObject()->className()));
            QVERIFY2(
                m_window->rect().contains(QRect(part->mapTo(m_window, QPoint()), part->size())),
                qPrintable(part->metaObject()->className()));
        }
        // Each pane has room to be used: none squeezed to a sliver.
        for (auto which : {IssueEditor::Pane::Outline, IssueEditor::Pane::Form,
                           IssueEditor::Pane::Source, IssueEditor::Pane::Preview})
            QVERIFY2(pane(which)->width() >= 180,
                     qPrintable(QString::number(pane(which)->width())));
        // The status bar's counts and cursor position are on screen.
        for (QWidget *label :
             m_window->statusBar()->findChildren<QWidget *>(QStringLiteral("statusPosition")))
            QVERIFY(available.contains(globalRect(label)));
    }

    void rememberedGeometryIsBroughtInside() {
        // A geometry saved on a larger screen, partly off this one.
        QVERIFY(openWindow());
        const QRect available = m_window->screen()->availableGeometry();
        m_window->setGeometry(available.x() + available.width() / 2,
                              available.y() + available.height() / 2, available.width() + 600,
                              available.height() + 400);
        QTest::qWait(50);
        closeWindow();
        QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());

        QVERIFY(openWindow());
        QVERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())));
        QVERIFY(available.contains(globalRect(m_window->statusBar())));
    }

    void paneTogglesAndZoomKeptAcrossARestart() {
        QVERIFY(openWindow());
        QCOMPARE(panesShown(), (QList<bool>{true, true, true, true}));
        ViewActions *view = m_window->viewActions();
        view->paneAction(ViewSettings::Form)->trigger();
        view->paneAction(ViewSettings::Source)->trigger();
        QCOMPARE(panesShown(), (QList<bool>{true, false, false, true}));
        view->zoomInAction()->trigger();
        view->zoomInAction()->trigger();
        m_window->toolBar()->toggleViewAction()->trigger();
        QVERIFY(m_window->toolBar()->isHidden());
        closeWindow();
        QSettings().sync(); // on disk, where the next start reads it

        QVERIFY(openWindow());
        view = m_window->viewActions();
        QCOMPARE(panesShown(), (QList<bool>{true, false, false, true}));
        QVERIFY(!view->paneAction(ViewSettings::Source)->isChecked());
        QVERIFY(view->paneAction(ViewSettings::Preview)->isChecked());
        QCOMPARE(view->zoomSteps(), 2);
        QCOMPARE(m_window->preview()->zoomFactor(), 1.2);
        QVERIFY(m_window->toolBar()->isHidden());
        // What is shown still fits the screen.
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY(available.contains(globalRect(pane(IssueEditor::Pane::Preview))));
    }

    void sidePanesStartHiddenAndAreKeptAcrossARestart() {
        QVERIFY(openWindow());
        QMenu *menu = m_window->sidePanesMenu();
        // Shown exactly when it has a pane (the application's own, such as Checks, come first).
        QCOMPARE(menu->menuAction()->isVisible(), !menu->actions().isEmpty());
        const qsizetype ownPanes = menu->actions().size();
        auto addPanes = [this] {
            QDockWidget *shown =
                m_window->addSidePane(new QLabel(QStringLiteral("一")), QStringLiteral("testShown"),
                                      QStringLiteral("Shown"), Qt::RightDockWidgetArea,
                                      QKeySequence(Qt::ALT | Qt::Key_F9));
            QDockWidget *hidden = m_window->addSidePane(
                new QLabel(QStringLiteral("二")), QStringLiteral("testHidden"),
                QStringLiteral("Hidden"), Qt::RightDockWidgetArea);
            return std::pair{shown, hidden};
        };
        auto [shown, hidden] = addPanes();
        QVERIFY(menu->menuAction()->isVisible());
        QCOMPARE(menu->actions().size(), ownPanes + 2);
        QVERIFY(shown->isHidden());
        QVERIFY(hidden->isHidden());
        QTest::keyClick(m_window, Qt::Key_F9, Qt::AltModifier);
        QVERIFY(shown->isVisible());
        m_window->addDockWidget(Qt::LeftDockWidgetArea, shown); // as dragging it there does
        closeWindow();
        QSettings().sync();

        QVERIFY(openWindow());
        std::tie(shown, hidden) = addPanes();
        QVERIFY(shown->isVisible());
        QCOMPARE(m_window->dockWidgetArea(shown), Qt::LeftDockWidgetArea);
        QVERIFY(hidden->isHidden());
        QVERIFY(shown->toggleViewAction()->isChecked());
        QVERIFY(!hidden->toggleViewAction()->isChecked());
        QVERIFY(m_window->screen()->availableGeometry().contains(globalRect(shown)));
    }

    void theLastPaneCannotBeHidden() {
        QVERIFY(openWindow());
        ViewActions *view = m_window->viewActions();
        for (auto which : {ViewSettings::Outline, ViewSettings::Form, ViewSettings::Source})
            view->paneAction(which)->trigger();
        view->paneAction(ViewSettings::Preview)->trigger();
        QCOMPARE(panesShown(), (QList<bool>{false, false, false, true}));
        QVERIFY(view->paneAction(ViewSettings::Preview)->isChecked());
    }

    void oneShortcutGoesRoundTheLayouts() {
        QVERIFY(openWindow());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        const QKeySequence next(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
        QCOMPARE(m_window->viewActions()->layout(), ViewActions::Layout::All);
        QTest::keySequence(m_window, next);
        QCOMPARE(panesShown(), (QList<bool>{true, true, false, true})); // write
        QTest::keySequence(m_window, next);
        QCOMPARE(panesShown(), (QList<bool>{false, false, true, true})); // proofread
        QTest::keySequence(m_window, next);
        QCOMPARE(panesShown(), (QList<bool>{true, true, true, true})); // all
        const QRect available = m_window->screen()->availableGeometry();
        for (auto which : {IssueEditor::Pane::Outline, IssueEditor::Pane::Form,
                           IssueEditor::Pane::Source, IssueEditor::Pane::Preview})
            QVERIFY(available.contains(globalRect(pane(which))));
    }

    void zoomShortcutsActOnSourceAndPreview() {
        QVERIFY(openWindow());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        SourceEditor *source = m_window->editor()->sourceEditor();
        source->setFocus();
        const qreal base = source->font().pointSizeF();
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QCOMPARE(source->font().pointSizeF(), base + 1);
        QCOMPARE(m_window->preview()->zoomFactor(), 1.1);
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Equal)); // Ctrl+= as well
        QCOMPARE(source->font().pointSizeF(), base + 2);
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QCOMPARE(source->font().pointSizeF(), base + 1);
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(source->font().pointSizeF(), base);
        QCOMPARE(m_window->preview()->zoomFactor(), 1.0);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
