// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueparser.h"

#include "frontmatterparser.h"
#include "itemnotes.h"
#include "markdownscan.h"
#include "pseudoheader.h"

#include <QCoreApplication>

namespace wc {

IssueParser::IssueParser(QString text, const QString &fileName, bool hasBom)
    : m_text(m_doc.m_text) {
    m_doc.m_text = std::move(text);
    m_doc.m_fileName = fileName;
    m_doc.m_hasBom = hasBom;
}

IssueDocument IssueParser::parse() {
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
    if (!m_lines.empty() && m_lines.front().end > m_lines.front().contentEnd) {
        if (m_lines.front().end - m_lines.front().contentEnd == 2)
            m_doc.m_lineEnding = QStringLiteral("\r\n");
    }
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
    fm.span = {0, next < count ? m_lines[size_t(next)].begin : m_text.size()};
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
    block.span.end = nextLine < count ? m_lines[size_t(nextLine)].begin : m_text.size();
    return nextLine;
}

void IssueParser::scanBlocks(int firstLine) {
    const int count = int(m_lines.size());
    int i = firstLine;
    while (i < count && scan::isBlank(lineText(i)))
        ++i;
    const qsizetype start = firstLine < count ? m_lines[size_t(firstLine)].begin : m_text.size();
    const qsizetype firstBlock = i < count ? m_lines[size_t(i)].begin : m_text.size();
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
                   pseudoHeaderForm(block.content.in(m_text)) != PseudoHeader::None) {
            startSection(block, 0);
        } else if (m_doc.m_sections.isEmpty()) {
            m_doc.m_preamble.append(block);
        } else {
            addToSection(block);
        }
    }
    for (SectionNode &section : m_doc.m_sections)
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
    if (level == 0 && pseudoHeaderForm(line) == PseudoHeader::Bold) { // strip the bold markers
        inner += 2;
        innerEnd -= 2;
    }
    const QStringView innerText = line.sliced(inner, innerEnd - inner);
    const qsizetype bracket = innerText.indexOf(u'[');
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
    m_doc.m_sections.append(std::move(section));
}

void IssueParser::addToSection(const Block &block) {
    SectionNode &section = m_doc.m_sections.last();
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

void IssueParser::splitTrailers(SectionNode &section) const {
    // Trailers follow the last item only, so a promotion block between two items (or an
    // item moved in above it) never turns the items after it into trailers.
    if (section.items.isEmpty())
        return;
    QList<Block> &body = section.items.last().body;
    qsizetype first = body.size();
    if (scan::circledDigitValue(m_text.at(section.items.last().headLine.begin)) > 0) {
        first = 0; // summary issues' circled items have no body: what follows is the footer
    } else {
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (scan::isTrailerStart(body[i].content.in(m_text))) {
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
    const TextRange description = item.description();
    if (!description.isEmpty())
        scanItemNotes(description.in(m_text), description.begin, item.notes);
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

} // namespace wc
