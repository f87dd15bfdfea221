// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window offscreen and saves PNGs, for the README and for looking at:
//   take_screenshots ISSUE.md OUTPUT_DIR
// writes OUTPUT_DIR/main-window-light.png and OUTPUT_DIR/main-window-dark.png with the
// Chinese interface, and OUTPUT_DIR/main-window-en.png with the English one.
#include "appearance.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "mainwindow.h"
#include "outlinenode.h"
#include "previewview.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

int main(int argc, char *argv[]) {
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
        const char *name;
    };
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer-screenshots"));
    QTranslator chinese;
    if (!chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")))
        return 1;
    wc::DocumentManager documents;
    for (const Shot &shot : {Shot{wc::appearance::Theme::Light, true, "main-window-light.png"},
                             Shot{wc::appearance::Theme::Dark, true, "main-window-dark.png"},
                             Shot{wc::appearance::Theme::Light, false, "main-window-en.png"}}) {
        // Every window opens in the light theme and switches to the shot's theme once it is up,
        // as in Settings: the dark shot also shows that a live switch reaches every view.
        wc::appearance::applyTheme(wc::appearance::Theme::Light);
        if (shot.chinese)
            QCoreApplication::installTranslator(&chinese);
        else
            QCoreApplication::removeTranslator(&chinese);
        auto *window = documents.newWindow();
        if (!window->openFile(issue))
            return 1;
        window->resize(1600, 1000);
        // The preview has a theme of its own (how readers see the issue); show the dark one
        // beside the dark interface.
        if (shot.theme == wc::appearance::Theme::Dark)
            window->preview()->setStyle(QStringLiteral("dark"), QString());
        window->show();
        window->editor()->selectNode({wc::OutlineNode::Kind::Item, 1, 1});
        // The preview renders asynchronously: wait until its page shows the document.
        if (!QTest::qWaitFor([&] { return window->preview()->shownRevision() >= 0; }, 20000))
            return 1;
        wc::appearance::applyTheme(shot.theme);
        QTest::qWait(800);
        const QString path = out.filePath(QString::fromLatin1(shot.name));
        if (!window->grab().save(path))
            return 1;
        qInfo("wrote %s", qPrintable(path));
        window->close();
    }
    return 0;
}
