// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistmodel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace wc {

// The Checks side pane: the issue's findings, one a row (line, message), live as the checks
// come back. Activating a row asks to go to its place; each can be dismissed for this issue,
// and "Show dismissed" lists those again (greyed) so they can be restored.
class ChecksPane : public QWidget {
    Q_OBJECT
public:
    using Row = CheckRow;

    explicit ChecksPane(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_model->rows(); }
    QTreeView *list() const { return m_list; }
    CheckListModel *model() const { return m_model; }
    // The index into rows() of the current row, -1 when none.
    int currentRow() const;
    void setCurrentRow(int row);
    void setShowDismissed(bool show);

signals:
    void activated(const wc::CheckFinding &finding);
    void dismissRequested(const wc::LocatedFinding &finding);
    void restoreRequested(const wc::LocatedFinding &finding);
    void openIssueRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Lists the model's rows again, keeping the scroll and, when it is still there, `current`.
    void relisted(const std::optional<LocatedFinding> &current, int scrolled);
    std::optional<LocatedFinding> currentFinding() const;
    void updateSummary();
    void updateButtons();
    void showMenu(const QPoint &position);
    void dismissOrRestore();
    void openEarlierIssue();

    CheckListModel *m_model;
    QLabel *m_summary;
    QTreeView *m_list;
    QPushButton *m_dismiss;
    QPushButton *m_open;
    QCheckBox *m_showDismissed;
};

} // namespace wc
