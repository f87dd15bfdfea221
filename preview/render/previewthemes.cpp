// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewthemes.h"

#include <QFile>

namespace wc::themes {

namespace {

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList names() {
    return {QStringLiteral("default"), QStringLiteral("dark")};
}

bool isKnown(const QString &name) {
    return names().contains(name);
}

QString defaultName() {
    return QStringLiteral("default");
}

QString css(const QString &name) {
    if (!isKnown(name))
        return {};
    // Read on every call: small files, and the settings can switch the theme at any time.
    return readResource(QStringLiteral(":/preview/base.css")) + u'\n' +
           readResource(QStringLiteral(":/preview/%1.css").arg(name));
}

QString escapeForStyleElement(QString css) {
    // In CSS `\/` is an escaped `/`, so this changes nothing the stylesheet means.
    return css.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
}

} // namespace wc::themes
