// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fragmentparse.h"

#include "cmarknodes.h"
#include "htmlpostprocess.h"

#include <cmark-gfm.h>

namespace wc {

namespace {

// cmark-gfm 0.29.0.gfm.6 (Debian bookworm) is quadratic in the link openers of a paragraph:
// 250,000 `[a](` or nested `[` take seconds (fixed upstream in 0.29.0.gfm.7 and later), and
// escaping them still costs a node per bracket. No real item holds this many; a chunk that
// does is shown as its plain text, escaped, in one paragraph.
constexpr qsizetype maxLinkOpeners = 10000;

QByteArray asPlainText(QStringView source, int firstLine, int lastLine) {
    // Escaped as QString::toHtmlEscaped() does (`<`, `>`, `&`, `"`), on the UTF-8 bytes in one
    // pass: escaping the UTF-16 a character at a time took a tenth of rendering 20,000
    // footnotes.
    const QByteArray utf8 = source.toUtf8();
    QByteArray out = "<p class=\"unrendered\" data-sourcepos=\"" + QByteArray::number(firstLine) +
                     ":1-" + QByteArray::number(lastLine) + ":1\">";
    out.reserve(out.size() + utf8.size() + utf8.size() / 8 + 8);
    qsizetype plain = 0; // the start of the bytes not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char *replacement = nullptr;
        switch (utf8[i]) {
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '&':
            replacement = "&amp;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '\n':
            replacement = "<br />\n";
            break;
        default:
            continue;
        }
        out.append(utf8.constData() + plain, i - plain);
        out.append(replacement);
        plain = i + 1;
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out.append("</p>\n");
    return out;
}

// The number and its separator as written (`1、`, `12.`, `①`).
TextRange numberPrefix(const ItemNode &item) {
    return {item.headLine.begin, item.isCircled() ? item.number.end : item.separator.end};
}

// cmark drops a closing `#` run from a heading (`1、C #`): such a head is parsed on its own.
bool endsLikeAClosingSequence(QStringView rest) {
    qsizetype size = rest.size();
    while (size > 0 && (rest[size - 1] == u' ' || rest[size - 1] == u'\t'))
        --size;
    qsizetype run = size;
    while (run > 0 && rest[run - 1] == u'#')
        --run;
    return run < size && (run == 0 || rest[run - 1] == u' ' || rest[run - 1] == u'\t');
}

// cmark writes a custom block's text between line breaks it adds only where the output does
// not end in one already: `before` and `after` end in one (or are empty), so nothing is added.
cmark_node *customBlock(const QByteArray &before, const QByteArray &after) {
    cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(block, before.constData());
    cmark_node_set_on_exit(block, after.constData());
    return block;
}

void wrapNotes(const std::vector<cmark_node *> &blocks, const QString &text,
               const ItemNotes &notes) {
    for (const auto &[note, cssClass] : {std::pair{notes.star, "note note-star"},
                                         std::pair{notes.contributor, "note note-contributor"},
                                         std::pair{notes.appendix, "note note-appendix"}}) {
        if (note.isEmpty())
            continue;
        // The bracket and the next two characters find it; the rest is matched by bracket
        // depth, since the note's Markdown (a link in `（附：…）`) is rendered.
        qsizetype length = std::min<qsizetype>(3, note.length());
        if (length < note.length() && text[note.begin + length - 1].isHighSurrogate())
            ++length;
        cmark::wrapNote(blocks, QStringView(text).sliced(note.begin, length).toUtf8(), cssClass);
    }
}

std::vector<cmark_node *> children(cmark_node *root) {
    std::vector<cmark_node *> nodes;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node))
        nodes.push_back(node);
    return nodes;
}

} // namespace

FragmentParse::FragmentParse(const IssueDocument &document, qsizetype begin, qsizetype end,
                             std::vector<Chunk> chunks, const MarkdownDefinitions &definitions)
    : m_document(document)
    , m_definitions(definitions)
    , m_begin(begin) {
    m_chunks.reserve(chunks.size());
    for (const Chunk &chunk : chunks) {
        Part part;
        static_cast<Chunk &>(part) = chunk;
        m_chunks.push_back(std::move(part));
    }
    buildAndParse(definitions, end);
}

