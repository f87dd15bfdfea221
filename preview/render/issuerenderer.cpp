#include "issuerenderer.h"

#include "cmarkhtml.h"
#include "htmlpostprocess.h"

namespace wc {

namespace {

QString escaped(QStringView text) {
    return text.toString().toHtmlEscaped();
}

// Link reference definitions (`[label]: url`) and footnote definitions (`[^1]: text` with
// its indented continuation) of the whole document. Each fragment is rendered on its own, so
// these are appended to every fragment's source: a reference resolves wherever it is used.
QString collectDefinitions(const QString &text) {
    QString definitions;
    bool inFence = false;
    bool inFootnote = false;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            inFootnote = false;
            continue;
        }
        if (inFence)
            continue;
        if (inFootnote &&
            (trimmed.isEmpty() || line.startsWith(u"    ") || line.startsWith(u'\t'))) {
            definitions += line;
            definitions += u'\n';
            continue;
        }
        inFootnote = false;
        qsizetype indent = 0;
        while (indent < line.size() && indent < 3 && line[indent] == u' ')
            ++indent;
        if (indent >= line.size() || line[indent] != u'[')
            continue;
        const qsizetype close = line.indexOf(u"]:", indent);
        if (close <= indent + 1 || line.sliced(indent + 1, close - indent - 1).contains(u']'))
            continue;
        definitions += line;
        definitions += u'\n';
        inFootnote = line[indent + 1] == u'^';
    }
    return definitions;
}

struct ChunkRenderer {
    const IssueDocument &document;
    const QString &definitions;
    int fragmentLine; // the fragment's first line

    // Renders `source`, which starts at `offset` in the document, as safe HTML whose
    // data-sourcepos lines count from the fragment's first line.
    QByteArray render(QStringView source, qsizetype offset) const {
        QByteArray markdown = source.toUtf8();
        if (!definitions.isEmpty()) {
            markdown += "\n\n";
            markdown += definitions.toUtf8();
        }
        QByteArray html = cmark::renderHtml(markdown);
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
                      const QString &definitions, int firstLine) {
    const QString &text = document.text();
    const ChunkRenderer chunks{document, definitions, firstLine};
    QByteArray out = "<div class=\"section-header\">\n";
    out += chunks.render(section.header.content.begin, section.header.content.end);
    out += "</div>\n";
    appendBlocks(out, chunks, section.intro, "section-intro");
    for (qsizetype i = 0; i < section.items.size(); ++i)
        out += renderItem(chunks, text, section.items[i], int(i));
    appendBlocks(out, chunks, section.trailers, "section-trailer");
    return QString::fromUtf8(out);
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

const QString *IssueRenderer::cached(RenderedFragment::Kind kind, QStringView source,
                                     qsizetype hint) const {
    auto matches = [&](const CacheEntry &entry) {
        return entry.kind == kind && entry.source.size() == source.size() && entry.source == source;
    };
    if (hint >= 0 && hint < m_cache.size() && matches(m_cache[hint]))
        return &m_cache[hint].innerHtml;
    // A fragment that moved (a section inserted or removed before it).
    for (const CacheEntry &entry : m_cache) {
        if (matches(entry))
            return &entry.innerHtml;
    }
    return nullptr;
}

QList<RenderedFragment> IssueRenderer::render(const IssueDocument &document) {
    const QString &text = document.text();
    const QString definitions = collectDefinitions(text);
    if (definitions != m_definitions) {
        m_cache.clear();
        m_definitions = definitions;
    }
    m_renderedCount = 0;
    QList<CacheEntry> cache;
    cache.reserve(document.sections().size() + 1);
    QList<RenderedFragment> fragments;
    fragments.reserve(document.sections().size() + 2);

    RenderedFragment header{RenderedFragment::Kind::Header, -1, 0, 1, renderHeader(document)};
    fragments.append(header);

    // The preamble, with the H1 line when the title comes from the front matter (otherwise
    // the H1 is the title, shown in the header).
    RenderedFragment preamble{RenderedFragment::Kind::Preamble, -1, 0, 1, {}};
    QList<Block> blocks = document.preamble();
    const auto &frontMatter = document.frontMatter();
    if (document.titleBlock() && frontMatter && frontMatter->field(QStringLiteral("title")))
        blocks.prepend(*document.titleBlock());
    if (!blocks.isEmpty()) {
        const qsizetype begin = blocks.first().content.begin;
        const QStringView source =
            QStringView(text).sliced(begin, blocks.last().content.end - begin);
        preamble.firstLine = document.lineNumberAt(begin);
        if (const QString *html = cached(RenderedFragment::Kind::Preamble, source, 0)) {
            preamble.innerHtml = *html;
        } else {
            const ChunkRenderer chunks{document, m_definitions, preamble.firstLine};
            preamble.innerHtml = QString::fromUtf8(chunks.render(source, begin));
            ++m_renderedCount;
        }
        cache.append({RenderedFragment::Kind::Preamble, source.toString(), preamble.innerHtml});
    }
    fragments.append(preamble);

    const QList<SectionNode> &sections = document.sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const SectionNode &section = sections[i];
        RenderedFragment fragment{RenderedFragment::Kind::Section,
                                  int(i),
                                  section.level,
                                  document.lineNumberAt(section.begin),
                                  {}};
        // The span up to contentEnd: blank lines after a section do not change its HTML.
        const QStringView source =
            QStringView(text).sliced(section.begin, section.contentEnd - section.begin);
        const qsizetype hint = cache.size();
        if (const QString *html = cached(RenderedFragment::Kind::Section, source, hint)) {
            fragment.innerHtml = *html;
        } else {
            fragment.innerHtml =
                renderSection(document, section, m_definitions, fragment.firstLine);
            ++m_renderedCount;
        }
        cache.append({RenderedFragment::Kind::Section, source.toString(), fragment.innerHtml});
        fragments.append(fragment);
    }
    m_cache = std::move(cache);
    return fragments;
}

QString IssueRenderer::renderHtml(const IssueDocument &document) {
    QString html;
    for (const RenderedFragment &fragment : render(document))
        html += fragment.outerHtml();
    return html;
}

} // namespace wc
