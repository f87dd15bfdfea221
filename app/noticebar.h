// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace wc {

// A band above the editor for news that needs an answer but must not block typing: the file
// changed on disk, was deleted, could not be reloaded.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    struct Choice {
        QString text;
        std::function<void()> action;
    };
    explicit NoticeBar(QWidget *parent = nullptr);
    // Shows `message` with one button per choice; every button also closes the bar.
    void showNotice(const QString &message, const QList<Choice> &choices);
    QString message() const;

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace wc
