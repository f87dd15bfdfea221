// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wc {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout) {
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warm = palette();
    const bool dark = warm.color(QPalette::Window).lightness() < 128;
    warm.setColor(QPalette::Window, dark ? QColor(0x5a, 0x4a, 0x1c) : QColor(0xff, 0xf4, 0xce));
    warm.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf4, 0xce) : QColor(0x3d, 0x32, 0x0b));
    setPalette(warm);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

QString NoticeBar::message() const {
    return isVisible() ? m_label->text() : QString();
}

void NoticeBar::showNotice(const QString &message, const QList<Choice> &choices) {
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->setText(message);
    for (const Choice &choice : choices) {
        auto *button = new QPushButton(choice.text, this);
        m_buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, action = choice.action] {
            hide();
            if (action)
                action();
        });
    }
    show();
}

} // namespace wc
