// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentedits.h"

#include "frontmatterparser.h"
#include "linebreaks.h"
#include "markdownescape.h"
#include "markdownscan.h"
#include "pseudoheader.h"
#include "softassert.h"

#include <QRegularExpression>

#include <algorithm>

namespace wc {

DocumentEdits::DocumentEdits(const IssueDocument &document)
    : m_doc(document)
    , m_text(document.text())
    , m_eol(document.lineEnding()) {}

bool DocumentEdits::hasSection(int section) const {
    return section >= 0 && section < m_doc.sections().size();
}

bool DocumentEdits::hasItem(ItemRef ref) const {
    return hasSection(ref.section) && ref.item >= 0 &&
           ref.item < m_doc.sections()[ref.section].items.size();
}

const ItemNode &DocumentEdits::item(ItemRef ref) const {
    return m_doc.sections().at(ref.section).items.at(ref.item);
}

QString DocumentEdits::normalizedBlock(const QString &markdown, BlockPlace place) const {
    QString block = withLfLineBreaks(markdown);
    while (block.endsWith(u'\n'))
        block.chop(1);
    while (block.startsWith(u'\n'))
        block.remove(0, 1);
    block = startingNoStructure(std::move(block), place);
    // In an issue whose front matter is never closed, the first `---` or `...` line closes it
    // and takes everything above into the front matter: a form writing one would end the item
    // being typed into, and the next key would land in another (found by session_fuzz). Such a
    // line is written indented by a blank, which closes nothing and reads the same (a
    // thematic break, or the text `...`).
    if (m_doc.frontMatterIsUnclosed()) {
        static const QRegularExpression closing(QStringLiteral("^(---|\\.\\.\\.)[ \\t]*$"),
                                                QRegularExpression::MultilineOption);
        block.replace(closing, QStringLiteral(" \\1"));
    }
    if (m_eol != u"\n")
        block.replace(u'\n', m_eol);
    return block;
}

QString DocumentEdits::startingNoStructure(QString block, BlockPlace place) const {
    // A line the parser reads as a section's heading (`## x`, `### x`; in an issue without
    // `##` a bold-link header alone in its paragraph), as the issue's title (a preamble's
    // first `# x` where the issue has none) or, in an item, as the next item's head
    // (`1、x`, `2. x`, `③ x`) would end the description or preamble there, and the next key,
    // still meant for the field, would land somewhere else: `##` typed into a description
    // split the section and the next key wrote outside the item (found by session_fuzz).
    // Such a line is written to read the same and start nothing: a backslash before the
    // hashes or the link's bracket, or a blank before the number or the bold. Lines inside a
    // code block of the field are left as they are.
    const bool pseudoHeaders = std::none_of(m_doc.sections().begin(), m_doc.sections().end(),
                                            [](const SectionNode &s) { return s.level == 2; });
    // Without a `# title`, a preamble's first block comes first, where a `# x` is the title.
    const bool titleFirst = place == BlockPlace::Preamble && !m_doc.titleBlock();
    QList<QStringView> lines = QStringView(block).split(u'\n');
    QStringList written;
    written.reserve(lines.size());
    QChar fenceChar;
    int fence = 0; // the open fence's length, inside a code block of the field
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].toString();
        if (fence > 0) {
            if (scan::isFenceClosing(line, fenceChar, fence))
                fence = 0;
        } else if (const int opening = scan::fenceOpening(line, &fenceChar)) {
            fence = opening;
        } else if (const int level = scan::atxHeadingLevel(line);
                   level == 2 || level == 3 || (level == 1 && i == 0 && titleFirst)) {
            line.insert(line.indexOf(u'#'), u'\\');
        } else if (place == BlockPlace::ItemBody && scan::matchItemHead(line)) {
            line.prepend(u' ');
        } else if (pseudoHeaders && (i == 0 || scan::isBlank(lines[i - 1])) &&
                   (i + 1 == lines.size() || scan::isBlank(lines[i + 1]))) {
            const PseudoHeader form = pseudoHeaderForm(line, m_doc.conventions());
            if (form == PseudoHeader::Bold)
                line.prepend(u' ');
            else if (form == PseudoHeader::BareLink)
                line.insert(scan::indexOfUnescaped(line, u'['), u'\\');
        }
        written << line;
    }
    // A code block the field leaves open (while its fence is being typed) would run to the end
    // of the issue: the next key would then replace all of that (typing "```p" into a
    // description deleted every item after it). It is closed where the field ends.
    if (fence > 0)
        written << QString(fence, fenceChar);
    return written.join(u'\n');
}

