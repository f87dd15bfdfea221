// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewsettings.h"

#include <QObject>

class QAction;
class QMenu;
class QWebEngineView;

namespace wc {

class IssueEditor;

// The View menu's own actions: show or hide each pane, the three layouts and a shortcut that
// goes round them, and the zoom of the source and the preview.
class ViewActions : public QObject {
    Q_OBJECT
public:
    // "Write": outline, form and preview; "Proofread": source and preview; "All": the four.
    enum class Layout { Write, Proofread, All, Custom };

    ViewActions(IssueEditor *editor, QWebEngineView *preview, QObject *parent = nullptr);

    // Adds the actions to the View menu.
    void addTo(QMenu *menu);
    void apply(const ViewSettings &settings);
    void store(ViewSettings &settings) const;

    QAction *paneAction(ViewSettings::Pane pane) const { return m_paneActions[pane]; }
    QAction *zoomInAction() const { return m_zoomIn; }

    Layout layout() const;
    void setLayout(Layout layout);
    void nextLayout();
    // Shows `pane` if it is hidden (Go to Source, Find).
    void showPane(ViewSettings::Pane pane);
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

private:
    QWidget *paneWidget(ViewSettings::Pane pane) const;
    void setPaneVisible(ViewSettings::Pane pane, bool visible);

    IssueEditor *m_editor;
    QWebEngineView *m_preview;
    QAction *m_paneActions[ViewSettings::PaneCount];
    QAction *m_layoutActions[3];
    QAction *m_nextLayout;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    int m_zoomSteps = 0;
    qreal m_sourceBasePointSize;
};

} // namespace wc
