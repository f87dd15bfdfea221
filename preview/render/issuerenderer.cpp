// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuerenderer.h"

#include "cmarkhtml.h"
#include "htmlpostprocess.h"

namespace wc {

namespace {

QString escaped(QStringView text) {
    return text.toString().toHtmlEscaped();
}

// cmark-gfm 0.29.0.gfm.6 (Debian bookworm) is quadratic in the link openers of a paragraph:
// 250,000 `[a](` or nested `[` take seconds (fixed upstream in 0.29.0.gfm.7 and later), and
// escaping them still costs a node per bracket. No real item holds this many; a chunk that
// does is shown as its plain text, escaped, in one paragraph.
constexpr qsizetype maxLinkOpeners = 10000;

QByteArray asPlainText(QStringView source) {
    const qsizetype lines = source.count(u'\n') + 1;
    QString text = source.toString().toHtmlEscaped();
    text.replace(u'\n', QStringLiteral("<br />\n"));
    return "<p class=\"unrendered\" data-sourcepos=\"1:1-" + QByteArray::number(lines) + ":1\">" +
           text.toUtf8() + "</p>\n";
}

struct ChunkRenderer {
    const IssueDocument &document;
    const MarkdownDefinitions &definitions;
    int fragmentLine; // the fragment's first line

    // Renders `source`, which starts at `offset` in the document, as safe HTML whose
    // data-sourcepos lines count from the fragment's first line.
    QByteArray render(QStringView source, qsizetype offset) const {
        // Each chunk is rendered on its own: the definitions it uses come along, so a
        // reference resolves wherever it is used.
        QByteArray markdown = source.toUtf8();
        if (const QString used = definitions.usedBy(source); !used.isEmpty()) {
            markdown += "\n\n";
            markdown += used.toUtf8();
        }
        QByteArray html = markdown.count('[') > maxLinkOpeners ? asPlainText(source)
                                                               : cmark::renderHtml(markdown);
        html::sanitizeUrls(html);
        html::shiftSourcePositions(html, relativeLine(offset) - 1);
        return html;
    }
    QByteArray render(qsizetype begin, qsizetype end) const {
        return render(QStringView(document.text()).sliced(begin, end - begin), begin);
    }
    int relativeLine(qsizetype offset) const {
        return document.lineNumberAt(offset) - fragmentLine + 1;
    }
};

void appendBlocks(QByteArray &out, const ChunkRenderer &chunks, const QList<Block> &blocks,
                  const char *cssClass) {
    if (blocks.isEmpty())
        return;
    out += "<div class=\"";
    out += cssClass;
    out += "\">\n";
    out += chunks.render(blocks.first().content.begin, blocks.last().content.end);
    out += "</div>\n";
}

// The head line: the number set apart in its own span, the rest rendered as Markdown.
QByteArray renderItemHead(const ChunkRenderer &chunks, const QString &text, const ItemNode &item) {
    QString head = item.headLine.in(text).toString();
    const bool dotted = item.separator.in(text) == u".";
    if (dotted) // `1. ` would start an ordered list: escape the dot to keep it a paragraph
        head.insert(item.separator.begin - item.headLine.begin, u'\\');
    QByteArray html = chunks.render(head, item.headLine.begin);
    const QByteArray number =
        (item.number.in(text).toString() + item.separator.in(text).toString()).toUtf8();
    const qsizetype tagEnd = html.indexOf('>');
    if (html.startsWith("<p ") && tagEnd > 0 &&
        QByteArrayView(html).sliced(tagEnd + 1).startsWith(number)) {
        html.insert(tagEnd + 1 + number.size(), "</span>");
        html.insert(tagEnd + 1, "<span class=\"item-number\">");
    }
    html::addClassToFirstTag(html, "item-head");
    return html;
}

void wrapNote(QByteArray &html, const QString &text, TextRange note, const char *cssClass) {
    if (note.isEmpty())
        return;
    // The bracket and the next two characters find it; the rest is matched by bracket depth,
    // since the note's Markdown (a link in `（附：…）`) is rendered.
    qsizetype length = std::min<qsizetype>(3, note.length());
    if (length < note.length() && text[note.begin + length - 1].isHighSurrogate())
        ++length;
    const QString opening = QStringView(text).sliced(note.begin, length).toString();
    html::wrapNote(html, opening.toHtmlEscaped().toUtf8(), cssClass);
}

QByteArray renderItem(const ChunkRenderer &chunks, const QString &text, const ItemNode &item,
                      int index) {
    QByteArray out = "<div class=\"item\" data-item=\"" + QByteArray::number(index) +
                     "\" data-line=\"" + QByteArray::number(chunks.relativeLine(item.begin)) +
                     "\">\n";
    out += renderItemHead(chunks, text, item);
    if (!item.body.isEmpty()) {
        QByteArray body =
            chunks.render(item.body.first().content.begin, item.body.last().content.end);
        wrapNote(body, text, item.notes.star, "note note-star");
        wrapNote(body, text, item.notes.contributor, "note note-contributor");
        wrapNote(body, text, item.notes.appendix, "note note-appendix");
        out += "<div class=\"item-body\">\n" + body + "</div>\n";
    }
    out += "</div>\n";
    return out;
}

QString renderSection(const IssueDocument &document, const SectionNode &section,
                      const MarkdownDefinitions &definitions, int firstLine) {
    const QString &text = document.text();
    const ChunkRenderer chunks{document, definitions, firstLine};
    QByteArray out = "<div class=\"section-header\">\n";
    out += chunks.render(section.header.content.begin, section.header.content.end);
    out += "</div>\n";
    appendBlocks(out, chunks, section.intro, "section-intro");
    for (qsizetype i = 0; i < section.items.size(); ++i)
        out += renderItem(chunks, text, section.items[i], int(i));
    appendBlocks(out, chunks, section.trailers, "section-trailer");
    return html::withValidCodePoints(QString::fromUtf8(out));
}

QString renderHeader(const IssueDocument &document) {
    QString meta;
    auto addMeta = [&meta](const QString &html) {
        if (!meta.isEmpty())
            meta += QStringLiteral("<span class=\"issue-meta-separator\"> · </span>");
        meta += html;
    };
    if (const auto number = document.number())
        addMeta(QStringLiteral("<span class=\"issue-number\">#%1</span>").arg(*number));
    if (const auto date = document.date()) {
        const QString iso = date->toString(Qt::ISODate);
        addMeta(QStringLiteral("<time class=\"issue-date\" datetime=\"%1\">%1</time>").arg(iso));
    }
    if (document.frontMatter()) {
        if (const FrontMatterField *author =
                document.frontMatter()->field(QStringLiteral("author"));
            author && !author->value.trimmed().isEmpty())
            addMeta(QStringLiteral("<span class=\"issue-author\">%1</span>")
                        .arg(escaped(author->value.trimmed())));
    }
    QString html;
    if (const auto title = document.title(); title && !title->trimmed().isEmpty())
        html += QStringLiteral("<h1 class=\"issue-title\">%1</h1>\n").arg(escaped(*title));
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"issue-meta\">%1</p>\n").arg(meta);
    return html;
}

} // namespace

