// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuechecks.h"

#include "bilingualtext.h"
#include "markdownscan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wc {

namespace {

class Checker {
    Q_DECLARE_TR_FUNCTIONS(wc::IssueChecks)

public:
    Checker(const IssueDocument &document, const NewsletterProfile &profile,
            const IssueArchive *archive)
        : m_document(document)
        , m_text(document.text())
        , m_profile(profile)
        , m_archive(archive) {}

    QList<CheckFinding> run() {
        const SectionList &sections = m_document.sections();
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const SectionNode &section = sections[s];
            const SectionKind kind = m_profile.kindOf(m_document.sectionLabel(section));
            numbering(int(s), section);
            for (qsizetype i = 0; i < section.items.size(); ++i)
                item(int(s), int(i), section.items[i], kind);
            if (kind == SectionKind::PastIssues)
                pastIssueLinks(int(s), section);
            else
                sharedBefore(int(s), section);
        }
        gluedItems();
        statsLine();
        if (isBilingualIssue(m_document))
            bilingual();
        std::stable_sort(
            m_findings.begin(), m_findings.end(),
            [](const CheckFinding &a, const CheckFinding &b) { return a.line < b.line; });
        return m_findings;
    }

private:
    int lineOf(qsizetype offset) const { return m_document.lineNumberAt(offset); }

    void add(const QString &kind, int section, int item, qsizetype offset, const QString &message,
             const QJsonObject &details = {}) {
        m_findings.append({kind, section, item, lineOf(offset), message, details});
    }

    static int numberValue(QStringView number) {
        if (number.size() == 1 && scan::circledDigitValue(number.front()) > 0)
            return scan::circledDigitValue(number.front());
        return number.toInt();
    }

