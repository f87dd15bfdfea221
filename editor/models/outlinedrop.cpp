// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedrop.h"

#include <QDataStream>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace wc {

namespace {

QList<QUrl> droppedUrls(const QMimeData *data) {
    if (data->hasUrls())
        return data->urls();
    QList<QUrl> urls;
    if (data->hasText()) {
        for (const QString &line : data->text().split(u'\n', Qt::SkipEmptyParts)) {
            const QUrl url(line.trimmed(), QUrl::StrictMode);
            if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
                urls << url;
        }
    }
    return urls;
}

// A readable placeholder title: host and path, which the user then overwrites.
QString titleFor(const QUrl &url) {
    QString title = url.host() + url.path();
    while (title.endsWith(u'/'))
        title.chop(1);
    return title.isEmpty() ? url.toString() : title;
}

} // namespace

QMimeData *OutlineDrop::encode(const QList<OutlineNode> &nodes, quintptr owner) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint64(owner) << qint32(nodes.size());
    for (const OutlineNode &node : nodes)
        out << qint32(node.kind) << qint32(node.section) << qint32(node.item);
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<OutlineNode> OutlineDrop::decodeNodes(const QMimeData *data, quintptr owner) {
    QList<OutlineNode> nodes;
    if (!data->hasFormat(mimeType()))
        return nodes;
    const QByteArray bytes = data->data(mimeType());
    QDataStream in(bytes);
    quint64 from = 0;
    qint32 count = 0;
    in >> from >> count;
    if (from != owner || count < 0 || count > 100000)
        return nodes;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 kind = 0, section = 0, item = 0;
        in >> kind >> section >> item;
        nodes.append({OutlineNode::Kind(kind), section, item});
    }
    return nodes;
}

bool OutlineDrop::hasExternalContent(const QMimeData *data) {
    return !decodeItems(data).isEmpty() || !droppedUrls(data).isEmpty();
}

void OutlineDrop::encodeItems(QMimeData *data, const QList<NewItem> &items) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(items.size());
    for (const NewItem &item : items)
        out << item.title << item.url << item.description;
    data->setData(itemsMimeType(), bytes);
}

QList<NewItem> OutlineDrop::decodeItems(const QMimeData *data) {
    QList<NewItem> items;
    if (!data->hasFormat(itemsMimeType()))
        return items;
    QDataStream in(data->data(itemsMimeType()));
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && i < 10000; ++i) {
        NewItem item;
        in >> item.title >> item.url >> item.description;
        if (in.status() != QDataStream::Ok)
            return {};
        items.append(item);
    }
    return items;
}

OutlineDrop::Result OutlineDrop::dropItems(const IssueDocument &document,
                                           const QList<OutlineNode> &items, int section,
                                           int position) {
    Result result;
    QList<ItemRef> refs;
    for (const OutlineNode &node : items) {
        if (node.kind == OutlineNode::Kind::Item && node.section < document.sections().size() &&
            node.item < document.sections()[node.section].items.size())
            refs.append({node.section, node.item});
    }
    if (refs.isEmpty() || section < 0 || section >= document.sections().size())
        return result;
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    const DocumentEdits edits(document);
    result.edit = edits.moveItems(refs, section, position);
    const int landing = edits.landingOf(refs, section, position);
    for (int k = 0; k < refs.size(); ++k)
        result.select.append({OutlineNode::Kind::Item, section, landing + k});
    return result;
}

OutlineDrop::Result OutlineDrop::dropSection(const IssueDocument &document, int section,
                                             int position) {
    Result result;
    if (section < 0 || section >= document.sections().size())
        return result;
    const DocumentEdits edits(document);
    result.edit = edits.moveSection(section, position);
    if (!result.edit.isEmpty())
        result.select.append(
            {OutlineNode::Kind::Section, edits.sectionIndexAfterMove(section, position), -1});
    return result;
}

OutlineDrop::Result OutlineDrop::dropExternal(const IssueDocument &document, const QMimeData *data,
                                              int section, int position) {
    Result result;
    QList<NewItem> items = decodeItems(data);
    for (const QUrl &url : items.isEmpty() ? droppedUrls(data) : QList<QUrl>()) {
        if (url.isLocalFile()) {
            if (QFileInfo(url.toLocalFile()).suffix().compare(u"md", Qt::CaseInsensitive) == 0 ||
                QFileInfo(url.toLocalFile()).suffix().compare(u"markdown", Qt::CaseInsensitive) ==
                    0)
                result.filesToOpen << url.toLocalFile();
        } else if (url.scheme() == u"http" || url.scheme() == u"https") {
            items.append({titleFor(url), url.toString(QUrl::FullyEncoded), QString()});
        }
    }
    if (items.isEmpty() || section < 0 || section >= document.sections().size())
        return result;
    position = std::clamp(position, 0, int(document.sections()[section].items.size()));
    result.edit = DocumentEdits(document).insertItems(section, position, items);
    for (int k = 0; k < items.size(); ++k)
        result.select.append({OutlineNode::Kind::Item, section, position + k});
    return result;
}

} // namespace wc
