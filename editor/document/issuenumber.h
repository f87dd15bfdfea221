// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace wc {

// The issue number as an issue's title writes it, `#N` (`Python 潮流周刊#12：主题`): a `#`,
// optional blanks, ASCII digits. Digits of other scripts are no issue number. The parser, the
// front-matter form, the next issue and the summaries all read it here.
struct IssueNumberMark {
    qsizetype begin = 0;      // the `#`
    qsizetype end = 0;        // after the digits
    qsizetype topicBegin = 0; // after the blanks and the `：` or `:` that may follow
    std::optional<int> value; // none when the digits do not fit an int
};
std::optional<IssueNumberMark> findIssueNumber(QStringView title);

// What the title says after `#N` and its separator; the whole title without a number.
QString issueTopic(const QString &title);

} // namespace wc
