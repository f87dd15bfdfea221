// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkdismissals.h"
#include "checkspane.h"

#include <QObject>

namespace wc {

class CheckContext;
class ChecksRunner;
class MainWindow;

// The live checks of one window's issue: runs them (ChecksRunner), lists them in the Checks
// pane, marks their items and sections in the outline, goes to a finding's place, and keeps
// the dismissals beside the issue. MainWindow only makes one and docks its pane.
class ChecksController : public QObject {
    Q_OBJECT
public:
    // `context` gives the profile and archive (the window's own folder scan when null).
    ChecksController(MainWindow *window, CheckContext *context);

    ChecksPane *pane() const { return m_pane; }
    ChecksRunner *runner() const { return m_runner; }
    CheckContext *context() const { return m_context; }
    const CheckDismissals &dismissals() const { return m_dismissals; }
    // Selects the finding's item or section and puts the source cursor on its line.
    void goTo(const CheckFinding &finding);

signals:
    // A dismissal could not be written (the message says why).
    void failed(const QString &message);

private:
    void update();
    void issuePathChanged(const QString &path);
    void dismiss(const LocatedFinding &finding, bool dismissed);
    QString earlierIssuePath(const CheckFinding &finding) const;

    MainWindow *m_window;
    CheckContext *m_context;
    ChecksRunner *m_runner;
    ChecksPane *m_pane;
    CheckDismissals m_dismissals;
};

} // namespace wc
