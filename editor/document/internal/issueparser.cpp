// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueparser.h"

#include "frontmatterparser.h"
#include "itemnotes.h"
#include "linebreaks.h"
#include "markdownscan.h"
#include "pseudoheader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>

namespace wc {

namespace {

// Replaces [position, position + removed) of `text` with `added`, moving whichever side of the
// change is shorter. QString::replace always moves what follows the change: for a keystroke
// near the top of a 16 MB issue that was 10 million characters, most of the keystroke's time.
// A change in the first half moves what precedes it instead, in place: Qt 6's QString drops
// characters at its start by moving its start pointer, and prepends into the room that
// leaves (when there is none, it reallocates once with room to spare at the start).
void replaceMovingTheShorterSide(QString &text, qsizetype position, qsizetype removed,
                                 QStringView added) {
    const qsizetype after = text.size() - (position + removed);
    const auto *begin = reinterpret_cast<const QChar *>(text.constData());
    const bool aliased = std::less_equal<>()(begin, added.data()) &&
                         std::less<>()(added.data(), begin + text.size());
    if (position >= after || aliased) {
        text.replace(position, removed, added.data(), added.size());
        return;
    }
    const qsizetype grow = added.size() - removed;
    if (grow > 0)
        text.prepend(QString(grow, u' ')); // what follows the change is now where it belongs
    QChar *data = text.data();             // (detached)
    // The text before the change goes to its new start: `grow` earlier, or `-grow` later.
    const qsizetype newStart = grow > 0 ? 0 : -grow;
    const qsizetype oldStart = grow > 0 ? grow : 0;
    std::memmove(static_cast<void *>(data + newStart), data + oldStart,
                 size_t(position) * sizeof(QChar));
    std::copy(added.begin(), added.end(), data + newStart + position);
    if (grow < 0)
        text.remove(0, -grow);
}

} // namespace

IssueParser::IssueParser(QString text, const QString &fileName, bool hasBom,
                         const ParseConventions &conventions)
    : m_text(m_doc.m_text)
    , m_conventions(m_doc.m_conventions) {
    m_doc.m_text = std::move(text);
    m_doc.m_fileName = fileName;
    m_doc.m_conventions = conventions;
    m_doc.m_hasBom = hasBom;
}

IssueDocument IssueParser::parse() {
    m_end = m_text.size();
    scanLines();
    const int first = parseFrontMatter();
    scanBlocks(first);
    assemble();
    return std::move(m_doc);
}

QStringView IssueParser::lineText(int index) const {
    const Line &line = m_lines[size_t(index)];
    return QStringView(m_text).sliced(line.begin, line.contentEnd - line.begin);
}

void IssueParser::scanLines() {
    const qsizetype size = m_text.size();
    const QChar *data = m_text.constData();
    m_lines.reserve(size_t(size / 40 + 1));
    qsizetype begin = 0;
    while (begin < size) {
        const char16_t *found = std::char_traits<char16_t>::find(
            reinterpret_cast<const char16_t *>(data + begin), size_t(size - begin), u'\n');
        qsizetype newline = found ? qsizetype(reinterpret_cast<const QChar *>(found) - data) : size;
        Line line;
        line.begin = begin;
        line.end = newline < size ? newline + 1 : size;
        line.contentEnd = (newline < size && newline > begin && data[newline - 1] == u'\r')
                              ? newline - 1
                              : newline;
        m_lines.push_back(line);
        begin = line.end;
    }
    m_doc.m_lineStarts.reserve(m_lines.size());
    for (const Line &line : m_lines)
        m_doc.m_lineStarts.push_back(line.begin);
    m_doc.m_lineEnding = firstLineEnding(m_doc.m_text);
}

int IssueParser::parseFrontMatter() {
    if (m_lines.empty() || scan::trimmedRight(lineText(0)) != u"---")
        return 0;
    const int count = int(m_lines.size());
    int close = -1;
    for (int i = 1; i < count; ++i) {
        const QStringView t = scan::trimmedRight(lineText(i));
        if (t == u"---" || t == u"...") {
            close = i;
            break;
        }
    }
    if (close < 0) {
        m_doc.m_frontMatterUnclosed = true;
        m_doc.m_diagnostics.append(
            {1, QCoreApplication::translate("wc::IssueParser",
                                            "the front matter opened on line 1 is never closed "
                                            "with \"---\"; it is read as the issue's text")});
        return 0;
    }
    FrontMatter fm;
    fm.content = {0, m_lines[size_t(close)].contentEnd};
    fm.contentEnd = m_lines[size_t(close)].end;
    fm.body = {m_lines[1].begin, m_lines[size_t(close)].begin};
    int next = close + 1;
    while (next < count && scan::isBlank(lineText(next)))
        ++next;
    fm.span = {0, next < count ? m_lines[size_t(next)].begin : m_end};
    if (auto diagnostic = FrontMatterParser::read(m_text, fm, /*firstBodyLine=*/2))
        m_doc.m_diagnostics.append(*diagnostic);
    m_doc.m_frontMatter = std::move(fm);
    return next;
}

Block IssueParser::makeBlock(Block::Kind kind, int first, int last) const {
    Block block;
    block.kind = kind;
    block.content = {m_lines[size_t(first)].begin, m_lines[size_t(last)].contentEnd};
    block.contentEnd = m_lines[size_t(last)].end;
    block.span = {block.content.begin, block.contentEnd};
    return block;
}

int IssueParser::extendOverBlanks(Block &block, int nextLine) const {
    const int count = int(m_lines.size());
    while (nextLine < count && scan::isBlank(lineText(nextLine)))
        ++nextLine;
    block.span.end = nextLine < count ? m_lines[size_t(nextLine)].begin : m_end;
    return nextLine;
}

void IssueParser::scanBlocks(int firstLine) {
    const int count = int(m_lines.size());
    int i = firstLine;
    while (i < count && scan::isBlank(lineText(i)))
        ++i;
    const qsizetype start = firstLine < count ? m_lines[size_t(firstLine)].begin : m_end;
    const qsizetype firstBlock = i < count ? m_lines[size_t(i)].begin : m_end;
    m_doc.m_leading = {start, firstBlock};
    m_blocks.reserve(size_t(count / 2 + 1));

    while (i < count) {
        const QStringView line = lineText(i);
        Block block;
        int last = i;
        QChar fenceChar;
        if (const int fence = scan::fenceOpening(line, &fenceChar)) {
            while (last + 1 < count && !scan::isFenceClosing(lineText(last + 1), fenceChar, fence))
                ++last;
            if (last + 1 < count)
                ++last; // the closing fence
            else
                m_fenceLeftOpen = true;
            block = makeBlock(Block::Kind::Code, i, last);
        } else if (const int level = scan::atxHeadingLevel(line)) {
            block = makeBlock(Block::Kind::Heading, i, i);
            block.headingLevel = level;
        } else if (scan::matchItemHead(line)) {
            block = makeBlock(Block::Kind::ItemHead, i, i);
        } else if (scan::isThematicBreak(line)) {
            block = makeBlock(Block::Kind::ThematicBreak, i, i);
        } else {
            // A paragraph-like block runs until a blank line or a line that starts a block.
            while (last + 1 < count) {
                const QStringView nextLine = lineText(last + 1);
                if (scan::isBlank(nextLine) || scan::fenceOpening(nextLine, nullptr) ||
                    scan::atxHeadingLevel(nextLine) || scan::matchItemHead(nextLine))
                    break;
                ++last;
            }
            Block::Kind kind = Block::Kind::Paragraph;
            const QStringView t = line.trimmed();
            if (t.startsWith(u'>')) {
                kind = Block::Kind::Quote;
            } else if (t.startsWith(u"- ") || t.startsWith(u"* ") || t.startsWith(u"+ ") ||
                       t == u"-" || t == u"*") {
                kind = Block::Kind::List;
            } else if (t.startsWith(u'<')) {
                kind = Block::Kind::Html;
            } else if (last == i && scan::matchImageLine(line)) {
                kind = Block::Kind::Image;
            }
            block = makeBlock(kind, i, last);
        }
        i = extendOverBlanks(block, last + 1);
        m_blocks.push_back(block);
    }
}

void IssueParser::assemble() {
    bool hasH2 = false;
    for (const Block &block : m_blocks) {
        if (block.kind == Block::Kind::Heading && block.headingLevel == 2) {
            hasH2 = true;
            break;
        }
    }
    size_t index = 0;
    if (!m_blocks.empty() && m_blocks.front().kind == Block::Kind::Heading &&
        m_blocks.front().headingLevel == 1) {
        m_doc.m_titleBlock = m_blocks.front();
        m_doc.m_titleText = headingText(m_blocks.front());
        index = 1;
    }
    for (; index < m_blocks.size(); ++index) {
        const Block &block = m_blocks[index];
        if (block.kind == Block::Kind::Heading &&
            (block.headingLevel == 2 || block.headingLevel == 3)) {
            startSection(block, block.headingLevel);
        } else if (!hasH2 && block.kind == Block::Kind::Paragraph &&
                   !block.content.in(m_text).contains(u'\n') &&
                   pseudoHeaderForm(block.content.in(m_text), m_conventions) !=
                       PseudoHeader::None) {
            startSection(block, 0);
        } else if (m_doc.m_sections.isEmpty()) {
            m_doc.m_preamble.append(block);
        } else {
            addToSection(block);
        }
    }
    for (SectionNode &section : m_doc.m_sections.list())
        finishSection(section);
}

TextRange IssueParser::headingText(const Block &heading) const {
    // The one place that strips an ATX heading's markers: the indent, the hashes and the
    // blanks after them, and trailing blanks. Readers and edits use the range it returns.
    const QStringView line = heading.content.in(m_text);
    qsizetype start = 0;
    while (start < line.size() && line[start] == u' ')
        ++start;
    while (start < line.size() && line[start] == u'#')
        ++start;
    while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
        ++start;
    const qsizetype end = scan::trimmedRight(line).size();
    const qsizetype base = heading.content.begin;
    return {base + start, base + std::max(start, end)};
}

void IssueParser::startSection(const Block &header, int level) {
    SectionNode section;
    section.level = level;
    section.header = header;
    const QStringView line = header.content.in(m_text);
    const qsizetype base = header.content.begin;
    if (level > 0)
        section.heading = headingText(header);
    else
        section.heading = {base, base + scan::trimmedRight(line).size()};
    const qsizetype start = section.heading.begin - base;
    qsizetype inner = start;
    qsizetype innerEnd = section.heading.end - base;
    // A bold header: strip the bold markers.
    if (level == 0 && pseudoHeaderForm(line, m_conventions) == PseudoHeader::Bold) {
        inner += 2;
        innerEnd -= 2;
    }
    const QStringView innerText = line.sliced(inner, innerEnd - inner);
    const qsizetype bracket = scan::indexOfUnescaped(innerText, u'[');
    if (bracket >= 0) {
        if (auto link = scan::matchLink(innerText, bracket)) {
            section.labelPrefix = {base + inner, base + inner + bracket};
            section.labelLink = {base + inner + link->textBegin, base + inner + link->textEnd};
            section.headingUrl = {base + inner + link->urlBegin, base + inner + link->urlEnd};
            section.hasLink = true;
        }
    }
    if (!section.hasLink)
        section.labelPrefix = {base + inner, base + innerEnd};
    if (level == 3) {
        for (qsizetype i = m_doc.m_sections.size() - 1; i >= 0; --i) {
            if (m_doc.m_sections[i].level == 2) {
                section.parent = int(i);
                break;
            }
        }
    }
    m_doc.m_sections.list().append(std::move(section));
}

void IssueParser::addToSection(const Block &block) {
    SectionNode &section = m_doc.m_sections.list().last();
    if (block.kind == Block::Kind::ItemHead) {
        ItemNode item;
        item.head = block;
        item.headLine = block.content;
        section.items.append(std::move(item));
    } else if (section.items.isEmpty()) {
        section.intro.append(block);
    } else {
        section.items.last().body.append(block);
    }
}

bool IssueParser::isNotesParagraph(const Block &block) const {
    if (block.kind != Block::Kind::Paragraph)
        return false;
    ItemNotes notes;
    scanItemNotes(block.content.in(m_text), block.content.begin, notes);
    const std::array<TextRange, 3> found{notes.star, notes.appendix, notes.contributor};
    if (std::all_of(found.begin(), found.end(), [](TextRange r) { return r.isEmpty(); }))
        return false;
    for (qsizetype i = block.content.begin; i < block.content.end; ++i) {
        const bool inNote =
            std::any_of(found.begin(), found.end(), [i](TextRange r) { return r.contains(i); });
        if (!inNote && !m_text.at(i).isSpace())
            return false;
    }
    return true;
}

void IssueParser::splitTrailers(SectionNode &section) const {
    // Trailers follow the last item only, so a promotion block between two items (or an
    // item moved in above it) never turns the items after it into trailers.
    if (section.items.isEmpty())
        return;
    QList<Block> &body = section.items.last().body;
    qsizetype first = body.size();
    if (scan::circledDigitValue(m_text.at(section.items.last().headLine.begin)) > 0) {
        // Summary issues' circled items have no body: what follows is the footer. Only a
        // paragraph of notes alone (`（star 42）（投稿自@X）`, what the edit API writes below a
        // circled item) stays with the item, as it does below every other circled item; no
        // footer in the archive starts with a bracket.
        first = 0;
        while (first < body.size() && isNotesParagraph(body[first]))
            ++first;
    } else {
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (m_conventions.startsFooter(body[i].content.in(m_text))) {
                first = i;
                break;
            }
        }
    }
    section.trailers = body.mid(first);
    body.resize(first);
}

