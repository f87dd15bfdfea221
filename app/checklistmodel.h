// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checksrunner.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QIcon>

namespace wc {

// One finding as the Checks pane lists it.
struct CheckRow {
    LocatedFinding finding;
    bool dismissed = false;
    QString earlierIssue; // shared-before: the file of the issue that shared the link
};

// The Checks pane's rows (line, message): the findings, without the dismissed ones unless
// they are asked for. A table model rather than widget items: an issue can have hundreds of
// findings (the 291 KB compilation has 550), and the view reads only the rows it shows.
class CheckListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, MessageColumn };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<CheckRow> &rows);
    const QList<CheckRow> &rows() const { return m_rows; }
    void setShowDismissed(bool show);
    // How the rows look: the icon of a finding, the text colour of a dismissed one.
    void setLook(const QIcon &warning, const QBrush &dismissed);

    // The index into rows() of a row of the model, and back (-1 / invalid when not listed).
    int rowIndex(const QModelIndex &index) const;
    QModelIndex indexOfRow(int row) const;
    int dismissedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void relist();

    QList<CheckRow> m_rows;
    QList<int> m_listed; // the rows shown, as indices into m_rows
    bool m_showDismissed = false;
    QIcon m_warning;
    QBrush m_dismissedBrush;
};

} // namespace wc