QString DocumentEdits::contentWithEol(qsizetype begin, qsizetype end) const {
    QString content = QStringView(m_text).sliced(begin, end - begin).toString();
    // A last line ending in a CR (a character to the parser, not a line break) would make
    // CRLF with the line break added and read as another line (`` ```\r `` would close a
    // fence, found by fuzz_edits): a blank keeps them apart, as replaceRun() does.
    if (content.endsWith(u'\r'))
        content += u' ';
    if (!content.endsWith(u'\n'))
        content += m_eol;
    return content;
}

QString DocumentEdits::closingFence(const Block &block) const {
    if (block.kind != Block::Kind::Code)
        return {};
    const QStringView content = block.content.in(m_text);
    const auto isEol = [](QChar c) { return c == u'\n' || c == u'\r'; };
    qsizetype firstEnd = 0;
    while (firstEnd < content.size() && !isEol(content[firstEnd]))
        ++firstEnd;
    QChar fenceChar;
    const int length = scan::fenceOpening(content.first(firstEnd), &fenceChar);
    if (length == 0)
        return {};
    qsizetype lastBegin = content.size();
    while (lastBegin > firstEnd && !isEol(content[lastBegin - 1]))
        --lastBegin;
    if (lastBegin > firstEnd && scan::isFenceClosing(content.sliced(lastBegin), fenceChar, length))
        return {};
    return QString(length, fenceChar);
}

QString DocumentEdits::notALink(QString title, QStringView tail) {
    // An item's title without a link must not read as one: a field keeps the brackets and
    // parentheses the user did not touch as written, and a key elsewhere (a `]` or `(`
    // deleted, the URL cleared) can pair them, with the tail's, into `[a](b)`, a link whose text
    // lacks what the field showed (found by session_fuzz). The opening bracket is escaped.
    if (scan::matchLink(title + tail.toString(), 0))
        title.prepend(u'\\');
    return title;
}

QString DocumentEdits::notAHeadingLink(QString label) {
    // The same for a heading's label without a link (found by session_fuzz), where the parser
    // takes the heading's first unescaped `[` for its link's, wherever it stands: while that
    // bracket would open one, it is escaped, and the next one is looked at.
    qsizetype at = 0;
    while ((at = scan::indexOfUnescaped(label, u'[')) >= 0 && scan::matchLink(label, at))
        label.insert(at, u'\\');
    return label;
}

Edit DocumentEdits::setItemTitle(ItemRef ref, const QString &title) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    // Without a link the title is the rest of the head line, read without the blanks at
    // either end: blanks typed there are not written, so they cannot pile up at the line end.
    QString text =
        node.hasLink ? escapedLinkText(title) : QString(title).replace(u'\n', u' ').trimmed();
    if (!node.hasLink)
        text = notALink(text, node.tail.in(m_text));
    return minimized(m_text, {node.title, text});
}

Edit DocumentEdits::setItemUrl(ItemRef ref, const QString &url) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    const QString target = encodedUrl(url);
    if (node.hasLink) {
        if (target.isEmpty()) // no URL left: the link becomes plain text
            return minimized(m_text,
                             {{node.spacing.end, node.tail.begin},
                              notALink(node.title.in(m_text).toString(), node.tail.in(m_text))});
        return minimized(m_text, {node.url, target});
    }
    if (target.isEmpty())
        return {};
    const QString title = escapedLinkText(node.title.in(m_text).toString());
    return minimized(m_text, {node.title, u'[' + title + QStringLiteral("](") + target + u')'});
}

Edit DocumentEdits::setItemTail(ItemRef ref, const QString &tail) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    return minimized(m_text, {node.tail, QString(tail).replace(u'\n', u' ')});
}

bool DocumentEdits::canHaveBody(ItemRef ref) const {
    const auto &items = m_doc.sections().at(ref.section).items;
    return ref.item + 1 < items.size() ||
           scan::circledDigitValue(m_text.at(item(ref).headLine.begin)) <= 0;
}

