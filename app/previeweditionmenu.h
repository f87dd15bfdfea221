// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace wc {

class PreviewView;

// View ▸ Preview Edition: the preview shows the issue as written, its Chinese edition or its
// English edition (three exclusive, checkable actions that follow the preview's choice).
QMenu *createPreviewEditionMenu(PreviewView *preview, QWidget *parent);

} // namespace wc
