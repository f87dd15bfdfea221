// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkintakedelegate.h"

#include "linkintake.h"
#include "outlinemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace wc {

LinkIntakeDelegate::LinkIntakeDelegate(LinkIntake *intake, OutlineModel *model, QObject *parent)
    : OutlineDelegate(parent)
    , m_intake(intake)
    , m_model(model) {}

QRect LinkIntakeDelegate::cancelButtonRect(const QRect &row) {
    const int side = std::max(12, row.height() - 4);
    return {row.right() - side - 2, row.center().y() - side / 2, side, side};
}

namespace {

std::optional<ItemRef> itemOf(const OutlineModel *model, const QModelIndex &index) {
    const OutlineNode node = model->nodeAt(index);
    if (node.kind != OutlineNode::Kind::Item)
        return std::nullopt;
    return ItemRef{node.section, node.item};
}

} // namespace

void LinkIntakeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    const auto ref = itemOf(m_model, index);
    const bool busy = ref && m_intake->busyCount() > 0 && m_intake->isBusy(*ref);
    const bool failed = ref && !busy && !m_intake->failureOf(*ref).isEmpty();
    if (!busy && !failed) {
        OutlineDelegate::paint(painter, option, index);
        return;
    }
    // The text stops before the mark at the right.
    QStyleOptionViewItem narrower = option;
    const QRect mark = cancelButtonRect(option.rect);
    narrower.rect.setRight(mark.left() - 2);
    OutlineDelegate::paint(painter, option.rect == narrower.rect ? option : narrower, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (busy) {
        QPen frame(option.palette.color(QPalette::Highlight), 1.5, Qt::DashLine);
        painter->setPen(frame);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(mark, Qt::AlignCenter, QStringLiteral("✕"));
    } else {
        painter->setPen(QColor(0xd0, 0x3a, 0x2f));
        painter->drawText(mark, Qt::AlignCenter, QStringLiteral("⚠"));
    }
    painter->restore();
}

bool LinkIntakeDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const auto ref = itemOf(m_model, index);
        if (mouse->button() == Qt::LeftButton && ref && m_intake->isBusy(*ref) &&
            cancelButtonRect(option.rect).contains(mouse->position().toPoint())) {
            if (event->type() == QEvent::MouseButtonRelease)
                m_intake->cancel(*ref);
            return true; // the click is the button's, not a selection
        }
    }
    return OutlineDelegate::editorEvent(event, model, option, index);
}

bool LinkIntakeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (const auto ref = itemOf(m_model, index)) {
        QString tip;
        if (m_intake->isBusy(*ref))
            tip = tr("Fetching this link… (Esc or ✕ stops it)");
        else if (const QString reason = m_intake->failureOf(*ref); !reason.isEmpty())
            tip = tr("This link could not be fetched: %1").arg(reason);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return OutlineDelegate::helpEvent(event, view, option, index);
}

} // namespace wc
