// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wc {

namespace {

// A block as one line short enough for a checkbox; the whole block is its tooltip.
QString checkBoxText(const QString &block) {
    constexpr qsizetype maxLength = 100;
    const QString line = block.simplified();
    return line.size() <= maxLength ? line : line.left(maxLength - 1) + u'…';
}

} // namespace

AnnouncementDialog::AnnouncementDialog(const QString &lastIssueName,
                                       const QList<NextIssue::Announcement> &announcements,
                                       QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("New Issue"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These blocks of %1 follow its stats line and may be one-off "
                                "announcements. The new issue carries over the checked ones.")
                                 .arg(lastIssueName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const NextIssue::Announcement &announcement : announcements) {
        auto *box = new QCheckBox(checkBoxText(announcement.text), this);
        box->setToolTip(announcement.text);
        box->setChecked(true);
        layout->addWidget(box);
        m_choices.append({box, announcement.preambleIndex});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Issue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<int> AnnouncementDialog::kept() const {
    QList<int> indices;
    for (const auto &[box, index] : m_choices) {
        if (box->isChecked())
            indices.append(index);
    }
    return indices;
}

} // namespace wc
