// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <vector>

namespace wc {

// The line-level grammar of FORMAT.md: one linear pass over the lines groups them into
// blocks, a second pass assigns blocks to front matter, title, preamble, sections and items.
class IssueParser {
public:
    IssueParser(QString text, const QString &fileName, bool hasBom,
                const ParseConventions &conventions);
    IssueDocument parse();

    // IssueDocument::applyChange().
    static DocumentChange update(IssueDocument &document, qsizetype position, qsizetype removed,
                                 QStringView added);

private:
    struct Line {
        qsizetype begin = 0;
        qsizetype contentEnd = 0; // before "\r\n" or "\n"
        qsizetype end = 0;        // after the line ending
    };

    // Parses the lines [firstLine, endLine) of `document` (already changed), which run from
    // the start of a section to the start of the next unchanged one or the end, into sections.
    IssueParser(const IssueDocument &document, qsizetype firstLine, qsizetype endLine);
    // The window's sections, or nothing when it does not parse as it would in the whole text.
    std::optional<QList<SectionNode>> parseWindow();

    QStringView lineText(int index) const;
    void scanLines();
    int parseFrontMatter(); // returns the first line after it
    void scanBlocks(int firstLine);
    Block makeBlock(Block::Kind kind, int first, int last) const;
    int extendOverBlanks(Block &block, int nextLine) const;
    void assemble();
    TextRange headingText(const Block &heading) const;
    void startSection(const Block &header, int level);
    void addToSection(const Block &block);
    void finishItem(ItemNode &item) const;
    void finishSection(SectionNode &section) const;
    void splitTrailers(SectionNode &section) const;
    bool isNotesParagraph(const Block &block) const;
    void scanNotes(ItemNode &item) const;

    IssueDocument m_doc;
    const QString &m_text;
    const ParseConventions &m_conventions; // the document's
    qsizetype m_end = 0;          // where the lines parsed end: the text's end, or the window's
    bool m_fenceLeftOpen = false; // a code fence ran to m_end without its closing line
    std::vector<Line> m_lines;
    std::vector<Block> m_blocks;
};

} // namespace wc
