// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndefinitions.h"

#include <algorithm>
#include <unordered_set>

namespace wc {

namespace {

constexpr qsizetype maxLabelLength = 999; // CommonMark: a link label holds at most 999 characters
constexpr size_t none = size_t(-1);

} // namespace

MarkdownDefinitions::MarkdownDefinitions(QStringView text) {
    bool inFence = false;
    size_t footnote = none; // the footnote whose indented continuation lines may follow
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            footnote = none;
            continue;
        }
        if (inFence)
            continue;
        if (footnote != none &&
            (trimmed.isEmpty() || line.startsWith(u"    ") || line.startsWith(u'\t'))) {
            m_entries[footnote].text += line;
            m_entries[footnote].text += u'\n';
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
        m_entries.push_back({line.toString() + u'\n'});
        const QString key = normalizedLabel(label);
        m_byLabel.emplace(key, index); // keeps the first: in cmark the first definition counts
        if (label.startsWith(u'^'))
            footnote = index;
    }
    for (const Entry &entry : m_entries)
        m_allText += entry.text;
}

QString MarkdownDefinitions::normalizedLabel(QStringView label) {
    // Most labels (`^1`, `ref`) are already normal: no allocation beyond the copy for them.
    const bool normal = std::all_of(label.begin(), label.end(), [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x80 && !(c >= u'A' && c <= u'Z');
    });
    if (normal)
        return label.toString();
    return label.toString().toCaseFolded().simplified();
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

QString MarkdownDefinitions::usedBy(QStringView source) const {
    if (m_entries.empty())
        return {};
    QString out;
    std::unordered_set<size_t> included;
    // Labels the source defines itself need no copy (a chunk holding all the definitions
    // would otherwise get each one twice).
    const MarkdownDefinitions own(source);
    std::vector<size_t> pending;
    auto visit = [&](QStringView label) {
        const QString key = normalizedLabel(label);
        if (!own.isEmpty() && own.m_byLabel.count(key))
            return;
        const auto found = m_byLabel.find(key);
        if (found != m_byLabel.end() && included.insert(found->second).second)
            pending.push_back(found->second);
    };
    forEachLabel(source, visit);
    // A footnote may cite a reference or another footnote: those are used too.
    while (!pending.empty()) {
        const size_t index = pending.back();
        pending.pop_back();
        out += m_entries[index].text;
        out += u'\n'; // so a reference after a footnote is not read as its lazy continuation
        forEachLabel(m_entries[index].text, visit);
    }
    return out;
}

} // namespace wc