FragmentParse::~FragmentParse() = default;

void FragmentParse::buildAndParse(const MarkdownDefinitions &definitions, qsizetype end) {
    const QString &text = m_document.text();
    // Built as UTF-16 (appending views of the text allocates nothing), converted once.
    QString markdown;
    markdown.reserve(end - m_begin + 64);
    int line = 1;
    qsizetype position = m_begin;
    auto append = [&](qsizetype from, qsizetype to) {
        const QStringView piece = QStringView(text).sliced(from, to - from);
        markdown += piece;
        line += int(piece.count(u'\n'));
    };
    for (Part &part : m_chunks) {
        append(position, part.begin);
        const QStringView source = QStringView(text).sliced(part.begin, part.end - part.begin);
        const int lines = int(source.count(u'\n'));
        part.firstLine = line;
        part.lastLine = line + lines;
        position = part.end;
        if (source.count(u'[') > maxLinkOpeners) {
            part.mode = Mode::PlainText;
        } else if (part.kind == Chunk::Kind::ItemHead) {
            const TextRange prefix = numberPrefix(*part.item);
            const QStringView rest =
                QStringView(text).sliced(prefix.end, part.item->headLine.end - prefix.end);
            if (endsLikeAClosingSequence(rest)) {
                part.mode = Mode::Alone;
            } else {
                // As many bytes in UTF-8 as the number: every column cmark reports stays true.
                markdown += u'#';
                markdown += QString(prefix.in(text).toUtf8().size() - 1, u' ');
                append(prefix.end, part.end);
                continue;
            }
        } else {
            append(part.begin, part.end);
            continue;
        }
        markdown += QString(lines, u'\n'); // kept out of the shared parse; lines stay true
        line += lines;
    }
    append(position, end);
    const int lastContentLine = line;
    if (const QString used =
            definitions.usedBy(QStringView(text).sliced(m_begin, end - m_begin), m_begin);
        !used.isEmpty()) {
        markdown += u"\n\n";
        markdown += used;
    }
    m_tree = std::make_unique<cmark::Tree>(markdown.toUtf8());
    cmark::blankUnsafeUrls(m_tree->root());
    assignBlocks(lastContentLine);
}

// Gives each top-level block to the chunk whose lines it starts in. A block that runs past its
// chunk's last line joined what should have been apart: those chunks are parsed on their own.
void FragmentParse::assignBlocks(int lastContentLine) {
    size_t next = 0;
    bool definitionsLost = false;
    auto alone = [this](size_t index) {
        if (index < m_chunks.size() && m_chunks[index].mode == Mode::Shared)
            m_chunks[index].mode = Mode::Alone;
    };
    for (cmark_node *node = cmark_node_first_child(m_tree->root()); node;
         node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            continue;
        const int first = cmark_node_get_start_line(node);
        const int last = cmark_node_get_end_line(node);
        if (first > lastContentLine)
            continue; // the appended definitions (they render nothing themselves)
        while (next < m_chunks.size() && m_chunks[next].lastLine < first)
            ++next;
        if (next == m_chunks.size() || m_chunks[next].firstLine > first) {
            alone(next - 1); // between chunks: cannot be, unless neighbours joined
            alone(next);
            continue;
        }
        m_chunks[next].nodes.push_back(node);
        if (last > m_chunks[next].lastLine) {
            for (size_t i = next; i < m_chunks.size() && m_chunks[i].firstLine <= last; ++i)
                alone(i);
        }
        definitionsLost = definitionsLost || last > lastContentLine;
    }
    if (definitionsLost) { // a block ran into the appended definitions: none can be trusted
        for (size_t i = 0; i < m_chunks.size(); ++i)
            alone(i);
    }
}

