// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wc {

// The fields of an item made from a fetch, as a reader sees them (not yet escaped for
// Markdown); empty when the fetch found nothing for one.
struct LinkItemFields {
    QString title;
    QString description;
    QString image; // not for a GitHub repository in a projects section
    QString stars; // `18.5K`: a GitHub repository in a projects section
};

// What a fetch found for one URL.
struct LinkResult {
    QString url;      // as given
    QString finalUrl; // after redirects
    QString title;    // plain text
    QString description;
    QString image;
    std::optional<qint64> stars; // GitHub repositories
    bool isGithubRepository = false;
    QString error; // translated reason when the fetch failed; the fields above may still hold some

    // The item as the newsletter writes it: `N、[title](url)` and the description; in a
    // projects section a GitHub repository is `N、[REPO：description](url)` with the
    // description ending in `（star 18.5K）`.
    QString itemMarkdown(SectionKind kind, const NewsletterProfile &profile, int number = 1) const;
    // The same, field by field, for filling in an item that is already in the text.
    LinkItemFields itemFields(SectionKind kind, const NewsletterProfile &profile) const;
};

// Fetches page metadata (and GitHub's REST API for repositories) through one
// QNetworkAccessManager: at most 5 redirects, a 10 s timeout, at most 1 MB of body read.
// Several fetches run at once; each ends in finished() exactly once, also when cancelled
// (then possibly from within cancel()).
class LinkFetcher : public QObject {
    Q_OBJECT

public:
    struct Options {
        QUrl githubApi = QUrl(QStringLiteral("https://api.github.com"));
        QString githubToken;
        int timeoutMs = 10000;
        qint64 maximumBytes = 1024 * 1024;
        int maximumRedirects = 5;
    };

    explicit LinkFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Starts fetching `url`; returns the fetch's id.
    quint64 fetch(const QString &url);
    void cancel(quint64 id);
    int running() const { return int(m_fetches.size()); }

signals:
    void finished(quint64 id, const wc::LinkResult &result);

private:
    struct Fetch {
        LinkResult result;
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool truncated = false;
        bool cancelled = false;
    };
    void startPage(quint64 id);
    void startGithub(quint64 id, const QString &owner, const QString &name);
    void pageFinished(quint64 id);
    void githubFinished(quint64 id);
    void finish(quint64 id);
    QString networkError(const Fetch &fetch) const;

    QNetworkAccessManager *m_network;
    Options m_options;
    QHash<quint64, Fetch> m_fetches;
    quint64 m_nextId = 1;
};

} // namespace wc
Q_DECLARE_METATYPE(wc::LinkResult)
