// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nextissue.h"

#include <QDialog>
#include <QList>

class QCheckBox;

namespace wc {

// Asked before File ▸ New Issue makes the next issue: the blocks between the last issue's
// stats line and its first section (often one-off announcements), one checkbox each. All are
// checked at first, so a plain OK carries the last issue's text over whole.
class AnnouncementDialog : public QDialog {
    Q_OBJECT
public:
    AnnouncementDialog(const QString &lastIssueName,
                       const QList<NextIssue::Announcement> &announcements,
                       QWidget *parent = nullptr);

    // The preamble indices of the checked blocks, for NextIssue::make().
    QList<int> kept() const;

private:
    QList<std::pair<QCheckBox *, int>> m_choices;
};

} // namespace wc
