// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace wc {

// The next issue made from the last one (File ▸ New Issue, `weekly-composer new --from`):
// the number and date moved on, every block that is not an item carried over (the stats
// line with zero counts), every section kept and empty, and the past-issues section filled
// with links to the issues N − k in the form the last issue wrote them.
class NextIssue {
    Q_DECLARE_TR_FUNCTIONS(wc::NextIssue)

public:
    // A block between the stats line and the first section: often a one-off announcement,
    // so the user chooses whether it comes along.
    struct Announcement {
        int preambleIndex = -1;
        QString text;
    };

    struct Result {
        QString text;     // the new issue, in the last issue's line endings
        QString fileName; // proposed, from the profile's pattern
        int number = 0;
        QDate date;
        QStringList warnings; // what could not be filled in (a past issue not in the archive)
        QString error;        // when no next issue can be made; then nothing else is set
    };

    // `last` and `archive` must outlive this object.
    NextIssue(const IssueDocument &last, NewsletterProfile profile,
              const IssueArchive *archive = nullptr);

    QList<Announcement> announcements() const;
    // The new issue, keeping the announcements whose preamble indices are in `keep`.
    Result make(const QList<int> &keep = {}) const;

private:
    int statsLineIndex() const;
    QString frontMatterText(int number, const QDate &date) const;
    QString pastIssueLinks(const SectionNode &section, int number, Result &result) const;

    const IssueDocument &m_last;
    NewsletterProfile m_profile;
    const IssueArchive *m_archive;
};

// The stats line with its counts (N 篇文章, 全文 N 字) set to zero.
QString zeroedStatsLine(const QString &line);

} // namespace wc
