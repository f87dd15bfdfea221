// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinefilter.h"

#include "outlinemodel.h"

#include <QKeyEvent>
#include <QTimer>
#include <QTreeView>

namespace wc {

OutlineFilter::OutlineFilter(QTreeView *view, OutlineModel *model, NodeText nodeText,
                             QWidget *parent)
    : QLineEdit(parent)
    , m_view(view)
    , m_model(model)
    , m_nodeText(std::move(nodeText))
    , m_reapply(new QTimer(this)) {
    setObjectName(QStringLiteral("outlineFilter"));
    setPlaceholderText(tr("Filter items (title, URL, description)"));
    setClearButtonEnabled(true);
    m_reapply->setSingleShot(true);
    m_reapply->setInterval(0);
    connect(m_reapply, &QTimer::timeout, this, &OutlineFilter::apply);
    connect(this, &QLineEdit::textChanged, this, &OutlineFilter::apply);
    // New and changed rows are filtered too, once the model is done changing.
    auto later = [this] {
        if (m_active || !text().trimmed().isEmpty())
            m_reapply->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, later);
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    connect(m_model, &QAbstractItemModel::modelReset, this, later);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, later);
}

bool OutlineFilter::matches(const OutlineNode &node, const QStringList &words) const {
    const QString haystack = m_nodeText(node);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool OutlineFilter::applyUnder(const QModelIndex &parent, const QStringList &words, bool showAll) {
    bool any = false;
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const bool self = showAll || words.isEmpty() || matches(m_model->nodeAt(index), words);
        // A matching section shows all its rows; otherwise it shows the rows that match.
        const bool below = applyUnder(index, words, self);
        const bool shown = self || below;
        if (m_view->isRowHidden(row, parent) == shown)
            m_view->setRowHidden(row, parent, !shown); // each call lays the tree out again
        if (below && !words.isEmpty())
            m_view->expand(index);
        any = any || shown;
    }
    return any;
}

void OutlineFilter::apply() {
    const QStringList words = text().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() && !m_active)
        return;
    applyUnder({}, words, false);
    m_active = !words.isEmpty();
}

QList<OutlineNode> OutlineFilter::shownNodes() const {
    QList<OutlineNode> nodes;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            if (m_view->isRowHidden(row, parent))
                continue;
            const QModelIndex index = m_model->index(row, 0, parent);
            nodes.append(m_model->nodeAt(index));
            walk(index);
        }
    };
    walk({});
    return nodes;
}

void OutlineFilter::selectFirstMatch() {
    const QStringList words = text().split(u' ', Qt::SkipEmptyParts);
    const QList<OutlineNode> shown = shownNodes();
    // The first row that matches by itself (an item, mostly), not the section around it.
    auto first = std::find_if(shown.cbegin(), shown.cend(), [&](const OutlineNode &node) {
        return words.isEmpty() || matches(node, words);
    });
    if (first == shown.cend())
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->indexFor(*first), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->indexFor(*first));
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void OutlineFilter::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        selectFirstMatch();
        return;
    case Qt::Key_Escape:
        if (text().isEmpty())
            m_view->setFocus(Qt::ShortcutFocusReason);
        clear();
        return;
    case Qt::Key_Down:
        m_view->setFocus(Qt::ShortcutFocusReason);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

} // namespace wc
