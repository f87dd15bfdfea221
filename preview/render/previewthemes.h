// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wc::themes {

// The preview's built-in themes, by name: "default" (the newsletter's readers: clean Chinese
// and English typography) and "dark". Both share resources/preview/base.css.
QStringList names();
bool isKnown(const QString &name);
QString defaultName();

// base.css followed by the theme's own CSS; empty for an unknown name.
QString css(const QString &name);

// CSS made safe to place inside <style>…</style>: a `</` (as in `</style>`) is escaped, so
// no CSS text can end the element and start markup.
QString escapeForStyleElement(QString css);

} // namespace wc::themes
