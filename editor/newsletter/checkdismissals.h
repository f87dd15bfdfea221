// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuechecks.h"

#include <QList>
#include <QString>

namespace wc {

// The findings the user dismissed for one issue, kept beside it in `.NAME.md.checks.json`
// (hidden, next to the issue; never in the issue's own text). A finding is recognised by its
// kind, the text of its line and its details, not by its line number: lines added above it
// leave it dismissed, and editing its line (fixing it, perhaps badly) brings it back.
class CheckDismissals {
public:
    // The file that holds the dismissals of `issuePath`.
    static QString storePath(const QString &issuePath);

    // Reads the dismissals of `issuePath` (none when the file is missing or unreadable: a bad
    // file must not stop the checks). Without a path, nothing is read and nothing written.
    bool load(const QString &issuePath, QString *error = nullptr);
    // Keeps the dismissals for `issuePath` from now on and writes them there (an untitled
    // issue's first save).
    bool moveTo(const QString &issuePath, QString *error = nullptr);
    const QString &issuePath() const { return m_issuePath; }

    // `lineText` is the text of the finding's line in the issue.
    bool isDismissed(const CheckFinding &finding, const QString &lineText) const;
    // Both write the file at once; false (with why) when it cannot be written.
    bool dismiss(const CheckFinding &finding, const QString &lineText, QString *error = nullptr);
    bool restore(const CheckFinding &finding, const QString &lineText, QString *error = nullptr);
    qsizetype size() const { return m_keys.size(); }

private:
    struct Key {
        QString kind;
        QString line;
        QJsonObject details;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Key keyOf(const CheckFinding &finding, const QString &lineText);
    bool save(QString *error) const;

    QString m_issuePath;
    QList<Key> m_keys;
};

} // namespace wc
