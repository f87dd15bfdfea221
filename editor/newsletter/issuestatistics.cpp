// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuestatistics.h"

#include "wordcount.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace wc {

namespace {

// The numbers of a stats text that the profile can count: each before one of a kind's unit
// words, and the one in 全文 N 字 (kind: nullopt).
struct StatsNumber {
    TextRange range; // in the text given to statsNumbers()
    std::optional<SectionKind> kind;
};

QList<StatsNumber> statsNumbers(QStringView text, const NewsletterProfile &profile) {
    QList<StatsNumber> numbers;
    for (const SectionRule &rule : profile.sections) {
        QStringList units = rule.unitVariants;
        if (!rule.unit.isEmpty())
            units.prepend(rule.unit);
        for (const QString &unit : units) {
            const QRegularExpression pattern(QStringLiteral("(\\d+)\\s*") +
                                             QRegularExpression::escape(unit));
            auto it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                numbers.append({{match.capturedStart(1), match.capturedEnd(1)}, rule.kind});
            }
        }
    }
    static const QRegularExpression words(QStringLiteral("全文\\s*(\\d+)\\s*字"));
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        numbers.append({{match.capturedStart(1), match.capturedEnd(1)}, std::nullopt});
    }
    std::sort(numbers.begin(), numbers.end(), [](const StatsNumber &a, const StatsNumber &b) {
        return a.range.begin < b.range.begin;
    });
    return numbers;
}

const Block *statsLineBlock(const IssueDocument &document, const NewsletterProfile &profile) {
    for (const Block &block : document.preamble()) {
        if (!statsNumbers(block.content.in(document.text()), profile).isEmpty())
            return &block;
    }
    return nullptr;
}

void updateNumbers(const QString &text, TextRange range, const NewsletterProfile &profile,
                   const IssueStatistics &statistics, Edit &edit) {
    for (const StatsNumber &number : statsNumbers(range.in(text), profile)) {
        const QString wanted =
            QString::number(number.kind ? statistics.count(*number.kind) : statistics.words);
        const TextRange absolute{range.begin + number.range.begin, range.begin + number.range.end};
        if (absolute.in(text) != wanted)
            edit.append({absolute, wanted});
    }
}

} // namespace

int IssueStatistics::count(SectionKind kind) const {
    int total = 0;
    for (const SectionStatistics &section : sections) {
        if (section.kind == kind)
            total += section.items;
    }
    return total;
}

QJsonObject IssueStatistics::toJson() const {
    QJsonArray list;
    for (const SectionStatistics &section : sections)
        list.append(QJsonObject{{QStringLiteral("label"), section.label},
                                {QStringLiteral("kind"), sectionKindName(section.kind)},
                                {QStringLiteral("items"), section.items}});
    return {{QStringLiteral("sections"), list},
            {QStringLiteral("words"), qint64(words)},
            {QStringLiteral("statsLine"), statsLine}};
}

IssueStatistics computeStatistics(const IssueDocument &document, const NewsletterProfile &profile) {
    IssueStatistics statistics;
    for (const SectionNode &section : document.sections()) {
        const QString label = document.sectionLabel(section);
        statistics.sections.append({label, profile.kindOf(label), int(section.items.size())});
    }
    statistics.words = publishedWordCount(document.text());
    if (const Block *block = statsLineBlock(document, profile))
        statistics.statsLine = block->content.in(document.text()).toString();
    return statistics;
}

Edit statisticsUpdate(const IssueDocument &document, const NewsletterProfile &profile,
                      const IssueStatistics &statistics) {
    Edit edit;
    const QString &text = document.text();
    if (document.frontMatter()) {
        if (const FrontMatterField *description =
                document.frontMatter()->field(QStringLiteral("description")))
            updateNumbers(text, description->valueText, profile, statistics, edit);
    }
    if (const Block *block = statsLineBlock(document, profile))
        updateNumbers(text, block->content, profile, statistics, edit);
    std::sort(edit.begin(), edit.end(), [](const TextReplacement &a, const TextReplacement &b) {
        return a.range.begin < b.range.begin;
    });
    return edit;
}

QString canonicalStatsLine(const NewsletterProfile &profile, const IssueStatistics &statistics) {
    QStringList parts;
    for (const SectionRule &rule : profile.sections) {
        const int count = statistics.count(rule.kind);
        if (!rule.unit.isEmpty() && count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(rule.unit);
    }
    parts << QStringLiteral("全文 %1 字").arg(statistics.words);
    return QStringLiteral("本期分享了 ") + parts.join(u'，') + u'。';
}

} // namespace wc
