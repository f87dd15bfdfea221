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
    : CompareDialog(
          Texts{tr("Compare %1").arg(name),
                tr("Lines marked − are only in the file on disk, lines marked + only in the "
                   "editor."),
                tr("&Reload from Disk"), tr("&Keep Mine")},
          onDisk, mine, parent) {}

CompareDialog::CompareDialog(const Texts &texts, const QString &before, const QString &after,
                             QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(texts.title);
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(texts.explanation, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_view->setFont(mono);
    m_view->setPlainText(lineDiff(before, after));
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(texts.acceptLabel, QDialogButtonBox::AcceptRole);
    buttons->addButton(texts.rejectLabel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CompareDialog::diffText() const {
    return m_view->toPlainText();
}

} // namespace wc
