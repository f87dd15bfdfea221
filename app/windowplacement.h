// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QWidget;

namespace wc::windowplacement {

// The first window's frame on a screen whose free area (without panels) is `available`: most of
// it, centred, so the window fits a 1366×768 laptop as well as a large monitor.
QRect initialFrame(const QRect &available);
// `frame` moved, and shrunk if it must be, so it lies inside `available`: a geometry
// remembered on a larger screen, or a screen that is gone, never leaves the window out of reach.
QRect fitted(const QRect &frame, const QRect &available);

// Moves and shrinks `window` as needed so its frame lies inside the screen it is on.
void fitInsideScreen(QWidget *window);
// Sizes and places `window` (not yet shown) on the screen it will open on: the remembered
// geometry when there is one, brought inside that screen, else initialFrame(); once shown (when
// its frame is known) it is brought inside again if the frame made it overflow.
void place(QWidget *window, const QByteArray &rememberedGeometry);

} // namespace wc::windowplacement
