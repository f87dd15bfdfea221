// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wc {

// One problem found in an issue, with where it is. `section` and `item` are 0-based indices
// into the document's sections and their items, -1 where none applies.
struct CheckFinding {
    QString kind; // numbering, glued-item, no-link, empty-description, no-stars, ascii-colon,
                  // separator, stats-line, past-issue-link, shared-before, no-english,
                  // chinese-in-english
    int section = -1;
    int item = -1;
    int line = 0; // 1-based
    QString message;
    QJsonObject details; // kind-specific values, merged into the JSON object

    QJsonObject toJson() const;
};

// The live checks of an issue against the newsletter's conventions (issue 13): cheap enough
// to run after every parse. `archive` is optional; the past-issue check needs it.
QList<CheckFinding> checkIssue(const IssueDocument &document, const NewsletterProfile &profile,
                               const IssueArchive *archive = nullptr);

QJsonArray findingsToJson(const QList<CheckFinding> &findings);

} // namespace wc
