// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace wc::windowplacement {

QRect initialFrame(const QRect &available) {
    // Up to 1600×1000 (what the panes are designed for), and never more than 94 % of the
    // screen, so the window's edges are in view and can be grabbed.
    const QSize size(std::min(1600, available.width() * 94 / 100),
                     std::min(1000, available.height() * 94 / 100));
    QRect frame(QPoint(), size);
    frame.moveCenter(available.center());
    return frame;
}

QRect fitted(const QRect &frame, const QRect &available) {
    QRect result(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (result.right() > available.right())
        result.moveRight(available.right());
    if (result.bottom() > available.bottom())
        result.moveBottom(available.bottom());
    if (result.left() < available.left())
        result.moveLeft(available.left());
    if (result.top() < available.top())
        result.moveTop(available.top());
    return result;
}

namespace {

// The frame's extra size around the client area, as the window system adds it (zero before
// the window is shown on some platforms: then the estimate errs on the small side).
QSize frameExtra(const QWidget *window) {
    return window->frameGeometry().size() - window->geometry().size();
}

void setFrame(QWidget *window, const QRect &frame) {
    const QSize extra = frameExtra(window);
    window->resize(frame.size() - extra);
    window->move(frame.topLeft());
}

// Brings `window` inside the screen it is on, now that the window system has given it its
// frame (unknown before the window is first shown).
class FitOnShow : public QObject {
public:
    explicit FitOnShow(QWidget *window)
        : QObject(window) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Show) {
            auto *window = static_cast<QWidget *>(watched);
            window->removeEventFilter(this);
            QTimer::singleShot(0, window, [window] { fitInsideScreen(window); });
            deleteLater();
        }
        return false;
    }
};

} // namespace

void fitInsideScreen(QWidget *window) {
    QScreen *screen = QGuiApplication::screenAt(window->frameGeometry().center());
    if (!screen)
        screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!available.contains(frame))
        setFrame(window, fitted(frame, available));
}

void place(QWidget *window, const QByteArray &rememberedGeometry) {
    if (rememberedGeometry.isEmpty() || !window->restoreGeometry(rememberedGeometry)) {
        QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        setFrame(window, initialFrame(screen->availableGeometry()));
    }
    fitInsideScreen(window);
    new FitOnShow(window);
}

} // namespace wc::windowplacement
