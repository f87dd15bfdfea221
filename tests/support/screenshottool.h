// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The start that the screenshot tools (tests/gui/take_*screenshots, newsletter_screenshots)
// share, so that their pictures are taken in the same conditions.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace wc::test {

// Before the QApplication: offscreen, on a 1920×1080 screen without window frames. A window
// keeps itself inside its screen, so the screen must hold the largest shot.
inline void useScreenshotScreen() {
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) == u"offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" WC_TESTS_DIR "/gui/screens/screenshots-1920x1080.json");
}

// After it: settings of the tools' own, emptied (every pane shown, the toolbar too, whatever
// an earlier run left), and the Chinese interface loaded into `chinese` and installed. False
// when the translation cannot be loaded.
inline bool startScreenshots(QTranslator &chinese) {
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer-screenshots"));
    QSettings().clear();
    if (!chinese.load(QStringLiteral(":/i18n/weekly-composer_zh_CN.qm")))
        return false;
    QCoreApplication::installTranslator(&chinese);
    return true;
}

} // namespace wc::test
