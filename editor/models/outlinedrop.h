// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"
#include "outlinenode.h"

#include <QList>
#include <QStringList>

class QMimeData;

namespace wc {

// What a drop on the outline does, as document edits: nodes dragged inside one window move;
// URLs dropped from outside become new items; items dragged from the archive are copied whole;
// dropped .md files are to be opened.
class OutlineDrop {
public:
    static QString mimeType() { return QStringLiteral("application/x-weekly-composer-nodes"); }
    // Whole items (title, URL, description), as the Archive pane drags them out of past issues.
    static QString itemsMimeType() { return QStringLiteral("application/x-weekly-composer-items"); }

    struct Result {
        Edit edit;
        QList<OutlineNode> select; // the moved or new nodes, in the document after the edit
        QStringList filesToOpen;
        bool accepted() const { return !edit.isEmpty() || !filesToOpen.isEmpty(); }
    };

    // `owner` tells windows apart: nodes dragged from another window are not moved.
    static QMimeData *encode(const QList<OutlineNode> &nodes, quintptr owner);
    static QList<OutlineNode> decodeNodes(const QMimeData *data, quintptr owner);
    static bool hasExternalContent(const QMimeData *data);
    // Sets `items` on `data` in itemsMimeType() (any window may drop them).
    static void encodeItems(QMimeData *data, const QList<NewItem> &items);
    static QList<NewItem> decodeItems(const QMimeData *data);

    // Items go before item `position` of `section` (position == count appends).
    static Result dropItems(const IssueDocument &document, const QList<OutlineNode> &items,
                            int section, int position);
    // A section goes before sibling `position` among the sections with its parent.
    static Result dropSection(const IssueDocument &document, int section, int position);
    // Items dragged from the archive, else URLs, become items at `position` of `section`;
    // .md files are returned to be opened.
    static Result dropExternal(const IssueDocument &document, const QMimeData *data, int section,
                               int position);
};

} // namespace wc
