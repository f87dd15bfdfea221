// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace wc {

// The outline's rows. An item's marks (🖼, ⭐ and its stars: OutlineModel::MarksRole) are
// drawn from a picture made once per mark text, after the title, which is elided before them
// so they stay in view. Qt 6.4 loads a colour emoji glyph again, PNG decoding included, each
// time a string holding one is laid out, and the style lays a row's text out twice per paint:
// that was a quarter of what a keystroke in a starred item cost.
class OutlineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QPixmap marksPicture(const QString &marks, const QFont &font, const QColor &pen,
                         qreal pixelRatio) const;

    mutable QHash<QString, QPixmap> m_pictures; // by marks, font, colour and pixel ratio
};

} // namespace wc
