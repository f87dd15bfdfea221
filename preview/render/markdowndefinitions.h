// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions> // std::hash<QString>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <vector>

namespace wc {

// The link reference definitions (`[label]: url`) and footnote definitions (`[^1]: text` with
// its indented continuation) of a whole document, found in one pass. The renderer renders
// each item on its own, so a fragment gets the definitions it uses appended to its source:
// only those, so rendering stays linear in the document however many definitions it has.
class MarkdownDefinitions {
public:
    MarkdownDefinitions() = default;
    explicit MarkdownDefinitions(QStringView text);

    bool isEmpty() const { return m_entries.empty(); }
    // Every definition's text in document order: equal when nothing a fragment could use changed.
    const QString &allText() const { return m_allText; }

    // The definitions that `source` refers to (`[text][label]`, `[label]`, `[^note]`), and the
    // ones those refer to, each once, as Markdown lines to append after the source.
    QString usedBy(QStringView source) const;

    // A label as CommonMark matches it: case-folded, inner whitespace collapsed, trimmed.
    static QString normalizedLabel(QStringView label);

private:
    struct Entry {
        QString text; // the definition's lines, each ending in "\n"
    };
    template <typename Visit> static void forEachLabel(QStringView source, Visit visit);

    std::vector<Entry> m_entries;
    // Normalized label (`^` kept for footnotes) → entry. Not a QHash: Qt 6.4's took 145 ms
    // to insert 20,000 short labels here, std::unordered_map 18 ms.
    std::unordered_map<QString, size_t> m_byLabel;
    QString m_allText;
};

} // namespace wc
