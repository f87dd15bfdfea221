// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuesummary.h"

#include "fieldtext.h"
#include "issuenumber.h"
#include "linebreaks.h"

#include "markdownscan.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace wc {

namespace {

QString numbered(int n) {
    const QString circled = scan::circledDigit(n);
    return circled.isEmpty() ? QStringLiteral("%1.").arg(n) : circled;
}

// Telegram's legacy Markdown: _ * ` [ are markup; a backslash escapes them.
QString telegramEscaped(const QString &text) {
    QString out;
    for (QChar c : text) {
        if (c == u'_' || c == u'*' || c == u'`' || c == u'[')
            out += u'\\';
        out += c;
    }
    return out;
}

// Telegram's legacy Markdown allows no escape inside an entity (`*a\_b*` does not parse): a
// markup character in a bold heading closes the bold, comes escaped, and the bold reopens,
// as Telegram's documentation does it (`*a*\_*b*`).
QString telegramBold(const QString &text) {
    QString out;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            out += u'*' + run + u'*';
        run.clear();
    };
    for (QChar c : text) {
        if (c == u'_' || c == u'*' || c == u'`' || c == u'[') {
            flush();
            out += u'\\';
            out += c;
        } else {
            run += c;
        }
    }
    flush();
    return out;
}

} // namespace

IssueSummary::IssueSummary(const IssueDocument &document, NewsletterProfile profile,
                           Edition edition)
    : m_document(editionDocument(document, profile, edition))
    , m_profile(std::move(profile))
    , m_edition(edition) {}

QString IssueSummary::itemTitle(QStringView written) const {
    const BilingualText parts = splitBilingual(written);
    return (m_edition == Edition::Chinese ? parts.chinese : parts.english).trimmed();
}

QList<IssueSummary::Line> IssueSummary::sections() const {
    QList<Line> lines;
    const QString &text = m_document.text();
    for (const SectionNode &section : m_document.sections()) {
        if (section.items.isEmpty())
            continue;
        Line line;
        line.heading = section.heading.in(text).toString();
        if (line.heading.startsWith(QStringLiteral("**")) &&
            line.heading.endsWith(QStringLiteral("**")))
            line.heading = line.heading.mid(2, line.heading.size() - 4);
        for (const ItemNode &item : section.items)
            line.titles << itemTitle(item.title.in(text));
        lines << line;
    }
    return lines;
}

const QRegularExpression &IssueSummary::placeholderPattern() {
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_-]*)\\}"));
    return placeholder;
}

bool IssueSummary::isFrontMatterPlaceholder(const QString &key) {
    static const QStringList derived{QStringLiteral("number"), QStringLiteral("title"),
                                     QStringLiteral("topic"), QStringLiteral("date"),
                                     QStringLiteral("file")};
    return !derived.contains(key);
}

QString IssueSummary::placeholderValue(const QString &key) const {
    const QString title = m_document.title().value_or(QString());
    const BilingualText titleParts = splitBilingual(title);
    const QString shownTitle =
        m_edition == Edition::Chinese ? titleParts.chinese : titleParts.english;
    if (key == QLatin1String("number"))
        return m_document.number() ? QString::number(*m_document.number()) : QString();
    if (key == QLatin1String("title"))
        return shownTitle;
    if (key == QLatin1String("topic"))
        return issueTopic(shownTitle);
    if (key == QLatin1String("date"))
        return m_document.date() ? m_document.date()->toString(Qt::ISODate) : QString();
    if (key == QLatin1String("file"))
        return QFileInfo(m_document.fileName()).fileName();
    Q_ASSERT(isFrontMatterPlaceholder(key));
    if (!m_document.frontMatter() || !m_document.frontMatter()->field(key))
        return {};
    const QString value = m_document.frontMatter()->field(key)->value;
    if (key != QLatin1String("description"))
        return value;
    const BilingualText parts = splitBilingual(value);
    return m_edition == Edition::Chinese ? parts.chinese : parts.english;
}

QString IssueSummary::fill(const QString &templateText) const {
    QString result;
    qsizetype copied = 0;
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const auto found = it.next();
        result += QStringView(templateText).mid(copied, found.capturedStart() - copied);
        result += placeholderValue(found.captured(1));
        copied = found.capturedEnd();
    }
    result += QStringView(templateText).mid(copied);
    return result;
}

QStringList IssueSummary::emptyPlaceholders(const QString &templateText) const {
    QStringList empty;
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!empty.contains(key) && placeholderValue(key).trimmed().isEmpty())
            empty << key;
    }
    return empty;
}

QString IssueSummary::templateText(const QString &key) const {
    const QString text = m_profile.text(key);
    if (text.isEmpty() && key == QLatin1String("readme-entry"))
        return QStringLiteral("- 第 {number} 期：[{topic}](./docs/{file})\n  - {description}\n");
    return text;
}