QString RenderedFragment::openTag() const {
    const QString hidden = innerHtml.isEmpty() ? QStringLiteral(" hidden") : QString();
    switch (kind) {
    case Kind::Header:
        return QStringLiteral("<header class=\"issue-header\" data-line=\"%1\"%2>\n")
            .arg(firstLine)
            .arg(hidden);
    case Kind::Preamble:
        return QStringLiteral("<div class=\"preamble\" data-line=\"%1\"%2>\n")
            .arg(firstLine)
            .arg(hidden);
    case Kind::Section:
        break;
    }
    return QStringLiteral(
               "<section class=\"section level-%1\" data-section=\"%2\" data-line=\"%3\">\n")
        .arg(level)
        .arg(section)
        .arg(firstLine);
}

QString RenderedFragment::closeTag() const {
    switch (kind) {
    case Kind::Header:
        return QStringLiteral("</header>\n");
    case Kind::Preamble:
        return QStringLiteral("</div>\n");
    case Kind::Section:
        break;
    }
    return QStringLiteral("</section>\n");
}

QList<RenderedFragment> IssueRenderer::render(const IssueDocument &document) {
    const QString &text = document.text();
    MarkdownDefinitions definitions(text);
    if (definitions.allText() != m_definitions.allText())
        clearCache();
    m_definitions = std::move(definitions);
    m_renderedCount = 0;
    QList<RenderedFragment> fragments;
    fragments.reserve(document.sections().size() + 2);

    RenderedFragment header{RenderedFragment::Kind::Header, -1, 0, 1,
                            html::withValidCodePoints(renderHeader(document))};
    fragments.append(header);

    // The preamble, with the H1 line when the title comes from the front matter (otherwise
    // the H1 is the title, shown in the header).
    RenderedFragment preamble{RenderedFragment::Kind::Preamble, -1, 0, 1, {}};
    QList<Block> blocks = document.preamble();
    const auto &frontMatter = document.frontMatter();
    if (document.titleBlock() && frontMatter && frontMatter->field(QStringLiteral("title")))
        blocks.prepend(*document.titleBlock());
    CachedFragment preambleCache;
    if (!blocks.isEmpty()) {
        const qsizetype begin = blocks.first().content.begin;
        const QStringView source =
            QStringView(text).sliced(begin, blocks.last().content.end - begin);
        preamble.firstLine = document.lineNumberAt(begin);
        if (!m_preamble.source.isEmpty() && m_preamble.source == source) {
            preamble.innerHtml = m_preamble.innerHtml;
        } else {
            const ChunkRenderer chunks{document, m_definitions, preamble.firstLine};
            preamble.innerHtml =
                html::withValidCodePoints(QString::fromUtf8(chunks.render(source, begin)));
            ++m_renderedCount;
        }
        preambleCache = {source.toString(), preamble.innerHtml};
    }
    fragments.append(preamble);

    std::unordered_map<QString, QString> sectionCache;
    const QList<SectionNode> &sections = document.sections();
    sectionCache.reserve(sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const SectionNode &section = sections[i];
        RenderedFragment fragment{RenderedFragment::Kind::Section,
                                  int(i),
                                  section.level,
                                  document.lineNumberAt(section.begin),
                                  {}};
        // The span up to contentEnd: blank lines after a section do not change its HTML.
        QString source = text.sliced(section.begin, section.contentEnd - section.begin);
        if (const auto found = m_sections.find(source); found != m_sections.end()) {
            fragment.innerHtml = found->second;
        } else {
            fragment.innerHtml =
                renderSection(document, section, m_definitions, fragment.firstLine);
            ++m_renderedCount;
        }
        sectionCache.emplace(std::move(source), fragment.innerHtml);
        fragments.append(fragment);
    }
    m_preamble = std::move(preambleCache);
    m_sections = std::move(sectionCache);
    return fragments;
}

QString IssueRenderer::renderHtml(const IssueDocument &document) {
    QString html;
    for (const RenderedFragment &fragment : render(document))
        html += fragment.outerHtml();
    return html;
}

} // namespace wc