QByteArray FragmentParse::html() {
    // The root is rebuilt: one custom block per chunk, in order, then cmark's footnotes.
    std::vector<cmark_node *> footnotes;
    std::vector<cmark_node *> blocks;
    while (cmark_node *node = cmark_node_first_child(m_tree->root())) {
        cmark_node_unlink(node);
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            footnotes.push_back(node); // cmark moved the cited ones to the end, in order
        else
            blocks.push_back(node);
    }
    for (Part &part : m_chunks) {
        cmark_node *block = nullptr;
        if (part.mode == Mode::Shared)
            block = sharedBlock(part);
        if (!block) {
            const QByteArray html =
                part.mode == Mode::PlainText
                    ? asPlainText(
                          QStringView(m_document.text()).sliced(part.begin, part.end - part.begin),
                          part.firstLine, part.lastLine)
                    : renderAlone(part);
            block = customBlock(part.before + html, part.after);
        }
        cmark_node_append_child(m_tree->root(), block);
    }
    for (cmark_node *footnote : footnotes)
        cmark_node_append_child(m_tree->root(), footnote);
    const QByteArray out = m_tree->render();
    for (cmark_node *block : blocks) {
        if (!cmark_node_parent(block)) // of a chunk parsed on its own, or of no chunk
            cmark_node_free(block);
    }
    return out;
}

// The chunk's blocks of the shared tree in a custom block that writes its `before` and
// `after`; nullptr when they cannot be used (then it is parsed on its own).
cmark_node *FragmentParse::sharedBlock(Part &part) {
    const QString &text = m_document.text();
    if (part.kind != Chunk::Kind::ItemHead) {
        if (part.kind == Chunk::Kind::ItemBody)
            wrapNotes(part.nodes, text, part.item->notes);
        cmark_node *block = customBlock(part.before, part.after);
        for (cmark_node *node : part.nodes)
            cmark_node_append_child(block, node);
        return block;
    }
    if (part.nodes.size() != 1 || cmark_node_get_type(part.nodes[0]) != CMARK_NODE_HEADING)
        return nullptr; // cannot happen: a `#` line is one heading
    const ItemNode &item = *part.item;
    const bool textFollows = !QStringView(text)
                                  .sliced(item.spacing.end, item.headLine.end - item.spacing.end)
                                  .trimmed()
                                  .isEmpty();
    cmark_node *block = customBlock(part.before, part.after);
    cmark::moveItemHead(part.nodes[0], block, numberPrefix(item).in(text).toUtf8(),
                        textFollows ? item.spacing.in(text).toUtf8() : QByteArray());
    return block;
}

// The chunk as its own document, with the definitions it uses: what the renderer did for
// every chunk before it parsed fragments once.
QByteArray FragmentParse::renderAlone(const Part &part) {
    ++m_separateParses;
    const QString &text = m_document.text();
    QString source = text.sliced(part.begin, part.end - part.begin);
    if (part.kind == Chunk::Kind::ItemHead && !part.item->isCircled() &&
        part.item->separator.in(text) == u".") // `1. ` would start an ordered list
        source.insert(part.item->separator.begin - part.begin, u'\\');
    QByteArray markdown = source.toUtf8();
    if (const QString used = m_definitions.usedBy(
            QStringView(text).sliced(part.begin, part.end - part.begin), part.begin);
        !used.isEmpty()) {
        markdown += "\n\n";
        markdown += used.toUtf8();
    }
    const cmark::Tree tree(markdown);
    cmark::blankUnsafeUrls(tree.root());
    if (part.kind == Chunk::Kind::ItemHead) {
        if (cmark_node *paragraph = cmark_node_first_child(tree.root()))
            cmark::markItemNumber(paragraph, numberPrefix(*part.item).in(text).toUtf8());
    } else if (part.kind == Chunk::Kind::ItemBody) {
        wrapNotes(children(tree.root()), text, part.item->notes);
    }
    QByteArray out = tree.render();
    html::shiftSourcePositions(out, part.firstLine - 1);
    if (part.kind == Chunk::Kind::ItemHead && out.startsWith("<p"))
        out.insert(2, " class=\"item-head\""); // the only tag cmark writes that we amend
    return out;
}

} // namespace wc
