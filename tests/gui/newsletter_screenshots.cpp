// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders Edit ▸ Newsletter… offscreen with the Chinese interface and saves PNGs to look at:
//   newsletter_screenshots OUTPUT_DIR
// writes newsletter-issues-{light,dark}.png and newsletter-sections-{light,dark}.png (the
// dialog's first two tabs, for a fixture profile), newsletter-texts-light.png, and
// newsletter-bad-profile.png (a window whose profile names an unknown kind).
#include "appearance.h"
#include "documentmanager.h"
#include "mainwindow.h"
#include "newsletterdialog.h"
#include "newsletterprofiles.h"
#include "profileform.h"
#include "screenshottool.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const char issue[] =
    "---\ntitle: 'Python 潮流周刊#12：十二'\npubDate: 2026-10-31\n---\n\n"
    "## 🦄文章&教程\n\n1、[文章一](https://a.example/one)\n\n说明一。\n";

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: newsletter_screenshots OUTPUT_DIR");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTranslator chinese;
    if (!wc::test::startScreenshots(chinese))
        return 1;
    QTemporaryDir folder;
    wc::test::writeFile(folder.path(), QStringLiteral("2026-10-31-weekly.md"), issue);
    wc::test::writeFile(folder.path(), QStringLiteral("weekly-composer.yaml"),
                        "# 我们的周刊\nname: Python 潮流周刊\ninterval-days: 7\n");
    wc::DocumentManager documents;
    wc::MainWindow *window =
        documents.open(folder.filePath(QStringLiteral("2026-10-31-weekly.md")));
    if (!window)
        return 1;
    auto save = [&out](QWidget *widget, const char *name) {
        QTest::qWait(300);
        const QString path = out.filePath(QString::fromLatin1(name));
        if (!widget->grab().save(path))
            return false;
        qInfo("wrote %s", qPrintable(path));
        return true;
    };
    for (const auto theme : {wc::appearance::Theme::Light, wc::appearance::Theme::Dark}) {
        wc::appearance::applyTheme(theme);
        const bool dark = theme == wc::appearance::Theme::Dark;
        wc::NewsletterDialog dialog(folder.path(), documents.profiles(), window);
        dialog.show();
        dialog.form()->setCurrentIndex(0);
        if (!save(&dialog, dark ? "newsletter-issues-dark.png" : "newsletter-issues-light.png"))
            return 1;
        dialog.form()->setCurrentIndex(1);
        if (!save(&dialog, dark ? "newsletter-sections-dark.png" : "newsletter-sections-light.png"))
            return 1;
        dialog.form()->setCurrentIndex(5);
        if (!save(&dialog, dark ? "newsletter-parsing-dark.png" : "newsletter-parsing-light.png"))
            return 1;
        if (!dark) {
            dialog.form()->setCurrentIndex(4);
            if (!save(&dialog, "newsletter-texts-light.png"))
                return 1;
        }
        dialog.reject();
    }
    wc::appearance::applyTheme(wc::appearance::Theme::Light);
    wc::test::writeFile(folder.path(), QStringLiteral("weekly-composer.yaml"),
                        "name: 坏\nsections:\n  - kind: essays\n    match: x\n");
    documents.profiles()->reload();
    window->resize(1366, 768);
    QTest::qWait(1500);
    if (!save(window, "newsletter-bad-profile.png"))
        return 1;
    window->close();
    return 0;
}
