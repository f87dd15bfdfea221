// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "newsletterprofile.h"
#include "textreplacement.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wc {

struct SectionStatistics {
    QString label;
    SectionKind kind = SectionKind::Other;
    int items = 0;
};

// What the stats line states: items per section kind and the word count (`全文 N 字`).
struct IssueStatistics {
    QList<SectionStatistics> sections;
    qsizetype words = 0;
    QString statsLine; // the issue's stats line as written, empty when it has none

    int count(SectionKind kind) const;
    // {"sections": [{"label": "…", "kind": "…", "items": N}], "words": N, "statsLine": "…"}
    QJsonObject toJson() const;
};

IssueStatistics computeStatistics(const IssueDocument &document, const NewsletterProfile &profile);

// Update Statistics: only the numbers of the stats line (before a unit word the profile knows,
// and in 全文 N 字) and of the front-matter description change; the wording stays as written
// (`赠书 N 本《…》` too). Empty when everything is up to date or there is no stats line.
Edit statisticsUpdate(const IssueDocument &document, const NewsletterProfile &profile,
                      const IssueStatistics &statistics);

// The canonical stats line: 本期分享了 12 篇文章，12 个开源项目，2 则音视频，全文 1659 字。
// (kinds with no items left out), for when the user asks for it.
QString canonicalStatsLine(const NewsletterProfile &profile, const IssueStatistics &statistics);

} // namespace wc
