// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace wc::test {

// Answers the next modal message box with `button` as soon as it shows, and keeps its text:
// modal dialogs run their own event loop, so the answer has to come from a timer.
class ModalAnswer : public QObject {
public:
    explicit ModalAnswer(QMessageBox::StandardButton button)
        : m_button(button) {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_text = box->text();
            m_parent = box->parentWidget() ? box->parentWidget()->window() : nullptr;
            ++m_count;
            if (QAbstractButton *answer = box->button(m_button))
                answer->click();
            else
                box->reject();
        });
        m_timer.start();
    }
    QString text() const { return m_text; }
    int count() const { return m_count; }
    // The window the box was shown over (nullptr for none).
    QWidget *parentWindow() const { return m_parent; }

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    QString m_text;
    QWidget *m_parent = nullptr;
    int m_count = 0;
};

} // namespace wc::test
