// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window offscreen and saves PNGs, for the README and for looking at:
//   take_screenshots ISSUE.md OUTPUT_DIR
// writes, with the Chinese interface, OUTPUT_DIR/main-window-light.png and
// OUTPUT_DIR/main-window-dark.png at 1366×768 (a laptop), and OUTPUT_DIR/main-window-1920.png at
// 1920×1080 with the find bar open on every match of a word; with the English interface
// OUTPUT_DIR/main-window-en.png at 1920×1080.
#include "appearance.h"
#include "documentmanager.h"
#include "findbar.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "outlinenode.h"
#include "previewview.h"
#include "screenshottool.h"
#include "typing.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

int main(int argc, char *argv[]) {
    wc::test::useScreenshotScreen();
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: take_screenshots ISSUE.md OUTPUT_DIR");
        return 2;
    }
    const QString issue = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    struct Shot {
        wc::appearance::Theme theme;
        bool chinese;
        QSize size;
        const char *find; // opens the find bar on this word
        const char *name;
    };
    QTranslator chinese; // installed for the Chinese shots only
    if (!wc::test::startScreenshots(chinese))
        return 1;
    wc::DocumentManager documents;
    const Shot shots[] = {
        {wc::appearance::Theme::Light, true, {1366, 768}, nullptr, "main-window-light.png"},
        {wc::appearance::Theme::Dark, true, {1366, 768}, nullptr, "main-window-dark.png"},
        {wc::appearance::Theme::Light, true, {1920, 1080}, "Python", "main-window-1920.png"},
        {wc::appearance::Theme::Light, false, {1920, 1080}, nullptr, "main-window-en.png"}};
    for (const Shot &shot : shots) {
        // Every window opens in the light theme and switches to the shot's theme once it is up,
        // as in Settings: the dark shot also shows that a live switch reaches every view.
        wc::appearance::applyTheme(wc::appearance::Theme::Light);
        if (shot.chinese)
            QCoreApplication::installTranslator(&chinese);
        else
            QCoreApplication::removeTranslator(&chinese);
        QSettings().clear();
        auto *window = documents.newWindow();
        if (!window->openFile(issue))
            return 1;
        window->resize(shot.size);
        // The pane widths the window gives itself on a screen of that size (3 : 4 : 5 : 4).
        const int width = shot.size.width();
        window->editor()->splitter()->setSizes(
            {width * 3 / 16, width * 4 / 16, width * 5 / 16, width * 4 / 16});
        // The preview has a theme of its own (how readers see the issue); show the dark one
        // beside the dark interface.
        if (shot.theme == wc::appearance::Theme::Dark)
            window->preview()->setStyle(QStringLiteral("dark"), QString());
        window->show();
        window->editor()->selectNode({wc::OutlineNode::Kind::Item, 1, 1});
        // The preview renders asynchronously: wait until its page shows the document.
        if (!QTest::qWaitFor([&] { return window->preview()->shownRevision() >= 0; }, 20000))
            return 1;
        if (shot.find) {
            wc::FindBar *bar = window->editor()->findBar();
            bar->openReplace();
            bar->findField()->setFocus();
            wc::test::typeText(bar->findField(), QString::fromLatin1(shot.find));
        }
        wc::appearance::applyTheme(shot.theme);
        QTest::qWait(800);
        const QString path = out.filePath(QString::fromLatin1(shot.name));
        if (!window->grab().save(path))
            return 1;
        qInfo("wrote %s", qPrintable(path));
        window->editor()->session()->textDocument()->setModified(false);
        window->close();
    }
    return 0;
}
