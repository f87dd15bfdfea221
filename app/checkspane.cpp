#include "checkspane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wc {

namespace {

constexpr int rowIndexRole = Qt::UserRole + 1;

} // namespace

ChecksPane::ChecksPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_open(new QPushButton(tr("&Open Earlier Issue"), this))
    , m_showDismissed(new QCheckBox(tr("Show dis&missed"), this)) {
    setObjectName(QStringLiteral("checksPane"));
    m_list->setObjectName(QStringLiteral("checksList"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_open->setObjectName(QStringLiteral("openEarlierButton"));
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Line"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_dismiss->setToolTip(tr("Hide this finding for this issue (remembered beside the file)"));
    m_open->setToolTip(tr("Open the issue that shared this link before"));

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

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = item->data(0, rowIndexRole).toInt();
        emit activated(m_rows[row].finding.finding);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChecksPane::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChecksPane::showMenu);
    connect(m_dismiss, &QPushButton::clicked, this, &ChecksPane::dismissOrRestore);
    connect(m_open, &QPushButton::clicked, this, &ChecksPane::openEarlierIssue);
    connect(m_showDismissed, &QCheckBox::toggled, this, [this] { rebuild(currentFinding()); });
    rebuild({});
}

void ChecksPane::setShowDismissed(bool show) {
    m_showDismissed->setChecked(show);
}

int ChecksPane::currentRow() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, rowIndexRole).toInt() : -1;
}

void ChecksPane::setRows(const QList<Row> &rows) {
    const std::optional<LocatedFinding> current = currentFinding();
    m_rows = rows;
    rebuild(current);
}

std::optional<LocatedFinding> ChecksPane::currentFinding() const {
    const int row = currentRow();
    return row >= 0 ? std::optional(m_rows[row].finding) : std::nullopt;
}

void ChecksPane::rebuild(const std::optional<LocatedFinding> &was) {
    // The current row is found again by what it says, so that it stays current while the
    // findings around it come and go.
    const int scrolled = m_list->verticalScrollBar()->value();
    m_list->clear();
    const bool showDismissed = m_showDismissed->isChecked();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int shown = 0;
    int dismissed = 0;
    QTreeWidgetItem *again = nullptr;
    QList<QTreeWidgetItem *> items;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        dismissed += row.dismissed ? 1 : 0;
        if (row.dismissed && !showDismissed)
            continue;
        auto *item = new QTreeWidgetItem;
        item->setData(0, rowIndexRole, r);
        item->setText(0, QString::number(row.finding.finding.line));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        const QString message = row.dismissed
                                    ? tr("%1 (dismissed)").arg(row.finding.finding.message)
                                    : row.finding.finding.message;
        item->setText(1, message);
        item->setToolTip(1, row.finding.lineText.trimmed().isEmpty()
                                ? message
                                : message + u'\n' + row.finding.lineText.trimmed());
        if (row.dismissed)
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        else
            item->setIcon(1, warning);
        if (was && was->finding.kind == row.finding.finding.kind &&
            was->lineText == row.finding.lineText &&
            was->finding.details == row.finding.finding.details)
            again = item;
        items.append(item);
        shown += row.dismissed ? 0 : 1;
    }
    m_list->addTopLevelItems(items);
    if (again)
        m_list->setCurrentItem(again);
    m_list->verticalScrollBar()->setValue(scrolled); // where the user had scrolled to
    if (m_rows.isEmpty())
        m_summary->setText(tr("No findings."));
    else if (dismissed == 0)
        m_summary->setText(tr("%n finding(s)", nullptr, shown));
    else
        m_summary->setText(tr("%n finding(s), %1 dismissed", nullptr, shown).arg(dismissed));
    updateButtons();
}

void ChecksPane::updateButtons() {
    const int row = currentRow();
    m_dismiss->setEnabled(row >= 0);
    m_dismiss->setText(row >= 0 && m_rows[row].dismissed ? tr("&Restore") : tr("&Dismiss"));
    m_open->setEnabled(row >= 0 && !m_rows[row].earlierIssue.isEmpty());
}

void ChecksPane::dismissOrRestore() {
    const int row = currentRow();
    if (row < 0)
        return;
    if (m_rows[row].dismissed)
        emit restoreRequested(m_rows[row].finding);
    else
        emit dismissRequested(m_rows[row].finding);
}

void ChecksPane::openEarlierIssue() {
    const int row = currentRow();
    if (row >= 0 && !m_rows[row].earlierIssue.isEmpty())
        emit openIssueRequested(m_rows[row].earlierIssue);
}

void ChecksPane::showMenu(const QPoint &position) {
    QTreeWidgetItem *item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    // By value: findings may come back (and the rows change) while the menu is open.
    const Row row = m_rows[currentRow()];
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
