// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QKeySequence;
class QMenu;
class QToolBar;

namespace wc {

class Autosaver;
class DiskWatcher;
class DocumentManager;
class IssueEditor;
class IssueSession;
class NoticeBar;
class IssueStatusBar;
class LinkIntake;
class StarRefresh;
class LiveStatistics;
class StatisticsPane;
class StatisticsUpdater;
class PreviewView;
class RecentFiles;
class ViewActions;
class WindowProfile;

// One window per open issue. It wires the menus and the file commands to its IssueEditor;
// the editing itself lives in the editor. `documents` owns it, and opens the other files.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DocumentManager *documents);

    DocumentManager *documents() const { return m_documents; }
    IssueEditor *editor() const { return m_editor; }
    IssueSession *session() const;
    PreviewView *preview() const { return m_preview; }
    // Loads `path` into this window; on failure shows why (in a dialog over `reportTo`, or this
    // window) and returns false.
    bool openFile(const QString &path, QWidget *reportTo = nullptr);
    // Starts a new issue from the bundled template.
    void newFromTemplate();
    // Starts an untitled issue with `text` (the next issue); Save proposes `proposedPath`.
    void startUntitled(const QString &text, const QString &proposedPath);
    // Loads a copy of `path` that belongs to no file: Untitled, saving asks for a name.
    bool openCopyOf(const QString &path);
    // Loads a document recovered after a crash (its file, if it still exists, with the
    // recovered text in place of the file's: modified, ready to save).
    bool restore(const RecoveryStore::Entry &entry);
    // Holds nothing yet: no file, no text, no change.
    bool isPristine() const;
    bool save();
    bool saveAs();

    NoticeBar *noticeBar() const { return m_notice; }
    // Shown while the recovery copy cannot be written.
    NoticeBar *recoveryWarning() const { return m_recoveryWarning; }
    Autosaver *autosaver() const { return m_autosaver; }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }
    ViewActions *viewActions() const { return m_viewActions; }
    QToolBar *toolBar() const { return m_toolBar; }
    IssueStatusBar *issueStatusBar() const { return m_issueStatus; }
    LiveStatistics *liveStatistics() const { return m_statistics; }
    StatisticsPane *statisticsPane() const { return m_statisticsPane; }
    // Adds `pane` as a side pane (a dock widget named `id`, hidden at first) with a toggle in
    // View ▸ Side Panes; where it is and whether it shows are kept across restarts.
    QDockWidget *addSidePane(QWidget *pane, const QString &id, const QString &title,
                             Qt::DockWidgetArea area, const QKeySequence &shortcut = {});
    QMenu *sidePanesMenu() const { return m_sidePanesMenu; }
    // The profile of this issue's newsletter; follow WindowProfile::changed.
    WindowProfile *newsletterProfile() const { return m_profile; }
    LinkIntake *linkIntake() const { return m_linkIntake; }
    StarRefresh *starRefresh() const { return m_starRefresh; }
    // The name Save As proposes: the file's own, or for a new issue one in the folder's
    // convention from its date.
    QString saveAsSuggestion() const;
    // A message of the editor's ("cannot open x: it is …") as a sentence in a dialog.
    static void showError(QWidget *parent, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class MainMenus; // makes the menus of the window's own commands
    void updateTitle();
    bool saveTo(const QString &path);
    bool maybeSave();
    void showError(const QString &message);
    void applyViewSettings();
    void storeViewSettings();
    void openDialog();
    void chooseSectionForItems();
    void changedOnDisk();
    void missingOnDisk();
    void compareWithDisk();
    void reloadFromDisk();
    bool confirmOverwrite();

    DocumentManager *m_documents;
    IssueEditor *m_editor;
    PreviewView *m_preview;
    RecentFiles *m_recent = nullptr;
    NoticeBar *m_notice;
    NoticeBar *m_recoveryWarning;
    Autosaver *m_autosaver;
    DiskWatcher *m_diskWatcher;
    QString m_proposedPath; // where Save offers to write an untitled issue
    ViewActions *m_viewActions;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_sidePanesMenu = nullptr;
    IssueStatusBar *m_issueStatus = nullptr;
    WindowProfile *m_profile = nullptr;
    LinkIntake *m_linkIntake = nullptr;
    StarRefresh *m_starRefresh = nullptr;
    LiveStatistics *m_statistics;
    StatisticsUpdater *m_statisticsUpdater;
    StatisticsPane *m_statisticsPane = nullptr;
};

} // namespace wc
