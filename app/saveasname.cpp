// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveasname.h"

#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QDir>

namespace wc {

QString proposedSaveName(const IssueDocument &document, const QString &folder, const QDate &today) {
    QString pattern = findProfile(folder).profile.issueFilePattern;
    const std::optional<int> number = document.number();
    // A pattern that needs a number the issue lacks cannot be filled: the default is used.
    if (pattern.isEmpty() || (pattern.contains(u"{number}") && !number))
        pattern = NewsletterProfile::defaults().issueFilePattern;
    const QDate date = document.date().value_or(today);
    const QString name =
        pattern.replace(QStringLiteral("{date}"), date.toString(Qt::ISODate))
            .replace(QStringLiteral("{number}"), QString::number(number.value_or(0)))
            .replace(QStringLiteral("{topic}"), QString());
    return QDir(folder).filePath(name);
}

} // namespace wc
