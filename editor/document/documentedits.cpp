#include "documentedits.h"

#include "frontmatterparser.h"
#include "markdownscan.h"

#include <QRegularExpression>

#include <algorithm>

namespace wc {

namespace {

// Link text stays one line, and brackets that would end the link early are escaped.
QString linkTextFor(QString title) {
    title.replace(u'\n', u' ').remove(u'\r');
    int depth = 0;
    bool balanced = true;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u'\\')
            ++i;
        else if (title[i] == u'[')
            ++depth;
        else if (title[i] == u']' && --depth < 0)
            balanced = false;
    }
    if (balanced && depth == 0)
        return title;
    QString escaped;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u'\\' && i + 1 < title.size()) {
            escaped += title[i];
            escaped += title[++i];
        } else {
            if (title[i] == u'[' || title[i] == u']')
                escaped += u'\\';
            escaped += title[i];
        }
    }
    return escaped;
}

// A URL stays one token inside the parentheses: blanks and unbalanced parentheses are
// percent-encoded.
QString urlFor(QString url) {
    url = url.trimmed();
    url.replace(u' ', QStringLiteral("%20")).remove(u'\n').remove(u'\r');
    int depth = 0;
    bool balanced = true;
    for (QChar c : url) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            balanced = false;
    }
    if (!balanced || depth != 0)
        url.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
    return url;
}

Edit sorted(Edit edit) {
    std::stable_sort(edit.begin(), edit.end(),
                     [](const TextReplacement &a, const TextReplacement &b) {
                         return a.range.begin < b.range.begin;
                     });
    return edit;
}

} // namespace

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
    const QString text = node.hasLink ? linkTextFor(title) : QString(title).replace(u'\n', u' ');
    return minimized(m_text, {node.title, text});
}

Edit DocumentEdits::setItemUrl(ItemRef ref, const QString &url) const {
    const ItemNode &node = item(ref);
    const QString target = urlFor(url);
    if (node.hasLink) {
        if (target.isEmpty()) // no URL left: the link becomes plain text
            return minimized(
                m_text, {{node.spacing.end, node.tail.begin}, node.title.in(m_text).toString()});
        return minimized(m_text, {node.url, target});
    }
    if (target.isEmpty())
        return {};
    const QString title = linkTextFor(node.title.in(m_text).toString());
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
    const QString target = urlFor(url);
    QString altText = alt;
    altText.replace(u'\n', u' ');
    const QString line = QStringLiteral("![%1](%2)").arg(linkTextFor(altText), target);
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
        return minimized(m_text, {node.labelLink, linkTextFor(clean.mid(prefix.size()))});
    }
    return minimized(m_text,
                     {{node.labelPrefix.begin, node.labelLink.end}, u'[' + linkTextFor(clean)});
}

Edit DocumentEdits::setSectionUrl(int section, const QString &url) const {
    const SectionNode &node = m_doc.sections().at(section);
    const QString target = urlFor(url);
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
    return minimized(m_text,
                     {node.labelPrefix, u'[' + linkTextFor(node.labelPrefix.in(m_text).toString()) +
                                            QStringLiteral("](") + target + u')'});
}

// ---- item layout: insert, remove, move, renumber ------------------------------------------

DocumentEdits::NumberStyle DocumentEdits::numberStyle(int section) const {
    const auto &items = m_doc.sections().at(section).items;
    NumberStyle style;
    if (items.isEmpty()) {
        style.separator = QStringLiteral("、");
        return style;
    }
    const ItemNode &first = items.first();
    style.circled = first.isCircled();
    style.separator = QStringView(m_text)
                          .sliced(first.separator.begin, first.spacing.end - first.separator.begin)
                          .toString();
    return style;
}

QString DocumentEdits::numberText(const NumberStyle &style, int number) const {
    if (style.circled) {
        const QString circled = scan::circledDigit(number);
        if (!circled.isEmpty())
            return circled + style.separator;
        return QString::number(number) + QStringLiteral("、");
    }
    return QString::number(number) + style.separator;
}

QString DocumentEdits::itemText(const ItemNode &node, int number,
                                const NumberStyle *foreignStyle) const {
    QString text = contentWithEol(node.begin, node.contentEnd);
    QString prefix;
    if (foreignStyle) {
        prefix = numberText(*foreignStyle, number);
    } else {
        NumberStyle own;
        own.circled = node.isCircled();
        own.separator = QStringView(m_text)
                            .sliced(node.separator.begin, node.spacing.end - node.separator.begin)
                            .toString();
        prefix = numberText(own, number);
    }
    text.replace(0, node.spacing.end - node.begin, prefix);
    return text;
}

