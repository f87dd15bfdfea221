// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmarknodes.h"

#include "htmlpostprocess.h"

#include <cmark-gfm.h>

#include <QByteArray>

#include <charconv>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

namespace wc::cmark {

namespace {

struct IterDeleter {
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};
using Iter = std::unique_ptr<cmark_iter, IterDeleter>;

QByteArrayView literal(cmark_node *node) {
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArrayView(text, qsizetype(std::strlen(text))) : QByteArrayView();
}

cmark_node *newText(QByteArrayView text) {
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.toByteArray().constData());
    return node;
}

void setLiteral(cmark_node *node, QByteArrayView text) {
    cmark_node_set_literal(node, text.toByteArray().constData());
}

cmark_node *newSpan(QByteArrayView cssClass) {
    cmark_node *span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    const QByteArray open = "<span class=\"" + cssClass.toByteArray() + "\">";
    cmark_node_set_on_enter(span, open.constData());
    cmark_node_set_on_exit(span, "</span>");
    return span;
}

// Bracket depth across the note's text: `（` and `(` open, `）` and `)` close, as in the parser.
class BracketCounter {
public:
    // The offset just after the bracket that closes the note within `text` (from `from`), or -1.
    qsizetype closeIn(QByteArrayView text, qsizetype from = 0) {
        static constexpr QByteArrayView fullOpen("\xEF\xBC\x88");  // （
        static constexpr QByteArrayView fullClose("\xEF\xBC\x89"); // ）
        for (qsizetype i = from; i < text.size(); ++i) {
            const QByteArrayView rest = text.sliced(i);
            if (rest.front() == '(' || rest.startsWith(fullOpen)) {
                ++m_depth;
            } else if (rest.front() == ')' || rest.startsWith(fullClose)) {
                const qsizetype end = i + (rest.front() == ')' ? 1 : fullClose.size());
                if (--m_depth == 0)
                    return end;
            }
        }
        return -1;
    }

private:
    int m_depth = 0;
};

// Where the note starts: the first text node (in document order, images skipped: their
// description is an attribute) that holds `opening`.
std::optional<std::pair<cmark_node *, qsizetype>>
findOpening(const std::vector<cmark_node *> &blocks, QByteArrayView opening) {
    for (cmark_node *block : blocks) {
        const Iter iter(cmark_iter_new(block));
        for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            if (event != CMARK_EVENT_ENTER)
                continue;
            if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            } else if (cmark_node_get_type(node) == CMARK_NODE_TEXT) {
                if (const qsizetype at = literal(node).indexOf(opening); at >= 0)
                    return std::pair{node, at};
            }
        }
    }
    return std::nullopt;
}

// Counts the brackets inside an inline sibling (emphasis, a link's text, code). False when the
// note would close in there (the span could not nest) or meets raw HTML.
bool countInside(cmark_node *inlineNode, BracketCounter &counter) {
    const Iter iter(cmark_iter_new(inlineNode));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_IMAGE:
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (counter.closeIn(literal(node)) >= 0)
                return false;
            break;
        case CMARK_NODE_HTML_INLINE:
            return false;
        default:
            break;
        }
    }
    return true;
}

} // namespace

int blankUnsafeUrls(cmark_node *root) {
    int blanked = 0;
    const Iter iter(cmark_iter_new(root));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
            continue;
        const char *url = cmark_node_get_url(node);
        const auto use = type == CMARK_NODE_IMAGE ? html::UrlUse::Image : html::UrlUse::Link;
        if (url && *url && !html::isSafeDestination(url, use)) {
            cmark_node_set_url(node, "");
            ++blanked;
        }
    }
    return blanked;
}