QString IssueSummary::summaryBody() const {
    QString body;
    for (const Line &line : sections()) {
        body += QStringLiteral("**") + line.heading + QStringLiteral("**\n\n");
        for (qsizetype i = 0; i < line.titles.size(); ++i)
            body += numbered(int(i + 1)) + u' ' + line.titles[i] + QStringLiteral("\n\n");
    }
    return body;
}

QString IssueSummary::blog() const {
    QString out;
    if (const auto &frontMatter = m_document.frontMatter())
        out += withLfLineBreaks(frontMatter->span.in(m_document.text()).toString());
    out += fill(templateText(QStringLiteral("summary-intro")));
    out += summaryBody();
    out += fill(templateText(QStringLiteral("summary-footer")));
    return out;
}

QString IssueSummary::github() const {
    QString out = QStringLiteral("# ") + fill(QStringLiteral("{title}")) + QStringLiteral("\n\n");
    out += fill(templateText(QStringLiteral("summary-intro")));
    out += summaryBody();
    out += fill(templateText(QStringLiteral("summary-footer")));
    return out;
}

QString IssueSummary::telegram() const {
    QString out = telegramEscaped(
        fieldtext::readerText(fill(templateText(QStringLiteral("telegram-header")))));
    for (const Line &line : sections()) {
        QString heading = fieldtext::readerText(line.heading);
        static const QRegularExpression link(QStringLiteral("^\\[(.*)\\]\\([^)]*\\)$"));
        heading.replace(link, QStringLiteral("\\1"));
        out += telegramBold(heading) + u'\n';
        for (qsizetype i = 0; i < line.titles.size(); ++i)
            out += numbered(int(i + 1)) + u' ' +
                   telegramEscaped(fieldtext::readerText(line.titles[i])) + u'\n';
        out += u'\n';
    }
    out += telegramEscaped(
        fieldtext::readerText(fill(templateText(QStringLiteral("telegram-footer")))));
    return out.trimmed() + u'\n';
}

qsizetype IssueSummary::telegramLength(const QString &caption) {
    // Parsing removes the escaping backslashes and the markup characters they do not escape;
    // Telegram then strips the blanks around the text (the caption's final line break).
    QString parsed;
    parsed.reserve(caption.size());
    for (qsizetype i = 0; i < caption.size(); ++i) {
        const QChar c = caption[i];
        if (c == u'\\' && i + 1 < caption.size())
            parsed += caption[++i];
        else if (c != u'*' && c != u'_' && c != u'`')
            parsed += c;
    }
    return parsed.trimmed().size(); // QString counts UTF-16 units, as Telegram does
}

QString IssueSummary::readmeEntry() const {
    return fill(templateText(QStringLiteral("readme-entry")));
}

QString readmeWithEntry(const QString &readme, const QString &entry, int number) {
    static const QRegularExpression entryLine(QStringLiteral("^- 第 (\\d+) 期"),
                                              QRegularExpression::MultilineOption);
    struct Entry {
        qsizetype begin;
        int number;
    };
    QList<Entry> entries;
    auto it = entryLine.globalMatch(readme);
    while (it.hasNext()) {
        const auto match = it.next();
        entries.append({match.capturedStart(), match.captured(1).toInt()});
    }
    // The entry's lines in the README's own line endings.
    const bool crlf = readme.contains(QStringLiteral("\r\n"));
    QString text = withLfLineBreaks(entry);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    const QString lineBreak = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (entries.isEmpty())
        return readme + (readme.isEmpty() || readme.endsWith(u'\n') ? QString() : lineBreak) + text;
    // Where an entry's lines end: after its first line and the indented lines below it.
    auto entryEnd = [&readme](qsizetype at) {
        while (at < readme.size()) {
            const qsizetype end = readme.indexOf(u'\n', at);
            at = end < 0 ? readme.size() : end + 1;
            if (at >= readme.size() || !(readme[at] == u' ' || readme[at] == u'\t'))
                break;
        }
        return at;
    };
    // The issue already listed (the entry made again after an edit): its lines are replaced.
    for (const Entry &listed : entries) {
        if (listed.number == number) {
            const qsizetype end = entryEnd(listed.begin);
            const bool lastLineOpen = end == readme.size() && !readme.endsWith(u'\n');
            if (lastLineOpen)
                text.chop(lineBreak.size());
            return readme.left(listed.begin) + text + readme.mid(end);
        }
    }
    const bool countsDown = entries.size() < 2 || entries.first().number > entries.last().number;
    if (countsDown && (entries.size() > 1 || entries.first().number < number))
        return readme.left(entries.first().begin) + text + readme.mid(entries.first().begin);
    const qsizetype at = entryEnd(entries.last().begin);
    const bool lastLineOpen = at == readme.size() && !readme.endsWith(u'\n');
    return readme.left(at) + (lastLineOpen ? lineBreak : QString()) + text + readme.mid(at);
}

} // namespace wc
