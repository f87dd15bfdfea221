// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QString>

class QApplication;

namespace wc {

// Light and dark themes, and the interface language, as chosen in the settings.
namespace appearance {

using Theme = Settings::Theme;

// Applies `theme`: System keeps the platform palette, Light and Dark use Fusion palettes.
void applyTheme(Theme theme);

// Installs the translators (the program's own and Qt's) for the language in the Settings.
void installTranslators(QApplication &app);

} // namespace appearance
} // namespace wc
