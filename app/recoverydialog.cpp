// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "issuefile.h"
#include "textdiff.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wc {

namespace {

QString decoded(const QByteArray &bytes) {
    bool bom = false;
    QString error;
    return IssueFile::decode(bytes, &bom, &error).value_or(QString());
}

} // namespace

QString RecoveryDialog::describe(const RecoveryStore::Entry &entry) {
    const QString when = QLocale().toString(entry.saved, QLocale::ShortFormat);
    if (entry.filePath.isEmpty())
        return tr("%1 — never saved, recovered from %2").arg(entry.displayName, when);
    // Through IssueFile: the path may have become a FIFO or a device since, and must not hang.
    const auto onDisk = IssueFile::load(entry.filePath);
    if (!onDisk.document && !QFileInfo::exists(entry.filePath))
        return tr("%1 — recovered from %2; the file no longer exists").arg(entry.filePath, when);
    if (!onDisk.document)
        return tr("%1 — recovered from %2; %3").arg(entry.filePath, when, onDisk.error);
    const auto lines = differingLines(decoded(onDisk.bytes), decoded(entry.bytes));
    if (!lines)
        return tr("%1 — recovered from %2; the same as the file on disk").arg(entry.filePath, when);
    const int count = lines->second - lines->first + 1;
    const QString where = count == 1 ? tr("line %1").arg(lines->first)
                                     : tr("lines %1–%2").arg(lines->first).arg(lines->second);
    return tr("%1 — recovered from %2; %n line(s) differ from the file on disk (%3)", nullptr,
              count)
        .arg(entry.filePath, when, where);
}

RecoveryDialog::RecoveryDialog(const QList<RecoveryStore::Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Recover Unsaved Work"));
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Weekly Composer did not close normally. These documents had "
                                "unsaved changes; the checked ones will be restored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const RecoveryStore::Entry &entry : entries) {
        auto *row = new QListWidgetItem(describe(entry), m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore Checked"), QDialogButtonBox::AcceptRole);
    QPushButton *discard =
        buttons->addButton(tr("&Discard Checked"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discard = true;
        accept();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        m_later = true;
        reject();
    });
    layout->addWidget(buttons);
}

QList<RecoveryStore::Entry> RecoveryDialog::chosen() const {
    QList<RecoveryStore::Entry> entries;
    if (m_discard || m_later || result() != QDialog::Accepted)
        return entries;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            entries.append(m_entries[i]);
    }
    return entries;
}

QList<RecoveryStore::Entry> RecoveryDialog::discarded() const {
    QList<RecoveryStore::Entry> result;
    if (!m_discard)
        return result;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            result.append(m_entries[i]);
    }
    return result;
}

} // namespace wc
