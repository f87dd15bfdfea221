#include "cmarkhtml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QtGlobal>

#include <memory>
#include <vector>

namespace wc::cmark {

namespace {

struct Deleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
    void operator()(cmark_node *node) const { cmark_node_free(node); }
    // cmark_render_html allocates with the default allocator, so that one must free it.
    void operator()(char *html) const { cmark_get_default_mem_allocator()->free(html); }
};
using Parser = std::unique_ptr<cmark_parser, Deleter>;
using Node = std::unique_ptr<cmark_node, Deleter>;
using Html = std::unique_ptr<char, Deleter>;

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

} // namespace

QByteArray renderHtml(QByteArrayView markdown) {
    const Parser parser(cmark_parser_new(options));
    for (cmark_syntax_extension *extension : extensions())
        cmark_parser_attach_syntax_extension(parser.get(), extension);
    cmark_parser_feed(parser.get(), markdown.data(), size_t(markdown.size()));
    const Node root(cmark_parser_finish(parser.get()));
    const Html html(
        cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    return QByteArray(html.get());
}

} // namespace wc::cmark
