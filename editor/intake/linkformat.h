#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace wc {

// A star count as the newsletter writes it in `（star 18.5K）`: below 1,000 the number as it
// is (748); below 99,950 thousands with one decimal, rounded half up, a trailing .0 dropped
// (1,049 → 1K, 1,050 → 1.1K, 8,912 → 8.9K); from there whole thousands (101,400 → 101K).
QString formatStars(qint64 stars);

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
