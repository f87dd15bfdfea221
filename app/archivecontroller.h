// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuearchive.h"
#include "outlinenode.h"

#include <QObject>

namespace wc {

class ArchivePane;
class IssueDocument;
class MainWindow;

// A window's Archive pane: shows the archive of the folder of the window's issue (the one
// ArchiveIndex that DocumentManager keeps for that folder), and opens what is activated in it
// through DocumentManager (or brings forward the window that has it), with the item selected.
class ArchiveController : public QObject {
    Q_OBJECT
public:
    explicit ArchiveController(MainWindow *window);

    ArchivePane *pane() const { return m_pane; }

    // The item of `document` that `item` (read from the file) is: the one with its link and
    // title, the nearest to its line when several are; else the item at its line.
    static OutlineNode nodeOf(const IssueDocument &document, const ArchiveItem &item);

private:
    void followFile();
    void openIssue(const QString &path);
    void openItem(const QString &path, const ArchiveItem &item);

    MainWindow *m_window;
    ArchivePane *m_pane;
};

} // namespace wc
