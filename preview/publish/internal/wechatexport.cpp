// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wechatexport.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <memory>
#include <vector>

namespace wc {

namespace {

struct CmarkDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using Parser = std::unique_ptr<cmark_parser, CmarkDeleter>;
using Node = std::unique_ptr<cmark_node, CmarkDeleter>;

const std::vector<cmark_syntax_extension *> &extensions() {
    static const std::vector<cmark_syntax_extension *> list = [] {
        cmark_gfm_core_extensions_ensure_registered();
        std::vector<cmark_syntax_extension *> found;
        for (const char *name : {"table", "strikethrough", "autolink"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                found.push_back(extension);
        }
        return found;
    }();
    return list;
}

Node parseMarkdown(QStringView markdown) {
    const QByteArray bytes = markdown.toUtf8();
    const Parser parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (cmark_syntax_extension *extension : extensions())
        cmark_parser_attach_syntax_extension(parser.get(), extension);
    cmark_parser_feed(parser.get(), bytes.constData(), size_t(bytes.size()));
    return Node(cmark_parser_finish(parser.get()));
}

// The inline styles: WeChat keeps style attributes and nothing else.
namespace style {
constexpr auto paragraph = "margin:0 0 1em;line-height:1.75;font-size:15px;color:#333;";
constexpr auto heading2 = "margin:1.6em 0 0.8em;font-size:18px;font-weight:bold;color:#222;"
                          "border-left:4px solid #3776ab;padding-left:8px;";
constexpr auto heading3 = "margin:1.2em 0 0.6em;font-size:16px;font-weight:bold;color:#222;";
constexpr auto strong = "font-weight:bold;color:#222;";
constexpr auto code = "font-family:Menlo,Consolas,monospace;font-size:13px;background:#f3f4f4;"
                      "color:#c7254e;padding:2px 4px;border-radius:3px;";
constexpr auto pre =
    "margin:0 0 1em;padding:12px;background:#282c34;border-radius:6px;overflow-x:auto;";
constexpr auto preCode =
    "font-family:Menlo,Consolas,monospace;font-size:13px;line-height:1.6;color:#abb2bf;"
    "white-space:pre;";
constexpr auto quote =
    "margin:0 0 1em;padding:8px 12px;border-left:3px solid #ddd;color:#666;background:#f8f8f8;";
constexpr auto image = "display:block;max-width:100%;width:100%;height:auto;margin:0 auto 1em;";
constexpr auto rule = "border:none;border-top:1px solid #ddd;margin:1.5em 0;";
constexpr auto sup = "font-size:12px;color:#3776ab;";
constexpr auto link = "color:#3776ab;text-decoration:none;";
constexpr auto table = "border-collapse:collapse;margin:0 0 1em;font-size:14px;";
constexpr auto cell = "border:1px solid #ddd;padding:4px 8px;";
constexpr auto references =
    "margin:0 0 0.4em;font-size:13px;line-height:1.6;color:#666;word-break:break-all;";
} // namespace style

// Text as HTML: escaped, and only code points a document may hold (no C0 controls but tab
// and line feed, no noncharacters, no line or paragraph separators).
QString escaped(QStringView text) {
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toString().toUcs4();
    for (uint c : codePoints) {
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0))
            continue;
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
            continue;
        if (c == 0x2028 || c == 0x2029) {
            out += u' ';
            continue;
        }
        switch (c) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        default:
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        }
    }
    return out;
}

bool isWechatArticle(const QString &url) {
    const QString host = QUrl(url).host().toLower();
    return host == QLatin1String("mp.weixin.qq.com");
}