Edit DocumentEdits::setItemDescription(ItemRef ref, const QString &markdown) const {
    WC_ASSERT(hasItem(ref), return {});
    if (!canHaveBody(ref))
        return {};
    const ItemNode &node = item(ref);
    const QString block = normalizedBlock(markdown, BlockPlace::ItemBody);
    const qsizetype count = node.image.blockIndex >= 0 ? node.image.blockIndex : node.body.size();
    if (count > 0) {
        const Block &first = node.body.first();
        const Block &last = node.body[count - 1];
        if (!block.isEmpty())
            return minimized(m_text, {{first.content.begin, last.content.end}, block});
        if (count < node.body.size()) // keep the gap in front of the image
            return minimized(m_text, {{first.content.begin, node.body[count].content.begin}, {}});
        return minimized(m_text, {{node.head.contentEnd, last.contentEnd}, {}});
    }
    if (block.isEmpty())
        return {};
    const qsizetype at = node.head.contentEnd;
    const QString lead = m_text.at(at - 1) == u'\n' ? QString() : m_eol;
    // The new description sits right below the head line, one blank line apart; the head
    // line's old gap now follows the description.
    return {{{at, at}, lead + m_eol + block + m_eol}};
}

Edit DocumentEdits::setItemImage(ItemRef ref, const QString &url, const QString &alt) const {
    WC_ASSERT(hasItem(ref), return {});
    if (!canHaveBody(ref))
        return {};
    const ItemNode &node = item(ref);
    const QString target = encodedUrl(url);
    QString altText = alt;
    altText.replace(u'\n', u' ');
    const QString line = QStringLiteral("![%1](%2)").arg(escapedLinkText(altText), target);
    if (node.image.blockIndex >= 0) {
        const Block &image = node.body[node.image.blockIndex];
        if (!target.isEmpty())
            return minimized(m_text, {image.content, line});
        const qsizetype from = node.image.blockIndex > 0
                                   ? node.body[node.image.blockIndex - 1].contentEnd
                                   : node.head.contentEnd;
        return minimized(m_text, {{from, image.contentEnd}, {}});
    }
    if (target.isEmpty())
        return {};
    const qsizetype at = node.body.isEmpty() ? node.head.contentEnd : node.body.last().contentEnd;
    const QString lead = m_text.at(at - 1) == u'\n' ? QString() : m_eol;
    // After a fence never closed the image would be code: the fence is closed first.
    const QString fence = node.body.isEmpty() ? QString() : closingFence(node.body.last());
    const QString closing = fence.isEmpty() ? QString() : fence + m_eol;
    return {{{at, at}, lead + closing + m_eol + line + m_eol}};
}

Edit DocumentEdits::setItemImageAlt(ItemRef ref, const QString &alt) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    if (node.image.blockIndex < 0)
        return {};
    return minimized(m_text, {node.image.alt, escapedLinkText(QString(alt).replace(u'\n', u' '))});
}

// A note that is a paragraph of its own (a line of its own after a blank line, as setNote
// writes it on an item without a description) is removed with its line and the blank line
// before it, so clearing it gives back the text from before it was set; any other note is
// removed alone.
TextRange DocumentEdits::noteParagraphOrNote(TextRange note) const {
    const auto isBreak = [this](qsizetype at) {
        return at >= 0 && at < m_text.size() && (m_text[at] == u'\n' || m_text[at] == u'\r');
    };
    qsizetype end = note.end;
    while (end < m_text.size() && (m_text[end] == u' ' || m_text[end] == u'\t'))
        ++end;
    // The line break that ends the note's line, and the blank line above it.
    const qsizetype afterEnd = m_text.mid(end, 2) == u"\r\n" ? end + 2 : end + 1;
    const qsizetype lineBegin = note.begin;
    if (!isBreak(end) || !isBreak(lineBegin - 1))
        return note;
    qsizetype blankBegin = lineBegin - 1;
    if (m_text[blankBegin] == u'\n' && isBreak(blankBegin - 1) && m_text[blankBegin - 1] == u'\r')
        --blankBegin; // the CRLF that ends the blank line
    if (!isBreak(blankBegin - 1))
        return note; // the line above is not blank: the note shares a paragraph
    return {blankBegin, afterEnd};
}

