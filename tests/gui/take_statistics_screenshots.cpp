// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of issue 15's window parts, for looking at (run on demand):
//   take_statistics_screenshots ISSUE.md OUTPUT_DIR
// opens ISSUE.md with the Chinese interface, shows the Statistics side pane and the first item's
// form, and writes for the light and the dark theme OUTPUT_DIR/statistics-{light,dark}.png (the
// window), statusbar-*.png, statistics-pane-*.png and item-form-*.png.
#include "appearance.h"
#include "documentmanager.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "outlinenode.h"
#include "screenshottool.h"
#include "statisticspane.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

int main(int argc, char *argv[]) {
    wc::test::useScreenshotScreen();
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: take_statistics_screenshots ISSUE.md OUTPUT_DIR");
        return 2;
    }
    const QString issue = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QTranslator chinese;
    if (!wc::test::startScreenshots(chinese))
        return 1;
    wc::DocumentManager documents;
    for (const auto theme : {wc::appearance::Theme::Light, wc::appearance::Theme::Dark}) {
        wc::appearance::applyTheme(wc::appearance::Theme::Light);
        auto *window = new wc::MainWindow(&documents);
        if (!window->openFile(issue))
            return 1;
        window->resize(1700, 950);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return 1;
        wc::appearance::applyTheme(theme);
        if (auto *dock = qobject_cast<QDockWidget *>(window->statisticsPane()->parentWidget()))
            dock->show();
        window->editor()->selectNode({wc::OutlineNode::Kind::Item, 0, 0});
        QTest::qWait(1500); // the counts, the preview's page
        const QString suffix =
            theme == wc::appearance::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        auto save = [&](QWidget *widget, const QString &name) {
            const QString path = out.filePath(name + u'-' + suffix + QStringLiteral(".png"));
            if (!widget->grab().save(path))
                qWarning("cannot write %s", qPrintable(path));
        };
        save(window, QStringLiteral("statistics"));
        save(window->statusBar(), QStringLiteral("statusbar"));
        save(window->statisticsPane(), QStringLiteral("statistics-pane"));
        save(window->editor()->formPanel()->itemForm(), QStringLiteral("item-form"));
        window->session()->textDocument()->setModified(false);
        delete window;
    }
    return 0;
}
