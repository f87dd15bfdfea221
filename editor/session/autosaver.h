// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;

namespace wc {

class IssueSession;

// Keeps a recovery copy of one session a few seconds after its last change, so a crash or a
// kill costs at most those seconds. The copy goes when the document is saved or closed
// cleanly; after a crash it stays behind for RecoveryStore::abandoned().
class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultDelayMs = 3000;

    Autosaver(IssueSession *session, const RecoveryStore &store, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the copy now (when the document has unsaved changes).
    void saveNow();
    // The document was saved or closed without unsaved changes: its copy is no longer needed.
    void discard();
    const QString &id() const { return m_id; }
    // True from a failed copy until a copy succeeds (or there is nothing left to copy).
    bool isFailing() const { return m_failing; }

signals:
    // A copy could not be written (again); the previous copy, if any, is kept.
    void failed(const QString &error);
    // The copies work again after failed(), or are no longer needed.
    void working();

private:
    void setFailing(bool failing);

    IssueSession *m_session;
    RecoveryStore m_store;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_written = false;
    bool m_failing = false;
};

} // namespace wc
