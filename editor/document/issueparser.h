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
    IssueParser(QString text, const QString &fileName, bool hasBom);
    IssueDocument parse();

private:
    struct Line {
        qsizetype begin = 0;
        qsizetype contentEnd = 0; // before "\r\n" or "\n"
        qsizetype end = 0;        // after the line ending
    };

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
    void scanNotes(ItemNode &item) const;

    IssueDocument m_doc;
    const QString &m_text;
    std::vector<Line> m_lines;
    std::vector<Block> m_blocks;
};

} // namespace wc
