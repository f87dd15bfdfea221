// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmarkhtml.h"
#include "issuedocument.h"
#include "markdowndefinitions.h"

#include <QByteArray>

#include <memory>
#include <vector>

struct cmark_node;

namespace wc {

// The Markdown of one fragment (a section, the preamble) parsed by cmark-gfm once, with the
// definitions it uses resolved once, then split back into the chunks the renderer wraps in its
// own elements (the section header, each item's head and body, …) by the source lines of the
// syntax tree's blocks.
//
// The parser's items are lines (`1、…` directly under another item is a new item), where
// CommonMark would continue a paragraph; so each item's head line is given to cmark as an ATX
// heading (`#` and blanks over the number, the same length, so every source position stays
// true) and made the item's paragraph again on the tree. A chunk whose blocks still run into a
// neighbour (an unclosed `<!--`, a list that goes on) is parsed on its own instead, as is a
// head cmark would read differently as a heading (one ending in ` #`): the result is what
// rendering every chunk on its own would give, at one parse per fragment.
class FragmentParse {
public:
    struct Chunk {
        enum class Kind { Blocks, ItemHead, ItemBody };
        Kind kind = Kind::Blocks;
        qsizetype begin = 0; // the chunk's text in the document
        qsizetype end = 0;
        const ItemNode *item = nullptr; // for ItemHead and ItemBody
        QByteArray before;              // the renderer's HTML around the chunk's HTML
        QByteArray after;
    };

    // The fragment is the document's text from `begin` to `end`; its line 1 is begin's line.
    FragmentParse(const IssueDocument &document, qsizetype begin, qsizetype end,
                  std::vector<Chunk> chunks, const MarkdownDefinitions &definitions);
    ~FragmentParse();

    // The fragment's HTML: each chunk's between its `before` and `after`, in order, then the
    // footnotes its chunks cite (cmark's <section class="footnotes">). data-sourcepos lines
    // count from the fragment's first line. Rendered in one pass over the tree: the chunks'
    // blocks are moved into custom blocks that write `before` and `after`. Call it once.
    QByteArray html();

    // Chunks parsed on their own (for tests: 0 for a regular issue).
    int separateParses() const { return m_separateParses; }

private:
    enum class Mode { Shared, Alone, PlainText };
    struct Part : Chunk {
        Mode mode = Mode::Shared;
        int firstLine = 0; // in the fragment, 1-based
        int lastLine = 0;
        std::vector<cmark_node *> nodes; // its top-level blocks in the shared tree
    };

    void buildAndParse(const MarkdownDefinitions &definitions, qsizetype end);
    void assignBlocks(int lastContentLine);
    cmark_node *sharedBlock(Part &part);
    QByteArray renderAlone(const Part &part);

    const IssueDocument &m_document;
    const MarkdownDefinitions &m_definitions;
    qsizetype m_begin = 0;
    std::vector<Part> m_chunks;
    std::unique_ptr<cmark::Tree> m_tree;

    int m_separateParses = 0;
};

} // namespace wc
