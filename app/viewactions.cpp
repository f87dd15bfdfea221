// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewactions.h"

#include "issueeditor.h"
#include "sourceeditor.h"

#include <QAction>
#include <QMenu>
#include <QWebEngineView>

#include <algorithm>

namespace wc {

namespace {

using Pane = ViewSettings::Pane;

constexpr bool layoutPanes[3][ViewSettings::PaneCount] = {
    {true, true, false, true},  // Write
    {false, false, true, true}, // Proofread
    {true, true, true, true},   // All
};

} // namespace

ViewActions::ViewActions(IssueEditor *editor, QWebEngineView *preview, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_sourceBasePointSize(editor->sourceEditor()->font().pointSizeF()) {
    const QString paneNames[ViewSettings::PaneCount] = {tr("&Outline"), tr("&Form"), tr("&Source"),
                                                        tr("&Preview")};
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane) {
        QAction *action = new QAction(paneNames[pane], this);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
                [this, pane](bool shown) { setPaneVisible(Pane(pane), shown); });
        m_paneActions[pane] = action;
    }
    m_paneActions[Pane::Preview]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const QString layoutNames[3] = {tr("&Write (Outline, Form, Preview)"),
                                    tr("P&roofread (Source, Preview)"), tr("&All Panes")};
    for (int layout = 0; layout < 3; ++layout) {
        QAction *action = new QAction(layoutNames[layout], this);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, layout] { setLayout(Layout(layout)); });
        m_layoutActions[layout] = action;
    }
    m_nextLayout = new QAction(tr("&Next Layout"), this);
    m_nextLayout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_nextLayout, &QAction::triggered, this, &ViewActions::nextLayout);

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    // Ctrl++ is typed as Ctrl+= on most keyboards: both work.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoomSteps(m_zoomSteps + 1); });
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoomSteps(m_zoomSteps - 1); });
    m_zoomReset = new QAction(tr("&Reset Zoom"), this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, [this] { setZoomSteps(0); });
}

void ViewActions::addTo(QMenu *menu) {
    QMenu *panes = menu->addMenu(tr("&Panes"));
    for (QAction *action : m_paneActions)
        panes->addAction(action);
    QMenu *layouts = menu->addMenu(tr("&Layout"));
    for (QAction *action : m_layoutActions)
        layouts->addAction(action);
    layouts->addSeparator();
    layouts->addAction(m_nextLayout);
    // The layout in force is ticked when the menu opens.
    connect(layouts, &QMenu::aboutToShow, this, [this] {
        const Layout now = layout();
        for (int i = 0; i < 3; ++i)
            m_layoutActions[i]->setChecked(Layout(i) == now);
    });
    menu->addSeparator();
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_zoomReset);
}

QWidget *ViewActions::paneWidget(Pane pane) const {
    return m_editor->pane(IssueEditor::Pane(int(pane)));
}

void ViewActions::setPaneVisible(Pane pane, bool visible) {
    // The last pane shown stays: a window with no pane at all would look broken.
    if (!visible) {
        int shown = 0;
        for (QAction *action : m_paneActions)
            shown += action->isChecked() ? 1 : 0;
        if (shown == 0) {
            m_paneActions[pane]->setChecked(true);
            return;
        }
    }
    m_paneActions[pane]->setChecked(visible);
    paneWidget(pane)->setVisible(visible);
}

void ViewActions::showPane(Pane pane) {
    m_paneActions[pane]->setChecked(true);
}

ViewActions::Layout ViewActions::layout() const {
    for (int layout = 0; layout < 3; ++layout) {
        bool same = true;
        for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
            same = same && m_paneActions[pane]->isChecked() == layoutPanes[layout][pane];
        if (same)
            return Layout(layout);
    }
    return Layout::Custom;
}

void ViewActions::setLayout(Layout layout) {
    if (layout == Layout::Custom)
        return;
    // Showing first, so the rule that one pane stays never blocks a change of layout.
    for (bool showing : {true, false}) {
        for (int pane = 0; pane < ViewSettings::PaneCount; ++pane) {
            if (layoutPanes[int(layout)][pane] == showing)
                m_paneActions[pane]->setChecked(showing);
        }
    }
}

void ViewActions::nextLayout() {
    const Layout now = layout();
    setLayout(now == Layout::Custom ? Layout::Write : Layout((int(now) + 1) % 3));
}

void ViewActions::setZoomSteps(int steps) {
    m_zoomSteps = std::clamp(steps, ViewSettings::minZoomSteps, ViewSettings::maxZoomSteps);
    QFont font = m_editor->sourceEditor()->font();
    font.setPointSizeF(std::max(4.0, m_sourceBasePointSize + m_zoomSteps));
    m_editor->sourceEditor()->setFont(font);
    m_preview->setZoomFactor(1.0 + 0.1 * m_zoomSteps);
    m_zoomOut->setEnabled(m_zoomSteps > ViewSettings::minZoomSteps);
    m_zoomIn->setEnabled(m_zoomSteps < ViewSettings::maxZoomSteps);
}

void ViewActions::apply(const ViewSettings &settings) {
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
        m_paneActions[pane]->setChecked(settings.paneVisible[pane]);
    // An action already in the state does not emit toggled(): make the widgets agree.
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
        paneWidget(Pane(pane))->setVisible(m_paneActions[pane]->isChecked());
    setZoomSteps(settings.zoomSteps);
}

void ViewActions::store(ViewSettings &settings) const {
    for (int pane = 0; pane < ViewSettings::PaneCount; ++pane)
        settings.paneVisible[pane] = m_paneActions[pane]->isChecked();
    settings.zoomSteps = m_zoomSteps;
}

} // namespace wc
