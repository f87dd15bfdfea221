// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedelegate.h"

#include "outlinemodel.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace wc {

namespace {
// Pictures kept at most (a few hundred starred items; the cache starts again beyond that).
constexpr qsizetype maxPictures = 512;
} // namespace

void OutlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    const QString marks = index.data(OutlineModel::MarksRole).toString();
    if (marks.isEmpty() || option.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    const QString suffix = QStringLiteral("  ") + marks;
    if (!row.text.endsWith(suffix)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = row.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    row.text.chop(suffix.size());
    const QPalette::ColorGroup group = !(row.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (row.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor pen = row.palette.color(
        group, row.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    const QPixmap picture =
        marksPicture(marks, row.font, pen, painter->device()->devicePixelRatioF());
    const int pictureWidth = int(std::ceil(picture.width() / picture.devicePixelRatio()));
    const int pictureHeight = int(std::ceil(picture.height() / picture.devicePixelRatio()));

    // The style draws the title with a margin on each side of its text rectangle.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &row, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int gap = row.fontMetrics.horizontalAdvance(QStringLiteral("  "));
    const int room = textRect.width() - 2 * margin - gap - pictureWidth - 1;
    if (room <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    row.text = row.fontMetrics.elidedText(row.text, row.textElideMode, room);
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);
    const int x = textRect.left() + margin + row.fontMetrics.horizontalAdvance(row.text) + gap;
    const int y = textRect.top() + (textRect.height() - pictureHeight) / 2;
    painter->drawPixmap(QPoint(x, y), picture);
}

QPixmap OutlineDelegate::marksPicture(const QString &marks, const QFont &font, const QColor &pen,
                                      qreal pixelRatio) const {
    const QString key = marks + u'\n' + font.key() + u'\n' + pen.name(QColor::HexArgb) + u'\n' +
                        QString::number(pixelRatio);
    if (const auto found = m_pictures.constFind(key); found != m_pictures.cend())
        return *found;
    const QFontMetrics metrics(font);
    const QSize size(std::max(1, metrics.horizontalAdvance(marks)), metrics.height());
    QPixmap picture(size * pixelRatio);
    picture.setDevicePixelRatio(pixelRatio);
    picture.fill(Qt::transparent);
    {
        QPainter paint(&picture);
        paint.setFont(font);
        paint.setPen(pen);
        paint.drawText(QRect(QPoint(0, 0), size), Qt::AlignLeft | Qt::AlignVCenter, marks);
    }
    if (m_pictures.size() >= maxPictures)
        m_pictures.clear();
    m_pictures.insert(key, picture);
    return picture;
}

} // namespace wc
