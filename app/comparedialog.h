// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace wc {

// What differs between the file on disk and the text in the editor, line by line.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { KeepMine = QDialog::Rejected, ReloadFromDisk = QDialog::Accepted };
    CompareDialog(const QString &name, const QString &onDisk, const QString &mine,
                  QWidget *parent = nullptr);
};

} // namespace wc
