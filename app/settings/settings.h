// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewsettings.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace wc {

// Everything the program remembers between runs, in one place: a typed getter and setter for
// each setting, and a signal when one changes, so every open window follows at once. QSettings
// keys appear nowhere else. QtCore only: the command line and the HTML export read it too.
class Settings : public QObject {
    Q_OBJECT
public:
    // The application's settings object (parented to the application, made on first use).
    static Settings &instance();

    enum class Theme { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);
    // "" follows the system locale; otherwise "en" or "zh_CN". Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // The preview theme's name as chosen; "" before any choice (the renderers treat an
    // unknown name as their default).
    QString previewTheme() const;
    void setPreviewTheme(const QString &name);
    // A CSS file added after the preview theme; "" for none.
    QString previewUserCssPath() const;
    void setPreviewUserCssPath(const QString &path);
    // That file's text; empty without one. `error` receives why it cannot be read.
    QString previewUserCss(QString *error = nullptr) const;

    static constexpr int maximumRecentFiles = 10;
    QStringList recentFiles() const;
    // Puts `path` (made absolute) first in the list.
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    // Save runs Update Statistics first (the stats line's and description's numbers); off
    // unless chosen.
    bool updateStatisticsOnSave() const;
    void setUpdateStatisticsOnSave(bool on);

    // The panes, zoom, toolbar, window geometry and pane sizes (a window with no pane at all
    // reads as all four shown).
    ViewSettings view() const;
    void setView(const ViewSettings &view);

    // Link intake: GitHub's REST API (GitHub Enterprise: https://HOST/api/v3) and a token for
    // it ("" for none: 60 requests an hour).
    static QString defaultGithubApiUrl() { return QStringLiteral("https://api.github.com"); }
    QString githubApiUrl() const; // the default when none is set
    void setGithubApiUrl(const QString &url);
    QString githubToken() const;
    void setGithubToken(const QString &token);

signals:
    void themeChanged(wc::Settings::Theme theme);
    void languageChanged(const QString &language);
    // The preview theme or the user style sheet.
    void previewStyleChanged();
    void recentFilesChanged();

private:
    using QObject::QObject;
};

} // namespace wc
