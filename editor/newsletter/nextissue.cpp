// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nextissue.h"

#include "frontmatterparser.h"
#include "issuenumber.h"
#include <QCoreApplication>

#include <QRegularExpression>

namespace wc {

namespace {

const QRegularExpression &statsNumberPattern() {
    // A count before a unit word (12 篇文章, 1 则音视频) or inside 全文 N 字.
    static const QRegularExpression pattern(QStringLiteral(
        "(\\d+)(?=\\s*(?:篇|个|则)[^，,。\\d]{0,6})|(?<=全文)(\\s*)(\\d+)(?=\\s*字)"));
    return pattern;
}

// The stats line states a count with one of the profile's unit words (12 篇文章, or a
// newsletter's own 3 个工具), or the word count 全文 N 字.
bool isStatsLine(QStringView text, const NewsletterProfile &profile) {
    static const QRegularExpression words(QStringLiteral("全文\\s*\\d+\\s*字"));
    if (words.match(text).hasMatch())
        return true;
    for (const SectionRule &rule : profile.sections) {
        const QStringList units = QStringList(rule.unitVariants) << rule.unit;
        for (const QString &unit : units) {
            if (unit.isEmpty())
                continue;
            const QRegularExpression count(QStringLiteral("\\d+\\s*") +
                                           QRegularExpression::escape(unit));
            if (count.match(text).hasMatch())
                return true;
        }
    }
    return false;
}

QString fillPattern(QString pattern, int number, const QDate &date, const QString &topic = {}) {
    return pattern.replace(QStringLiteral("{number}"), QString::number(number))
        .replace(QStringLiteral("{date}"), date.toString(Qt::ISODate))
        .replace(QStringLiteral("{topic}"), topic);
}

// The topic of an archived issue: its title after `#N` and the separator that follows.
QString topicOf(const ArchiveIssue &issue) {
    return issueTopic(issue.title);
}

// One link of a past-issues section as the last issue wrote it:
// [PREFIX#N SEP TOPIC](URL with the date) TAIL with the date as 2023.09.23.
struct PastIssueLink {
    QString prefix, separator, urlBefore, urlAfter, tailBefore, tailAfter;
    bool tailHasDate = false;
    int number = 0;
};

std::optional<PastIssueLink> learnLink(const QString &line) {
    static const QRegularExpression link(
        QStringLiteral("^\\[([^\\]#]*)#(\\d+)([：:]\\s*|\\s+)[^\\]]*\\]\\(([^)\\s]*?)(\\d{4}-\\d{2}"
                       "-\\d{2})([^)\\s]*)\\)(.*)$"));
    const auto match = link.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    PastIssueLink learned;
    learned.prefix = match.captured(1);
    learned.number = match.captured(2).toInt();
    learned.separator = match.captured(3);
    learned.urlBefore = match.captured(4);
    learned.urlAfter = match.captured(6);
    // Some early posts carry their number after the date (…-weekly6); most do not, and which
    // do is not in the archive, so the plain form is written.
    const QString number = match.captured(2);
    if (learned.urlAfter.endsWith(number) &&
        !learned.urlAfter.chopped(number.size()).back().isDigit())
        learned.urlAfter.chop(number.size());
    const QString tail = match.captured(7);
    static const QRegularExpression dotted(QStringLiteral("\\d{4}\\.\\d{2}\\.\\d{2}"));
    const auto date = dotted.match(tail);
    if (date.hasMatch()) {
        learned.tailHasDate = true;
        learned.tailBefore = tail.left(date.capturedStart());
        learned.tailAfter = tail.mid(date.capturedEnd());
    } else {
        learned.tailBefore = tail;
    }
    return learned;
}

} // namespace

QString zeroedStatsLine(const QString &line) {
    QString out;
    qsizetype copied = 0;
    auto it = statsNumberPattern().globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        const int group = match.capturedStart(1) >= 0 ? 1 : 3;
        out += QStringView(line).mid(copied, match.capturedStart(group) - copied);
        out += u'0';
        copied = match.capturedEnd(group);
    }
    return out + line.mid(copied);
}

NextIssue::NextIssue(const IssueDocument &last, NewsletterProfile profile,
                     const IssueArchive *archive)
    : m_last(last)
    , m_profile(std::move(profile))
    , m_archive(archive) {}

int NextIssue::statsLineIndex() const {
    const QList<Block> &preamble = m_last.preamble();
    for (qsizetype i = 0; i < preamble.size(); ++i) {
        if (isStatsLine(preamble[i].content.in(m_last.text()), m_profile))
            return int(i);
    }
    return -1;
}

QList<NextIssue::Announcement> NextIssue::announcements() const {
    QList<Announcement> found;
    const int stats = statsLineIndex();
    if (stats < 0)
        return found;
    const QList<Block> &preamble = m_last.preamble();
    for (qsizetype i = stats + 1; i < preamble.size(); ++i)
        found.append({int(i), preamble[i].content.in(m_last.text()).toString()});
    return found;
}

