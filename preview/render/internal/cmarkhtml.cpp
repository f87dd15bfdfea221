// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmarkhtml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QtGlobal>

#include <memory>
#include <vector>

namespace wc::cmark {

namespace {

// cmark_render_html allocates with the default allocator, so that one must free it.
struct HtmlDeleter {
    void operator()(char *html) const { cmark_get_default_mem_allocator()->free(html); }
};

constexpr int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;

// Looked up once: the registry is global, and registering is not thread-safe.
const std::vector<cmark_syntax_extension *> &extensions() {
    static const std::vector<cmark_syntax_extension *> list = [] {
        cmark_gfm_core_extensions_ensure_registered();
        std::vector<cmark_syntax_extension *> found;
        for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                found.push_back(extension);
            else
                qWarning("cmark-gfm has no \"%s\" extension", name);
        }
        return found;
    }();
    return list;
}

struct IterDeleter {
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

// Links may not contain links, but cmark-gfm makes one of a `www.` or `https://` text inside
// link text (the autolink extension), and a footnote reference renders as <sup><a>: nested
// <a> elements are invalid HTML. An inner link is replaced by its text; a footnote reference
// moves to just after the outermost link, so its footnote is still numbered and shown.
void unnestLinks(cmark_node *root) {
    std::vector<cmark_node *> innerLinks;
    std::vector<std::pair<cmark_node *, cmark_node *>> footnoteRefs; // ref, outermost link
    {
        const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
        cmark_node *outermost = nullptr;
        int depth = 0;
        for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_FOOTNOTE_REFERENCE && depth > 0 && event == CMARK_EVENT_ENTER) {
                footnoteRefs.emplace_back(node, outermost);
            } else if (type == CMARK_NODE_LINK && event == CMARK_EVENT_ENTER) {
                if (depth++ == 0)
                    outermost = node;
                else
                    innerLinks.push_back(node);
            } else if (type == CMARK_NODE_LINK && event == CMARK_EVENT_EXIT) {
                --depth;
            }
        }
    }
    for (auto it = footnoteRefs.rbegin(); it != footnoteRefs.rend(); ++it)
        cmark_node_insert_after(it->second, it->first); // reversed: they keep their order
    for (cmark_node *link : innerLinks) {
        while (cmark_node *child = cmark_node_first_child(link))
            cmark_node_insert_before(link, child);
        cmark_node_free(link); // unlinks it first
    }
}

} // namespace

void Tree::Deleter::operator()(cmark_parser *parser) const {
    cmark_parser_free(parser);
}

void Tree::Deleter::operator()(cmark_node *node) const {
    cmark_node_free(node);
}

Tree::Tree(QByteArrayView markdown)
    : m_parser(cmark_parser_new(options)) {
    for (cmark_syntax_extension *extension : extensions())
        cmark_parser_attach_syntax_extension(m_parser.get(), extension);
    cmark_parser_feed(m_parser.get(), markdown.data(), size_t(markdown.size()));
    m_root.reset(cmark_parser_finish(m_parser.get()));
    unnestLinks(m_root.get());
}

Tree::~Tree() = default;

QByteArray Tree::render(cmark_node *node) const {
    const std::unique_ptr<char, HtmlDeleter> html(
        cmark_render_html(node, options, cmark_parser_get_syntax_extensions(m_parser.get())));
    return QByteArray(html.get());
}

QByteArray renderHtml(QByteArrayView markdown) {
    return Tree(markdown).render();
}

} // namespace wc::cmark