QString DocumentEdits::escapedLineStart(TextRange removed) const {
    // What follows the removed run on its line moves to the line's start, where `## x`, `> x`,
    // `- x`, a fence or `---` would start a heading, quote, list or code block of its own
    // (found by session_fuzz: a note cleared before `## …` made a section). A backslash before
    // its first character keeps it the paragraph's text, reading as before.
    if (removed.begin > 0 && m_text[removed.begin - 1] != u'\n')
        return {};
    qsizetype lineEnd = m_text.indexOf(u'\n', removed.end);
    if (lineEnd < 0)
        lineEnd = m_text.size();
    const QStringView rest = QStringView(m_text).sliced(removed.end, lineEnd - removed.end);
    if (rest.isEmpty() || !QStringView(u"#>-+*`~=").contains(rest.front()))
        return {};
    // Under a line of the paragraph, `==` or `--` alone would make that line a heading.
    const QStringView trimmed = scan::trimmedRight(rest);
    const bool underline = std::all_of(trimmed.begin(), trimmed.end(),
                                       [&](QChar c) { return c == trimmed.front(); }) &&
                           (trimmed.front() == u'=' || trimmed.front() == u'-');
    const bool startsBlock = underline || scan::atxHeadingLevel(rest) > 0 || rest.front() == u'>' ||
                             scan::fenceOpening(rest, nullptr) > 0 || scan::isThematicBreak(rest) ||
                             (rest.size() > 1 && QStringView(u"-+*").contains(rest.front()) &&
                              (rest[1] == u' ' || rest[1] == u'\t'));
    return startsBlock ? QStringLiteral("\\") : QString();
}

Edit DocumentEdits::setNote(const ItemNode &node, TextRange whole, TextRange value,
                            const QString &newValue, const QString &newNote) const {
    const QString clean = QString(newValue).replace(u'\n', u' ').trimmed();
    if (!whole.isEmpty()) {
        if (clean.isEmpty()) {
            const TextRange gone = noteParagraphOrNote(whole);
            return minimized(m_text, {gone, gone == whole ? escapedLineStart(whole) : QString()});
        }
        return minimized(m_text, {value, clean});
    }
    if (clean.isEmpty())
        return {};
    const TextRange description = node.description();
    if (description.isEmpty()) {
        const qsizetype at = node.head.contentEnd;
        const QString lead = m_text.at(at - 1) == u'\n' ? QString() : m_eol;
        // A line glued below the head (the footer under the last circled item) would join
        // the note's paragraph and make the note footer text: a blank line keeps them apart.
        const bool gluedBelow =
            lead.isEmpty() && at < m_text.size() && m_text[at] != u'\n' && m_text[at] != u'\r';
        return {{{at, at}, lead + m_eol + newNote + m_eol + (gluedBelow ? m_eol : QString())}};
    }
    // A note ends the description's prose: its last paragraph or list, not a code fence,
    // quote or HTML block that may close it (glued to a closing fence, the note would keep
    // the fence open and turn the rest of the issue into code). Without prose it becomes a
    // paragraph of its own.
    const qsizetype count = node.image.blockIndex >= 0 ? node.image.blockIndex : node.body.size();
    for (qsizetype i = count - 1; i >= 0; --i) {
        const Block &block = node.body[i];
        if (block.kind == Block::Kind::Paragraph || block.kind == Block::Kind::List)
            return {{{block.content.end, block.content.end}, newNote}};
    }
    const Block &last = node.body[count - 1];
    const QString fence = closingFence(last); // a fence never closed would swallow the note
    const QString closing = fence.isEmpty() ? QString() : m_eol + fence;
    // A line right under the block (a bare-link header under a `#` line) would join the
    // note's paragraph, and its section would be gone (found by fuzz_edits): a blank line
    // keeps them apart.
    const qsizetype nextLine = m_text.indexOf(u'\n', last.content.end) + 1;
    const qsizetype nextEnd = nextLine > 0 ? m_text.indexOf(u'\n', nextLine) : -1;
    const bool gluedBelow = nextLine > 0 && nextLine < m_text.size() &&
                            !scan::isBlank(QStringView(m_text).sliced(
                                nextLine, (nextEnd < 0 ? m_text.size() : nextEnd) - nextLine));
    return {{{last.content.end, last.content.end},
             closing + m_eol + m_eol + newNote + (gluedBelow ? m_eol : QString())}};
}

Edit DocumentEdits::setItemStars(ItemRef ref, const QString &stars) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    return setNote(node, node.notes.star, node.notes.starValue, stars,
                   QStringLiteral("（star %1）").arg(QString(stars).trimmed()));
}

Edit DocumentEdits::setItemContributor(ItemRef ref, const QString &name) const {
    WC_ASSERT(hasItem(ref), return {});
    const ItemNode &node = item(ref);
    QString clean = QString(name).trimmed();
    if (clean.startsWith(u'@'))
        clean.remove(0, 1);
    return setNote(node, node.notes.contributor, node.notes.contributorName, clean,
                   QStringLiteral("（投稿自@%1）").arg(clean));
}

