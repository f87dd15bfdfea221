// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <iterator>

namespace wc {

namespace {

// The keys, as earlier versions wrote them: settings survive an update.
const QString themeKey = QStringLiteral("appearance/theme");
const QString languageKey = QStringLiteral("appearance/language");
const QString previewThemeKey = QStringLiteral("preview/theme");
const QString userCssKey = QStringLiteral("preview/userCss");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");
const QString sidePanesKey = QStringLiteral("window/sidePanes");
const char *const paneKeys[ViewSettings::PaneCount] = {"view/outline", "view/form", "view/source",
                                                       "view/preview"};
const QString zoomKey = QStringLiteral("view/zoom");
const QString toolbarKey = QStringLiteral("view/toolbar");
constexpr qint64 maximumUserCssSize = 1024 * 1024;

QString text(const QString &key) {
    return QSettings().value(key).toString();
}

// Stores `value` under `key` ("" removes the key); false when it was stored already.
bool changeText(const QString &key, const QString &value) {
    if (text(key) == value)
        return false;
    QSettings settings;
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
    return true;
}

} // namespace

Settings &Settings::instance() {
    static Settings *settings = new Settings(QCoreApplication::instance());
    return *settings;
}

Settings::Theme Settings::theme() const {
    const QString value = text(themeKey);
    if (value == u"light")
        return Theme::Light;
    if (value == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme) {
    static const char *names[] = {"system", "light", "dark"};
    if (theme != this->theme() && changeText(themeKey, QString::fromLatin1(names[int(theme)])))
        emit themeChanged(theme);
}

QString Settings::language() const {
    return text(languageKey);
}

void Settings::setLanguage(const QString &language) {
    if (changeText(languageKey, language))
        emit languageChanged(language);
}

QString Settings::previewTheme() const {
    return text(previewThemeKey);
}

void Settings::setPreviewTheme(const QString &name) {
    if (changeText(previewThemeKey, name))
        emit previewStyleChanged();
}

QString Settings::previewUserCssPath() const {
    return text(userCssKey);
}

void Settings::setPreviewUserCssPath(const QString &path) {
    if (changeText(userCssKey, path))
        emit previewStyleChanged();
}

QString Settings::previewUserCss(QString *error) const {
    const QString path = previewUserCssPath();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the preview style sheet %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > maximumUserCssSize) {
        if (error)
            *error = tr("The preview style sheet %1 is larger than 1 MB.").arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList Settings::recentFiles() const {
    return QSettings().value(recentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path) {
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximumRecentFiles)
        list.removeLast();
    QSettings().setValue(recentFilesKey, list);
    emit recentFilesChanged();
}

void Settings::clearRecentFiles() {
    QSettings().remove(recentFilesKey);
    emit recentFilesChanged();
}

ViewSettings Settings::view() const {
    const QSettings settings;
    ViewSettings view;
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
        view.paneVisible[pane] = settings.value(QLatin1String(paneKeys[pane]), true).toBool();
    // A window with no pane at all would look broken: show everything instead.
    if (std::none_of(std::begin(view.paneVisible), std::end(view.paneVisible),
                     [](bool shown) { return shown; }))
        std::fill(std::begin(view.paneVisible), std::end(view.paneVisible), true);
    view.zoomSteps = std::clamp(settings.value(zoomKey, 0).toInt(), ViewSettings::minZoomSteps,
                                ViewSettings::maxZoomSteps);
    view.toolbarVisible = settings.value(toolbarKey, true).toBool();
    view.geometry = settings.value(geometryKey).toByteArray();
    view.splitterState = settings.value(splitterKey).toByteArray();
    view.sidePaneState = settings.value(sidePanesKey).toByteArray();
    return view;
}

void Settings::setView(const ViewSettings &view) {
    QSettings settings;
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
        settings.setValue(QLatin1String(paneKeys[pane]), view.paneVisible[pane]);
    settings.setValue(zoomKey, view.zoomSteps);
    settings.setValue(toolbarKey, view.toolbarVisible);
    settings.setValue(geometryKey, view.geometry);
    settings.setValue(splitterKey, view.splitterState);
    settings.setValue(sidePanesKey, view.sidePaneState);
}

} // namespace wc
