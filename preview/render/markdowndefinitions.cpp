// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndefinitions.h"

#include <algorithm>
#include <unordered_set>

namespace wc {

namespace {

constexpr qsizetype maxLabelLength = 999; // CommonMark: a link label holds at most 999 characters
constexpr size_t none = size_t(-1);

// The code blocks of the document in text order, as the parser found them.
std::vector<TextRange> codeBlocks(const IssueDocument &document) {
    std::vector<TextRange> code;
    auto add = [&code](const Block &block) {
        if (block.kind == Block::Kind::Code)
            code.push_back(block.content);
    };
    auto addAll = [&add](const QList<Block> &blocks) {
        for (const Block &block : blocks)
            add(block);
    };
    addAll(document.preamble());
    for (const SectionNode &section : document.sections()) {
        add(section.header);
        addAll(section.intro);
        for (const ItemNode &item : section.items)
            addAll(item.body);
        addAll(section.trailers);
    }
    std::sort(code.begin(), code.end(),
              [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
    return code;
}

} // namespace

MarkdownDefinitions::MarkdownDefinitions(const IssueDocument &document)
    : m_text(document.text()) {
    const QStringView text = m_text;
    const std::vector<TextRange> code = codeBlocks(document);
    auto nextCode = code.begin();
    size_t footnote = none; // the footnote whose indented continuation lines may follow
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        while (nextCode != code.end() && nextCode->end < lineStart)
            ++nextCode;
        if (nextCode != code.end() && nextCode->begin <= lineStart) {
            lineStart = nextCode->end + 1; // after the code block's last line
            footnote = none;
            continue;
        }
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const qsizetype offset = lineStart;
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        const QStringView trimmed = line.trimmed();
        if (footnote != none &&
            (trimmed.isEmpty() || line.startsWith(u"    ") || line.startsWith(u'\t'))) {
            m_entries[footnote].end = std::min(lineEnd + 1, text.size());
            continue;
        }
        footnote = none;
        qsizetype indent = 0;
        while (indent < line.size() && indent < 3 && line[indent] == u' ')
            ++indent;
        if (indent >= line.size() || line[indent] != u'[')
            continue;
        const qsizetype close = line.indexOf(u"]:", indent);
        if (close <= indent + 1 || close - indent - 1 > maxLabelLength)
            continue;
        const QStringView label = line.sliced(indent + 1, close - indent - 1);
        if (label.contains(u']'))
            continue;
        const size_t index = m_entries.size();
        m_entries.push_back({offset, std::min(lineEnd + 1, text.size())});
        QStringView key = label;
        if (!isNormal(label))
            key = m_normalizedKeys.emplace_back(normalizedLabel(label));
        m_byLabel.emplace(key, index); // keeps the first: in cmark the first definition counts
        if (label.startsWith(u'^'))
            footnote = index;
    }
    for (const Entry &entry : m_entries)
        appendEntry(m_allText, entry);
    if (m_entries.empty())
        m_text.clear(); // no view of it is kept: a reference would cost the document's
                        // owner a copy of its whole text on its next change (copy on write)
}

void MarkdownDefinitions::appendEntry(QString &out, const Entry &entry) const {
    out += QStringView(m_text).sliced(entry.offset, entry.end - entry.offset);
    if (!out.endsWith(u'\n'))
        out += u'\n'; // the document's last line
}

bool MarkdownDefinitions::isNormal(QStringView label) {
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x80 && !(c >= u'A' && c <= u'Z');
    });
}

QString MarkdownDefinitions::normalizedLabel(QStringView label) {
    // Most labels (`^1`, `ref`) are already normal: no allocation beyond the copy for them.
    if (isNormal(label))
        return label.toString();
    return label.toString().toCaseFolded().simplified();
}

size_t MarkdownDefinitions::find(QStringView label) const {
    const auto found =
        isNormal(label) ? m_byLabel.find(label) : m_byLabel.find(normalizedLabel(label));
    return found == m_byLabel.end() ? none : found->second;
}

template <typename Visit> void MarkdownDefinitions::forEachLabel(QStringView source, Visit visit) {
    // A label holds no unescaped bracket, so the text between the last `[` and the next `]`
    // is the only candidate each `]` closes: one pass, each character looked at once.
    qsizetype open = -1;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            open = i;
        } else if (c == u']' && open >= 0) {
            const qsizetype length = i - open - 1;
            if (length > 0 && length <= maxLabelLength)
                visit(source.sliced(open + 1, length));
            open = -1;
        }
    }
}

QString MarkdownDefinitions::usedBy(QStringView source, qsizetype offset) const {
    if (m_entries.empty())
        return {};
    // Definitions the source holds itself need no copy (a section holding all the
    // definitions would otherwise get each one twice). When it holds every one (a one-section
    // issue, or the definitions in the last section) none is added, and no label need be
    // looked up: 20,000 footnotes took a tenth of the render in the lookups.
    const qsizetype end = offset + source.size();
    if (m_entries.front().offset >= offset && m_entries.back().offset < end)
        return {};
    QString out;
    std::unordered_set<size_t> included;
    std::vector<size_t> pending;
    auto visit = [&](QStringView label) {
        const size_t index = find(label);
        if (index == none || !included.insert(index).second)
            return;
        const qsizetype at = m_entries[index].offset;
        if (at < offset || at >= end)
            pending.push_back(index);
    };
    forEachLabel(source, visit);
    // A footnote may cite a reference or another footnote: those are used too.
    while (!pending.empty()) {
        const size_t index = pending.back();
        pending.pop_back();
        appendEntry(out, m_entries[index]);
        out += u'\n'; // so a reference after a footnote is not read as its lazy continuation
        const Entry &entry = m_entries[index];
        forEachLabel(QStringView(m_text).sliced(entry.offset, entry.end - entry.offset), visit);
    }
    return out;
}

} // namespace wc
