// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "filewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace wc {

namespace {

// Each file replaces the previous copy only once it is complete and read back equal, so the
// last good copy survives a full or failing disk.
bool writeConfirmed(const QString &path, const QByteArray &bytes, QString *error) {
    if (const auto written = FileWriter::write(path, bytes); !written) {
        *error = RecoveryStore::tr("%1: %2").arg(path, written.cause);
        return false;
    }
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes) {
        *error = RecoveryStore::tr("%1: the copy does not read back as written").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory) {}

QString RecoveryStore::path(const QString &id, const char *suffix) const {
    return m_directory + u'/' + id + QLatin1String(suffix);
}

std::unique_ptr<QLockFile> RecoveryStore::claim(const QString &id) const {
    QDir().mkpath(m_directory);
    auto lock = std::make_unique<QLockFile>(path(id, ".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool RecoveryStore::write(const Entry &entry, QString *error) const {
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    const QJsonObject meta{{QStringLiteral("filePath"), entry.filePath},
                           {QStringLiteral("displayName"), entry.displayName},
                           {QStringLiteral("saved"), entry.saved.toString(Qt::ISODateWithMs)}};
    // The text first: a meta file always has its text beside it.
    return writeConfirmed(path(entry.id, ".md"), entry.bytes, error) &&
           writeConfirmed(path(entry.id, ".json"), QJsonDocument(meta).toJson(), error);
}

void RecoveryStore::remove(const QString &id) const {
    QFile::remove(path(id, ".json"));
    QFile::remove(path(id, ".md"));
}

QList<RecoveryStore::Entry> RecoveryStore::abandoned() const {
    QList<Entry> entries;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = name.chopped(5);
        QLockFile lock(path(id, ".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its document is open in a running instance
        lock.unlock();
        QFile meta(path(id, ".json")), text(path(id, ".md"));
        if (!meta.open(QIODevice::ReadOnly) || !text.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
        entries.append({id, json.value(QStringLiteral("filePath")).toString(),
                        json.value(QStringLiteral("displayName")).toString(),
                        QDateTime::fromString(json.value(QStringLiteral("saved")).toString(),
                                              Qt::ISODateWithMs),
                        text.readAll()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return entries;
}

} // namespace wc
