// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticspane.h"

#include "issuesession.h"
#include "issuestatistics.h"
#include "livestatistics.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wc {

StatisticsPane::StatisticsPane(IssueSession *session, LiveStatistics *statistics, QAction *update,
                               QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_statistics(statistics)
    , m_sections(new QTableWidget(0, 3, this))
    , m_kinds(new QLabel(this))
    , m_words(new QLabel(this))
    , m_statsLine(new QLabel(this))
    , m_state(new QLabel(this))
    , m_update(new QToolButton(this)) {
    setObjectName(QStringLiteral("statisticsPane"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel *label : {m_kinds, m_statsLine, m_state}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Items:"), m_kinds);
    form->addRow(tr("Words:"), m_words);
    form->addRow(tr("Stats line:"), m_statsLine);
    form->addRow(QString(), m_state);
    layout->addLayout(form);
    m_update->setDefaultAction(update);
    m_update->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_update, 0, Qt::AlignLeft);
    m_sections->setHorizontalHeaderLabels({tr("Section"), tr("Kind"), tr("Items")});
    m_sections->verticalHeader()->hide();
    m_sections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sections->setSelectionMode(QAbstractItemView::NoSelection);
    m_sections->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sections->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sections->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_sections, 1);
    connect(statistics, &LiveStatistics::updated, this, &StatisticsPane::showStatistics);
    showStatistics();
}

void StatisticsPane::showStatistics() {
    const IssueStatistics &statistics = m_statistics->statistics();
    m_sections->setRowCount(int(statistics.sections.size()));
    QList<SectionKind> kinds;
    for (int row = 0; row < statistics.sections.size(); ++row) {
        const SectionStatistics &section = statistics.sections[row];
        const QStringList cells{section.label, LiveStatistics::kindTitle(section.kind),
                                QString::number(section.items)};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *cell = m_sections->item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_sections->setItem(row, column, cell);
            }
            if (column == 2)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setText(cells[column]);
        }
        if (section.items > 0 && !kinds.contains(section.kind))
            kinds.append(section.kind);
    }
    QStringList perKind;
    for (SectionKind kind : std::as_const(kinds))
        perKind << tr("%1 %2").arg(LiveStatistics::kindTitle(kind)).arg(statistics.count(kind));
    m_kinds->setText(perKind.isEmpty() ? tr("none") : perKind.join(QStringLiteral(" · ")));
    m_words->setText(QString::number(statistics.words));
    m_statsLine->setText(statistics.statsLine.isEmpty() ? tr("none") : statistics.statsLine);
    // Whether Update Statistics would change anything: only when these counts are the text's.
    QString state;
    if (statistics.statsLine.isEmpty())
        state = tr("The issue has no stats line (本期分享了 … 全文 N 字).");
    else if (m_statistics->revision() == m_session->revision())
        state =
            statisticsUpdate(m_session->document(), m_statistics->profile(), statistics).isEmpty()
                ? tr("Its numbers agree with the counts.")
                : tr("Its numbers differ from the counts: Update Statistics rewrites them.");
    m_state->setText(state);
}

} // namespace wc
