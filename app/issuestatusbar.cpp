// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuestatusbar.h"

#include "livestatistics.h"
#include "sourceeditor.h"

#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QTextBlock>

namespace wc {

namespace {

// The section list, elided to its width and drawn from a picture made once per text, size and
// palette: its emoji are bitmap glyphs (PNG in the font) that cost milliseconds to draw, and
// the status bar is repainted on every keystroke.
class CachedTextLabel : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *) override {
        const qreal ratio = devicePixelRatioF();
        const QString key = QStringLiteral("%1|%2x%3|%4|%5")
                                .arg(text())
                                .arg(width())
                                .arg(height())
                                .arg(palette().cacheKey())
                                .arg(ratio);
        if (key != m_key) {
            m_key = key;
            m_picture = QPixmap(size() * ratio);
            m_picture.setDevicePixelRatio(ratio);
            m_picture.fill(Qt::transparent);
            QPainter painter(&m_picture);
            painter.setFont(font());
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                             fontMetrics().elidedText(text(), Qt::ElideRight, width()));
        }
        QPainter(this).drawPixmap(0, 0, m_picture);
    }

private:
    QString m_key;
    QPixmap m_picture;
};

} // namespace

IssueStatusBar::IssueStatusBar(QStatusBar *bar, LiveStatistics *statistics, SourceEditor *source)
    : QObject(bar)
    , m_statistics(statistics)
    , m_source(source)
    , m_counts(new CachedTextLabel(bar))
    , m_words(new QLabel(bar))
    , m_position(new QLabel(bar)) {
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_words->setObjectName(QStringLiteral("statusWords"));
    m_position->setObjectName(QStringLiteral("statusPosition"));
    // The kind list can be long: it gives way to the other two, each section in its tooltip.
    m_counts->setMinimumWidth(0);
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The cursor's place changes with every key: at a width of its own, its label never makes
    // the status bar lay out and repaint the section list (emoji are costly to draw).
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(tr("Line %1, Column %2").arg(99999).arg(9999)));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addPermanentWidget(m_counts, 1);
    bar->addPermanentWidget(m_words);
    bar->addPermanentWidget(m_position);
    connect(statistics, &LiveStatistics::updated, this, &IssueStatusBar::showCounts);
    connect(source, &QPlainTextEdit::cursorPositionChanged, this, &IssueStatusBar::showPosition);
    recount();
    showPosition();
}

void IssueStatusBar::recount() {
    m_statistics->recountNow(); // shown through updated()
}

void IssueStatusBar::showCounts() {
    const IssueStatistics &statistics = m_statistics->statistics();
    // Kinds in the order the issue first has them; each section in the tooltip.
    QList<SectionKind> kinds;
    QStringList sections;
    int items = 0;
    for (const SectionStatistics &section : statistics.sections) {
        if (section.items == 0)
            continue;
        if (!kinds.contains(section.kind))
            kinds.append(section.kind);
        sections << tr("%1 %2").arg(section.label).arg(section.items);
        items += section.items;
    }
    QStringList perKind;
    for (SectionKind kind : std::as_const(kinds))
        perKind << tr("%1 %2").arg(LiveStatistics::kindTitle(kind)).arg(statistics.count(kind));
    m_counts->setText(kinds.isEmpty() ? tr("No items")
                                      : tr("Items: %1").arg(perKind.join(QStringLiteral(" · "))));
    m_counts->setToolTip(tr("%1 items: %2").arg(items).arg(sections.join(QStringLiteral(" · "))));
    m_words->setText(tr("%1 words").arg(statistics.words));
    m_words->setToolTip(tr("The word count the newsletter publishes (全文 N 字)"));
}

void IssueStatusBar::showPosition() {
    const QTextCursor cursor = m_source->textCursor();
    m_position->setText(
        tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

} // namespace wc
