// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

namespace wc {

void CheckListModel::setRows(const QList<CheckRow> &rows) {
    beginResetModel();
    m_rows = rows;
    relist();
    endResetModel();
}

void CheckListModel::setShowDismissed(bool show) {
    if (show == m_showDismissed)
        return;
    beginResetModel();
    m_showDismissed = show;
    relist();
    endResetModel();
}

void CheckListModel::setLook(const QIcon &warning, const QBrush &dismissed) {
    m_warning = warning;
    m_dismissedBrush = dismissed;
    if (!m_listed.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_listed.size()) - 1, MessageColumn));
}

void CheckListModel::relist() {
    m_listed.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_showDismissed || !m_rows[r].dismissed)
            m_listed.append(r);
    }
}

int CheckListModel::rowIndex(const QModelIndex &index) const {
    return index.isValid() && index.row() < m_listed.size() ? m_listed[index.row()] : -1;
}

QModelIndex CheckListModel::indexOfRow(int row) const {
    const qsizetype listed = m_listed.indexOf(row);
    return listed < 0 ? QModelIndex() : index(int(listed), MessageColumn);
}

int CheckListModel::dismissedCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const CheckRow &row) { return row.dismissed; }));
}

int CheckListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_listed.size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 2;
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const {
    const int r = rowIndex(index);
    if (r < 0)
        return {};
    const CheckRow &row = m_rows[r];
    const CheckFinding &finding = row.finding.finding;
    if (index.column() == LineColumn) {
        if (role == Qt::DisplayRole)
            return finding.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const QString message =
        row.dismissed ? tr("%1 (dismissed)").arg(finding.message) : finding.message;
    switch (role) {
    case Qt::DisplayRole:
        return message;
    case Qt::ToolTipRole: {
        const QString line = row.finding.lineText.trimmed();
        return line.isEmpty() ? message : message + u'\n' + line;
    }
    case Qt::DecorationRole:
        return row.dismissed ? QVariant() : QVariant(m_warning);
    case Qt::ForegroundRole:
        return row.dismissed ? QVariant(m_dismissedBrush) : QVariant();
    default:
        return {};
    }
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LineColumn ? tr("Line") : tr("Finding");
}

} // namespace wc
