// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace wc {

// Light and dark themes, and the interface language, as chosen in the settings.
namespace appearance {

enum class Theme { System, Light, Dark };

Theme themeSetting();
void setThemeSetting(Theme theme);
// Applies `theme`: System keeps the platform palette, Light and Dark use Fusion palettes.
void applyTheme(Theme theme);

// "" follows the system locale; otherwise "en" or "zh_CN".
QString languageSetting();
void setLanguageSetting(const QString &language);
// Installs the translators (the program's own and Qt's) for the chosen language.
void installTranslators(QApplication &app);

} // namespace appearance
} // namespace wc
