// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentnodes.h"
#include "parseconventions.h"
#include "sectionlist.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace wc {

// The parsed structure of one issue file. The text is kept verbatim (without a BOM); every
// node refers to it by range, and serialize() reassembles the file from the nodes' spans.
class IssueDocument {
public:
    // `conventions`: the newsletter's footer markers and section emoji (its profile's); the
    // document keeps them, and applyChange() parses with them too.
    static IssueDocument parse(QString text, const QString &fileName = {}, bool hasBom = false,
                               const ParseConventions &conventions = ParseConventions::defaults());

    // Replaces [position, position + removed) of the text with `added` and parses again only
    // the sections the change touches, from the start of the one it begins in to the start of
    // the first one after it, which is where the new parse meets the old one; the sections
    // after are moved. Where the change reaches beyond that (the front matter, the title or
    // preamble, a code fence left open, pseudo-headers, the last `##`), the whole text is
    // parsed. Either way the document then equals parse() of the new text.
    DocumentChange applyChange(qsizetype position, qsizetype removed, QStringView added);

    const QString &text() const { return m_text; }
    bool hasBom() const { return m_hasBom; }
    // The file's own line ending, taken from its first line ("\n" when it has none).
    const QString &lineEnding() const { return m_lineEnding; }
    const QString &fileName() const { return m_fileName; }
    const ParseConventions &conventions() const { return m_conventions; }

    TextRange leading() const { return m_leading; }
    const std::optional<FrontMatter> &frontMatter() const { return m_frontMatter; }
    const std::optional<Block> &titleBlock() const { return m_titleBlock; }
    // The H1 title's text without the hashes and the blanks around it (empty without an H1).
    TextRange titleText() const { return m_titleText; }
    const QList<Block> &preamble() const { return m_preamble; }
    const SectionList &sections() const { return m_sections; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // Front matter that is invalid YAML or never closed: nothing may be written into it.
    bool frontMatterIsBroken() const {
        return m_frontMatter ? !m_frontMatter->valid : m_frontMatterUnclosed;
    }
    // The text opens a front matter on its first line that no `---` or `...` line closes.
    bool frontMatterIsUnclosed() const { return m_frontMatterUnclosed; }

    // The issue title: front matter `title`, else the H1 line's text.
    std::optional<QString> title() const;
    // The `#N` in the title.
    std::optional<int> number() const;
    // `pubDate`, else the YYYY-MM-DD in the file name.
    std::optional<QDate> date() const;

    QString sectionLabel(const SectionNode &section) const;
    QString itemBody(const ItemNode &item) const;

    // 1-based line number of a text offset.
    int lineNumberAt(qsizetype offset) const;
    qsizetype lineStart(int lineNumber) const;
    int lineCount() const { return int(m_lineStarts.size()); }

    // The file's bytes rebuilt from the node spans (BOM included).
    QByteArray serialize() const;
    QString serializeText() const;
    int itemCount() const;

    friend bool operator==(const IssueDocument &, const IssueDocument &) = default;

private:
    friend class IssueParser;
    QString m_text;
    QString m_fileName;
    ParseConventions m_conventions;
    QString m_lineEnding = QStringLiteral("\n");
    bool m_hasBom = false;
    TextRange m_leading;
    std::optional<FrontMatter> m_frontMatter;
    std::optional<Block> m_titleBlock;
    TextRange m_titleText;
    bool m_frontMatterUnclosed = false;
    QList<Block> m_preamble;
    SectionList m_sections;
    QList<Diagnostic> m_diagnostics;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace wc