QString DocumentEdits::newItemText(int section, const NewItem &fields) const {
    const auto &items = m_doc.sections().at(section).items;
    const NumberStyle style = numberStyle(section);
    QString text = numberText(style, 0); // the number is set when the section is laid out
    const QString url = urlFor(fields.url);
    if (url.isEmpty())
        text += QString(fields.title).replace(u'\n', u' ');
    else
        text += u'[' + linkTextFor(fields.title) + QStringLiteral("](") + url + u')';
    text += m_eol;
    const QString description = normalizedBlock(fields.description);
    if (!description.isEmpty()) {
        // The gap between head line and description copies the section's first described item.
        QString gap = m_eol;
        for (const ItemNode &other : items) {
            if (!other.body.isEmpty()) {
                gap = QStringView(m_text)
                          .sliced(other.head.contentEnd,
                                  other.body.first().content.begin - other.head.contentEnd)
                          .toString();
                break;
            }
        }
        text += gap + description + m_eol;
    }
    return text;
}

QList<QList<ItemRef>> DocumentEdits::currentOrder() const {
    QList<QList<ItemRef>> order;
    const auto &sections = m_doc.sections();
    order.reserve(sections.size());
    for (int s = 0; s < sections.size(); ++s) {
        QList<ItemRef> refs;
        for (int i = 0; i < sections[s].items.size(); ++i)
            refs.append({s, i});
        order.append(refs);
    }
    return order;
}

Edit DocumentEdits::replaceRun(const QList<Slot> &parts, const QStringList &contents,
                               qsizetype anchor) const {
    const qsizetype n = parts.size();
    const qsizetype m = contents.size();
    auto gapAfter = [&](qsizetype i) {
        return QStringView(m_text).sliced(parts[i].contentEnd,
                                          parts[i + 1].begin - parts[i].contentEnd);
    };
    if (n > 0 && m == 0) // the whole run goes, with the blank lines after it
        return minimized(m_text, {{parts.first().begin, parts.last().end}, {}});
    const QString defaultGap = n >= 2 ? gapAfter(0).toString() : m_eol;
    QString joined;
    for (qsizetype i = 0; i < m; ++i) {
        if (i > 0)
            joined += (i - 1 < n - 1) ? gapAfter(i - 1).toString() : defaultGap;
        joined += contents[i];
    }
    if (n == 0) {
        qsizetype gapEnd = anchor;
        while (gapEnd < m_text.size()) {
            qsizetype eol = m_text.indexOf(u'\n', gapEnd);
            const qsizetype lineEnd = eol < 0 ? m_text.size() : eol + 1;
            if (!scan::isBlank(QStringView(m_text).sliced(gapEnd, lineEnd - gapEnd).trimmed()))
                break;
            gapEnd = lineEnd;
        }
        QString gap = QStringView(m_text).sliced(anchor, gapEnd - anchor).toString();
        if (gap.isEmpty())
            gap = m_eol;
        const QString lead = (anchor > 0 && m_text.at(anchor - 1) != u'\n') ? m_eol : QString();
        return {{{anchor, anchor}, lead + gap + joined}};
    }
    const TextRange region{parts.first().begin, parts.last().contentEnd};
    if (m_text.at(region.end - 1) != u'\n' && joined.endsWith(m_eol))
        joined.chop(m_eol.size()); // the file ends without a final newline: keep it so
    return minimized(m_text, {region, joined});
}

Edit DocumentEdits::layoutItems(const QList<QList<ItemRef>> &newOrder,
                                const QStringList &fresh) const {
    const QList<QList<ItemRef>> before = currentOrder();
    const auto &sections = m_doc.sections();
    Edit edit;
    for (int s = 0; s < sections.size(); ++s) {
        if (newOrder[s] == before[s])
            continue;
        const SectionNode &section = sections[s];
        const NumberStyle style = numberStyle(s);
        QStringList contents;
        for (int k = 0; k < newOrder[s].size(); ++k) {
            const ItemRef ref = newOrder[s][k];
            if (ref.section < 0) {
                QString text = fresh.at(ref.item);
                const QString placeholder = numberText(style, 0);
                text.replace(0, placeholder.size(), numberText(style, k + 1));
                contents << text;
            } else {
                const bool foreign = ref.section != s && !section.items.isEmpty();
                contents << itemText(item(ref), k + 1, foreign ? &style : nullptr);
            }
        }
        QList<Slot> parts;
        for (const ItemNode &node : section.items)
            parts.append({node.begin, node.contentEnd, node.end});
        const qsizetype anchor =
            section.intro.isEmpty() ? section.header.contentEnd : section.intro.last().contentEnd;
        edit += replaceRun(parts, contents, anchor);
    }
    return sorted(edit);
}

Edit DocumentEdits::insertItem(int section, int position, const NewItem &fields) const {
    return insertItems(section, position, {fields});
}

