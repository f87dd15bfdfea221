// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QHashFunctions> // std::hash<QString>
#include <QString>
#include <QStringView>

#include <deque>
#include <unordered_map>
#include <vector>

namespace wc {

// The link reference definitions (`[label]: url`) and footnote definitions (`[^1]: text` with
// its indented continuation) of a whole document, found in one pass outside its code blocks
// (the parser's, so the renderer has no fence detection of its own). The renderer parses each
// section on its own, so a section gets the definitions it uses appended to its source: only
// those, so rendering stays linear in the document however many definitions it has.
class MarkdownDefinitions {
public:
    MarkdownDefinitions() = default;
    explicit MarkdownDefinitions(const IssueDocument &document);

    bool isEmpty() const { return m_entries.empty(); }
    // Every definition's text in document order: equal when nothing a fragment could use changed.
    const QString &allText() const { return m_allText; }

    // The definitions that `source` (the document's text from `offset`) refers to
    // (`[text][label]`, `[label]`, `[^note]`), and the ones those refer to, each once, as
    // Markdown lines to append after the source; those that stand inside `source` are not
    // repeated.
    QString usedBy(QStringView source, qsizetype offset) const;

    // A label as CommonMark matches it: case-folded, inner whitespace collapsed, trimmed.
    static QString normalizedLabel(QStringView label);

private:
    struct Entry {
        qsizetype offset; // the definition's lines in the document
        qsizetype end;
    };
    void appendEntry(QString &out, const Entry &entry) const;
    template <typename Visit> static void forEachLabel(QStringView source, Visit visit);
    static bool isNormal(QStringView label);
    size_t find(QStringView label) const; // the entry, or size_t(-1)

    // Looked up by view (C++20 heterogeneous lookup): most labels need no copy to be found.
    struct LabelHash {
        using is_transparent = void;
        size_t operator()(QStringView label) const { return qHash(label); }
    };
    struct LabelEqual {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const { return a == b; }
    };

    QString m_text; // the document's (shared, not copied): entries and keys are views of it
    std::vector<Entry> m_entries;
    std::deque<QString> m_normalizedKeys; // the keys that are not as written
    // Normalized label (`^` kept for footnotes) → entry. Not a QHash: Qt 6.4's took 145 ms
    // to insert 20,000 short labels here, std::unordered_map 18 ms. The keys are views.
    std::unordered_map<QStringView, size_t, LabelHash, LabelEqual> m_byLabel;
    QString m_allText;
};

} // namespace wc
