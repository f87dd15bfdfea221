// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

#include <QMimeData>

// OutlineModel's drag and drop: what can be dragged and where it may land, translated into
// an OutlineDrop plan that the editor applies to the text.
namespace wc {

// ---- drag and drop ---------------------------------------------------------------------------

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const {
    const OutlineNode node = nodeAt(index);
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    switch (node.kind) {
    case OutlineNode::Kind::Item:
        return flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case OutlineNode::Kind::Section:
        return flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case OutlineNode::Kind::None: // the root: between top-level sections
        return flags | Qt::ItemIsDropEnabled;
    default:
        return flags;
    }
}

Qt::DropActions OutlineModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

Qt::DropActions OutlineModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const {
    return {OutlineDrop::mimeType(), OutlineDrop::itemsMimeType(), linksMimeType(),
            QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const {
    QList<OutlineNode> nodes;
    for (const QModelIndex &index : indexes) {
        const OutlineNode node = nodeAt(index);
        if ((node.kind == OutlineNode::Kind::Item || node.kind == OutlineNode::Kind::Section) &&
            !nodes.contains(node))
            nodes.append(node);
    }
    if (nodes.isEmpty())
        return nullptr;
    std::sort(nodes.begin(), nodes.end(), [](const OutlineNode &a, const OutlineNode &b) {
        return std::pair(a.section, a.item) < std::pair(b.section, b.item);
    });
    return OutlineDrop::encode(nodes, quintptr(this));
}

std::pair<int, int> OutlineModel::itemTarget(int row, const QModelIndex &parent) const {
    const OutlineNode node = nodeAt(parent);
    if (node.kind == OutlineNode::Kind::Item) // onto an item: take its place
        return {node.section, node.item};
    if (node.kind == OutlineNode::Kind::Section) {
        const int count = int(m_sections[node.section].items.size());
        return {node.section, row < 0 || row > count ? count : row};
    }
    if (node.kind == OutlineNode::Kind::None && row > headerRows()) {
        // Between two top-level sections: the end of the one above.
        const int above = m_topLevel.value(row - headerRows() - 1, -1);
        if (above >= 0)
            return {above, int(m_sections[above].items.size())};
    }
    return {-1, -1};
}

OutlineDrop::Result OutlineModel::planDrop(const QMimeData *data, int row,
                                           const QModelIndex &parent) const {
    if (!m_document)
        return {};
    const QList<OutlineNode> nodes = OutlineDrop::decodeNodes(data, quintptr(this));
    const auto section = std::find_if(nodes.cbegin(), nodes.cend(), [](const OutlineNode &n) {
        return n.kind == OutlineNode::Kind::Section;
    });
    if (section != nodes.cend()) {
        const int moving = section->section;
        const int siblingParent = m_sections[moving].parent;
        const OutlineNode target = nodeAt(parent);
        int position = -1;
        if (target.kind == OutlineNode::Kind::None && siblingParent < 0) {
            position = std::max(0, row - headerRows());
        } else if (target.kind == OutlineNode::Kind::Section && row < 0 &&
                   m_sections[target.section].parent == siblingParent) {
            const QList<int> siblings =
                siblingParent < 0 ? m_topLevel : m_sections[siblingParent].children;
            position = int(siblings.indexOf(target.section));
        } else if (target.kind == OutlineNode::Kind::Section && target.section == siblingParent) {
            position = std::max(0, row - int(m_sections[target.section].items.size()));
        }
        if (position < 0)
            return {};
        return OutlineDrop::dropSection(*m_document, moving, position);
    }
    const auto [targetSection, position] = itemTarget(row, parent);
    if (targetSection < 0)
        return {};
    if (!nodes.isEmpty())
        return OutlineDrop::dropItems(*m_document, nodes, targetSection, position);
    return OutlineDrop::dropExternal(*m_document, data, targetSection, position);
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                   const QModelIndex &parent) const {
    if (data->hasFormat(linksMimeType()))
        return itemTarget(row, parent).first >= 0;
    if (!data->hasFormat(OutlineDrop::mimeType()) && !OutlineDrop::hasExternalContent(data))
        return false;
    const OutlineNode target = nodeAt(parent);
    if (data->hasFormat(OutlineDrop::mimeType()))
        return !OutlineDrop::decodeNodes(data, quintptr(this)).isEmpty() &&
               (target.kind != OutlineNode::Kind::None || row > headerRows() - 1);
    return itemTarget(row, parent).first >= 0 || data->hasUrls();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                const QModelIndex &parent) {
    if (action == Qt::IgnoreAction)
        return true;
    if (data->hasFormat(linksMimeType())) {
        const auto [section, position] = itemTarget(row, parent);
        if (section < 0)
            return false;
        emit linksDropped(data->data(linksMimeType()), section, position);
        return true;
    }
    const OutlineDrop::Result result = planDrop(data, row, parent);
    if (!result.filesToOpen.isEmpty())
        emit openRequested(result.filesToOpen);
    if (!result.edit.isEmpty())
        emit editRequested(result.edit, result.select);
    // The move happened in the text; the view must not remove the dragged rows itself
    // (removeRows is not implemented, so it cannot).
    return result.accepted();
}

} // namespace wc
