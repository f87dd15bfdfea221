// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the tests that drive the editor's widgets without MainWindow: an IssueEditor filling a
// plain window, and the outline nodes they select.
#include "issueeditor.h"
#include "outlinenode.h"

#include <QVBoxLayout>
#include <QWidget>

namespace wc::test {

inline OutlineNode itemNode(int section, int item) {
    return {OutlineNode::Kind::Item, section, item};
}

inline OutlineNode sectionNode(int section) {
    return {OutlineNode::Kind::Section, section, -1};
}

// Puts a new IssueEditor into `window` (not shown yet: the test sizes it and adds its actions).
inline IssueEditor *editorIn(QWidget *window) {
    auto *layout = new QVBoxLayout(window);
    auto *editor = new IssueEditor(window);
    layout->addWidget(editor);
    return editor;
}

} // namespace wc::test
