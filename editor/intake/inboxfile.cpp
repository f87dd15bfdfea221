// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxfile.h"

#include "linkidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wc {

namespace {

const QLatin1String formatName("weekly-composer-inbox");

} // namespace

QString InboxFile::pathFor(const QString &issuePath) {
    const QFileInfo info(issuePath);
    const QString suffix = info.suffix();
    QString base = info.fileName();
    if (suffix.compare(u"md", Qt::CaseInsensitive) == 0 ||
        suffix.compare(u"markdown", Qt::CaseInsensitive) == 0)
        base.chop(suffix.size() + 1);
    return info.dir().filePath(base + QStringLiteral(".inbox.json"));
}

InboxFile::Loaded InboxFile::read(const QString &path) {
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    loaded.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return loaded;
    }
    const QByteArray bytes = file.read(16 * 1024 * 1024 + 1);
    if (bytes.size() > 16 * 1024 * 1024) {
        loaded.error = tr("%1 is larger than 16 MB: it is no inbox.").arg(path);
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        loaded.error = tr("%1 is not valid JSON (line %2: %3).")
                           .arg(path)
                           .arg(line)
                           .arg(parseError.errorString());
        return loaded;
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(QStringLiteral("format")).toString() != formatName ||
        !root.value(QStringLiteral("links")).isArray()) {
        loaded.error = tr("%1 is not an inbox of Weekly Composer (no \"format\": \"%2\" with "
                          "\"links\").")
                           .arg(path, formatName);
        return loaded;
    }
    if (root.value(QStringLiteral("version")).toInt(1) > 1) {
        loaded.error = tr("%1 was written by a newer Weekly Composer (inbox version %2).")
                           .arg(path)
                           .arg(root.value(QStringLiteral("version")).toInt());
        return loaded;
    }
    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject entry = links[i].toObject();
        const QString url = entry.value(QStringLiteral("url")).toString();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")) {
            loaded.links.clear();
            loaded.error =
                tr("%1: link %2 has no web address (\"url\": \"http…\").").arg(path).arg(i + 1);
            return loaded;
        }
        InboxLink link;
        link.link.url = url;
        link.link.title = entry.value(QStringLiteral("title")).toString();
        link.link.description = entry.value(QStringLiteral("description")).toString();
        link.link.image = entry.value(QStringLiteral("image")).toString();
        if (entry.value(QStringLiteral("stars")).isDouble())
            link.link.stars = entry.value(QStringLiteral("stars")).toInteger();
        link.link.isGithubRepository = githubRepository(url).has_value();
        link.state =
            link.link.title.isEmpty() ? InboxLink::State::Waiting : InboxLink::State::Ready;
        loaded.links << link;
    }
    return loaded;
}

QByteArray InboxFile::toJson(const QList<InboxLink> &links) {
    QJsonArray entries;
    for (const InboxLink &link : links) {
        QJsonObject entry{{QStringLiteral("url"), link.link.url}};
        // What a failed fetch left is not kept: opening the issue fetches it again.
        if (link.state == InboxLink::State::Ready) {
            if (!link.link.title.isEmpty())
                entry.insert(QStringLiteral("title"), link.link.title);
            if (!link.link.description.isEmpty())
                entry.insert(QStringLiteral("description"), link.link.description);
            if (!link.link.image.isEmpty())
                entry.insert(QStringLiteral("image"), link.link.image);
            if (link.link.stars)
                entry.insert(QStringLiteral("stars"), *link.link.stars);
        }
        entries.append(entry);
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("links"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

FileWriter::Result InboxFile::write(const QString &path, const QList<InboxLink> &links) {
    return FileWriter::write(path, toJson(links));
}

} // namespace wc
