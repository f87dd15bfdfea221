#include "documentedits.h"

#include "frontmatterparser.h"
#include "markdownescape.h"
#include "markdownscan.h"

#include <QRegularExpression>

#include <algorithm>

namespace wc {

DocumentEdits::DocumentEdits(const IssueDocument &document)
    : m_doc(document)
    , m_text(document.text())
    , m_eol(document.lineEnding()) {}

const ItemNode &DocumentEdits::item(ItemRef ref) const {
    return m_doc.sections().at(ref.section).items.at(ref.item);
}

QString DocumentEdits::normalizedBlock(const QString &markdown) const {
    QString block = markdown;
    block.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (block.endsWith(u'\n'))
        block.chop(1);
    while (block.startsWith(u'\n'))
        block.remove(0, 1);
    if (m_eol != u"\n")
        block.replace(u'\n', m_eol);
    return block;
}

QString DocumentEdits::contentWithEol(qsizetype begin, qsizetype end) const {
    QString content = QStringView(m_text).sliced(begin, end - begin).toString();
    if (!content.endsWith(u'\n'))
        content += m_eol;
    return content;
}

Edit DocumentEdits::setItemTitle(ItemRef ref, const QString &title) const {
    const ItemNode &node = item(ref);
    // Without a link the title is the rest of the head line, read without the blanks at
    // either end: blanks typed there are not written, so they cannot pile up at the line end.
    const QString text =
        node.hasLink ? escapedLinkText(title) : QString(title).replace(u'\n', u' ').trimmed();
    return minimized(m_text, {node.title, text});
}

Edit DocumentEdits::setItemUrl(ItemRef ref, const QString &url) const {
    const ItemNode &node = item(ref);
    const QString target = encodedUrl(url);
    if (node.hasLink) {
        if (target.isEmpty()) // no URL left: the link becomes plain text
            return minimized(
                m_text, {{node.spacing.end, node.tail.begin}, node.title.in(m_text).toString()});
        return minimized(m_text, {node.url, target});
    }
    if (target.isEmpty())
        return {};
    const QString title = escapedLinkText(node.title.in(m_text).toString());
    return minimized(m_text, {node.title, u'[' + title + QStringLiteral("](") + target + u')'});
}

Edit DocumentEdits::setItemTail(ItemRef ref, const QString &tail) const {
    const ItemNode &node = item(ref);
    return minimized(m_text, {node.tail, QString(tail).replace(u'\n', u' ')});
}

Edit DocumentEdits::setItemDescription(ItemRef ref, const QString &markdown) const {
    const ItemNode &node = item(ref);
    const QString block = normalizedBlock(markdown);
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
    return {{{at, at}, lead + m_eol + line + m_eol}};
}

Edit DocumentEdits::setNote(const ItemNode &node, TextRange whole, TextRange value,
                            const QString &newValue, const QString &newNote) const {
    const QString clean = QString(newValue).replace(u'\n', u' ').trimmed();
    if (!whole.isEmpty()) {
        if (clean.isEmpty())
            return minimized(m_text, {whole, {}});
        return minimized(m_text, {value, clean});
    }
    if (clean.isEmpty())
        return {};
    const TextRange description = node.description();
    if (description.isEmpty()) {
        const qsizetype at = node.head.contentEnd;
        const QString lead = m_text.at(at - 1) == u'\n' ? QString() : m_eol;
        return {{{at, at}, lead + m_eol + newNote + m_eol}};
    }
    return {{{description.end, description.end}, newNote}};
}

Edit DocumentEdits::setItemStars(ItemRef ref, const QString &stars) const {
    const ItemNode &node = item(ref);
    return setNote(node, node.notes.star, node.notes.starValue, stars,
                   QStringLiteral("（star %1）").arg(QString(stars).trimmed()));
}

Edit DocumentEdits::setItemContributor(ItemRef ref, const QString &name) const {
    const ItemNode &node = item(ref);
    QString clean = QString(name).trimmed();
    if (clean.startsWith(u'@'))
        clean.remove(0, 1);
    return setNote(node, node.notes.contributor, node.notes.contributorName, clean,
                   QStringLiteral("（投稿自@%1）").arg(clean));
}

Edit DocumentEdits::setPreamble(const QString &markdown) const {
    const QString block = normalizedBlock(markdown);
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
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const auto quotingFor = [&](const QString &v) {
        return isoDate.match(v).hasMatch() ? FrontMatterField::Quoting::Plain
                                           : FrontMatterField::Quoting::Single;
    };
    if (!fm) {
        const QString block = QStringLiteral("---") + m_eol + key + QStringLiteral(": ") +
                              FrontMatterParser::quoted(value, quotingFor(value)) + m_eol +
                              QStringLiteral("---") + m_eol + m_eol;
        return {{{0, 0}, block}};
    }
    if (const FrontMatterField *field = fm->field(key)) {
        // A title keeps its quotes: the newsletter's scripts read `#N` from a quoted title.
        auto quoting = field->quoting;
        if (quoting == FrontMatterField::Quoting::Plain && key == u"title")
            quoting = FrontMatterField::Quoting::Single;
        return minimized(m_text, {field->valueText, FrontMatterParser::quoted(value, quoting)});
    }
    const qsizetype closing = fm->body.end; // start of the closing `---` line
    const QString line =
        key + QStringLiteral(": ") + FrontMatterParser::quoted(value, quotingFor(value)) + m_eol;
    return {{{closing, closing}, line}};
}

Edit DocumentEdits::setIssueTitle(const QString &title) const {
    if (m_doc.frontMatter() || !m_doc.titleBlock())
        return setFrontMatterField(QStringLiteral("title"), title);
    const Block &h1 = *m_doc.titleBlock();
    const QStringView line = h1.content.in(m_text);
    qsizetype start = 0;
    while (start < line.size() && (line[start] == u'#' || line[start] == u' '))
        ++start;
    const qsizetype end = scan::trimmedRight(line).size();
    return minimized(m_text, {{h1.content.begin + start, h1.content.begin + std::max(start, end)},
                              QString(title).replace(u'\n', u' ')});
}

Edit DocumentEdits::setSectionLabel(int section, const QString &label) const {
    const SectionNode &node = m_doc.sections().at(section);
    const QString clean = QString(label).replace(u'\n', u' ').trimmed();
    if (node.headingUrl.isEmpty() && node.labelLink.isEmpty())
        return minimized(m_text, {node.labelPrefix, clean});
    // `🦄[文章&教程](url)`: keep the emoji outside the link when the new label starts with
    // it.
    const QString prefix = node.labelPrefix.in(m_text).toString();
    if (!prefix.isEmpty() && clean.startsWith(prefix)) {
        return minimized(m_text, {node.labelLink, escapedLinkText(clean.mid(prefix.size()))});
    }
    return minimized(m_text,
                     {{node.labelPrefix.begin, node.labelLink.end}, u'[' + escapedLinkText(clean)});
}

Edit DocumentEdits::setSectionUrl(int section, const QString &url) const {
    const SectionNode &node = m_doc.sections().at(section);
    const QString target = encodedUrl(url);
    const bool linked = !node.headingUrl.isEmpty() || !node.labelLink.isEmpty();
    if (linked) {
        if (!target.isEmpty())
            return minimized(m_text, {node.headingUrl, target});
        // `## 🦄[文章](u)` becomes `## 🦄文章`: drop the brackets and the target.
        const qsizetype linkBegin = node.labelLink.begin - 1;
        const qsizetype linkEnd = m_text.indexOf(u')', node.headingUrl.end) + 1;
        return minimized(m_text, {{linkBegin, linkEnd}, node.labelLink.in(m_text).toString()});
    }
    if (target.isEmpty())
        return {};
    return minimized(
        m_text, {node.labelPrefix, u'[' + escapedLinkText(node.labelPrefix.in(m_text).toString()) +
                                       QStringLiteral("](") + target + u')'});
}

} // namespace wc
