// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace wc {

// What differs between two texts, line by line: the file on disk and the text in the editor,
// or a file before and after a change the user is asked to confirm.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { KeepMine = QDialog::Rejected, ReloadFromDisk = QDialog::Accepted };
    CompareDialog(const QString &name, const QString &onDisk, const QString &mine,
                  QWidget *parent = nullptr);

    // The words of a dialog that asks about a change (before → after).
    struct Texts {
        QString title;
        QString explanation;
        QString acceptLabel; // the button that accepts
        QString rejectLabel;
    };
    CompareDialog(const Texts &texts, const QString &before, const QString &after,
                  QWidget *parent = nullptr);

    // The diff shown (− before, + after).
    QString diffText() const;

private:
    QPlainTextEdit *m_view = nullptr;
};

} // namespace wc
