// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandlinesupport.h"
#include "newsletterprofile.h"

#include <QStringList>

#include <optional>

namespace wc::cli {

// The verbs that know the newsletter: archive, new, check, stats, link.
// Returns nullopt when `command` is none of them.
std::optional<int> runNewsletterCommand(const QString &command, const QStringList &args);

// export --to zh|en|summary|summary-github|telegram|readme-entry|wechat: the output, or
// nullopt when `format` is not one of these. `lang` is zh or en; `profile` is the issue's
// newsletter's (profileFor()).
std::optional<QByteArray> publishedOutput(const QString &format, const QString &lang,
                                          const IssueDocument &document,
                                          const NewsletterProfile &profile);
QStringList publishedFormats();

// The profile of the newsletter `path` (an issue, `-` for the current folder, or a folder)
// belongs to; a bad profile is reported on standard error and the defaults used.
NewsletterProfile profileFor(const QString &path);

} // namespace wc::cli