Edit DocumentEdits::setPreamble(const QString &markdown) const {
    const QString block = normalizedBlock(markdown, BlockPlace::Preamble);
    const auto &preamble = m_doc.preamble();
    if (!preamble.isEmpty()) {
        const TextRange range{preamble.first().content.begin, preamble.last().content.end};
        if (!block.isEmpty())
            return minimized(m_text, {range, block});
        return minimized(m_text, {{range.begin, preamble.last().span.end}, {}});
    }
    if (block.isEmpty())
        return {};
    // A new preamble goes after the title (or front matter), before the first section.
    qsizetype at = 0;
    if (m_doc.titleBlock())
        at = m_doc.titleBlock()->span.end;
    else if (m_doc.frontMatter())
        at = m_doc.frontMatter()->span.end;
    else
        at = m_doc.leading().end;
    const QString lead = (at > 0 && m_text.at(at - 1) != u'\n') ? m_eol + m_eol : QString();
    return {{{at, at}, lead + block + m_eol + m_eol}};
}

Edit DocumentEdits::setFrontMatterField(const QString &key, const QString &value) const {
    const auto &fm = m_doc.frontMatter();
    if (m_doc.frontMatterIsBroken())
        return {}; // written into, broken YAML would only break further
    const FrontMatterField *existing = fm ? fm->field(key) : nullptr;
    if (existing && !existing->isOneLine())
        return {}; // a list or a block scalar: a one-line value cannot replace it validly
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    // `pubDate` is a plain YAML date in every issue (and the date picker writes nothing
    // else); any other value is quoted whenever its plain form would read back as another
    // type or another string.
    const auto written = [&](FrontMatterField::Quoting quoting) {
        if (key == u"pubDate" && isoDate.match(value).hasMatch() &&
            quoting != FrontMatterField::Quoting::Single &&
            quoting != FrontMatterField::Quoting::Double)
            return value;
        return FrontMatterParser::quoted(value, quoting);
    };
    // A new key is single-quoted as the issues write their titles; a new pubDate is a plain
    // date like every issue's.
    const auto newKeyQuoting =
        key == u"pubDate" ? FrontMatterField::Quoting::Plain : FrontMatterField::Quoting::Single;
    if (!fm) {
        const QString block = QStringLiteral("---") + m_eol + key + QStringLiteral(": ") +
                              written(newKeyQuoting) + m_eol + QStringLiteral("---") + m_eol +
                              m_eol;
        return {{{0, 0}, block}};
    }
    if (const FrontMatterField *field = fm->field(key)) {
        // A title keeps its quotes: the newsletter's scripts read `#N` from a quoted title.
        auto quoting = field->quoting;
        if (quoting == FrontMatterField::Quoting::Plain && key == u"title")
            quoting = FrontMatterField::Quoting::Single;
        return minimized(m_text, {field->valueText, written(quoting)});
    }
    const qsizetype closing = fm->body.end; // start of the closing `---` line
    const QString line = key + QStringLiteral(": ") + written(newKeyQuoting) + m_eol;
    return {{{closing, closing}, line}};
}

Edit DocumentEdits::setIssueTitle(const QString &title) const {
    if (m_doc.frontMatterIsBroken())
        return {};
    if (m_doc.frontMatter() || !m_doc.titleBlock())
        return setFrontMatterField(QStringLiteral("title"), title);
    const TextRange range = m_doc.titleText();
    QString text = QString(title).replace(u'\n', u' ');
    // A bare `#` line needs a blank before its new text, or it stops being a heading.
    if (range.isEmpty() && !text.isEmpty() && m_text.at(range.begin - 1) == u'#')
        text.prepend(u' ');
    return minimized(m_text, {range, text});
}

Edit DocumentEdits::setSectionLabel(int section, const QString &label) const {
    WC_ASSERT(hasSection(section), return {});
    const SectionNode &node = m_doc.sections().at(section);
    const QString clean = QString(label).replace(u'\n', u' ').trimmed();
    Edit edit;
    const QString prefix = node.labelPrefix.in(m_text).toString();
    if (!node.hasLink) {
        // An empty `##` has no blank after its hashes: `##Label` would be no heading at all.
        const qsizetype at = node.labelPrefix.begin;
        const bool needsBlank =
            node.level > 0 && !clean.isEmpty() && at > 0 && m_text.at(at - 1) == u'#';
        const QString plain = notAHeadingLink(clean);
        edit = minimized(m_text, {node.labelPrefix, needsBlank ? u' ' + plain : plain});
    } else if (!prefix.isEmpty() && clean.startsWith(prefix)) {
        // `🦄[文章&教程](url)`: keep the emoji outside the link when the new label starts
        // with it.
        edit = minimized(m_text, {node.labelLink, escapedLinkText(clean.mid(prefix.size()))});
    } else {
        edit = minimized(
            m_text, {{node.labelPrefix.begin, node.labelLink.end}, u'[' + escapedLinkText(clean)});
    }
    return keptAsHeader(node, edit, clean, node.headingUrl.in(m_text).toString());
}

