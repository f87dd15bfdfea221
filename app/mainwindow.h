// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QMainWindow>

namespace wc {

class Autosaver;
class DiskWatcher;
class IssueEditor;
class NoticeBar;
class PreviewView;
class RecentFiles;

// One window per open issue. It wires the menus and the file commands to its IssueEditor;
// the editing itself lives in the editor.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    IssueEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    // Loads `path` into this window; on failure shows why and returns false.
    bool openFile(const QString &path);
    // Starts a new issue from the bundled template.
    void newFromTemplate();
    bool save();
    bool saveAs();

    // The window that has `path` open, if any.
    static MainWindow *findWindow(const QString &path);
    // Opens `path`, bringing its window forward if it is already open.
    static MainWindow *open(const QString &path, MainWindow *from = nullptr);
    // Opens a window on a copy of `path` that belongs to no file (the bundled sample): it is
    // Untitled, and saving asks for a name.
    static MainWindow *openUntitledCopy(const QString &path);
    // Opens a window on a document recovered after a crash (its file, if it still exists,
    // with the recovered text in place of the file's: modified, ready to save).
    static MainWindow *restore(const RecoveryStore::Entry &entry);

    NoticeBar *noticeBar() const { return m_notice; }
    // Shown while the recovery copy cannot be written.
    NoticeBar *recoveryWarning() const { return m_recoveryWarning; }
    Autosaver *autosaver() const { return m_autosaver; }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    bool saveTo(const QString &path);
    bool maybeSave();
    void showError(const QString &message);
    void openDialog();
    bool isPristine() const;
    void chooseSectionForItems();
    void changedOnDisk();
    void missingOnDisk();
    void compareWithDisk();
    void reloadFromDisk();
    bool confirmOverwrite();

    IssueEditor *m_editor;
    PreviewView *m_preview;
    RecentFiles *m_recent = nullptr;
    NoticeBar *m_notice;
    NoticeBar *m_recoveryWarning;
    Autosaver *m_autosaver;
    DiskWatcher *m_diskWatcher;
};

} // namespace wc
