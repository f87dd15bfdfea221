// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuerenderer.h"

#include "fragmentparse.h"
#include "htmlpostprocess.h"

#include <charconv>
#include <string>

namespace wc {

namespace {

QString escaped(QStringView text) {
    return text.toString().toHtmlEscaped();
}

using Chunk = FragmentParse::Chunk;

void addBlocks(std::vector<Chunk> &chunks, const QList<Block> &blocks, const char *cssClass) {
    if (blocks.isEmpty())
        return;
    chunks.push_back({Chunk::Kind::Blocks, blocks.first().content.begin, blocks.last().content.end,
                      nullptr, QByteArray("<div class=\"") + cssClass + "\">\n", "</div>\n"});
}

// `<div class="item" data-item="N" data-line="L">`, written with to_chars into one buffer:
// built with `+` from QByteArray::number, it took 4% of rendering 20,000 one-line items.
QByteArray itemOpening(qsizetype item, int line) {
    std::string open = "<div class=\"item\" data-item=\"";
    char digits[24];
    open.append(digits, std::to_chars(digits, digits + sizeof digits, item).ptr);
    open += "\" data-line=\"";
    open.append(digits, std::to_chars(digits, digits + sizeof digits, line).ptr);
    open += "\">\n";
    return QByteArray(open.data(), qsizetype(open.size()));
}

// One parse for the whole section; the header, intro, each item's head and body and the
// trailers are set apart in the elements the preview and its styles know.
QString renderSection(const IssueDocument &document, const SectionNode &section,
                      const MarkdownDefinitions &definitions, int firstLine, int &parses) {
    std::vector<Chunk> chunks;
    chunks.reserve(size_t(section.items.size()) * 2 + 3);
    addBlocks(chunks, {section.header}, "section-header");
    addBlocks(chunks, section.intro, "section-intro");
    // Shared, not a copy of a literal per item.
    static const QByteArray itemEnd = "</div>\n", bodyOpening = "<div class=\"item-body\">\n",
                            bodyEnd = "</div>\n</div>\n";
    for (qsizetype i = 0; i < section.items.size(); ++i) {
        const ItemNode &item = section.items[i];
        const int line = document.lineNumberAt(item.begin) - firstLine + 1;
        chunks.push_back({Chunk::Kind::ItemHead, item.headLine.begin, item.headLine.end, &item,
                          itemOpening(i, line), item.body.isEmpty() ? itemEnd : QByteArray()});
        if (!item.body.isEmpty())
            chunks.push_back({Chunk::Kind::ItemBody, item.body.first().content.begin,
                              item.body.last().content.end, &item, bodyOpening, bodyEnd});
    }
    addBlocks(chunks, section.trailers, "section-trailer");
    FragmentParse parse(document, section.begin, section.contentEnd, std::move(chunks),
                        definitions);
    const QByteArray html = parse.html();
    parses += 1 + parse.separateParses();
    return html::withValidCodePoints(QString::fromUtf8(html));
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

QString RenderedFragment::openTag(bool withFirstLine) const {
    const QString hidden = innerHtml.isEmpty() ? QStringLiteral(" hidden") : QString();
    const QString line =
        withFirstLine ? QStringLiteral(" data-line=\"%1\"").arg(firstLine) : QString();
    switch (kind) {
    case Kind::Header:
        return QStringLiteral("<header class=\"issue-header\"%1%2>\n").arg(line, hidden);
    case Kind::Preamble:
        return QStringLiteral("<div class=\"preamble\"%1%2>\n").arg(line, hidden);
    case Kind::Section:
        break;
    }
    return QStringLiteral("<section class=\"section level-%1\" data-section=\"%2\"%3>\n")
        .arg(level)
        .arg(section)
        .arg(line);
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

QList<RenderedFragment> IssueRenderer::render(const IssueDocument &document,
                                              const DocumentChange &sinceLast) {
    const SectionList &sections = document.sections();
    const qsizetype oldSections = m_fragments.size() - 2;
    const qsizetype first = sinceLast.firstSection;
    const qsizetype removed = sinceLast.removedSections;
    const qsizetype added = sinceLast.addedSections;
    const bool addsUp = !sinceLast.full && oldSections >= 0 && first >= 0 && removed >= 0 &&
                        added >= 0 && first + removed <= oldSections &&
                        oldSections - removed + added == sections.size();
    // Without definitions, and none in the new sections (every definition line holds `]:`),
    // no section's HTML depends on another's.
    const bool noDefinitions =
        addsUp && m_definitions.isEmpty() &&
        (added == 0 || !QStringView(document.text())
                            .sliced(sections[first].begin,
                                    sections[first + added - 1].contentEnd - sections[first].begin)
                            .contains(u"]:"));
    if (!noDefinitions)
        return render(document);
    m_renderedCount = 0;
    m_parseCount = 0;
    QList<RenderedFragment> fragments;
    fragments.reserve(sections.size() + 2);
    fragments.append(m_fragments.first(2 + first)); // the header, the preamble, the sections before
    for (qsizetype i = first; i < first + added; ++i) {
        const SectionNode &section = sections[i];
        const int line = document.lineNumberAt(section.begin);
        fragments.append({RenderedFragment::Kind::Section, int(i), section.level, line,
                          renderSection(document, section, m_definitions, line, m_parseCount)});
        ++m_renderedCount;
    }
    // The sections after the change: the same text, so the same HTML, further on.
    const int lineShift = document.lineCount() - m_lineCount;
    for (qsizetype i = 2 + first + removed; i < m_fragments.size(); ++i) {
        RenderedFragment fragment = m_fragments[i];
        fragment.section = int(fragments.size() - 2);
        fragment.firstLine += lineShift;
        fragments.append(std::move(fragment));
    }
    m_fragments = fragments;
    m_lineCount = document.lineCount();
    m_local = true;
    return fragments;
}

QList<RenderedFragment> IssueRenderer::render(const IssueDocument &document) {
    m_local = false;
    const QString &text = document.text();
    MarkdownDefinitions definitions(document);
    if (definitions.allText() != m_definitions.allText())
        clearCache();
    m_definitions = std::move(definitions);
    m_renderedCount = 0;
    m_parseCount = 0;
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
        const qsizetype end = blocks.last().content.end;
        const QStringView source = QStringView(text).sliced(begin, end - begin);
        preamble.firstLine = document.lineNumberAt(begin);
        if (!m_preamble.source.isEmpty() && m_preamble.source == source) {
            preamble.innerHtml = m_preamble.innerHtml;
        } else {
            FragmentParse parse(document, begin, end,
                                {{Chunk::Kind::Blocks, begin, end, nullptr, {}, {}}},
                                m_definitions);
            preamble.innerHtml = html::withValidCodePoints(QString::fromUtf8(parse.html()));
            m_parseCount += 1 + parse.separateParses();
            ++m_renderedCount;
        }
        preambleCache = {source.toString(), preamble.innerHtml};
    }
    fragments.append(preamble);

    std::unordered_map<QString, QString> sectionCache;
    const SectionList &sections = document.sections();
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
                renderSection(document, section, m_definitions, fragment.firstLine, m_parseCount);
            ++m_renderedCount;
        }
        sectionCache.emplace(std::move(source), fragment.innerHtml);
        fragments.append(fragment);
    }
    m_preamble = std::move(preambleCache);
    m_sections = std::move(sectionCache);
    m_fragments = fragments;
    m_lineCount = document.lineCount();
    return fragments;
}

QString IssueRenderer::renderHtml(const IssueDocument &document) {
    QString html;
    for (const RenderedFragment &fragment : render(document))
        html += fragment.outerHtml();
    return html;
}

} // namespace wc
