// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkfetcher.h"

#include "fieldtext.h"

#include "linkidentity.h"
#include "pagemetadata.h"
#include "starcount.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace wc {

namespace {

bool isHtml(const QString &contentType) {
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type.isEmpty() || type == QLatin1String("text/html") ||
           type == QLatin1String("application/xhtml+xml");
}

// The Content-Type of the answer that ended the fetch. Qt joins repeated headers with ", ",
// and after a redirect it sometimes keeps the redirect's headers in front of the final
// answer's ("text/html, text/html; charset=gbk"), so the last entry is the page's own.
QString finalContentType(const QNetworkReply &reply) {
    const QString joined = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    return joined.section(u',', -1).trimmed();
}

} // namespace

LinkItemFields LinkResult::itemFields(SectionKind kind, const NewsletterProfile &profile) const {
    LinkItemFields fields{title, description, image, {}};
    if (kind == SectionKind::Projects && isGithubRepository) {
        const auto repository = githubRepository(url);
        const QString name = repository ? repository->name : title;
        fields.title = description.isEmpty() ? name : name + profile.projectSeparator + description;
        fields.description.clear();
        fields.image.clear();
        if (stars)
            fields.stars = formatStars(*stars);
    }
    return fields;
}

QString LinkResult::itemMarkdown(SectionKind kind, const NewsletterProfile &profile,
                                 int number) const {
    const QString &link = url; // the URL as shared, not where it redirects to
    const LinkItemFields fields = itemFields(kind, profile);
    const QString head = fields.title.isEmpty() ? link : fields.title;
    QString body = fieldtext::escapedText(fields.description);
    if (!fields.stars.isEmpty())
        body = QStringLiteral("（star %1）").arg(fields.stars);
    QString item =
        QStringLiteral("%1、[%2](%3)\n").arg(number).arg(fieldtext::escapedText(head), link);
    if (!body.isEmpty())
        item += u'\n' + body + u'\n';
    return item;
}

LinkFetcher::LinkFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

quint64 LinkFetcher::fetch(const QString &url) {
    const quint64 id = m_nextId++;
    Fetch &fetch = m_fetches[id];
    fetch.result.url = url.trimmed();
    const QUrl parsed(fetch.result.url);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fetch.result.error = tr("Not a web address (http or https): %1").arg(url);
        // Reported once the caller has the id.
        QMetaObject::invokeMethod(
            this, [this, id] { finish(id); }, Qt::QueuedConnection);
        return id;
    }
    if (const auto repository = githubRepository(fetch.result.url))
        startGithub(id, repository->owner, repository->name);
    else
        startPage(id);
    return id;
}

void LinkFetcher::cancel(quint64 id) {
    const auto it = m_fetches.find(id);
    if (it == m_fetches.end())
        return;
    it->cancelled = true;
    it->result.error = tr("Cancelled.");
    if (it->reply)
        it->reply->abort(); // its finished() ends the fetch
}

void LinkFetcher::startPage(quint64 id) {
    Fetch &fetch = m_fetches[id];
    QNetworkRequest request{QUrl(fetch.result.url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maximumRedirects);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("weekly-composer"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    QNetworkReply *reply = m_network->get(request);
    fetch.reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        Fetch &current = m_fetches[id];
        const qint64 room = m_options.maximumBytes - current.body.size();
        current.body += reply->read(std::max<qint64>(room, 0));
        if (current.body.size() >= m_options.maximumBytes && !reply->atEnd()) {
            current.truncated = true; // enough read: the metadata is in the head
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { pageFinished(id); });
}

void LinkFetcher::startGithub(quint64 id, const QString &owner, const QString &name) {
    Fetch &fetch = m_fetches[id];
    fetch.result.isGithubRepository = true;
    QUrl api = m_options.githubApi;
    api.setPath(api.path().chopped(api.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/repos/%1/%2").arg(owner, name));
    QNetworkRequest request(api);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("weekly-composer"));
    request.setRawHeader("Accept", "application/vnd.github+json");
    if (!m_options.githubToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.githubToken.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    fetch.reply = reply;
    fetch.result.title = name;
    connect(reply, &QNetworkReply::finished, this, [this, id] { githubFinished(id); });
}

QString LinkFetcher::networkError(const Fetch &fetch) const {
    QNetworkReply *reply = fetch.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return tr("The server answered %1 %2.")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found.").arg(reply->url().host());
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("No answer within %n second(s).", nullptr, (m_options.timeoutMs + 999) / 1000);
    case QNetworkReply::TooManyRedirectsError:
        return tr("More than %n redirect(s).", nullptr, m_options.maximumRedirects);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection (TLS) failed.");
    default:
        return tr("The page could not be fetched: %1").arg(reply->errorString());
    }
}

void LinkFetcher::pageFinished(quint64 id) {
    Fetch &fetch = m_fetches[id];
    QNetworkReply *reply = fetch.reply;
    if (!reply)
        return;
    reply->deleteLater();
    fetch.result.finalUrl = reply->url().toString();
    if (!fetch.cancelled && !fetch.truncated && reply->isOpen())
        fetch.body += reply->read(std::max<qint64>(m_options.maximumBytes - fetch.body.size(), 0));
    if (!fetch.cancelled && !fetch.truncated)
        fetch.result.error = networkError(fetch);
    if (fetch.result.error.isEmpty()) {
        const QString contentType = finalContentType(*reply);
        if (isHtml(contentType)) {
            const PageMetadata metadata = scanPageMetadata(fetch.body, contentType, reply->url());
            fetch.result.title = metadata.title;
            fetch.result.description = metadata.description;
            fetch.result.image = metadata.image;
        } else {
            // A PDF, an image…: its file name is the title.
            fetch.result.title = QFileInfo(reply->url().path()).fileName();
        }
    }
    finish(id);
}

void LinkFetcher::githubFinished(quint64 id) {
    Fetch &fetch = m_fetches[id];
    QNetworkReply *reply = fetch.reply;
    if (!reply)
        return;
    reply->deleteLater();
    fetch.result.finalUrl = fetch.result.url;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (fetch.cancelled) {
        // the error says so already
    } else if ((status == 403 || status == 429) &&
               reply->rawHeader("X-RateLimit-Remaining") == "0") {
        fetch.result.error = tr("GitHub's rate limit is reached: the item is kept without stars (a "
                                "token in Settings raises the limit).");
    } else if (status == 404) {
        fetch.result.error =
            tr("GitHub has no repository %1.").arg(reply->url().path().section(u'/', -2));
    } else if (!(fetch.result.error = networkError(fetch)).isEmpty()) {
        // reported as is
    } else {
        const QJsonObject repository = QJsonDocument::fromJson(reply->readAll()).object();
        if (repository.isEmpty()) {
            fetch.result.error = tr("GitHub's answer could not be read.");
        } else {
            fetch.result.title =
                repository.value(QStringLiteral("name")).toString(fetch.result.title);
            fetch.result.description =
                repository.value(QStringLiteral("description")).toString().simplified();
            if (repository.contains(QStringLiteral("stargazers_count")))
                fetch.result.stars =
                    repository.value(QStringLiteral("stargazers_count")).toInteger();
        }
    }
    finish(id);
}

void LinkFetcher::finish(quint64 id) {
    const auto it = m_fetches.find(id);
    if (it == m_fetches.end())
        return;
    const LinkResult result = it->result;
    m_fetches.erase(it);
    emit finished(id, result);
}

} // namespace wc
