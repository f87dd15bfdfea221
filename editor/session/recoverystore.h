// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace wc {

// Recovery copies of open documents, in QStandardPaths::AppDataLocation/recovery: for each
// document `<id>.md` (the bytes a save would write) and `<id>.json` (where it belongs), both
// written through FileWriter and read back (a failed write keeps the last good copy), and
// `<id>.lock` held by the process that owns the document. A copy whose lock is stale (its
// process died) is abandoned: it can be recovered.
class RecoveryStore {
    Q_DECLARE_TR_FUNCTIONS(wc::RecoveryStore)
public:
    struct Entry {
        QString id;
        QString filePath; // empty for a never-saved document
        QString displayName;
        QDateTime saved;
        QByteArray bytes;
    };

    static QString defaultDirectory();
    explicit RecoveryStore(const QString &directory = defaultDirectory());

    const QString &directory() const { return m_directory; }
    // Claims a new slot for a live document: the returned lock stays held while it lives.
    std::unique_ptr<QLockFile> claim(const QString &id) const;
    bool write(const Entry &entry, QString *error) const;
    void remove(const QString &id) const;
    // The copies left behind by processes that are gone, newest first.
    QList<Entry> abandoned() const;

private:
    QString path(const QString &id, const char *suffix) const;
    QString m_directory;
};

} // namespace wc
