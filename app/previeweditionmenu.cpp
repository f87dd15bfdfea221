// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previeweditionmenu.h"

#include "previewview.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace wc {

namespace {

struct PreviewEditionMenu {
    Q_DECLARE_TR_FUNCTIONS(wc::PreviewEditionMenu)
};

} // namespace

QMenu *createPreviewEditionMenu(PreviewView *preview, QWidget *parent) {
    auto *menu = new QMenu(PreviewEditionMenu::tr("Preview &Edition"), parent);
    menu->setObjectName(QStringLiteral("previewEditionMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<PreviewView::Shows, QString> choices[] = {
        {PreviewView::Shows::AsWritten, PreviewEditionMenu::tr("As &Written")},
        {PreviewView::Shows::ChineseEdition, PreviewEditionMenu::tr("&Chinese Edition (中文)")},
        {PreviewView::Shows::EnglishEdition, PreviewEditionMenu::tr("&English Edition")},
    };
    for (const auto &[shows, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(preview->shows() == shows);
        action->setData(int(shows));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, preview,
                         [preview, shows = shows] { preview->setShows(shows); });
    }
    QObject::connect(preview, &PreviewView::showsChanged, menu, [group](PreviewView::Shows shows) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == int(shows));
    });
    return menu;
}

} // namespace wc
