// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewsettings.h"

#include "previewthemes.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace wc {

namespace {

const QString themeKey = QStringLiteral("preview/theme");
const QString userCssKey = QStringLiteral("preview/userCss");
constexpr qint64 maximumUserCssSize = 1024 * 1024;

} // namespace

QString PreviewSettings::theme() {
    const QString name = QSettings().value(themeKey, themes::defaultName()).toString();
    return themes::isKnown(name) ? name : themes::defaultName();
}

void PreviewSettings::setTheme(const QString &name) {
    QSettings().setValue(themeKey, name);
    emit notifier()->changed();
}

QString PreviewSettings::userCssPath() {
    return QSettings().value(userCssKey).toString();
}

void PreviewSettings::setUserCssPath(const QString &path) {
    if (path.isEmpty())
        QSettings().remove(userCssKey);
    else
        QSettings().setValue(userCssKey, path);
    emit notifier()->changed();
}

QString PreviewSettings::userCss(QString *error) {
    const QString path = userCssPath();
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

PreviewSettings *PreviewSettings::notifier() {
    static PreviewSettings *instance = new PreviewSettings(QCoreApplication::instance());
    return instance;
}

} // namespace wc
