// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textrange.h"

#include <QList>
#include <QString>

#include <optional>

namespace wc {

// A run of source lines that forms one Markdown block. Blocks tile the text they cover:
// `content` is the block itself (no final line ending), `span` adds that line ending and
// the blank lines that follow, so concatenated spans reproduce the source exactly.
struct Block {
    enum class Kind { Paragraph, Heading, Code, List, Quote, Image, ThematicBreak, Html, ItemHead };
    Kind kind = Kind::Paragraph;
    int headingLevel = 0; // for Kind::Heading
    TextRange content;
    qsizetype contentEnd = 0; // end of the last content line including its line ending
    TextRange span;
    friend bool operator==(const Block &, const Block &) = default;
};

// `（star 18.5K）`, a contributor (`（投稿自@X）`, `（分享自@X）`, … see itemnotes.h), `（附：…）`
// inside an item's description.
struct ItemNotes {
    TextRange star;        // whole note, brackets included
    TextRange starValue;   // `18.5K`
    TextRange contributor; // whole note
    TextRange contributorName;
    TextRange appendix; // whole note
    TextRange appendixText;
    friend bool operator==(const ItemNotes &, const ItemNotes &) = default;
};

struct ItemImage {
    int blockIndex = -1; // index into ItemNode::body
    TextRange alt;
    TextRange url;
    friend bool operator==(const ItemImage &, const ItemImage &) = default;
};

struct ItemNode {
    Block head;          // the head line as a block: its span runs to the body
    TextRange headLine;  // the head line without its line ending
    TextRange number;    // digits or the circled digit as written
    TextRange separator; // `、` or `.`; empty for circled digits
    TextRange spacing;   // blanks after the separator
    bool hasLink = false;
    TextRange title; // link text between the outer brackets, or the rest of the line
    TextRange url;   // between the parentheses (empty without a link)
    TextRange tail;  // after the link's closing parenthesis up to the line end
    QList<Block> body;
    ItemImage image;
    ItemNotes notes;
    qsizetype begin = 0;      // start of the head line
    qsizetype contentEnd = 0; // end of the last content line, line ending included
    qsizetype end = 0;        // end of the trailing blank lines

    bool isCircled() const { return separator.isEmpty(); }
    // Body blocks before the image (or all of them without one): the description.
    TextRange description() const;
    friend bool operator==(const ItemNode &, const ItemNode &) = default;
};

struct SectionNode {
    int level = 2; // 2 for `##`, 3 for `###`, 0 for a bold-link pseudo-header
    Block header;
    TextRange heading;     // heading text as written, without hashes, blanks, trailing blanks
    TextRange labelPrefix; // text before the link inside the heading (an emoji), may be empty
    TextRange labelLink;   // link text when the heading is a link
    TextRange headingUrl;  // link target when the heading is a link
    bool hasLink = false;  // the heading holds a link (its text or target may be empty)
    QList<Block> intro;
    QList<ItemNode> items;
    QList<Block> trailers;
    int parent = -1; // for level 3: index of the enclosing level-2 section
    qsizetype begin = 0;
    qsizetype contentEnd = 0;
    qsizetype end = 0;
    friend bool operator==(const SectionNode &, const SectionNode &) = default;
};

struct FrontMatterField {
    enum class Quoting { Plain, Single, Double, Other };
    QString key;
    QString value; // as read through yaml-cpp (raw text for non-scalars)
    Quoting quoting = Quoting::Plain;
    TextRange line;      // the key's line without its line ending
    TextRange valueText; // the value as written (quotes included), first line only
    // The whole value as written: valueText and the indented (or `- `) lines that continue
    // it, as a block list or a block scalar (`|`, `>`) has them; no final line ending.
    TextRange valueSpan;
    // A scalar on the key's line only: the one kind of value a one-line field can rewrite.
    bool isOneLine() const { return valueSpan == valueText && quoting != Quoting::Other; }
    friend bool operator==(const FrontMatterField &, const FrontMatterField &) = default;
};

struct FrontMatter {
    TextRange content; // from the opening `---` to the end of the closing `---` line
    qsizetype contentEnd = 0;
    TextRange span; // content plus line ending and following blank lines
    TextRange body; // the YAML between the fences
    bool valid = true;
    QList<FrontMatterField> fields;

    const FrontMatterField *field(const QString &key) const;
    friend bool operator==(const FrontMatter &, const FrontMatter &) = default;
};

// What IssueDocument::applyChange() parsed again: the sections [firstSection, firstSection +
// removedSections) of the document before the change became [firstSection, firstSection +
// addedSections); the sections after them are the ones before, moved by `shift` characters
// and `lineShift` lines, and everything before firstSection is as it was. A full change (a
// whole parse) may have changed anything.
struct DocumentChange {
    bool full = true;
    int firstSection = 0;
    int removedSections = 0;
    int addedSections = 0;
    qsizetype shift = 0;
    int lineShift = 0;
    friend bool operator==(const DocumentChange &, const DocumentChange &) = default;
};

struct Diagnostic {
    int line = 0; // 1-based
    QString message;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

} // namespace wc
