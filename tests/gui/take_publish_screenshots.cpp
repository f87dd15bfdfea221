// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Publish view offscreen with the Chinese interface, for looking at:
//   take_publish_screenshots ISSUE.md OUTPUT_DIR
// writes OUTPUT_DIR/publish-light.png (the window with the pane on the Telegram caption and its
// length counter) and OUTPUT_DIR/publish-dark.png (the same window in the dark theme, the pane
// on the blog summary), at 1366×768.
#include "appearance.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "previewview.h"
#include "publishpane.h"
#include "screenshottool.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

int main(int argc, char *argv[]) {
    wc::test::useScreenshotScreen();
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: take_publish_screenshots ISSUE.md OUTPUT_DIR");
        return 2;
    }
    const QString issue = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QTranslator chinese;
    if (!wc::test::startScreenshots(chinese))
        return 1;
    struct Shot {
        wc::appearance::Theme theme;
        wc::PublishChannel channel;
        const char *name;
    };
    const Shot shots[] = {
        {wc::appearance::Theme::Light, wc::PublishChannel::Telegram, "publish-light.png"},
        {wc::appearance::Theme::Dark, wc::PublishChannel::BlogSummary, "publish-dark.png"}};
    wc::DocumentManager documents;
    for (const Shot &shot : shots) {
        wc::appearance::applyTheme(wc::appearance::Theme::Light);
        QSettings().clear();
        auto *window = documents.newWindow();
        if (!window->openFile(issue))
            return 1;
        window->resize(1366, 768);
        if (shot.theme == wc::appearance::Theme::Dark)
            window->preview()->setStyle(QStringLiteral("dark"), QString());
        window->show();
        auto *pane = window->findChild<wc::PublishPane *>();
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("publish"));
        if (!pane || !dock)
            return 1;
        dock->show();
        window->resizeDocks({dock}, {480}, Qt::Horizontal);
        pane->setChannel(shot.channel);
        if (!QTest::qWaitFor([&] { return window->preview()->shownRevision() >= 0; }, 20000))
            return 1;
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
