// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wc {

// The form two links are compared in to tell whether a URL was shared before: scheme and host
// lowercased, `www.` dropped, http and https alike, no fragment, no utm_* parameters, no
// trailing slash, and a GitHub repository's owner/name in lower case.
QString normalizedUrl(const QString &url);

struct GithubRepository {
    QString owner;
    QString name;
};
// github.com/OWNER/REPO, also with /tree/…, .git, a trailing slash or a query; not topics,
// orgs, gists or GitHub's own pages.
std::optional<GithubRepository> githubRepository(const QString &url);

} // namespace wc