Edit DocumentEdits::insertItems(int section, int position, const QList<NewItem> &items) const {
    auto order = currentOrder();
    position = std::clamp(position, 0, int(order[section].size()));
    QStringList fresh;
    for (int k = 0; k < items.size(); ++k) {
        order[section].insert(position + k, ItemRef{-1, k});
        fresh << newItemText(section, items[k]);
    }
    return layoutItems(order, fresh);
}

Edit DocumentEdits::removeItem(ItemRef ref) const {
    auto order = currentOrder();
    order[ref.section].removeAll(ref);
    return layoutItems(order);
}

Edit DocumentEdits::duplicateItem(ItemRef ref) const {
    auto order = currentOrder();
    order[ref.section].insert(ref.item + 1, ref);
    return layoutItems(order);
}

Edit DocumentEdits::moveItems(QList<ItemRef> items, int targetSection, int position) const {
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    auto order = currentOrder();
    position = std::clamp(position, 0, int(order[targetSection].size()));
    int adjusted = position;
    for (const ItemRef &ref : items) {
        if (ref.section == targetSection && ref.item < position)
            --adjusted;
        order[ref.section].removeAll(ref);
    }
    for (qsizetype k = 0; k < items.size(); ++k)
        order[targetSection].insert(adjusted + k, items[k]);
    return layoutItems(order);
}

Edit DocumentEdits::moveItem(ItemRef ref, int targetSection, int position) const {
    return moveItems({ref}, targetSection, position);
}

Edit DocumentEdits::renumberSection(int section) const {
    const SectionNode &node = m_doc.sections().at(section);
    const NumberStyle style = numberStyle(section);
    Edit edit;
    for (int k = 0; k < node.items.size(); ++k) {
        const ItemNode &it = node.items[k];
        QString number = style.circled ? scan::circledDigit(k + 1) : QString::number(k + 1);
        if (number.isEmpty())
            number = QString::number(k + 1);
        if (number != it.number.in(m_text))
            edit.append({it.number, number});
    }
    return edit;
}

// ---- sections ------------------------------------------------------------------------------

QList<int> DocumentEdits::siblingsOf(int section) const {
    const auto &sections = m_doc.sections();
    const int parent = sections.at(section).parent;
    QList<int> siblings;
    for (int s = 0; s < sections.size(); ++s) {
        if (sections[s].parent == parent)
            siblings.append(s);
    }
    return siblings;
}

qsizetype DocumentEdits::sectionBlockEnd(int section, bool withGap) const {
    // A `##` section carries the `###` subsections that follow it.
    const auto &sections = m_doc.sections();
    int last = section;
    while (last + 1 < sections.size() && sections[last + 1].parent == section)
        ++last;
    return withGap ? sections[last].end : sections[last].contentEnd;
}

Edit DocumentEdits::moveSection(int section, int position) const {
    const QList<int> siblings = siblingsOf(section);
    const qsizetype from = siblings.indexOf(section);
    position = std::clamp(position, 0, int(siblings.size()));
    QList<int> order = siblings;
    order.removeAt(from);
    order.insert(position > from ? position - 1 : position, section);
    if (order == siblings)
        return {};
    QList<Slot> parts;
    for (int s : siblings)
        parts.append(
            {m_doc.sections()[s].begin, sectionBlockEnd(s, false), sectionBlockEnd(s, true)});
    QStringList contents;
    for (int s : order)
        contents << contentWithEol(m_doc.sections()[s].begin, sectionBlockEnd(s, false));
    return replaceRun(parts, contents, m_text.size());
}

Edit DocumentEdits::insertSection(int position, const QString &heading) const {
    const auto &sections = m_doc.sections();
    QList<int> topLevel;
    for (int s = 0; s < sections.size(); ++s) {
        if (sections[s].parent < 0)
            topLevel.append(s);
    }
    position = std::clamp(position, 0, int(topLevel.size()));
    QList<Slot> parts;
    QStringList contents;
    for (int s : topLevel) {
        parts.append({sections[s].begin, sectionBlockEnd(s, false), sectionBlockEnd(s, true)});
        contents << contentWithEol(sections[s].begin, sectionBlockEnd(s, false));
    }
    contents.insert(position, QStringLiteral("## ") +
                                  QString(heading).replace(u'\n', u' ').trimmed() + m_eol);
    qsizetype anchor = m_text.size();
    if (topLevel.isEmpty()) {
        // Trim the document's final blank lines off the anchor so the gap is reused.
        while (anchor > 0 && (m_text.at(anchor - 1) == u'\n' || m_text.at(anchor - 1) == u'\r'))
            --anchor;
        while (anchor < m_text.size() && m_text.at(anchor) != u'\n')
            ++anchor;
        if (anchor < m_text.size())
            ++anchor;
    }
    return replaceRun(parts, contents, anchor);
}

} // namespace wc
