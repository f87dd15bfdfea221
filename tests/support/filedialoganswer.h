// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMetaObject>

namespace wc::test {

// Types `file` (absolute) as the dialog's file name and accepts it, queued: accept() may open
// the overwrite question, and the timer calling this does not fire again while its own slot
// runs. Each dialog is answered once.
inline void acceptFile(QFileDialog *dialog, const QString &file) {
    if (dialog->property("answered").toBool())
        return;
    dialog->setProperty("answered", true);
    QMetaObject::invokeMethod(
        dialog,
        [dialog, file] {
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(file);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        },
        Qt::QueuedConnection);
}

} // namespace wc::test
