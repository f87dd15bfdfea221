// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecontroller.h"

#include "archiveindex.h"
#include "archivepane.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"

#include <QFileInfo>
#include <QKeySequence>

#include <cstdlib>

namespace wc {

ArchiveController::ArchiveController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_pane(new ArchivePane) {
    m_pane->setObjectName(QStringLiteral("archivePane"));
    window->addSidePane(m_pane, QStringLiteral("archive"), tr("Archive"), Qt::LeftDockWidgetArea,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(window->session(), &IssueSession::filePathChanged, this,
            &ArchiveController::followFile);
    connect(m_pane, &ArchivePane::issueActivated, this, &ArchiveController::openIssue);
    connect(m_pane, &ArchivePane::itemActivated, this, &ArchiveController::openItem);
    followFile();
}

void ArchiveController::followFile() {
    const QString path = m_window->session()->filePath();
    m_pane->setIndex(path.isEmpty()
                         ? nullptr
                         : m_window->documents()->archiveFor(QFileInfo(path).absolutePath()));
}

void ArchiveController::openIssue(const QString &path) {
    m_window->documents()->open(path, m_window);
}

void ArchiveController::openItem(const QString &path, const ArchiveItem &item) {
    MainWindow *target = m_window->documents()->open(path, m_window);
    if (!target)
        return;
    const OutlineNode node = nodeOf(target->session()->document(), item);
    if (node.kind == OutlineNode::Kind::Item)
        target->editor()->selectNode(node);
}

OutlineNode ArchiveController::nodeOf(const IssueDocument &document, const ArchiveItem &item) {
    // The window may hold unsaved edits that moved the item: its link finds it, its line only
    // when the link is gone.
    const QString &text = document.text();
    OutlineNode best;
    int bestDistance = 0;
    OutlineNode atLine;
    for (int s = 0; s < document.sections().size(); ++s) {
        const auto &items = document.sections()[s].items;
        for (int i = 0; i < items.size(); ++i) {
            const int line = document.lineNumberAt(items[i].begin);
            if (line == item.line)
                atLine = {OutlineNode::Kind::Item, s, i};
            if (items[i].url.in(text) != item.url || items[i].title.in(text) != item.title)
                continue;
            const int distance = std::abs(line - item.line);
            if (best.kind == OutlineNode::Kind::None || distance < bestDistance) {
                best = {OutlineNode::Kind::Item, s, i};
                bestDistance = distance;
            }
        }
    }
    return best.kind == OutlineNode::Kind::Item ? best : atLine;
}

} // namespace wc
