// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one settings object: each setting reads back as it was set, survives a new QSettings
// (another window, the next run), and its change signal fires once per real change.

#include "settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

class SettingsTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void themeAndLanguageAreTyped() {
        Settings &settings = Settings::instance();
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QSignalSpy themes(&settings, &Settings::themeChanged);
        settings.setTheme(Settings::Theme::Dark);
        settings.setTheme(Settings::Theme::Dark); // no change, no signal
        QCOMPARE(themes.size(), 1);
        QCOMPARE(themes.first().first().value<Settings::Theme>(), Settings::Theme::Dark);
        // Stored under the key earlier versions used, with the value they wrote.
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        QSignalSpy languages(&settings, &Settings::languageChanged);
        settings.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        settings.setLanguage({});
        QCOMPARE(languages.size(), 2);
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    }

    void previewStyleChangesAreSignalled() {
        Settings &settings = Settings::instance();
        QSignalSpy changed(&settings, &Settings::previewStyleChanged);
        settings.setPreviewTheme(QStringLiteral("dark"));
        QCOMPARE(settings.previewTheme(), QStringLiteral("dark"));
        QTemporaryDir dir;
        const QString css = dir.filePath(QStringLiteral("mine.css"));
        QFile file(css);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("body { color: red }");
        file.close();
        settings.setPreviewUserCssPath(css);
        settings.setPreviewUserCssPath(css);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(settings.previewUserCss(), QStringLiteral("body { color: red }"));
        QVERIFY(file.remove());
        QString error;
        QCOMPARE(settings.previewUserCss(&error), QString());
        QVERIFY2(error.contains(css), qPrintable(error));
    }

    void updateStatisticsOnSaveIsOffUntilChosen() {
        Settings &settings = Settings::instance();
        QVERIFY(!settings.updateStatisticsOnSave());
        settings.setUpdateStatisticsOnSave(true);
        QVERIFY(settings.updateStatisticsOnSave());
        QCOMPARE(QSettings().value(QStringLiteral("statistics/updateOnSave")).toBool(), true);
        settings.setUpdateStatisticsOnSave(false);
        QVERIFY(!settings.updateStatisticsOnSave());
    }

    void recentFilesKeepTheNewestFirst() {
        Settings &settings = Settings::instance();
        QSignalSpy changed(&settings, &Settings::recentFilesChanged);
        for (int i = 0; i < Settings::maximumRecentFiles + 2; ++i)
            settings.addRecentFile(QStringLiteral("/tmp/issue-%1.md").arg(i));
        settings.addRecentFile(QStringLiteral("/tmp/issue-5.md"));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::maximumRecentFiles);
        QCOMPARE(files.first(), QStringLiteral("/tmp/issue-5.md"));
        QCOMPARE(files.count(QStringLiteral("/tmp/issue-5.md")), 1);
        QCOMPARE(files.at(1), QStringLiteral("/tmp/issue-11.md"));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
        QCOMPARE(changed.size(), Settings::maximumRecentFiles + 4);
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
