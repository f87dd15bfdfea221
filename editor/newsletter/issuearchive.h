// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace wc {

// One item of an archived issue, as the archive search shows it.
struct ArchiveItem {
    QString section; // the section's label
    SectionKind kind = SectionKind::Other;
    QString number; // as written
    QString title;  // link text as written
    QString url;
    QString description; // the item's body as written
    int line = 0;        // 1-based line of the head line
};

struct ArchiveIssue {
    QString path; // absolute
    QString file; // relative to the archive's folder
    std::optional<int> number;
    std::optional<QDate> date;
    QString title;
    QList<std::pair<SectionKind, int>> counts; // items per kind, in the profile's kind order
    QList<ArchiveItem> items;
    QString error; // why the file could not be read; then nothing else is set

    int count(SectionKind kind) const;
};

// Every issue file under a newsletter's folder (recursively, by the profile's file-name
// pattern), read once. Building it does no GUI work, so it can run on any thread.
class IssueArchive {
public:
    static IssueArchive scan(const QString &folder, const NewsletterProfile &profile);

    const QString &folder() const { return m_folder; }
    // Sorted by number, then date, then file name; issues without a number come last.
    const QList<ArchiveIssue> &issues() const { return m_issues; }

    struct Hit {
        int issue = -1;
        int item = -1;
    };
    // Items whose title, URL or description hold every word of `query` (ignoring case).
    QList<Hit> search(QStringView query, qsizetype limit = 200) const;

    const ArchiveIssue *issueWithNumber(int number) const;

    // Every archived item whose URL is `url` once both are normalised (normalizedUrl()).
    QList<Hit> itemsWithUrl(const QString &url) const;
    // The latest issue before one numbered `number` (else dated `date`) that shared `url`:
    // by number when both issues have one, else by date. The issue's own editions in other
    // languages carry its number and date, so they never count.
    std::optional<Hit> sharedBefore(const QString &url, std::optional<int> number,
                                    std::optional<QDate> date) const;

    // The file-name pattern as a regular expression over a file name: {date} stands for
    // YYYY-MM-DD and {number} for digits, the rest is literal.
    static QRegularExpression fileNamePattern(const QString &pattern);

private:
    QString m_folder;
    QList<ArchiveIssue> m_issues;
    QHash<QString, QList<Hit>> m_urls; // normalised URL → items
};

} // namespace wc