void IssueParser::finishItem(ItemNode &item) const {
    const QStringView line = item.headLine.in(m_text);
    const qsizetype base = item.headLine.begin;
    const auto head = scan::matchItemHead(line);
    Q_ASSERT(head);
    item.number = {base, base + head->numberEnd};
    item.separator = {base + head->numberEnd, base + head->separatorEnd};
    item.spacing = {base + head->separatorEnd, base + head->spacingEnd};
    const qsizetype rest = head->spacingEnd;
    if (auto link = scan::matchLink(line, rest)) {
        item.hasLink = true;
        item.title = {base + link->textBegin, base + link->textEnd};
        item.url = {base + link->urlBegin, base + link->urlEnd};
        item.tail = {base + link->end, base + line.size()};
    } else {
        const qsizetype end = std::max(rest, scan::trimmedRight(line).size());
        item.title = {base + rest, base + end};
        item.url = {base + line.size(), base + line.size()};
        item.tail = {base + end, base + line.size()};
    }
    item.begin = item.head.span.begin;
    item.contentEnd = item.body.isEmpty() ? item.head.contentEnd : item.body.last().contentEnd;
    item.end = item.body.isEmpty() ? item.head.span.end : item.body.last().span.end;
    for (qsizetype i = 0; i < item.body.size(); ++i) {
        const Block &block = item.body[i];
        if (block.kind == Block::Kind::Image && item.image.blockIndex < 0) {
            auto link = scan::matchImageLine(block.content.in(m_text));
            const qsizetype b = block.content.begin;
            item.image.blockIndex = int(i);
            item.image.alt = {b + link->textBegin, b + link->textEnd};
            item.image.url = {b + link->urlBegin, b + link->urlEnd};
        }
    }
    scanNotes(item);
}

