// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinedelegate.h"

namespace wc {

class LinkIntake;
class OutlineModel;

// Draws link intake's state on the outline's item rows: a frame and a cancel button (✕) while
// the item's page is fetched, a warning sign after a failed fetch (its reason in the tooltip).
class LinkIntakeDelegate : public OutlineDelegate {
    Q_OBJECT
public:
    LinkIntakeDelegate(LinkIntake *intake, OutlineModel *model, QObject *parent = nullptr);

    // Where a row's cancel button is, given the row's rectangle.
    static QRect cancelButtonRect(const QRect &row);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    LinkIntake *m_intake;
    OutlineModel *m_model;
};

} // namespace wc
