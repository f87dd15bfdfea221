// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuearchive.h"

#include "issuefile.h"
#include "linkidentity.h"

#include <QDir>
#include <QDirIterator>

#include <algorithm>

namespace wc {

namespace {

ArchiveIssue readIssue(const QString &path, const QString &file, const NewsletterProfile &profile) {
    ArchiveIssue issue;
    issue.path = path;
    issue.file = file;
    const IssueFile::Loaded loaded = IssueFile::load(path, profile.conventions);
    if (!loaded.document) {
        issue.error = loaded.error;
        return issue;
    }
    const IssueDocument &document = *loaded.document;
    issue.number = document.number();
    issue.date = document.date();
    issue.title = document.title().value_or(QString());
    QList<int> counts(profile.sections.size() + 1, 0);
    const QString &text = document.text();
    for (const SectionNode &section : document.sections()) {
        const QString label = document.sectionLabel(section);
        const SectionKind kind = profile.kindOf(label);
        const auto rule = std::find_if(profile.sections.begin(), profile.sections.end(),
                                       [kind](const SectionRule &r) { return r.kind == kind; });
        counts[rule - profile.sections.begin()] += int(section.items.size());
        for (const ItemNode &item : section.items) {
            issue.items.append({label, kind, item.number.in(text).toString(),
                                item.title.in(text).toString(), item.url.in(text).toString(),
                                document.itemBody(item), document.lineNumberAt(item.begin)});
        }
    }
    for (qsizetype i = 0; i < profile.sections.size(); ++i)
        issue.counts.append({profile.sections[i].kind, counts[i]});
    if (counts.last() > 0)
        issue.counts.append({SectionKind::Other, counts.last()});
    return issue;
}

bool containsAllWords(const ArchiveItem &item, const QStringList &words) {
    return std::all_of(words.begin(), words.end(), [&item](const QString &word) {
        return item.title.contains(word, Qt::CaseInsensitive) ||
               item.url.contains(word, Qt::CaseInsensitive) ||
               item.description.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace

int ArchiveIssue::count(SectionKind kind) const {
    int total = 0;
    for (const auto &[k, n] : counts) {
        if (k == kind)
            total += n;
    }
    return total;
}

QRegularExpression IssueArchive::fileNamePattern(const QString &pattern) {
    QString expression = QRegularExpression::escape(pattern);
    expression.replace(QRegularExpression::escape(QStringLiteral("{date}")),
                       QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    expression.replace(QRegularExpression::escape(QStringLiteral("{number}")),
                       QStringLiteral("\\d+"));
    return QRegularExpression(QRegularExpression::anchoredPattern(expression));
}

IssueArchive IssueArchive::scan(const QString &folder, const NewsletterProfile &profile) {
    IssueArchive archive;
    archive.m_folder = QDir(folder).absolutePath();
    const QRegularExpression pattern = fileNamePattern(profile.issueFilePattern);
    const QDir root(archive.m_folder);
    QDirIterator it(archive.m_folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (pattern.match(it.fileName()).hasMatch())
            archive.m_issues.append(readIssue(path, root.relativeFilePath(path), profile));
    }
    std::sort(archive.m_issues.begin(), archive.m_issues.end(),
              [](const ArchiveIssue &a, const ArchiveIssue &b) {
                  if (a.number.has_value() != b.number.has_value())
                      return a.number.has_value();
                  if (a.number != b.number)
                      return *a.number < *b.number;
                  if (a.date != b.date)
                      return a.date < b.date;
                  return a.file < b.file;
              });
    for (qsizetype i = 0; i < archive.m_issues.size(); ++i) {
        const QList<ArchiveItem> &items = archive.m_issues[i].items;
        for (qsizetype j = 0; j < items.size(); ++j) {
            if (!items[j].url.isEmpty())
                archive.m_urls[normalizedUrl(items[j].url)].append({int(i), int(j)});
        }
    }
    return archive;
}

QList<IssueArchive::Hit> IssueArchive::search(QStringView query, qsizetype limit) const {
    const QStringList words =
        query.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QList<Hit> hits;
    if (words.isEmpty())
        return hits;
    for (qsizetype i = m_issues.size() - 1; i >= 0; --i) { // the newest issues first
        const QList<ArchiveItem> &items = m_issues[i].items;
        for (qsizetype j = 0; j < items.size(); ++j) {
            if (containsAllWords(items[j], words)) {
                hits.append({int(i), int(j)});
                if (hits.size() >= limit)
                    return hits;
            }
        }
    }
    return hits;
}

QList<IssueArchive::Hit> IssueArchive::itemsWithUrl(const QString &url) const {
    return m_urls.value(normalizedUrl(url));
}

std::optional<IssueArchive::Hit> IssueArchive::sharedBefore(const QString &url,
                                                            std::optional<int> number,
                                                            std::optional<QDate> date) const {
    std::optional<Hit> latest;
    auto before = [&](const ArchiveIssue &issue) {
        if (number && issue.number)
            return *issue.number < *number;
        return date && issue.date && *issue.date < *date;
    };
    auto later = [&](const ArchiveIssue &a, const ArchiveIssue &b) {
        if (a.number && b.number)
            return *a.number > *b.number;
        return a.date > b.date;
    };
    for (const Hit &hit : itemsWithUrl(url)) {
        const ArchiveIssue &issue = m_issues[hit.issue];
        if (before(issue) && (!latest || later(issue, m_issues[latest->issue])))
            latest = hit;
    }
    return latest;
}

const ArchiveIssue *IssueArchive::issueWithNumber(int number) const {
    for (const ArchiveIssue &issue : m_issues) {
        if (issue.number == number)
            return &issue;
    }
    return nullptr;
}

} // namespace wc