void IssueParser::scanNotes(ItemNode &item) const {
    // Block by block: a note lies within one block, and brackets matched across blocks made an
    // unclosed `(` in one paragraph and a `)` in a later block one pair that hid every note
    // between them (a note written at the end of the last paragraph did not read back).
    const qsizetype count = item.image.blockIndex >= 0 ? item.image.blockIndex : item.body.size();
    for (qsizetype i = 0; i < count; ++i) {
        const TextRange content = item.body[i].content;
        scanItemNotes(content.in(m_text), content.begin, item.notes);
    }
}

void IssueParser::finishSection(SectionNode &section) const {
    section.begin = section.header.span.begin;
    section.contentEnd = section.header.contentEnd;
    section.end = section.header.span.end;
    auto extend = [&](const Block &block) {
        section.contentEnd = block.contentEnd;
        section.end = block.span.end;
    };
    for (const Block &block : section.intro)
        extend(block);
    splitTrailers(section);
    for (ItemNode &item : section.items) {
        finishItem(item);
        section.contentEnd = item.contentEnd;
        section.end = item.end;
    }
    for (const Block &block : section.trailers)
        extend(block);
}

// ---- incremental parsing ---------------------------------------------------------------------

IssueParser::IssueParser(const IssueDocument &document, qsizetype firstLine, qsizetype endLine)
    : m_text(document.m_text)
    , m_conventions(document.m_conventions) {
    const std::vector<qsizetype> &starts = document.m_lineStarts;
    const qsizetype size = m_text.size();
    m_end = endLine < qsizetype(starts.size()) ? starts[size_t(endLine)] : size;
    m_lines.reserve(size_t(endLine - firstLine));
    for (qsizetype i = firstLine; i < endLine; ++i) {
        Line line;
        line.begin = starts[size_t(i)];
        line.end = i + 1 < qsizetype(starts.size()) ? starts[size_t(i + 1)] : size;
        line.contentEnd = line.end;
        if (line.contentEnd > line.begin && m_text[line.contentEnd - 1] == u'\n') {
            --line.contentEnd;
            if (line.contentEnd > line.begin && m_text[line.contentEnd - 1] == u'\r')
                --line.contentEnd;
        }
        m_lines.push_back(line);
    }
}