    void numbering(int s, const SectionNode &section) {
        int previous = 0;
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ItemNode &item = section.items[i];
            const int number = numberValue(item.number.in(m_text));
            if (i > 0 && number == previous) {
                add(QStringLiteral("numbering"), s, int(i), item.begin,
                    tr("Item number %1 appears twice in a row.").arg(number),
                    {{QStringLiteral("number"), number},
                     {QStringLiteral("expected"), previous + 1}});
            } else if (number != previous + 1) {
                add(QStringLiteral("numbering"), s, int(i), item.begin,
                    tr("Item number %1 where %2 was expected.").arg(number).arg(previous + 1),
                    {{QStringLiteral("number"), number},
                     {QStringLiteral("expected"), previous + 1}});
            }
            previous = number;
        }
    }

    void item(int s, int i, const ItemNode &item, SectionKind kind) {
        if (item.isCircled())
            return; // summary issues: titles only, by design
        if (!item.hasLink)
            add(QStringLiteral("no-link"), s, i, item.begin, tr("The item has no link."));
        const QStringView description = item.description().in(m_text);
        if (description.trimmed().isEmpty())
            add(QStringLiteral("empty-description"), s, i, item.begin,
                tr("The item has no description."));
        const QStringView title = item.title.in(m_text);
        separator(s, i, item, title);
        if (kind != SectionKind::Projects || !item.hasLink)
            return;
        static const QRegularExpression repository(
            QStringLiteral("^https?://(www\\.)?github\\.com/[^/\\s]+/[^/\\s#?]+"));
        if (repository.match(item.url.in(m_text)).hasMatch() && item.notes.star.isEmpty())
            add(QStringLiteral("no-stars"), s, i, item.begin,
                tr("A GitHub project without a star count."));
        // `name: 中文描述` with an ASCII colon where the newsletter writes `：` (a title with no
        // Chinese in it is an English edition's, which writes `: `).
        static const QRegularExpression chinese(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
        if (m_profile.projectSeparator == QStringLiteral("：") && chinese.match(title).hasMatch()) {
            static const QRegularExpression asciiColon(QStringLiteral("^[\\w.\\-]+:(?!//)"));
            if (asciiColon.match(title).hasMatch() && !title.contains(u'：'))
                add(QStringLiteral("ascii-colon"), s, i, item.title.begin,
                    tr("The project name is followed by an ASCII colon; this newsletter writes "
                       "“：”."));
        }
    }

    // `中文---English` near misses: en dashes, em dashes, full-width or spaced hyphens.
    void separator(int s, int i, const ItemNode &item, QStringView title) {
        static const QRegularExpression nearMiss(
            QStringLiteral("(?<![-–—－])(--–|–--|-–-|—-|-—|－－－|- - -|–––|———)(?![-–—－])"));
        const auto match = nearMiss.match(title);
        if (match.hasMatch() && !title.contains(QStringLiteral("---")))
            add(QStringLiteral("separator"), s, i, item.title.begin + match.capturedStart(),
                tr("“%1” looks like the bilingual separator “---” mistyped.").arg(match.captured()),
                {{QStringLiteral("found"), match.captured()}});
    }

    // A bilingual issue (bilingualtext.h) makes its English edition from the part after `---`
    // of every link text, the front-matter title and description: an item without one would
    // appear in Chinese there, and so would an English part still written in Chinese.
    void bilingual() {
        if (const auto &frontMatter = m_document.frontMatter()) {
            for (const QString &key : {QStringLiteral("title"), QStringLiteral("description")}) {
                if (const FrontMatterField *field = frontMatter->field(key))
                    englishPart(-1, -1, field->valueText.begin, field->value, key);
            }
        }
        const auto &sections = m_document.sections();
        for (qsizetype s = 0; s < sections.size(); ++s) {
            for (qsizetype i = 0; i < sections[s].items.size(); ++i) {
                const ItemNode &item = sections[s].items[i];
                if (!item.hasLink)
                    continue; // the editions cut link texts only
                const QString title = item.title.in(m_text).toString();
                if (!title.contains(QStringLiteral("---")))
                    add(QStringLiteral("no-english"), int(s), int(i), item.title.begin,
                        tr("The issue is bilingual, but this title has no English part "
                           "(“中文---English”)."));
                else
                    englishPart(int(s), int(i), item.title.begin, title, QStringLiteral("title"));
            }
        }
    }

    void englishPart(int s, int i, qsizetype offset, const QString &written, const QString &field) {
        static const QRegularExpression han(QStringLiteral("\\p{Han}+"));
        const BilingualText parts = splitBilingual(written);
        if (!parts.bilingual)
            return;
        const auto match = han.match(parts.english);
        if (match.hasMatch())
            add(QStringLiteral("chinese-in-english"), s, i, offset,
                tr("The English part “%1” is still in Chinese (“%2”).")
                    .arg(parts.english.trimmed(), match.captured()),
                {{QStringLiteral("field"), field},
                 {QStringLiteral("english"), parts.english},
                 {QStringLiteral("found"), match.captured()}});
    }

    // An item marker glued to the end of an image line: `![](…)9、[…`.
    void gluedItems() {
        static const QRegularExpression glued(
            QStringLiteral("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)[ \\t]*(\\d{1,4})、\\["));
        auto it = glued.globalMatch(m_text);
        while (it.hasNext()) {
            const auto match = it.next();
            add(QStringLiteral("glued-item"), -1, -1, match.capturedStart(1),
                tr("Item %1 starts in the middle of a line, after an image: it needs a line of its "
                   "own.")
                    .arg(match.captured(1)));
        }
    }

    void statsLine() {
        QList<int> counts(m_profile.sections.size(), 0);
        for (const SectionNode &section : m_document.sections()) {
            const SectionKind kind = m_profile.kindOf(m_document.sectionLabel(section));
            for (qsizetype r = 0; r < m_profile.sections.size(); ++r) {
                if (m_profile.sections[r].kind == kind)
                    counts[r] += int(section.items.size());
            }
        }
        QList<QRegularExpression> written;
        for (const SectionRule &rule : m_profile.sections)
            written.append(QRegularExpression(QStringLiteral("(\\d+)\\s*") +
                                              QRegularExpression::escape(rule.unit)));
        for (const Block &block : m_document.preamble()) {
            const QString line = block.content.in(m_text).toString();
            bool isStats = false;
            for (qsizetype r = 0; r < m_profile.sections.size(); ++r) {
                const QString &unit = m_profile.sections[r].unit;
                if (unit.isEmpty())
                    continue;
                const auto match = written[r].match(line);
                if (!match.hasMatch())
                    continue;
                isStats = true;
                const int said = match.captured(1).toInt();
                if (said != counts[r])
                    add(QStringLiteral("stats-line"), -1, -1,
                        block.content.begin + match.capturedStart(),
                        tr("The stats line says %1 %2, the issue has %3.")
                            .arg(said)
                            .arg(unit)
                            .arg(counts[r]),
                        {{QStringLiteral("unit"), unit},
                         {QStringLiteral("written"), said},
                         {QStringLiteral("counted"), counts[r]}});
            }
            if (isStats)
                return; // the first stats line is the one
        }
    }

    // An item whose link an earlier issue of the archive shared: a warning, never a block
    // (re-sharing can be deliberate).
    void sharedBefore(int s, const SectionNode &section) {
        if (!m_archive)
            return;
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ItemNode &item = section.items[i];
            if (!item.hasLink || item.url.isEmpty())
                continue;
            const QString url = item.url.in(m_text).toString();
            const auto hit = m_archive->sharedBefore(url, m_document.number(), m_document.date());
            if (!hit)
                continue;
            const ArchiveIssue &issue = m_archive->issues()[hit->issue];
            const QString date = issue.date ? issue.date->toString(Qt::ISODate) : QString();
            const QString where =
                issue.number ? QStringLiteral("#%1 · %2").arg(*issue.number).arg(date) : date;
            const QJsonObject previous{
                {QStringLiteral("file"), issue.file},
                {QStringLiteral("number"), issue.number ? QJsonValue(*issue.number) : QJsonValue()},
                {QStringLiteral("date"), issue.date ? QJsonValue(date) : QJsonValue()}};
            add(QStringLiteral("shared-before"), s, int(i), item.url.begin,
                tr("Shared before, in %1.").arg(where),
                {{QStringLiteral("url"), url}, {QStringLiteral("previous"), previous}});
        }
    }

    void pastIssueLinks(int s, const SectionNode &section) {
        if (!m_archive)
            return;
        static const QRegularExpression link(
            QStringLiteral("\\[[^\\]]*#(\\d+)[^\\]]*\\]\\(([^)\\s]*)\\)"));
        for (const Block &block : section.intro) {
            auto it = link.globalMatch(block.content.in(m_text));
            while (it.hasNext()) {
                const auto match = it.next();
                const int number = match.captured(1).toInt();
                if (!m_archive->issueWithNumber(number))
                    add(QStringLiteral("past-issue-link"), s, -1,
                        block.content.begin + match.capturedStart(),
                        tr("The link to issue #%1 points to no issue of the archive.").arg(number),
                        {{QStringLiteral("number"), number},
                         {QStringLiteral("url"), match.captured(2)}});
            }
        }
    }

    const IssueDocument &m_document;
    const QString &m_text;
    const NewsletterProfile &m_profile;
    const IssueArchive *m_archive;
    QList<CheckFinding> m_findings;
};

} // namespace

QJsonObject CheckFinding::toJson() const {
    QJsonObject object{{QStringLiteral("kind"), kind},
                       {QStringLiteral("section"), section},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("message"), message}};
    for (auto it = details.begin(); it != details.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QList<CheckFinding> checkIssue(const IssueDocument &document, const NewsletterProfile &profile,
                               const IssueArchive *archive) {
    return Checker(document, profile, archive).run();
}

QJsonArray findingsToJson(const QList<CheckFinding> &findings) {
    QJsonArray array;
    for (const CheckFinding &finding : findings)
        array.append(finding.toJson());
    return array;
}

} // namespace wc
