// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueeditions.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace wc {

class IssueDocument;

// Issue ▸ Insert Entry into README… and the Publish view's button: the issue's README entry
// inserted into the newsletter's README (the nearest README.md at or above the issue's folder,
// up to the profile's folder), shown as a diff first and written through FileWriter only when
// the user accepts. Cancelled, the file is not touched.
class ReadmeInsertion {
    Q_DECLARE_TR_FUNCTIONS(wc::ReadmeInsertion)
public:
    enum class Result { Written, Cancelled, Unchanged, Failed };

    // Asks with a CompareDialog over `parent`; problems (no README, no issue number, an
    // unreadable or unwritable file) are shown in a message box. `message` gets a line for
    // the status bar.
    static Result run(QWidget *parent, const IssueDocument &document, const QString &issuePath,
                      Edition edition, QString *message = nullptr);
};

} // namespace wc
