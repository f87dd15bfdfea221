// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "textdiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wc {

CompareDialog::CompareDialog(const QString &name, const QString &onDisk, const QString &mine,
                             QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Compare %1").arg(name));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Lines marked − are only in the file on disk, lines marked + only in the editor."),
        this));
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    view->setFont(mono);
    view->setPlainText(lineDiff(onDisk, mine));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace wc
