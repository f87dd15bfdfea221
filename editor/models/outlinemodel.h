// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "outlinedrop.h"
#include "outlinenode.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMap>

namespace wc {

// The issue as a tree: front matter, preamble, sections (`###` under their `##`), items.
// setDocument() compares the new parse with the previous one and reports only what changed
// (dataChanged, rows inserted or removed), so selection and expansion survive typing.
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // WarningRole: the reasons of the checks' findings on the row (one a line), empty if none.
    // MarksRole: the marks at the end of an item's text (🖼 for an image, ⭐ and the stars),
    // which the text shows after two spaces; empty if none.
    enum Role { NodeRole = Qt::UserRole + 1, LineRole, WarningRole, MarksRole };

    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(const IssueDocument &document);
    // The same after `change` (IssueSession::lastChange()): only the sections it replaced
    // are read again.
    void setDocument(const IssueDocument &document, const DocumentChange &change);

    // The inbox's drag format (editor/intake/linkinbox.h names the same type).
    static QString linksMimeType() { return QStringLiteral("application/x-weekly-composer-links"); }
    // The checks' findings by row: (section, item) for an item, (section, -1) for a section,
    // as numbered in the current document; each value is its reasons, one a line. Rows show a
    // ⚠ and the reasons in their tooltip. Only the rows whose warning changed are reported
    // (dataChanged), so setting the same warnings again costs no repaint. A warning belongs
    // to its row, not to its number: rows inserted or removed above it (typing, a form edit)
    // leave it on its item until the next setWarnings(); a warning for no row is dropped.
    using Warnings = QMap<std::pair<int, int>, QString>;
    void setWarnings(const Warnings &warnings);
    Warnings warnings() const;

    QModelIndex indexFor(const OutlineNode &node) const;
    OutlineNode nodeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Drag and drop: items and sections move inside the window; URLs and .md files come in.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A drop asks for `edit` to be applied, then `select` to be selected.
    void editRequested(const wc::Edit &edit, const QList<wc::OutlineNode> &select);
    void openRequested(const QStringList &files);
    // Links dragged from the inbox (linksMimeType(), opaque here) land before item `position`
    // of `section`: the inbox makes them items, as the newsletter writes that section's kind.
    void linksDropped(const QByteArray &links, int section, int position);

private:
    OutlineDrop::Result planDrop(const QMimeData *data, int row, const QModelIndex &parent) const;
    // Where an item dropped at (row, parent) goes: {section, position}, or {-1, -1}.
    std::pair<int, int> itemTarget(int row, const QModelIndex &parent) const;

    struct ItemRow {
        QString text;
        QString marks; // the end of `text`
        QString tooltip;
        QString url;
        QString problems;
        // Which item this is, whatever its number: its link and title.
        QString identity;
        // The checks' reasons: they stay with the item as rows come and go, and are not part
        // of what the row shows of the document, so comparing rows of two parses leaves them
        // out.
        QString warning;
        friend bool operator==(const ItemRow &a, const ItemRow &b) {
            return a.text == b.text && a.tooltip == b.tooltip && a.url == b.url &&
                   a.problems == b.problems;
        }
    };
    struct SectionRow {
        int level = 2;
        int parent = -1;
        QString label;
        QString warning; // the checks' reasons, as ItemRow::warning
        QList<ItemRow> items;
        QList<int> children; // `###` sections under this one
    };

    static SectionRow snapshotSection(const IssueDocument &document, const SectionNode &section);
    static QList<SectionRow> snapshot(const IssueDocument &document);
    // The rows become `next` (all sections), with the fewest row signals.
    void applyRows(const QList<SectionRow> &next);
    void updateSection(int section, const SectionRow &next);
    int lineOf(const OutlineNode &node) const;
    int headerRows() const { return (m_hasFrontMatter ? 1 : 0) + (m_hasPreamble ? 1 : 0); }
    int rowOfSection(int section) const;
    QModelIndex sectionIndex(int section) const;
    bool sameShape(const QList<SectionRow> &next) const;
    void updateItems(int section, const QList<ItemRow> &next);
    // Shape changes (sections added, removed, regrouped under `##`) as row removals and
    // insertions of the changed top-level rows.
    void replaceChangedGroups(const QList<SectionRow> &next);
    bool sameGroup(const QList<SectionRow> &next, std::pair<int, int> mine,
                   std::pair<int, int> theirs) const;
    // Rebuilds every section's list of subsections from their parents, and m_topLevel.
    void relink();
    void updateHeaderRows(bool hasFrontMatter, bool hasPreamble);

    const IssueDocument *m_document = nullptr;
    bool m_hasFrontMatter = false;
    bool m_hasPreamble = false;
    QList<SectionRow> m_sections;
    QList<int> m_topLevel; // the sections without a parent, in order
};

} // namespace wc
