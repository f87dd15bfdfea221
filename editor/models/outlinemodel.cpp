// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

#include "commonends.h"
#include "sectiontree.h"

#include <QHash>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace wc {

namespace {

constexpr int kindShift = 60;
constexpr int sectionShift = 30;
constexpr quintptr fieldMask = (quintptr(1) << 30) - 1;

quintptr encode(OutlineNode::Kind kind, int section, int item) {
    return (quintptr(kind) << kindShift) | (quintptr(section + 1) << sectionShift) |
           quintptr(item + 1);
}

OutlineNode decode(quintptr id) {
    OutlineNode node;
    node.kind = OutlineNode::Kind(id >> kindShift);
    node.section = int((id >> sectionShift) & fieldMask) - 1;
    node.item = int(id & fieldMask) - 1;
    return node;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent) {}

OutlineModel::SectionRow OutlineModel::snapshotSection(const IssueDocument &document,
                                                       const SectionNode &section) {
    const QString &text = document.text();
    SectionRow row;
    row.level = section.level;
    row.parent = section.parent;
    row.label = document.sectionLabel(section);
    QSet<QStringView> numbers;
    QSet<QStringView> duplicates;
    for (const ItemNode &item : section.items) {
        const QStringView number = item.number.in(text);
        if (numbers.contains(number))
            duplicates.insert(number);
        numbers.insert(number);
    }
    row.items.reserve(section.items.size());
    for (const ItemNode &item : section.items) {
        ItemRow itemRow;
        QStringList problems;
        if (!item.isCircled() && !item.hasLink)
            problems << tr("no link");
        if (!item.isCircled() && item.description().isEmpty())
            problems << tr("empty description");
        if (duplicates.contains(item.number.in(text)))
            problems << tr("duplicate number %1").arg(item.number.in(text));
        itemRow.problems = problems.join(QStringLiteral(", "));
        QString display = item.number.in(text).toString();
        display.append(item.separator.in(text));
        if (!item.isCircled() && item.separator.in(text) == u".")
            display.append(u' ');
        display.append(item.title.in(text));
        QStringList marks;
        if (item.image.blockIndex >= 0)
            marks << QStringLiteral("🖼");
        if (!item.notes.starValue.isEmpty())
            marks << QStringLiteral("⭐") + item.notes.starValue.in(text).toString();
        if (!marks.isEmpty()) {
            itemRow.marks = marks.join(u' ');
            display += QStringLiteral("  ") + itemRow.marks;
        }
        if (!problems.isEmpty())
            display.prepend(QStringLiteral("⚠ "));
        itemRow.text = display;
        if (item.hasLink)
            itemRow.url = item.url.in(text).toString();
        itemRow.identity = itemRow.url + u'\n' + item.title.in(text).toString();
        itemRow.tooltip = itemRow.url;
        if (!problems.isEmpty())
            itemRow.tooltip += (itemRow.tooltip.isEmpty() ? QString() : QStringLiteral("\n")) +
                               tr("Problems: %1").arg(itemRow.problems);
        row.items.append(itemRow);
    }
    return row;
}

QList<OutlineModel::SectionRow> OutlineModel::snapshot(const IssueDocument &document) {
    QList<SectionRow> rows;
    rows.reserve(document.sections().size());
    for (const SectionNode &section : document.sections())
        rows.append(snapshotSection(document, section));
    for (int s = 0; s < rows.size(); ++s) {
        if (rows[s].parent >= 0)
            rows[rows[s].parent].children.append(s);
    }
    return rows;
}

int OutlineModel::rowOfSection(int section) const {
    const SectionRow &row = m_sections[section];
    if (row.parent >= 0) {
        const SectionRow &parent = m_sections[row.parent];
        return int(parent.items.size() + parent.children.indexOf(section));
    }
    // m_topLevel is in ascending order: a binary search, not a scan per row asked for.
    return headerRows() + int(std::lower_bound(m_topLevel.cbegin(), m_topLevel.cend(), section) -
                              m_topLevel.cbegin());
}

QModelIndex OutlineModel::sectionIndex(int section) const {
    if (section < 0 || section >= m_sections.size())
        return {};
    return createIndex(rowOfSection(section), 0, encode(OutlineNode::Kind::Section, section, -1));
}

QModelIndex OutlineModel::indexFor(const OutlineNode &node) const {
    switch (node.kind) {
    case OutlineNode::Kind::FrontMatter:
        return m_hasFrontMatter ? createIndex(0, 0, encode(node.kind, -1, -1)) : QModelIndex();
    case OutlineNode::Kind::Preamble:
        return m_hasPreamble ? createIndex(m_hasFrontMatter ? 1 : 0, 0, encode(node.kind, -1, -1))
                             : QModelIndex();
    case OutlineNode::Kind::Section:
        return sectionIndex(node.section);
    case OutlineNode::Kind::Item:
        if (node.section < 0 || node.section >= m_sections.size() || node.item < 0 ||
            node.item >= m_sections[node.section].items.size())
            return {};
        return createIndex(node.item, 0, encode(node.kind, node.section, node.item));
    case OutlineNode::Kind::None:
        break;
    }
    return {};
}

OutlineNode OutlineModel::nodeAt(const QModelIndex &index) const {
    return index.isValid() ? decode(index.internalId()) : OutlineNode{};
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row < headerRows()) {
            const bool frontMatter = m_hasFrontMatter && row == 0;
            return createIndex(
                row, 0,
                encode(frontMatter ? OutlineNode::Kind::FrontMatter : OutlineNode::Kind::Preamble,
                       -1, -1));
        }
        const int k = row - headerRows();
        return k < m_topLevel.size()
                   ? createIndex(row, 0, encode(OutlineNode::Kind::Section, m_topLevel[k], -1))
                   : QModelIndex();
    }
    const OutlineNode node = nodeAt(parent);
    if (node.kind != OutlineNode::Kind::Section)
        return {};
    const SectionRow &section = m_sections[node.section];
    if (row < section.items.size())
        return createIndex(row, 0, encode(OutlineNode::Kind::Item, node.section, row));
    const int child = row - int(section.items.size());
    return child < section.children.size()
               ? createIndex(row, 0,
                             encode(OutlineNode::Kind::Section, section.children[child], -1))
               : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const {
    const OutlineNode node = nodeAt(child);
    if (node.kind == OutlineNode::Kind::Item)
        return sectionIndex(node.section);
    if (node.kind == OutlineNode::Kind::Section && node.section < m_sections.size() &&
        m_sections[node.section].parent >= 0)
        return sectionIndex(m_sections[node.section].parent);
    return {};
}

int OutlineModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return headerRows() + int(m_topLevel.size());
    const OutlineNode node = nodeAt(parent);
    if (node.kind != OutlineNode::Kind::Section || node.section >= m_sections.size())
        return 0;
    const SectionRow &section = m_sections[node.section];
    return int(section.items.size() + section.children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const {
    return 1;
}

int OutlineModel::lineOf(const OutlineNode &node) const {
    // From the document, not stored in the rows: an edit that adds a line moves every line
    // below it, and would otherwise touch every row below it.
    if (!m_document || node.section < 0 || node.section >= m_document->sections().size())
        return 0;
    const SectionNode &section = m_document->sections()[node.section];
    if (node.kind == OutlineNode::Kind::Section)
        return m_document->lineNumberAt(section.begin);
    if (node.item < 0 || node.item >= section.items.size())
        return 0;
    return m_document->lineNumberAt(section.items[node.item].begin);
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const {
    const OutlineNode node = nodeAt(index);
    if (role == NodeRole)
        return QVariant::fromValue(node);
    switch (node.kind) {
    case OutlineNode::Kind::FrontMatter:
        if (role == Qt::DisplayRole)
            return tr("Front matter");
        if (role == LineRole)
            return 1;
        break;
    case OutlineNode::Kind::Preamble:
        if (role == Qt::DisplayRole)
            return tr("Preamble");
        if (role == LineRole)
            return m_document && !m_document->preamble().isEmpty()
                       ? m_document->lineNumberAt(m_document->preamble().first().content.begin)
                       : 1;
        break;
    case OutlineNode::Kind::Section: {
        const SectionRow &section = m_sections[node.section];
        const QString &warning = section.warning;
        if (role == Qt::DisplayRole) {
            const QString text =
                tr("%1 (%n)", nullptr, int(section.items.size())).arg(section.label);
            return warning.isEmpty() ? text : QStringLiteral("⚠ ") + text;
        }
        if (role == LineRole)
            return lineOf(node);
        if (role == WarningRole)
            return warning;
        if (role == Qt::ToolTipRole)
            return warning.isEmpty() ? tr("Line %1").arg(lineOf(node))
                                     : tr("Line %1").arg(lineOf(node)) + u'\n' + warning;
        break;
    }
    case OutlineNode::Kind::Item: {
        const ItemRow &item = m_sections[node.section].items[node.item];
        const QString &warning = item.warning;
        if (role == Qt::DisplayRole)
            return warning.isEmpty() || !item.problems.isEmpty() ? item.text
                                                                 : QStringLiteral("⚠ ") + item.text;
        if (role == Qt::ToolTipRole) {
            if (warning.isEmpty())
                return item.tooltip;
            // The checks' reasons say what the row's own problem list says, and more.
            return item.url.isEmpty() ? warning : item.url + u'\n' + warning;
        }
        if (role == WarningRole)
            return warning;
        if (role == MarksRole)
            return item.marks;
        if (role == LineRole)
            return lineOf(node);
        break;
    }
    case OutlineNode::Kind::None:
        break;
    }
    return {};
}

void OutlineModel::setWarnings(const Warnings &warnings) {
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, WarningRole};
    for (int s = 0; s < m_sections.size(); ++s) {
        SectionRow &section = m_sections[s];
        const QString sectionWarning = warnings.value({s, -1});
        if (section.warning != sectionWarning) {
            section.warning = sectionWarning;
            const QModelIndex at = sectionIndex(s);
            emit dataChanged(at, at, roles);
        }
        for (int i = 0; i < section.items.size(); ++i) {
            const QString itemWarning = warnings.value({s, i});
            if (section.items[i].warning != itemWarning) {
                section.items[i].warning = itemWarning;
                const QModelIndex at = createIndex(i, 0, encode(OutlineNode::Kind::Item, s, i));
                emit dataChanged(at, at, roles);
            }
        }
    }
}

OutlineModel::Warnings OutlineModel::warnings() const {
    Warnings warnings;
    for (int s = 0; s < m_sections.size(); ++s) {
        if (!m_sections[s].warning.isEmpty())
            warnings.insert({s, -1}, m_sections[s].warning);
        for (int i = 0; i < m_sections[s].items.size(); ++i) {
            if (!m_sections[s].items[i].warning.isEmpty())
                warnings.insert({s, i}, m_sections[s].items[i].warning);
        }
    }
    return warnings;
}

void OutlineModel::updateHeaderRows(bool hasFrontMatter, bool hasPreamble) {
    if (hasFrontMatter != m_hasFrontMatter) {
        if (hasFrontMatter) {
            beginInsertRows({}, 0, 0);
            m_hasFrontMatter = true;
            endInsertRows();
        } else {
            beginRemoveRows({}, 0, 0);
            m_hasFrontMatter = false;
            endRemoveRows();
        }
    }
    if (hasPreamble != m_hasPreamble) {
        const int row = m_hasFrontMatter ? 1 : 0;
        if (hasPreamble) {
            beginInsertRows({}, row, row);
            m_hasPreamble = true;
            endInsertRows();
        } else {
            beginRemoveRows({}, row, row);
            m_hasPreamble = false;
            endRemoveRows();
        }
    }
}

bool OutlineModel::sameShape(const QList<SectionRow> &next) const {
    if (next.size() != m_sections.size())
        return false;
    for (int s = 0; s < next.size(); ++s) {
        if (next[s].parent != m_sections[s].parent || next[s].level != m_sections[s].level)
            return false;
    }
    return true;
}

void OutlineModel::updateItems(int section, const QList<ItemRow> &next) {
    QList<ItemRow> &old = m_sections[section].items;
    const QModelIndex parent = sectionIndex(section);
    const CommonEnds ends = commonEnds(old, next);
    const qsizetype prefix = ends.prefix, suffix = ends.suffix;
    const qsizetype removed = old.size() - prefix - suffix;
    const qsizetype added = next.size() - prefix - suffix;
    const qsizetype inPlace = std::min(removed, added);
    // The checks' marks of the changed rows follow their items (an item inserted above a
    // marked one renumbers it, so its row changes too); an item edited in place (its link or
    // title too) keeps its mark where no row was added or removed.
    QMultiHash<QString, QString> marks;
    QStringList inPlaceMarks;
    for (qsizetype i = prefix; i < prefix + removed; ++i) {
        if (!old[i].warning.isEmpty())
            marks.insert(old[i].identity, old[i].warning);
        inPlaceMarks << (removed == added ? old[i].warning : QString());
    }
    const auto markOf = [&](qsizetype i) {
        const auto found = marks.find(next[i].identity);
        if (found == marks.end())
            return inPlaceMarks.value(i - prefix);
        QString mark = found.value();
        marks.erase(found);
        return mark;
    };
    for (qsizetype i = prefix; i < prefix + inPlace; ++i) {
        old[i] = next[i];
        old[i].warning = markOf(i);
    }
    if (inPlace > 0)
        emit dataChanged(index(int(prefix), 0, parent),
                         index(int(prefix + inPlace - 1), 0, parent));
    if (removed > added) {
        beginRemoveRows(parent, int(prefix + inPlace), int(prefix + removed - 1));
        old.remove(prefix + inPlace, removed - inPlace);
        endRemoveRows();
    } else if (added > removed) {
        beginInsertRows(parent, int(prefix + inPlace), int(prefix + added - 1));
        old.insert(prefix + inPlace, added - inPlace, ItemRow{});
        for (qsizetype i = prefix + inPlace; i < prefix + added; ++i) {
            old[i] = next[i];
            old[i].warning = markOf(i);
        }
        endInsertRows();
    }
}

namespace {

// The top-level sections with their `###` subsections, as [first, end) runs of section indices.
template <typename Row> QList<std::pair<int, int>> groupsOf(const QList<Row> &rows) {
    QList<std::pair<int, int>> groups;
    for (int s = 0; s < rows.size(); ++s) {
        if (rows[s].parent < 0 || groups.isEmpty())
            groups.append({s, s + 1});
        else
            groups.last().second = s + 1;
    }
    return groups;
}

} // namespace

bool OutlineModel::sameGroup(const QList<SectionRow> &next, std::pair<int, int> mine,
                             std::pair<int, int> theirs) const {
    if (mine.second - mine.first != theirs.second - theirs.first)
        return false;
    for (int k = 0; k < mine.second - mine.first; ++k) {
        const SectionRow &a = m_sections[mine.first + k];
        const SectionRow &b = next[theirs.first + k];
        if (a.label != b.label || a.level != b.level || (a.parent < 0) != (b.parent < 0) ||
            (a.parent >= 0 && a.parent - mine.first != b.parent - theirs.first))
            return false;
    }
    return true;
}

void OutlineModel::relink() {
    m_topLevel.clear();
    for (SectionRow &row : m_sections)
        row.children.clear();
    for (int s = 0; s < m_sections.size(); ++s) {
        if (m_sections[s].parent >= 0)
            m_sections[m_sections[s].parent].children.append(s);
        else
            m_topLevel.append(s);
    }
}

void OutlineModel::replaceChangedGroups(const QList<SectionRow> &next) {
    // Sections (with their subsections) were added, removed or regrouped: the unchanged
    // top-level rows before and after keep their rows, and with them their expansion; the
    // changed run is removed and inserted again as rows, never a reset.
    const QList<std::pair<int, int>> old = groupsOf(m_sections);
    const QList<std::pair<int, int>> fresh = groupsOf(next);
    const CommonEnds ends = commonEnds(
        old, fresh, [&](auto mine, auto theirs) { return sameGroup(next, mine, theirs); });
    const qsizetype prefix = ends.prefix, suffix = ends.suffix;
    const int base = headerRows();
    const qsizetype removedGroups = old.size() - prefix - suffix;
    const qsizetype addedGroups = fresh.size() - prefix - suffix;
    const int from = prefix < old.size() ? old[prefix].first : int(m_sections.size());
    const int oldEnd = suffix > 0 ? old[old.size() - suffix].first : int(m_sections.size());
    const int newEnd = suffix > 0 ? fresh[fresh.size() - suffix].first : int(next.size());
    // Indexes name their section by number: the views' persistent indexes (selection,
    // expansion) of the sections after the change must follow them to their new numbers.
    // Only those that exist now: rows inserted below get their numbers right.
    QList<QPersistentModelIndex> after;
    for (const QModelIndex &index : persistentIndexList()) {
        const OutlineNode node = nodeAt(index);
        if ((node.kind == OutlineNode::Kind::Section || node.kind == OutlineNode::Kind::Item) &&
            node.section >= oldEnd)
            after.append(index);
    }
    if (removedGroups > 0) {
        beginRemoveRows({}, base + int(prefix), base + int(prefix + removedGroups - 1));
        m_sections.remove(from, oldEnd - from);
        for (int s = from; s < m_sections.size(); ++s) {
            if (m_sections[s].parent >= oldEnd)
                m_sections[s].parent -= oldEnd - from;
        }
        relink();
        endRemoveRows();
    }
    if (addedGroups > 0) {
        beginInsertRows({}, base + int(prefix), base + int(prefix + addedGroups - 1));
        for (int s = from; s < m_sections.size(); ++s) {
            if (m_sections[s].parent >= from)
                m_sections[s].parent += newEnd - from;
        }
        for (int s = from; s < newEnd; ++s)
            m_sections.insert(s, next[s]);
        relink();
        endInsertRows();
    }
    const int shift = newEnd - oldEnd;
    if (shift == 0)
        return;
    for (const QPersistentModelIndex &kept : std::as_const(after)) {
        if (!kept.isValid())
            continue;
        const QModelIndex index = kept;
        const OutlineNode node = nodeAt(index);
        const int section = node.section + shift;
        if (node.kind == OutlineNode::Kind::Section)
            changePersistentIndex(index, sectionIndex(section));
        else
            changePersistentIndex(
                index, createIndex(index.row(), 0, encode(node.kind, section, node.item)));
    }
}

void OutlineModel::setDocument(const IssueDocument &document) {
    setDocument(document, DocumentChange{});
}

void OutlineModel::setDocument(const IssueDocument &document, const DocumentChange &change) {
    m_document = &document;
    updateHeaderRows(document.frontMatter().has_value(), !document.preamble().isEmpty());
    const auto &sections = document.sections();
    const bool local =
        !change.full && change.firstSection >= 0 &&
        change.firstSection + change.removedSections <= m_sections.size() &&
        m_sections.size() - change.removedSections + change.addedSections == sections.size();
    if (local) {
        // Only the sections the parse replaced are read again.
        const int first = change.firstSection;
        bool sameShape = change.removedSections == change.addedSections;
        for (int s = first; sameShape && s < first + change.addedSections; ++s)
            sameShape = m_sections[s].level == sections[s].level &&
                        m_sections[s].parent == sections[s].parent;
        if (sameShape) {
            for (int s = first; s < first + change.addedSections; ++s)
                updateSection(s, snapshotSection(document, sections[s]));
            return;
        }
        // Sections added, removed or regrouped: the rows after the change are the ones the
        // model has (with their new parents), the changed ones are read again.
        QList<SectionRow> next = m_sections;
        next.remove(first, change.removedSections);
        for (int s = 0; s < change.addedSections; ++s)
            next.insert(first + s, snapshotSection(document, sections[first + s]));
        for (int s = 0; s < next.size(); ++s) {
            next[s].parent = sections[s].parent;
            next[s].children.clear();
        }
        for (int s = 0; s < next.size(); ++s) {
            if (next[s].parent >= 0)
                next[next[s].parent].children.append(s);
        }
        applyRows(next);
        return;
    }
    applyRows(snapshot(document));
}

void OutlineModel::updateSection(int s, const SectionRow &next) {
    SectionRow &row = m_sections[s];
    const bool headerChanged = row.label != next.label || row.items.size() != next.items.size();
    updateItems(s, next.items);
    if (headerChanged) {
        row.label = next.label;
        const QModelIndex index = sectionIndex(s);
        emit dataChanged(index, index);
    }
}

void OutlineModel::applyRows(const QList<SectionRow> &next) {
    if (!sameShape(next))
        replaceChangedGroups(next);
    for (int s = 0; s < next.size(); ++s)
        updateSection(s, next[s]);
}

} // namespace wc
