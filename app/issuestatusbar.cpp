// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuestatusbar.h"

#include "issuesession.h"
#include "issuestatistics.h"
#include "sourceeditor.h"

#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>

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

IssueStatusBar::IssueStatusBar(QStatusBar *bar, IssueSession *session, SourceEditor *source)
    : QObject(bar)
    , m_session(session)
    , m_source(source)
    , m_counts(new CachedTextLabel(bar))
    , m_words(new QLabel(bar))
    , m_position(new QLabel(bar))
    , m_recount(new QTimer(this)) {
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_words->setObjectName(QStringLiteral("statusWords"));
    m_position->setObjectName(QStringLiteral("statusPosition"));
    // The section list can be long: it gives way to the other two, the full list in its tooltip.
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
    m_recount->setSingleShot(true);
    m_recount->setInterval(recountDelayMs);
    connect(m_recount, &QTimer::timeout, this, &IssueStatusBar::recount);
    // Counting runs once the typing pauses, never inside a keystroke.
    connect(session, &IssueSession::documentChanged, m_recount, qOverload<>(&QTimer::start));
    connect(session, &IssueSession::filePathChanged, this, [this](const QString &path) {
        m_profile = path.isEmpty() ? NewsletterProfile::defaults() : findProfile(path).profile;
        m_recount->start();
    });
    connect(source, &QPlainTextEdit::cursorPositionChanged, this, &IssueStatusBar::showPosition);
    recount();
    showPosition();
}

void IssueStatusBar::recount() {
    m_recount->stop();
    const IssueStatistics statistics = computeStatistics(m_session->document(), m_profile);
    QStringList sections;
    int items = 0;
    for (const SectionStatistics &section : statistics.sections) {
        if (section.items == 0)
            continue;
        sections << tr("%1 %2").arg(section.label).arg(section.items);
        items += section.items;
    }
    const QString all = sections.join(QStringLiteral(" · "));
    // The label shows no more sections than a status bar has room for: laid out whole, the
    // list of a 16 MB issue's 24,000 sections took seconds (every emoji a PNG glyph).
    const QString shown = sections.size() <= shownSections
                              ? all
                              : sections.mid(0, shownSections).join(QStringLiteral(" · ")) +
                                    QStringLiteral(" · …");
    m_counts->setText(sections.isEmpty() ? tr("No items") : tr("Items: %1").arg(shown));
    m_counts->setToolTip(tr("%1 items: %2").arg(items).arg(all));
    m_words->setText(tr("%1 words").arg(statistics.words));
    m_words->setToolTip(tr("The word count the newsletter publishes (全文 N 字)"));
}

void IssueStatusBar::showPosition() {
    const QTextCursor cursor = m_source->textCursor();
    m_position->setText(
        tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

} // namespace wc
