// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkspane.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace wc {

ChecksPane::ChecksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new CheckListModel(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_open(new QPushButton(tr("&Open Earlier Issue"), this))
    , m_showDismissed(new QCheckBox(tr("Show dis&missed"), this)) {
    setObjectName(QStringLiteral("checksPane"));
    m_list->setObjectName(QStringLiteral("checksList"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_open->setObjectName(QStringLiteral("openEarlierButton"));
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // A fixed width for the line numbers: sizing the column to its contents would read every
    // row on every update.
    m_list->header()->setSectionResizeMode(CheckListModel::LineColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(CheckListModel::LineColumn,
                                    fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 12);
    m_list->header()->setStretchLastSection(true);
    m_dismiss->setToolTip(tr("Hide this finding for this issue (remembered beside the file)"));
    m_open->setToolTip(tr("Open the issue that shared this link before"));
    m_model->setLook(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                     palette().brush(QPalette::Disabled, QPalette::Text));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showDismissed);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    layout->addLayout(buttons);

    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int row = m_model->rowIndex(index);
        if (row >= 0)
            emit activated(rows()[row].finding.finding);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecksPane::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChecksPane::showMenu);
    connect(m_dismiss, &QPushButton::clicked, this, &ChecksPane::dismissOrRestore);
    connect(m_open, &QPushButton::clicked, this, &ChecksPane::openEarlierIssue);
    connect(m_showDismissed, &QCheckBox::toggled, this, [this](bool show) {
        const auto current = currentFinding();
        const int scrolled = m_list->verticalScrollBar()->value();
        m_model->setShowDismissed(show);
        relisted(current, scrolled);
    });
    relisted({}, 0);
}

void ChecksPane::changeEvent(QEvent *event) {
    // A theme switch: the dismissed rows' grey and the icon follow the new palette and style.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_model->setLook(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                         palette().brush(QPalette::Disabled, QPalette::Text));
    QWidget::changeEvent(event);
}

void ChecksPane::setShowDismissed(bool show) {
    m_showDismissed->setChecked(show);
}

int ChecksPane::currentRow() const {
    return m_model->rowIndex(m_list->currentIndex());
}

void ChecksPane::setCurrentRow(int row) {
    m_list->setCurrentIndex(m_model->indexOfRow(row));
}

std::optional<LocatedFinding> ChecksPane::currentFinding() const {
    const int row = currentRow();
    return row >= 0 ? std::optional(rows()[row].finding) : std::nullopt;
}

void ChecksPane::setRows(const QList<Row> &rows) {
    const auto current = currentFinding();
    const int scrolled = m_list->verticalScrollBar()->value();
    m_model->setRows(rows);
    relisted(current, scrolled);
}

void ChecksPane::relisted(const std::optional<LocatedFinding> &was, int scrolled) {
    // The current row is found again by what it says (kind, line text, details: not its line
    // number, which moves), so that it stays current while the findings around it change.
    if (was) {
        const QList<Row> &all = rows();
        for (int r = 0; r < all.size(); ++r) {
            const LocatedFinding &finding = all[r].finding;
            if (finding.finding.kind == was->finding.kind && finding.lineText == was->lineText &&
                finding.finding.details == was->finding.details) {
                setCurrentRow(r);
                break;
            }
        }
    }
    m_list->verticalScrollBar()->setValue(scrolled); // where the user had scrolled to
    updateSummary();
    updateButtons();
}

void ChecksPane::updateSummary() {
    const int dismissed = m_model->dismissedCount();
    const int shown = int(rows().size()) - dismissed;
    if (rows().isEmpty())
        m_summary->setText(tr("No findings."));
    else if (dismissed == 0)
        m_summary->setText(tr("%n finding(s)", nullptr, shown));
    else
        m_summary->setText(tr("%n finding(s), %1 dismissed", nullptr, shown).arg(dismissed));
}

void ChecksPane::updateButtons() {
    const int row = currentRow();
    m_dismiss->setEnabled(row >= 0);
    m_dismiss->setText(row >= 0 && rows()[row].dismissed ? tr("&Restore") : tr("&Dismiss"));
    m_open->setEnabled(row >= 0 && !rows()[row].earlierIssue.isEmpty());
}

void ChecksPane::dismissOrRestore() {
    const int row = currentRow();
    if (row < 0)
        return;
    if (rows()[row].dismissed)
        emit restoreRequested(rows()[row].finding);
    else
        emit dismissRequested(rows()[row].finding);
}

void ChecksPane::openEarlierIssue() {
    const int row = currentRow();
    if (row >= 0 && !rows()[row].earlierIssue.isEmpty())
        emit openIssueRequested(rows()[row].earlierIssue);
}

void ChecksPane::showMenu(const QPoint &position) {
    const QModelIndex index = m_list->indexAt(position);
    if (m_model->rowIndex(index) < 0)
        return;
    m_list->setCurrentIndex(index);
    // By value: findings may come back (and the rows change) while the menu is open.
    const Row row = rows()[currentRow()];
    QMenu menu(this);
    menu.addAction(tr("&Go to"), this, [this, row] { emit activated(row.finding.finding); });
    if (!row.earlierIssue.isEmpty())
        menu.addAction(tr("&Open Earlier Issue"), this,
                       [this, row] { emit openIssueRequested(row.earlierIssue); });
    if (row.dismissed)
        menu.addAction(tr("&Restore"), this, [this, row] { emit restoreRequested(row.finding); });
    else
        menu.addAction(tr("&Dismiss for This Issue"), this,
                       [this, row] { emit dismissRequested(row.finding); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace wc
