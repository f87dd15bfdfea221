// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct cmark_node;
struct cmark_parser;

namespace wc::cmark {

// Markdown (UTF-8) parsed once by cmark-gfm: the table, strikethrough, autolink, tagfilter and
// tasklist extensions, footnotes and source positions. The tree may be edited (cmark's node
// API) before any part of it is rendered; the renderer walks it instead of editing HTML.
//
// Raw HTML is never passed through (no CMARK_OPT_UNSAFE): cmark writes
// "<!-- raw HTML omitted -->" instead, and drops javascript:, vbscript:, file: and non-image
// data: link targets. Thread-safe: each tree has its own parser.
class Tree {
public:
    explicit Tree(QByteArrayView markdown);
    ~Tree();
    Tree(const Tree &) = delete;
    Tree &operator=(const Tree &) = delete;

    cmark_node *root() const { return m_root.get(); }
    // The HTML of `node` and everything under it (the whole document by default).
    QByteArray render(cmark_node *node) const;
    QByteArray render() const { return render(root()); }

private:
    struct Deleter {
        void operator()(cmark_parser *parser) const;
        void operator()(cmark_node *node) const;
    };
    std::unique_ptr<cmark_parser, Deleter> m_parser; // holds the extensions rendering needs
    std::unique_ptr<cmark_node, Deleter> m_root;
};

// The whole text's HTML: Tree(markdown).render().
QByteArray renderHtml(QByteArrayView markdown);

} // namespace wc::cmark