Edit DocumentEdits::setSectionUrl(int section, const QString &url) const {
    WC_ASSERT(hasSection(section), return {});
    const SectionNode &node = m_doc.sections().at(section);
    const QString target = encodedUrl(url);
    Edit edit;
    if (node.hasLink) {
        if (!target.isEmpty()) {
            edit = minimized(m_text, {node.headingUrl, target});
        } else {
            // `## 🦄[文章](u)` becomes `## 🦄文章`: drop the brackets and the target.
            const qsizetype linkBegin = node.labelLink.begin - 1;
            const qsizetype linkEnd = m_text.indexOf(u')', node.headingUrl.end) + 1;
            // The label and the rest of the heading as plain text: a link later in it, or in
            // the label, must not become the heading's link, which the URL field would then
            // show (found by session_fuzz), as for a typed label.
            const qsizetype restEnd = std::max(linkEnd, node.header.content.end);
            const QString plain =
                notAHeadingLink(node.labelLink.in(m_text).toString() +
                                QStringView(m_text).sliced(linkEnd, restEnd - linkEnd).toString());
            edit = minimized(m_text, {{linkBegin, restEnd}, plain});
        }
    } else if (!target.isEmpty()) {
        // An empty `##` has no blank after its hashes: `##[](url)` would be no heading at all.
        const qsizetype at = node.labelPrefix.begin;
        const bool needsBlank = node.level > 0 && at > 0 && m_text.at(at - 1) == u'#';
        edit = minimized(
            m_text, {node.labelPrefix, (needsBlank ? QStringLiteral(" [") : QStringLiteral("[")) +
                                           escapedLinkText(node.labelPrefix.in(m_text).toString()) +
                                           QStringLiteral("](") + target + u')'});
    }
    return keptAsHeader(node, edit, m_doc.sectionLabel(node), target);
}

Edit DocumentEdits::keptAsHeader(const SectionNode &node, const Edit &edit, const QString &label,
                                 const QString &url) const {
    // A `##` heading stays a heading whatever its text; a level-0 header is a paragraph that
    // only its form makes a header. An edit that would leave a form the parser does not read
    // as one (`**文章**`, `[Articles](u)` without the emoji) would merge the section's items
    // into the previous section, so the header takes a form that stays one: the bare link
    // in bold, else a whole-line bold link (its target may be empty).
    if (node.level != 0 || edit.isEmpty())
        return edit;
    const TextRange line = node.header.content;
    Edit local;
    for (const TextReplacement &part : edit)
        local.append({{part.range.begin - line.begin, part.range.end - line.begin}, part.text});
    const QString newLine = applyEdit(line.in(m_text).toString(), local);
    if (pseudoHeaderForm(newLine, m_doc.conventions()) != PseudoHeader::None)
        return edit;
    qsizetype indent = 0;
    while (indent < newLine.size() && newLine[indent] == u' ')
        ++indent;
    const QString body = scan::trimmedRight(newLine).sliced(indent).toString();
    QString header = QStringLiteral("**") + body + QStringLiteral("**");
    if (pseudoHeaderForm(header, m_doc.conventions()) == PseudoHeader::None) {
        // A `**` in the label would read as a second bold run (found by fuzz_edits: naming
        // the header `[**)` merged its items into the section before): its stars are escaped.
        QString text = escapedLinkText(label);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\\')
                ++i;
            else if (text[i] == u'*')
                text.insert(i++, u'\\');
        }
        header = QStringLiteral("**[") + text + QStringLiteral("](") + url + QStringLiteral(")**");
    }
    // Only the header line changes: its old indent and trailing blanks are kept as they were.
    const QStringView oldLine = line.in(m_text);
    qsizetype oldIndent = 0;
    while (oldIndent < oldLine.size() && oldLine[oldIndent] == u' ')
        ++oldIndent;
    const qsizetype end = line.begin + scan::trimmedRight(oldLine).size();
    return minimized(m_text, {{line.begin + oldIndent, end}, header});
}

} // namespace wc