QString NextIssue::frontMatterText(int number, const QDate &date) const {
    const FrontMatter &frontMatter = *m_last.frontMatter();
    const QString &text = m_last.text();
    QString out;
    qsizetype copied = frontMatter.span.begin;
    auto replaceValue = [&](const FrontMatterField &field, const QString &value) {
        out += QStringView(text).mid(copied, field.valueText.begin - copied);
        // A plain pubDate is a YAML date in every issue: it stays one.
        const bool plainDate = field.key == QLatin1String("pubDate") &&
                               field.quoting == FrontMatterField::Quoting::Plain;
        out += plainDate ? value : FrontMatterParser::quoted(value, field.quoting);
        copied = field.valueText.end;
    };
    for (const FrontMatterField &field : frontMatter.fields) {
        if (field.key == QLatin1String("title"))
            replaceValue(field, fillPattern(m_profile.titlePattern, number, date));
        else if (field.key == QLatin1String("pubDate"))
            replaceValue(field, date.toString(Qt::ISODate));
    }
    return out + text.mid(copied, frontMatter.span.end - copied);
}

QString NextIssue::pastIssueLinks(const SectionNode &section, int number, Result &result) const {
    const QString &text = m_last.text();
    const int lastNumber = number - 1;
    QString out;
    for (const Block &block : section.intro) {
        const QStringList lines = block.content.in(text).toString().split(m_last.lineEnding());
        QStringList written;
        for (const QString &line : lines) {
            const auto learned = learnLink(line);
            if (!learned) {
                written << line; // not a link to a past issue: kept as it is
                continue;
            }
            const int target = number - (lastNumber - learned->number);
            const ArchiveIssue *issue = m_archive ? m_archive->issueWithNumber(target) : nullptr;
            if (!issue || !issue->date) {
                result.warnings
                    << tr("Issue #%1 is not in the archive: its past-issues link is left out.")
                           .arg(target);
                continue;
            }
            QString link = u'[' + learned->prefix + u'#' + QString::number(target) +
                           learned->separator + topicOf(*issue) + QStringLiteral("](") +
                           learned->urlBefore + issue->date->toString(Qt::ISODate) +
                           learned->urlAfter + u')' + learned->tailBefore;
            if (learned->tailHasDate)
                link += issue->date->toString(QStringLiteral("yyyy.MM.dd")) + learned->tailAfter;
            written << link;
        }
        if (written.isEmpty())
            continue;
        // The block's own span: its content, then the line ending and blank lines after it.
        out += written.join(m_last.lineEnding());
        out += QStringView(text).mid(block.span.begin + block.content.length(),
                                     block.span.length() - block.content.length());
    }
    return out;
}

NextIssue::Result NextIssue::make(const QList<int> &keep) const {
    Result result;
    const std::optional<int> lastNumber = m_last.number();
    const std::optional<QDate> lastDate = m_last.date();
    if (!lastNumber || !lastDate) {
        result.error = tr("The last issue has no issue number (#N in its title) or no date, so the "
                          "next one cannot be made from it.");
        return result;
    }
    result.number = *lastNumber + 1;
    result.date = lastDate->addDays(m_profile.intervalDays);
    result.fileName = fillPattern(m_profile.issueFilePattern, result.number, result.date);

    const QString &text = m_last.text();
    QString &out = result.text;
    out += m_last.leading().in(text);
    if (m_last.frontMatter())
        out += frontMatterText(result.number, result.date);
    if (const auto &title = m_last.titleBlock()) {
        // `# Python 潮流周刊#110：…`: the heading marks as written, the title from the pattern.
        const QStringView line = title->content.in(text);
        const qsizetype marks = line.indexOf(QRegularExpression(QStringLiteral("[^#\\s]")));
        out += line.left(marks < 0 ? line.size() : marks);
        out += fillPattern(m_profile.titlePattern, result.number, result.date);
        out += QStringView(text).mid(title->span.begin + title->content.length(),
                                     title->span.length() - title->content.length());
    }
    const int stats = statsLineIndex();
    const QList<Block> &preamble = m_last.preamble();
    for (qsizetype i = 0; i < preamble.size(); ++i) {
        const Block &block = preamble[i];
        if (stats >= 0 && i > stats && !keep.contains(int(i)))
            continue;
        if (i == stats) {
            out += zeroedStatsLine(block.content.in(text).toString());
            out += QStringView(text).mid(block.span.begin + block.content.length(),
                                         block.span.length() - block.content.length());
        } else {
            out += block.span.in(text);
        }
    }
    for (const SectionNode &section : m_last.sections()) {
        out += section.header.span.in(text);
        if (m_profile.kindOf(m_last.sectionLabel(section)) == SectionKind::PastIssues) {
            out += pastIssueLinks(section, result.number, result);
        } else {
            for (const Block &block : section.intro)
                out += block.span.in(text);
        }
        for (const Block &block : section.trailers)
            out += block.span.in(text);
    }
    return result;
}

} // namespace wc
