// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "issuesession.h"

#include <QLockFile>
#include <QTextDocument>
#include <QUuid>

namespace wc {

Autosaver::Autosaver(IssueSession *session, const RecoveryStore &store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_lock = m_store.claim(m_id);
    m_timer.setSingleShot(true);
    bool ok = false;
    const int delay = qEnvironmentVariableIntValue("WC_AUTOSAVE_DELAY_MS", &ok);
    m_timer.setInterval(ok && delay > 0 ? delay : defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    // Every change restarts the wait: the copy is written once typing pauses.
    connect(session->textDocument(), &QTextDocument::contentsChanged, &m_timer,
            qOverload<>(&QTimer::start));
    connect(session, &IssueSession::modificationChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosaver::~Autosaver() = default; // keeps the copy: only discard() removes it

void Autosaver::saveNow() {
    m_timer.stop();
    if (!m_session->isModified()) {
        discard();
        return;
    }
    QString error;
    const RecoveryStore::Entry entry{m_id, m_session->filePath(), m_session->displayName(),
                                     QDateTime::currentDateTime(), m_session->fileBytes()};
    if (m_store.write(entry, &error)) {
        m_written = true;
        setFailing(false);
        return;
    }
    // The last good copy (if any) is still in place. Try again after the same pause, so the
    // warning goes as soon as the disk has room again, even without another keystroke.
    m_timer.start();
    setFailing(true);
    emit failed(error);
}

void Autosaver::setFailing(bool failing) {
    if (m_failing == failing)
        return;
    m_failing = failing;
    if (!failing)
        emit working();
}

void Autosaver::discard() {
    m_timer.stop();
    setFailing(false); // nothing left to protect: the document is saved or closed
    if (m_written) {
        m_store.remove(m_id);
        m_written = false;
    }
}

} // namespace wc