bool markItemNumber(cmark_node *paragraph, QByteArrayView number) {
    cmark_consolidate_text_nodes(paragraph); // `1\.` is parsed as the texts `1` and `.`
    cmark_node *first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_TEXT ||
        !literal(first).startsWith(number))
        return false;
    cmark_node *span = newSpan("item-number");
    cmark_node_append_child(span, newText(number));
    cmark_node_insert_before(first, span);
    const QByteArrayView rest = literal(first).sliced(number.size());
    if (rest.isEmpty())
        cmark_node_free(first);
    else
        setLiteral(first, rest);
    return true;
}

void moveItemHead(cmark_node *heading, cmark_node *block, QByteArrayView number,
                  QByteArrayView spacing) {
    // Custom inlines, not a custom block, write the paragraph's tags: cmark puts a line break
    // after a custom block's opening text, which a paragraph does not have. The number (digits
    // or a circled digit, then `、` or `.`) needs no escaping: it goes into the opening text.
    // Written into one std::string with to_chars: snprintf and QByteArray's appends of a
    // character at a time took a tenth of rendering 20,000 one-line items.
    std::string open;
    open.reserve(128 + size_t(number.size() + spacing.size()));
    open += "<p class=\"item-head\" data-sourcepos=\"";
    const int position[] = {cmark_node_get_start_line(heading),
                            cmark_node_get_start_column(heading), cmark_node_get_end_line(heading),
                            cmark_node_get_end_column(heading)};
    for (size_t i = 0; i < std::size(position); ++i) {
        char digits[16];
        const auto written = std::to_chars(digits, digits + sizeof digits, position[i]);
        open.append(digits, written.ptr);
        if (i < 3)
            open += i == 1 ? '-' : ':';
    }
    open += "\"><span class=\"item-number\">";
    open.append(number.data(), size_t(number.size()));
    open += "</span>";
    if (cmark_node_first_child(heading))
        open.append(spacing.data(), size_t(spacing.size()));
    cmark_node *start = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(start, open.c_str());
    cmark_node_append_child(block, start);
    while (cmark_node *child = cmark_node_first_child(heading))
        cmark_node_append_child(block, child);
    cmark_node *end = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(end, "</p>\n");
    cmark_node_append_child(block, end);
}

bool wrapNote(const std::vector<cmark_node *> &blocks, QByteArrayView opening,
              QByteArrayView cssClass) {
    if (opening.isEmpty())
        return false;
    const auto found = findOpening(blocks, opening);
    if (!found)
        return false;
    cmark_node *const start = found->first;
    const qsizetype startOffset = found->second;
    BracketCounter counter;
    cmark_node *end = start;
    qsizetype endOffset = counter.closeIn(literal(start), startOffset);
    while (endOffset < 0) {
        end = cmark_node_next(end);
        if (!end)
            return false; // the paragraph (or the emphasis, the link text) ends first
        switch (cmark_node_get_type(end)) {
        case CMARK_NODE_TEXT:
            endOffset = counter.closeIn(literal(end));
            break;
        case CMARK_NODE_HTML_INLINE:
            return false;
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            break;
        default:
            if (!countInside(end, counter))
                return false;
            break;
        }
    }
    // Split the texts at the note's ends, then move everything between into the span.
    const QByteArray endText = literal(end).toByteArray();
    if (endOffset < endText.size()) {
        cmark_node_insert_after(end, newText(QByteArrayView(endText).sliced(endOffset)));
        setLiteral(end, QByteArrayView(endText).first(endOffset));
    }
    const QByteArray startText = literal(start).toByteArray();
    if (startOffset > 0) {
        cmark_node_insert_before(start, newText(QByteArrayView(startText).first(startOffset)));
        setLiteral(start, QByteArrayView(startText).sliced(startOffset));
    }
    cmark_node *span = newSpan(cssClass);
    cmark_node_insert_before(start, span);
    for (cmark_node *node = start;;) {
        cmark_node *next = cmark_node_next(node);
        cmark_node_append_child(span, node); // unlinks it first
        if (node == end)
            break;
        node = next;
    }
    return true;
}

} // namespace wc::cmark
