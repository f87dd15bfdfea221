// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace wc {

class IssueDocument;

// The file name Save As proposes for an issue that has none, in `folder`: the folder's naming
// convention (the newsletter profile's issue-file pattern, `{date}-weekly.md` by default) filled
// with the issue's own date (front matter pubDate) and number; `today` only when the issue has
// no date.
QString proposedSaveName(const IssueDocument &document, const QString &folder,
                         const QDate &today = QDate::currentDate());

} // namespace wc
