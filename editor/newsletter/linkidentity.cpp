// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkidentity.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace wc {

std::optional<GithubRepository> githubRepository(const QString &url) {
    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    QString host = parsed.host().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.path().isEmpty())
        return std::nullopt;
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host != QLatin1String("github.com"))
        return std::nullopt;
    const QStringList segments = parsed.path().split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    // GitHub's own pages, whose second segment is no repository.
    static const std::array<QLatin1String, 20> reserved = {QLatin1String("topics"),
                                                           QLatin1String("orgs"),
                                                           QLatin1String("settings"),
                                                           QLatin1String("marketplace"),
                                                           QLatin1String("sponsors"),
                                                           QLatin1String("features"),
                                                           QLatin1String("explore"),
                                                           QLatin1String("collections"),
                                                           QLatin1String("trending"),
                                                           QLatin1String("login"),
                                                           QLatin1String("about"),
                                                           QLatin1String("apps"),
                                                           QLatin1String("search"),
                                                           QLatin1String("notifications"),
                                                           QLatin1String("enterprise"),
                                                           QLatin1String("pricing"),
                                                           QLatin1String("site"),
                                                           QLatin1String("users"),
                                                           QLatin1String("customer-stories"),
                                                           QLatin1String("readme")};
    const QString owner = segments[0];
    if (std::find(reserved.begin(), reserved.end(), owner.toLower()) != reserved.end())
        return std::nullopt;
    QString name = segments[1];
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    if (name.isEmpty())
        return std::nullopt;
    return GithubRepository{owner, name};
}

QString normalizedUrl(const QString &url) {
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url.trimmed();
    QString host = parsed.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = parsed.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (const auto repository = githubRepository(url)) {
        // The repository page and its subpages are one project; owner and name ignore case.
        const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
        QStringList rest = segments.mid(2);
        if (rest.size() == 2 && rest.first() == QLatin1String("tree"))
            rest.clear(); // a branch's front page is the repository's
        path =
            QStringLiteral("/%1/%2").arg(repository->owner.toLower(), repository->name.toLower());
        if (!rest.isEmpty())
            path += u'/' + rest.join(u'/');
    }
    QUrlQuery query(parsed);
    QList<std::pair<QString, QString>> kept;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (!item.first.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive))
            kept.append(item);
    }
    QString normalized = QStringLiteral("//") + host;
    if (parsed.port() != -1 && parsed.port() != 80 && parsed.port() != 443)
        normalized += u':' + QString::number(parsed.port());
    normalized += path;
    if (!kept.isEmpty()) {
        QStringList parts;
        for (const auto &[key, value] : kept)
            parts << (value.isEmpty() ? key : key + u'=' + value);
        normalized += u'?' + parts.join(u'&');
    }
    return normalized;
}

} // namespace wc
