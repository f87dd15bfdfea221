// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuedocument.h"

#include "issuenumber.h"

#include "issueparser.h"
#include "markdownscan.h"

#include <QRegularExpression>

#include <algorithm>

namespace wc {

TextRange ItemNode::description() const {
    const qsizetype count = image.blockIndex >= 0 ? image.blockIndex : body.size();
    if (count == 0)
        return {head.contentEnd, head.contentEnd};
    return {body.first().content.begin, body[count - 1].content.end};
}

IssueDocument IssueDocument::parse(QString text, const QString &fileName, bool hasBom,
                                   const ParseConventions &conventions) {
    return IssueParser(std::move(text), fileName, hasBom, conventions).parse();
}

DocumentChange IssueDocument::applyChange(qsizetype position, qsizetype removed,
                                          QStringView added) {
    return IssueParser::update(*this, position, removed, added);
}

std::optional<QString> IssueDocument::title() const {
    if (m_frontMatter) {
        if (const FrontMatterField *field = m_frontMatter->field(QStringLiteral("title")))
            return field->value;
    }
    if (m_titleBlock)
        return m_titleText.in(m_text).toString();
    return std::nullopt;
}

std::optional<int> IssueDocument::number() const {
    const auto t = title();
    if (!t)
        return std::nullopt;
    const auto mark = findIssueNumber(*t);
    return mark ? mark->value : std::nullopt;
}

std::optional<QDate> IssueDocument::date() const {
    if (m_frontMatter) {
        if (const FrontMatterField *field = m_frontMatter->field(QStringLiteral("pubDate"))) {
            const QDate d = QDate::fromString(field->value.left(10), Qt::ISODate);
            if (d.isValid())
                return d;
        }
    }
    static const QRegularExpression pattern(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));
    const auto match = pattern.match(m_fileName.mid(m_fileName.lastIndexOf(u'/') + 1));
    if (match.hasMatch()) {
        const QDate d = QDate::fromString(match.captured(1), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

QString IssueDocument::sectionLabel(const SectionNode &section) const {
    QString label = section.labelPrefix.in(m_text).toString();
    if (section.hasLink)
        label += section.labelLink.in(m_text);
    return label.trimmed();
}

QString IssueDocument::itemBody(const ItemNode &item) const {
    if (item.body.isEmpty())
        return {};
    return QStringView(m_text)
        .sliced(item.body.first().content.begin,
                item.body.last().content.end - item.body.first().content.begin)
        .toString();
}

int IssueDocument::lineNumberAt(qsizetype offset) const {
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return std::max(1, int(it - m_lineStarts.begin()));
}

qsizetype IssueDocument::lineStart(int lineNumber) const {
    if (lineNumber < 1)
        return 0;
    if (size_t(lineNumber) > m_lineStarts.size())
        return m_text.size();
    return m_lineStarts[size_t(lineNumber - 1)];
}

int IssueDocument::itemCount() const {
    int count = 0;
    for (const SectionNode &section : m_sections)
        count += int(section.items.size());
    return count;
}

QString IssueDocument::serializeText() const {
    QString out;
    out.reserve(m_text.size());
    auto put = [&](TextRange range) { out.append(range.in(m_text)); };
    if (m_frontMatter)
        put(m_frontMatter->span);
    put(m_leading);
    if (m_titleBlock)
        put(m_titleBlock->span);
    for (const Block &block : m_preamble)
        put(block.span);
    for (const SectionNode &section : m_sections) {
        put(section.header.span);
        for (const Block &block : section.intro)
            put(block.span);
        for (const ItemNode &item : section.items) {
            put(item.head.span);
            for (const Block &block : item.body)
                put(block.span);
        }
        for (const Block &block : section.trailers)
            put(block.span);
    }
    return out;
}

QByteArray IssueDocument::serialize() const {
    QByteArray bytes = m_hasBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += serializeText().toUtf8();
    return bytes;
}

} // namespace wc
