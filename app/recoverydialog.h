// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QDialog>

class QListWidget;

namespace wc {

// After a crash: the documents whose recovery copies were left behind, with when they were
// written and how they differ from their files, to restore or discard.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<RecoveryStore::Entry> &entries, QWidget *parent = nullptr);

    QList<RecoveryStore::Entry> chosen() const;    // to restore
    QList<RecoveryStore::Entry> discarded() const; // to delete
    bool later() const { return m_later; }

    static QString describe(const RecoveryStore::Entry &entry);

private:
    QList<RecoveryStore::Entry> m_entries;
    QListWidget *m_list;
    bool m_discard = false;
    bool m_later = false;
};

} // namespace wc
