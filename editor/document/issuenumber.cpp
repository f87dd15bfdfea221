// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuenumber.h"

#include <QRegularExpression>

namespace wc {

std::optional<IssueNumberMark> findIssueNumber(QStringView title) {
    static const QRegularExpression pattern(QStringLiteral("#\\s*([0-9]+)\\s*[：:]?\\s*"));
    const auto match = pattern.match(title);
    if (!match.hasMatch())
        return std::nullopt;
    IssueNumberMark mark;
    mark.begin = match.capturedStart();
    mark.end = match.capturedEnd(1);
    mark.topicBegin = match.capturedEnd();
    bool ok = false;
    const int value = match.capturedView(1).toInt(&ok);
    if (ok) // more digits than an int holds: no number, rather than a wrong #0
        mark.value = value;
    return mark;
}

QString issueTopic(const QString &title) {
    const auto mark = findIssueNumber(title);
    return mark ? title.mid(mark->topicBegin) : title;
}

} // namespace wc
