// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "textreplacement.h"

namespace wc {

struct ItemRef {
    int section = -1;
    int item = -1;
    friend bool operator==(const ItemRef &, const ItemRef &) = default;
    friend auto operator<=>(const ItemRef &, const ItemRef &) = default;
};

struct NewItem {
    QString title;
    QString url;
    QString description;
};

// Every structural or field change to an issue, expressed as text replacements against the
// document's current text (see TextReplacement). The edits never touch bytes outside the
// lines they concern; structural edits renumber only the sections whose order changed.
class DocumentEdits {
public:
    explicit DocumentEdits(const IssueDocument &document);

    Edit setItemTitle(ItemRef ref, const QString &title) const;
    Edit setItemUrl(ItemRef ref, const QString &url) const;
    Edit setItemTail(ItemRef ref, const QString &tail) const;
    // The description paragraphs (the body before the image), as Markdown.
    Edit setItemDescription(ItemRef ref, const QString &markdown) const;
    // An empty url removes the image.
    Edit setItemImage(ItemRef ref, const QString &url, const QString &alt) const;
    // The alt text of the item's image alone (whatever its URL, which may be empty: `![a]()`);
    // nothing without an image.
    Edit setItemImageAlt(ItemRef ref, const QString &alt) const;

    // `（star 18.5K）`: an empty value removes the note; a new note ends the description.
    Edit setItemStars(ItemRef ref, const QString &stars) const;
    // `（投稿自@name）`, written in the item's existing form when it has one.
    Edit setItemContributor(ItemRef ref, const QString &name) const;
    // False for the last circled item of a section (a summary issue's list): the parser reads
    // what follows it as the section's footer, so a description or image written below it would
    // not be the item's; setItemDescription and setItemImage write nothing there. Its notes can
    // be set: a paragraph of notes alone below it stays the item's (IssueParser::splitTrailers).
    bool canHaveBody(ItemRef ref) const;

    Edit setFrontMatterField(const QString &key, const QString &value) const;
    // Everything between the title (or front matter) and the first section.
    Edit setPreamble(const QString &markdown) const;
    // Where a block of Markdown from a field goes: an item's description, or the preamble.
    enum class BlockPlace { ItemBody, Preamble };
    // The source that setItemDescription() or setPreamble() writes for a field's text: its
    // line breaks the issue's, and written so that it stays inside its place (a form compares
    // it with the issue's text to tell its own write from someone else's change).
    QString normalizedBlock(const QString &markdown, BlockPlace place) const;
    // The front matter `title` when there is front matter, else the H1 line.
    Edit setIssueTitle(const QString &title) const;
    Edit setSectionLabel(int section, const QString &label) const;
    // The link of a section heading; an empty url turns `## [label](url)` into `## label`.
    Edit setSectionUrl(int section, const QString &url) const;

    Edit insertItem(int section, int position, const NewItem &item) const;
    Edit insertItems(int section, int position, const QList<NewItem> &items) const;
    Edit removeItem(ItemRef ref) const;
    // A copy of the item (its whole body) right after it.
    Edit duplicateItem(ItemRef ref) const;
    // Moves `items` (in document order) before item `position` of `targetSection`
    // (position == item count appends).
    Edit moveItems(QList<ItemRef> items, int targetSection, int position) const;
    Edit moveItem(ItemRef ref, int targetSection, int position) const;
    // Where the first of `items` lands when moveItems() moves them to `position` of
    // `targetSection`: its index there after the move (the others follow it).
    int landingOf(const QList<ItemRef> &items, int targetSection, int position) const;
    // Moves a section (with its `###` subsections) among its siblings: the sections with the
    // same parent. `position` counts siblings, in their order before the move.
    Edit moveSection(int section, int position) const;
    // The siblings of `section` in their order after moveSection(section, position), and the
    // index the moved section has then.
    QList<int> siblingOrderAfterMove(int section, int position) const;
    int sectionIndexAfterMove(int section, int position) const;
    // Inserts `## heading` among the top-level sections before sibling `position`.
    Edit insertSection(int position, const QString &heading) const;
    Edit renumberSection(int section) const;

    // The sections with the same parent as `section`, in document order (indices).
    QList<int> siblingsOf(int section) const;

    // Whether the indices name a section or an item of the document. Every edit given indices
    // that do not (a stale node from the UI) logs a soft assert and returns no edit.
    bool hasSection(int section) const;
    bool hasItem(ItemRef ref) const;

private:
    struct Slot {
        qsizetype begin = 0;
        qsizetype contentEnd = 0;
        qsizetype end = 0;
    };
    struct NumberStyle {
        bool circled = false;
        QString separator; // separator and spacing, e.g. "、" or ". "
    };

    const ItemNode &item(ItemRef ref) const;
    // The fence line that closes `block` when it is a code fence never closed (it then runs
    // to the end of the issue, and text added after it would be code); else empty.
    QString closingFence(const Block &block) const;
    TextRange noteParagraphOrNote(TextRange note) const;
    // `title` as an item's plain title before `tail`, escaped where it would read as a link.
    static QString notALink(QString title, QStringView tail);
    // `label` as a heading's label without a link, escaped where it would read as one.
    static QString notAHeadingLink(QString label);
    // `\` when removing `removed` would bring a block's syntax to the start of its line.
    QString escapedLineStart(TextRange removed) const;
    Edit setNote(const ItemNode &node, TextRange whole, TextRange value, const QString &newValue,
                 const QString &newNote) const;
    // `block` (with "\n" line breaks) written so that none of its lines starts a section, or
    // in an item the next item, where it goes, and no code block of it runs on past it.
    QString startingNoStructure(QString block, BlockPlace place) const;
    QString contentWithEol(qsizetype begin, qsizetype end) const;
    NumberStyle numberStyle(int section) const;
    QString numberText(const NumberStyle &style, int number) const;
    QString itemText(const ItemNode &item, int number, const NumberStyle *foreignStyle) const;
    QString newItemText(int section, const NewItem &item) const;
    // Lays out every section's items in the order given (newOrder[s] lists the items that
    // section s will hold; an ItemRef with section -1 is fresh[item], a new item's text).
    Edit layoutItems(const QList<QList<ItemRef>> &newOrder, const QStringList &fresh = {}) const;
    QList<QList<ItemRef>> currentOrder() const;
    // How replaceRun() separates the contents: with the blank lines written between the parts,
    // or with at least one blank line where two parts touched. A section's header line that
    // follows another section's last paragraph without a blank line would join that paragraph
    // once the order changes (a bold-link header is a one-line paragraph).
    enum class Gaps { AsWritten, AtLeastABlankLine };
    // With no parts the contents go after `anchor`, below `fenceToClose` (the closing line of
    // a fence never closed that ends there, else empty).
    Edit replaceRun(const QList<Slot> &parts, const QStringList &contents, qsizetype anchor,
                    Gaps gaps = Gaps::AsWritten, const QString &fenceToClose = {}) const;
    qsizetype sectionBlockEnd(int section, bool withGap) const;
    // The section and the `###` subsections it carries: how many sections.
    int sectionBlockSize(int section) const;
    // The text of `section` with its subsections, to be laid out at a new place; unless it
    // goes `last`, a fence never closed at its end (it runs to the end of the issue, and would
    // make code of what follows) is closed.
    QString sectionBlockText(int section, bool last) const;
    // `edit` of a level-0 header's line, or the edit that keeps the line a header.
    Edit keptAsHeader(const SectionNode &node, const Edit &edit, const QString &label,
                      const QString &url) const;

    const IssueDocument &m_doc;
    const QString &m_text;
    QString m_eol;
};

} // namespace wc