bool isSafeUrl(const QString &url) {
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

class WechatWriter {
public:
    QString html;

    void heading(QStringView label, int level) {
        if (label.trimmed().isEmpty())
            return;
        const char *tag = level == 3 ? "h3" : "h2";
        html += QStringLiteral("<%1 style=\"%2\">")
                    .arg(QLatin1String(tag),
                         QLatin1String(level == 3 ? style::heading3 : style::heading2));
        inlineMarkdown(label);
        html += QStringLiteral("</%1>").arg(QLatin1String(tag));
    }

    // One block of the issue; an item head line is written bold.
    void block(QStringView markdown, bool bold = false) {
        const Node root = parseMarkdown(markdown);
        for (cmark_node *child = cmark_node_first_child(root.get()); child;
             child = cmark_node_next(child))
            blockNode(child, bold);
    }

    void referenceList(const QString &heading) {
        if (m_references.isEmpty())
            return;
        html += QStringLiteral("<h3 style=\"%1\">%2</h3>")
                    .arg(QLatin1String(style::heading3), escaped(heading));
        for (qsizetype i = 0; i < m_references.size(); ++i)
            html += QStringLiteral("<p style=\"%1\">[%2] %3: %4</p>")
                        .arg(QLatin1String(style::references))
                        .arg(i + 1)
                        .arg(escaped(m_references[i].label), escaped(m_references[i].url));
    }

private:
    struct Reference {
        QString url;
        QString label;
    };

    void inlineMarkdown(QStringView markdown) {
        const Node root = parseMarkdown(markdown);
        for (cmark_node *block = cmark_node_first_child(root.get()); block;
             block = cmark_node_next(block))
            children(block);
    }

    void children(cmark_node *node) {
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child))
            inlineNode(child);
    }

    // Appends the blocks in `node` to `html`, dropping those that would come out empty.
    void blockNode(cmark_node *node, bool bold) {
        const QString typeName = QString::fromUtf8(cmark_node_get_type_string(node));
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            paragraph(node, bold);
            return;
        case CMARK_NODE_HEADING: {
            const int level = cmark_node_get_heading_level(node) <= 2 ? 2 : 3; // no H1
            const char *tag = level == 2 ? "h2" : "h3";
            const qsizetype start = html.size();
            html += QStringLiteral("<%1 style=\"%2\">")
                        .arg(QLatin1String(tag),
                             QLatin1String(level == 2 ? style::heading2 : style::heading3));
            const qsizetype content = html.size();
            children(node);
            if (html.size() == content)
                html.truncate(start);
            else
                html += QStringLiteral("</%1>").arg(QLatin1String(tag));
            return;
        }
        case CMARK_NODE_CODE_BLOCK: {
            const QString code = QString::fromUtf8(cmark_node_get_literal(node));
            if (code.trimmed().isEmpty())
                return;
            // Line breaks inside <pre> are text, not whitespace between tags.
            QString body = escaped(code.endsWith(u'\n') ? code.chopped(1) : code);
            body.replace(u'\n', QStringLiteral("<br>"));
            html += QStringLiteral("<pre style=\"%1\"><code style=\"%2\">%3</code></pre>")
                        .arg(QLatin1String(style::pre), QLatin1String(style::preCode), body);
            return;
        }
        case CMARK_NODE_BLOCK_QUOTE: {
            const qsizetype start = html.size();
            html += QStringLiteral("<blockquote style=\"%1\">").arg(QLatin1String(style::quote));
            const qsizetype content = html.size();
            for (cmark_node *child = cmark_node_first_child(node); child;
                 child = cmark_node_next(child))
                blockNode(child, false);
            if (html.size() == content)
                html.truncate(start);
            else
                html += QStringLiteral("</blockquote>");
            return;
        }
        case CMARK_NODE_LIST: {
            // WeChat's editor drops list items: each item becomes a paragraph with its marker.
            const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            int number = cmark_node_get_list_start(node);
            for (cmark_node *item = cmark_node_first_child(node); item;
                 item = cmark_node_next(item)) {
                m_listMarker =
                    ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("• ");
                for (cmark_node *child = cmark_node_first_child(item); child;
                     child = cmark_node_next(child))
                    blockNode(child, bold);
                m_listMarker.clear();
            }
            return;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            html += QStringLiteral("<hr style=\"%1\">").arg(QLatin1String(style::rule));
            return;
        case CMARK_NODE_HTML_BLOCK:
            return; // raw HTML from a document never reaches the output
        default:
            break;
        }
        if (typeName == QLatin1String("table"))
            table(node);
    }

    void paragraph(cmark_node *node, bool bold) {
        // A paragraph that is one image: the image alone, at full width.
        cmark_node *only = cmark_node_first_child(node);
        if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE) {
            inlineNode(only);
            return;
        }
        const qsizetype start = html.size();
        html += QStringLiteral("<p style=\"%1\">").arg(QLatin1String(style::paragraph));
        if (bold)
            html += QStringLiteral("<strong style=\"%1\">").arg(QLatin1String(style::strong));
        const qsizetype content = html.size();
        if (!m_listMarker.isEmpty()) {
            html += escaped(m_listMarker);
            m_listMarker.clear();
        }
        children(node);
        if (html.size() == content || QStringView(html).mid(content).trimmed().isEmpty()) {
            html.truncate(start); // no empty paragraphs
            return;
        }
        if (bold)
            html += QStringLiteral("</strong>");
        html += QStringLiteral("</p>");
    }

    void table(cmark_node *node) {
        html += QStringLiteral("<table style=\"%1\">").arg(QLatin1String(style::table));
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            html += QStringLiteral("<tr>");
            for (cmark_node *cell = cmark_node_first_child(row); cell;
                 cell = cmark_node_next(cell)) {
                const QLatin1String tag(header ? "th" : "td");
                html += QStringLiteral("<%1 style=\"%2\">").arg(tag, QLatin1String(style::cell));
                children(cell);
                html += QStringLiteral("</%1>").arg(tag);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    // The text of a node, as plain text (a link's label in the reference list).
    static QString plainText(cmark_node *node) {
        QString text;
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child)) {
            switch (cmark_node_get_type(child)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += QString::fromUtf8(cmark_node_get_literal(child));
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += u' ';
                break;
            default:
                text += plainText(child);
            }
        }
        return text;
    }

    int referenceNumber(const QString &url, const QString &label) {
        const auto found = m_referenceIndex.constFind(url);
        if (found != m_referenceIndex.constEnd())
            return *found;
        m_references.append({url, label});
        m_referenceIndex.insert(url, int(m_references.size()));
        return int(m_references.size());
    }

    void inlineNode(cmark_node *node) {
        const QString typeName = QString::fromUtf8(cmark_node_get_type_string(node));
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            html += escaped(QString::fromUtf8(cmark_node_get_literal(node)));
            return;
        case CMARK_NODE_SOFTBREAK:
            html += u' ';
            return;
        case CMARK_NODE_LINEBREAK:
            html += QStringLiteral("<br>");
            return;
        case CMARK_NODE_CODE:
            html += QStringLiteral("<code style=\"%1\">%2</code>")
                        .arg(QLatin1String(style::code),
                             escaped(QString::fromUtf8(cmark_node_get_literal(node))));
            return;
        case CMARK_NODE_EMPH:
            html += QStringLiteral("<em>");
            children(node);
            html += QStringLiteral("</em>");
            return;
        case CMARK_NODE_STRONG:
            html += QStringLiteral("<strong style=\"%1\">").arg(QLatin1String(style::strong));
            children(node);
            html += QStringLiteral("</strong>");
            return;
        case CMARK_NODE_LINK:
            link(node);
            return;
        case CMARK_NODE_IMAGE: {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            if (!isSafeUrl(url))
                return;
            html += QStringLiteral("<img src=\"%1\" alt=\"%2\" style=\"%3\">")
                        .arg(escaped(url), escaped(plainText(node)), QLatin1String(style::image));
            return;
        }
        case CMARK_NODE_HTML_INLINE:
            return;
        default:
            break;
        }
        if (typeName == QLatin1String("strikethrough")) {
            html += QStringLiteral("<del>");
            children(node);
            html += QStringLiteral("</del>");
        } else {
            children(node);
        }
    }

    void link(cmark_node *node) {
        const QString url = QString::fromUtf8(cmark_node_get_url(node));
        const QString label = plainText(node);
        if (!isSafeUrl(url) || label == url || label.isEmpty()) {
            children(node); // a bare URL, or nothing to link: plain text
            return;
        }
        if (isWechatArticle(url)) {
            html += QStringLiteral("<a href=\"%1\" style=\"%2\">")
                        .arg(escaped(url), QLatin1String(style::link));
            children(node);
            html += QStringLiteral("</a>");
            return;
        }
        children(node);
        html += QStringLiteral("<sup style=\"%1\">[%2]</sup>")
                    .arg(QLatin1String(style::sup))
                    .arg(referenceNumber(url, label));
    }

    QList<Reference> m_references;
    QHash<QString, int> m_referenceIndex;
    QString m_listMarker;
};

} // namespace

QString wechatHtml(const IssueDocument &document, Edition edition) {
    const QString &text = document.text();
    WechatWriter writer;
    for (const Block &block : document.preamble())
        writer.block(block.content.in(text));
    for (const SectionNode &section : document.sections()) {
        // The heading as written: a link in it becomes a reference, as every link does.
        writer.heading(section.heading.in(text), section.level == 3 ? 3 : 2);
        for (const Block &block : section.intro)
            writer.block(block.content.in(text));
        for (const ItemNode &item : section.items) {
            writer.block(item.headLine.in(text), true);
            for (const Block &block : item.body)
                writer.block(block.content.in(text));
        }
        for (const Block &block : section.trailers)
            writer.block(block.content.in(text));
    }
    writer.referenceList(edition == Edition::English ? QStringLiteral("References")
                                                     : QStringLiteral("参考资料"));
    return writer.html;
}

} // namespace wc
