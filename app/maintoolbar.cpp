// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintoolbar.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QToolBar>

namespace wc::maintoolbar {

void setIcon(QAction *action, const char *themeName) {
    const QString name = QString::fromLatin1(themeName);
    QIcon fallback;
    fallback.addFile(QStringLiteral(":/icons/%1.png").arg(name), QSize(24, 24));
    fallback.addFile(QStringLiteral(":/icons/%1@2x.png").arg(name), QSize(48, 48));
    action->setIcon(QIcon::fromTheme(name, fallback));
}

QString tooltipFor(const QAction *action) {
    // The icon text: the menu text without its mnemonic, unless the action has a better one.
    QString text = action->iconText();
    text.remove(QStringLiteral("…"));
    const QKeySequence shortcut = action->shortcut();
    if (shortcut.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

QToolBar *create(QWidget *window, const QList<QAction *> &actions) {
    auto *bar = new QToolBar(QCoreApplication::translate("MainToolBar", "Main Toolbar"), window);
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *action : actions) {
        if (!action) {
            bar->addSeparator();
            continue;
        }
        bar->addAction(action);
        action->setToolTip(tooltipFor(action));
        // The tooltip follows a shortcut or text changed later (a language switch).
        QObject::connect(action, &QAction::changed, bar, [action] {
            const QString tip = tooltipFor(action);
            if (action->toolTip() != tip)
                action->setToolTip(tip);
        });
    }
    return bar;
}

} // namespace wc::maintoolbar