std::optional<QList<SectionNode>> IssueParser::parseWindow() {
    scanBlocks(0);
    // The window starts where a section did: it must still start one there, or the blocks
    // before it (a paragraph that runs on, blank lines) would change too. And a fence left open
    // would run on past the window's end.
    if (m_blocks.empty() || m_blocks.front().kind != Block::Kind::Heading ||
        (m_blocks.front().headingLevel != 2 && m_blocks.front().headingLevel != 3) ||
        m_blocks.front().content.begin != m_lines.front().begin || m_fenceLeftOpen)
        return std::nullopt;
    for (const Block &block : m_blocks) {
        if (block.kind == Block::Kind::Heading &&
            (block.headingLevel == 2 || block.headingLevel == 3))
            startSection(block, block.headingLevel);
        else
            addToSection(block);
    }
    for (SectionNode &section : m_doc.m_sections.list())
        finishSection(section);
    return std::move(m_doc.m_sections.list());
}

DocumentChange IssueParser::update(IssueDocument &doc, qsizetype position, qsizetype removed,
                                   QStringView added) {
    QString &text = doc.m_text;
    SectionList &sections = doc.m_sections;
    const qsizetype oldSize = text.size();
    if (position < 0 || removed < 0 || position + removed > oldSize)
        qFatal("IssueDocument::applyChange: [%lld, %lld) is outside the text of %lld",
               qlonglong(position), qlonglong(position + removed), qlonglong(oldSize));
    // Parses the whole (changed) text: the fallback wherever the change reaches beyond its
    // sections.
    auto parseAll = [&] {
        const QString fileName = doc.m_fileName;
        const bool hasBom = doc.m_hasBom;
        const ParseConventions conventions = doc.m_conventions;
        doc = IssueParser(std::move(text), fileName, hasBom, conventions).parse();
        return DocumentChange{};
    };
    // The section the change starts in, and the first one that starts after it.
    const auto startsAfter = [&](qsizetype offset) {
        return int(std::partition_point(sections.cbegin(), sections.cend(),
                                        [&](const SectionNode &s) { return s.begin <= offset; }) -
                   sections.cbegin());
    };
    int first = startsAfter(position) - 1;
    const int next = startsAfter(position + removed);
    // Pseudo-headers (bold-link lines) are sections only in an issue without `##`, so the
    // window's parse holds only where there is a `##` before and after the change. An unclosed
    // front matter could be closed by the change.
    const auto isH2 = [](const SectionNode &s) { return s.level == 2; };
    if (first < 0 || doc.m_frontMatterUnclosed ||
        std::none_of(sections.cbegin(), sections.cend(), isH2)) {
        replaceMovingTheShorterSide(text, position, removed, added);
        return parseAll();
    }

    // The text and its line starts.
    const qsizetype delta = added.size() - removed;
    replaceMovingTheShorterSide(text, position, removed, added);
    std::vector<qsizetype> &starts = doc.m_lineStarts;
    // Lines [firstLine, endLine) held the change; the line starting at endLine is unchanged.
    const auto firstLine =
        qsizetype(std::upper_bound(starts.begin(), starts.end(), position) - starts.begin()) - 1;
    const auto endLine = qsizetype(
        std::upper_bound(starts.begin(), starts.end(), position + removed) - starts.begin());
    const qsizetype newEnd =
        endLine < qsizetype(starts.size()) ? starts[size_t(endLine)] + delta : text.size();
    std::vector<qsizetype> fresh;
    const QChar *data = text.constData();
    for (qsizetype at = starts[size_t(firstLine)]; at < newEnd - 1; ++at) {
        if (data[at] == u'\n')
            fresh.push_back(at + 1);
    }
    const qsizetype linesBefore = qsizetype(starts.size());
    for (auto it = starts.begin() + endLine; it != starts.end(); ++it)
        *it += delta;
    starts.erase(starts.begin() + firstLine + 1, starts.begin() + endLine);
    starts.insert(starts.begin() + firstLine + 1, fresh.begin(), fresh.end());
    if (!starts.empty() && starts.back() >= text.size())
        starts.pop_back(); // the text now ends where the changed line started: no line there
    doc.m_lineEnding = firstLineEnding(text);
    const auto lineShift = int(qsizetype(starts.size()) - linesBefore);

    // The sections' lines, from the first section's line to the next unchanged section's.
    const auto lineOf = [&](qsizetype offset) {
        return qsizetype(std::lower_bound(starts.begin(), starts.end(), offset) - starts.begin());
    };
    const qsizetype windowEnd =
        next < sections.size() ? lineOf(sections[next].begin + delta) : qsizetype(starts.size());
    std::optional<QList<SectionNode>> parsed;
    for (;;) {
        IssueParser window(doc, lineOf(sections[first].begin), windowEnd);
        parsed = window.parseWindow();
        // The change took the heading the window starts with (its line now starts no
        // section): the window starts a section earlier, at a heading the change did not
        // touch, so one step back is enough.
        if (parsed || first == 0 || window.m_fenceLeftOpen)
            break;
        --first;
    }
    const bool h2Elsewhere = std::any_of(sections.cbegin(), sections.cbegin() + first, isH2) ||
                             std::any_of(sections.cbegin() + next, sections.cend(), isH2);
    if (!parsed || (!h2Elsewhere && std::none_of(parsed->cbegin(), parsed->cend(), isH2)))
        return parseAll();

    // Splice the window's sections in place of the old ones, then move those after.
    const int removedSections = next - first;
    const auto addedSections = int(parsed->size());
    const int common = std::min(removedSections, addedSections);
    if (removedSections == addedSections) {
        // The usual keystroke: the same sections, read again; nothing moves in the list.
        for (int i = 0; i < common; ++i)
            sections.mutableAt(first + i) = std::move((*parsed)[i]);
    } else {
        QList<SectionNode> &list = sections.list(); // applies the pending moves: O(n), rare
        for (int i = 0; i < common; ++i)
            list[first + i] = std::move((*parsed)[i]);
        if (removedSections > addedSections)
            list.remove(first + common, removedSections - common);
        else
            list.insert(first + common, addedSections - common, SectionNode{});
        for (int i = common; i < addedSections; ++i)
            list[first + i] = std::move((*parsed)[i]);
    }
    int lastH2 = -1; // the last `##` before the window
    for (int s = first - 1; s >= 0; --s) {
        if (sections[s].level == 2) {
            lastH2 = s;
            break;
        }
    }
    const int windowEndSection = first + addedSections;
    for (int s = first; s < windowEndSection; ++s) {
        SectionNode &section = sections.mutableAt(s);
        if (section.parent >= 0)
            section.parent += first;
        else if (section.level == 3)
            section.parent = lastH2;
        if (section.level == 2)
            lastH2 = s;
    }
    const int sectionShift = addedSections - removedSections;
    bool h2After = false; // a `##` after the window: the `###` after it have their parent there
    for (int s = windowEndSection; s < sections.size(); ++s) {
        // Past the next `##` the parents change only when sections were added or removed.
        if (h2After && sectionShift == 0)
            break;
        const SectionNode &read = sections[s];
        if (h2After && read.parent >= 0)
            sections.mutableAt(s).parent += sectionShift;
        else if (read.level == 3 && read.parent != lastH2)
            sections.mutableAt(s).parent = lastH2;
        h2After = h2After || read.level == 2;
    }
    // The sections after the window move by the change's length, lazily (see SectionList).
    sections.shiftFrom(windowEndSection, delta);
    DocumentChange change;
    change.full = false;
    change.firstSection = first;
    change.removedSections = removedSections;
    change.addedSections = addedSections;
    change.shift = delta;
    change.lineShift = lineShift;
    return change;
}

} // namespace wc
