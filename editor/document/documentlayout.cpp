// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentedits.h"

#include "markdownescape.h"
#include "markdownscan.h"
#include "sectiontree.h"
#include "softassert.h"

#include <algorithm>

// The structural half of DocumentEdits: items and sections laid out anew (inserted, removed,
// moved, renumbered), each change written as the smallest replacement of the runs it touches.
namespace wc {

namespace {

Edit sorted(Edit edit) {
    std::stable_sort(edit.begin(), edit.end(),
                     [](const TextReplacement &a, const TextReplacement &b) {
                         return a.range.begin < b.range.begin;
                     });
    return edit;
}

} // namespace

// ---- item layout: insert, remove, move, renumber ------------------------------------------

DocumentEdits::NumberStyle DocumentEdits::numberStyle(int section) const {
    const auto &items = m_doc.sections().at(section).items;
    NumberStyle style;
    if (items.isEmpty()) {
        style.separator = QStringLiteral("、");
        return style;
    }
    const ItemNode &first = items.first();
    style.circled = first.isCircled();
    style.separator = QStringView(m_text)
                          .sliced(first.separator.begin, first.spacing.end - first.separator.begin)
                          .toString();
    return style;
}

QString DocumentEdits::numberText(const NumberStyle &style, int number) const {
    if (style.circled) {
        const QString circled = scan::circledDigit(number);
        if (!circled.isEmpty())
            return circled + style.separator;
        return QString::number(number) + QStringLiteral("、");
    }
    return QString::number(number) + style.separator;
}

QString DocumentEdits::itemText(const ItemNode &node, int number,
                                const NumberStyle *foreignStyle) const {
    QString text = contentWithEol(node.begin, node.contentEnd);
    QString prefix;
    if (foreignStyle) {
        prefix = numberText(*foreignStyle, number);
    } else {
        NumberStyle own;
        own.circled = node.isCircled();
        own.separator = QStringView(m_text)
                            .sliced(node.separator.begin, node.spacing.end - node.separator.begin)
                            .toString();
        prefix = numberText(own, number);
    }
    text.replace(0, node.spacing.end - node.begin, prefix);
    // A fence never closed runs to the end of the issue: laid out among other items it would
    // turn them into code, so the item's copy closes it.
    if (!node.body.isEmpty()) {
        if (const QString fence = closingFence(node.body.last()); !fence.isEmpty())
            text += fence + m_eol;
    }
    return text;
}

QString DocumentEdits::newItemText(int section, const NewItem &fields) const {
    const auto &items = m_doc.sections().at(section).items;
    const NumberStyle style = numberStyle(section);
    QString text = numberText(style, 0); // the number is set when the section is laid out
    const QString url = encodedUrl(fields.url);
    if (url.isEmpty())
        text += QString(fields.title).replace(u'\n', u' ');
    else
        text += u'[' + escapedLinkText(fields.title) + QStringLiteral("](") + url + u')';
    text += m_eol;
    const QString description = normalizedBlock(fields.description, BlockPlace::ItemBody);
    if (!description.isEmpty()) {
        // The gap between head line and description copies the section's first described item.
        QString gap = m_eol;
        for (const ItemNode &other : items) {
            if (!other.body.isEmpty()) {
                gap = QStringView(m_text)
                          .sliced(other.head.contentEnd,
                                  other.body.first().content.begin - other.head.contentEnd)
                          .toString();
                break;
            }
        }
        text += gap + description + m_eol;
    }
    return text;
}

QList<QList<ItemRef>> DocumentEdits::currentOrder() const {
    QList<QList<ItemRef>> order;
    const auto &sections = m_doc.sections();
    order.reserve(sections.size());
    for (int s = 0; s < sections.size(); ++s) {
        QList<ItemRef> refs;
        for (int i = 0; i < sections[s].items.size(); ++i)
            refs.append({s, i});
        order.append(refs);
    }
    return order;
}

Edit DocumentEdits::replaceRun(const QList<Slot> &parts, const QStringList &contents,
                               qsizetype anchor, Gaps gaps, const QString &fenceToClose) const {
    const qsizetype n = parts.size();
    const qsizetype m = contents.size();
    auto gapAfter = [&](qsizetype i) {
        const QStringView gap = QStringView(m_text).sliced(
            parts[i].contentEnd, parts[i + 1].begin - parts[i].contentEnd);
        return gap.isEmpty() && gaps == Gaps::AtLeastABlankLine ? QStringView(m_eol) : gap;
    };
    if (n > 0 && m == 0) // the whole run goes, with the blank lines after it
        return minimized(m_text, {{parts.first().begin, parts.last().end}, {}});
    const QString defaultGap = n >= 2 ? gapAfter(0).toString() : m_eol;
    QString joined;
    for (qsizetype i = 0; i < m; ++i) {
        if (i > 0)
            joined += (i - 1 < n - 1) ? gapAfter(i - 1).toString() : defaultGap;
        joined += contents[i];
    }
    if (n == 0) {
        qsizetype gapEnd = anchor;
        while (gapEnd < m_text.size()) {
            qsizetype eol = m_text.indexOf(u'\n', gapEnd);
            const qsizetype lineEnd = eol < 0 ? m_text.size() : eol + 1;
            if (!scan::isBlank(QStringView(m_text).sliced(gapEnd, lineEnd - gapEnd).trimmed()))
                break;
            gapEnd = lineEnd;
        }
        QString gap = QStringView(m_text).sliced(anchor, gapEnd - anchor).toString();
        if (gap.isEmpty())
            gap = m_eol;
        else if (!gap.endsWith(u'\n'))
            gap += m_eol; // the last line, blank but without its line break (` `):
                          // the new lines would start on it, indented (found by session_fuzz)
        // The last line has no line break yet. One ending in a CR (which the parser keeps as a
        // character, not a line break) would make CRLF with it and read as another line (a
        // `---\r` would close the front matter, found by fuzz_edits): a blank keeps them apart.
        QString lead;
        if (anchor > 0 && m_text.at(anchor - 1) != u'\n')
            lead = m_text.at(anchor - 1) == u'\r' ? u' ' + m_eol : m_eol;
        if (!fenceToClose.isEmpty())
            lead += fenceToClose + m_eol;
        // Nothing separated the anchor from what follows (a bare-link header right under a
        // `###` line): the run ends with a blank line, or that header would join its last
        // paragraph (found by fuzz_edits).
        if (gapEnd == anchor && anchor < m_text.size() && !joined.endsWith(m_eol + m_eol))
            joined += m_eol;
        return {{{anchor, anchor}, lead + gap + joined}};
    }
    const TextRange region{parts.first().begin, parts.last().contentEnd};
    if (m_text.at(region.end - 1) != u'\n' && joined.endsWith(m_eol))
        joined.chop(m_eol.size()); // the file ends without a final newline: keep it so
    // Nothing separated the run's last block from what follows (a bare-link header may stand
    // right under a `#` line): a paragraph laid out there would take that line in, and the
    // header with it (found by fuzz_edits). The run then ends with a blank line.
    else if (parts.last().end == region.end && region.end < m_text.size() &&
             !joined.endsWith(m_eol + m_eol))
        joined += m_eol;
    return minimized(m_text, {region, joined});
}

Edit DocumentEdits::layoutItems(const QList<QList<ItemRef>> &newOrder,
                                const QStringList &fresh) const {
    const QList<QList<ItemRef>> before = currentOrder();
    const auto &sections = m_doc.sections();
    Edit edit;
    for (int s = 0; s < sections.size(); ++s) {
        if (newOrder[s] == before[s])
            continue;
        const SectionNode &section = sections[s];
        const NumberStyle style = numberStyle(s);
        QStringList contents;
        for (int k = 0; k < newOrder[s].size(); ++k) {
            const ItemRef ref = newOrder[s][k];
            if (ref.section < 0) {
                QString text = fresh.at(ref.item);
                const QString placeholder = numberText(style, 0);
                text.replace(0, placeholder.size(), numberText(style, k + 1));
                contents << text;
            } else {
                const bool foreign = ref.section != s && !section.items.isEmpty();
                contents << itemText(item(ref), k + 1, foreign ? &style : nullptr);
            }
        }
        QList<Slot> parts;
        for (const ItemNode &node : section.items)
            parts.append({node.begin, node.contentEnd, node.end});
        const qsizetype anchor =
            section.intro.isEmpty() ? section.header.contentEnd : section.intro.last().contentEnd;
        // Items added to a section whose intro ends in a fence never closed would be code
        // (found by fuzz_edits): the fence is closed above them.
        const QString fence = section.items.isEmpty() && !section.intro.isEmpty()
                                  ? closingFence(section.intro.last())
                                  : QString();
        edit += replaceRun(parts, contents, anchor, Gaps::AsWritten, fence);
    }
    return sorted(edit);
}

Edit DocumentEdits::insertItem(int section, int position, const NewItem &fields) const {
    return insertItems(section, position, {fields});
}

Edit DocumentEdits::insertItems(int section, int position, const QList<NewItem> &items) const {
    WC_ASSERT(hasSection(section), return {});
    auto order = currentOrder();
    position = std::clamp(position, 0, int(order[section].size()));
    QStringList fresh;
    for (int k = 0; k < items.size(); ++k) {
        order[section].insert(position + k, ItemRef{-1, k});
        fresh << newItemText(section, items[k]);
    }
    return layoutItems(order, fresh);
}

Edit DocumentEdits::removeItem(ItemRef ref) const {
    WC_ASSERT(hasItem(ref), return {});
    auto order = currentOrder();
    order[ref.section].removeAll(ref);
    return layoutItems(order);
}

Edit DocumentEdits::duplicateItem(ItemRef ref) const {
    WC_ASSERT(hasItem(ref), return {});
    auto order = currentOrder();
    order[ref.section].insert(ref.item + 1, ref);
    return layoutItems(order);
}

Edit DocumentEdits::moveItems(QList<ItemRef> items, int targetSection, int position) const {
    WC_ASSERT(hasSection(targetSection), return {});
    for (const ItemRef &ref : items)
        WC_ASSERT(hasItem(ref), return {});
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    const int adjusted = landingOf(items, targetSection, position);
    auto order = currentOrder();
    for (const ItemRef &ref : items)
        order[ref.section].removeAll(ref);
    for (qsizetype k = 0; k < items.size(); ++k)
        order[targetSection].insert(adjusted + k, items[k]);
    return layoutItems(order);
}

int DocumentEdits::landingOf(const QList<ItemRef> &items, int targetSection, int position) const {
    WC_ASSERT(hasSection(targetSection), return -1);
    position = std::clamp(position, 0, int(m_doc.sections()[targetSection].items.size()));
    // Before `position`, less the moved items that were above it (each item counted once).
    QList<ItemRef> moved = items;
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    int landing = position;
    for (const ItemRef &ref : std::as_const(moved)) {
        if (ref.section == targetSection && ref.item < position)
            --landing;
    }
    return landing;
}

Edit DocumentEdits::moveItem(ItemRef ref, int targetSection, int position) const {
    return moveItems({ref}, targetSection, position);
}

Edit DocumentEdits::renumberSection(int section) const {
    WC_ASSERT(hasSection(section), return {});
    const SectionNode &node = m_doc.sections().at(section);
    const NumberStyle style = numberStyle(section);
    Edit edit;
    for (int k = 0; k < node.items.size(); ++k) {
        const ItemNode &it = node.items[k];
        QString number = style.circled ? scan::circledDigit(k + 1) : QString::number(k + 1);
        if (number.isEmpty())
            number = QString::number(k + 1);
        if (number != it.number.in(m_text))
            edit.append({it.number, number});
    }
    return edit;
}

// ---- sections ------------------------------------------------------------------------------

namespace {

// The section's last block: its header when it holds nothing else.
const Block &lastBlockOf(const SectionNode &node) {
    if (!node.trailers.isEmpty())
        return node.trailers.last();
    if (!node.items.isEmpty()) {
        const ItemNode &item = node.items.last();
        return item.body.isEmpty() ? item.head : item.body.last();
    }
    return node.intro.isEmpty() ? node.header : node.intro.last();
}

} // namespace

QList<int> DocumentEdits::siblingsOf(int section) const {
    WC_ASSERT(hasSection(section), return {});
    return sectionsUnder(m_doc.sections(), m_doc.sections()[section].parent);
}

qsizetype DocumentEdits::sectionBlockEnd(int section, bool withGap) const {
    // A `##` section carries the `###` subsections that follow it.
    const SectionNode &last = m_doc.sections()[section + sectionBlockSize(section) - 1];
    return withGap ? last.end : last.contentEnd;
}

QList<int> DocumentEdits::siblingOrderAfterMove(int section, int position) const {
    const QList<int> siblings = siblingsOf(section);
    const qsizetype from = siblings.indexOf(section);
    if (from < 0)
        return siblings;
    position = std::clamp(position, 0, int(siblings.size()));
    QList<int> order = siblings;
    order.removeAt(from);
    order.insert(position > from ? position - 1 : position, section);
    return order;
}

int DocumentEdits::sectionIndexAfterMove(int section, int position) const {
    WC_ASSERT(hasSection(section), return -1);
    // The sections (with their `###` subsections) that will precede it, counted.
    const QList<int> order = siblingOrderAfterMove(section, position);
    int index = int(std::ranges::min(order));
    for (int s : order) {
        if (s == section)
            break;
        index += sectionBlockSize(s);
    }
    return index;
}

int DocumentEdits::sectionBlockSize(int section) const {
    const auto &sections = m_doc.sections();
    int size = 1;
    while (section + size < sections.size() && sections[section + size].parent == section)
        ++size;
    return size;
}

QString DocumentEdits::sectionBlockText(int section, bool last) const {
    QString text = contentWithEol(m_doc.sections()[section].begin, sectionBlockEnd(section, false));
    if (last)
        return text;
    const SectionNode &node = m_doc.sections()[section + sectionBlockSize(section) - 1];
    if (const QString fence = closingFence(lastBlockOf(node)); !fence.isEmpty())
        text += fence + m_eol;
    return text;
}

Edit DocumentEdits::moveSection(int section, int position) const {
    WC_ASSERT(hasSection(section), return {});
    const QList<int> siblings = siblingsOf(section);
    const QList<int> order = siblingOrderAfterMove(section, position);
    if (order == siblings)
        return {};
    QList<Slot> parts;
    for (int s : siblings)
        parts.append(
            {m_doc.sections()[s].begin, sectionBlockEnd(s, false), sectionBlockEnd(s, true)});
    QStringList contents;
    for (int s : order)
        contents << sectionBlockText(s, s == order.last());
    // A `###` heading may stand right under a paragraph line, a bold-link header may not: it
    // would join that paragraph (found by fuzz_edits). One moved there gets a blank line.
    const qsizetype begin = parts.first().begin;
    if (order.first() != siblings.first() && m_doc.sections()[order.first()].level == 0 &&
        begin > 1 && m_text.at(begin - 1) == u'\n') {
        const qsizetype lineStart = m_text.lastIndexOf(u'\n', begin - 2) + 1;
        if (!scan::isBlank(QStringView(m_text).sliced(lineStart, begin - 1 - lineStart)))
            contents.first().prepend(m_eol);
    }
    return replaceRun(parts, contents, m_text.size(), Gaps::AtLeastABlankLine);
}

Edit DocumentEdits::insertSection(int position, const QString &heading) const {
    const auto &sections = m_doc.sections();
    const QList<int> topLevel = sectionsUnder(sections, -1);
    position = std::clamp(position, 0, int(topLevel.size()));
    QList<Slot> parts;
    QStringList contents;
    for (int s : topLevel) {
        parts.append({sections[s].begin, sectionBlockEnd(s, false), sectionBlockEnd(s, true)});
        contents << sectionBlockText(s, s == topLevel.last() && position < topLevel.size());
    }
    contents.insert(position, QStringLiteral("## ") +
                                  QString(heading).replace(u'\n', u' ').trimmed() + m_eol);
    qsizetype anchor = m_text.size();
    if (topLevel.isEmpty()) {
        // Trim the document's final blank lines off the anchor so the gap is reused.
        while (anchor > 0 && (m_text.at(anchor - 1) == u'\n' || m_text.at(anchor - 1) == u'\r'))
            --anchor;
        while (anchor < m_text.size() && m_text.at(anchor) != u'\n')
            ++anchor;
        if (anchor < m_text.size())
            ++anchor;
    }
    return replaceRun(parts, contents, anchor, Gaps::AtLeastABlankLine);
}

} // namespace wc
