// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "archivecontroller.h"
#include "autosaver.h"
#include "checkcontext.h"
#include "checkscontroller.h"
#include "comparedialog.h"
#include "diskwatcher.h"
#include "documentmanager.h"
#include "inboxcontroller.h"
#include "inboxpane.h"
#include "issueeditor.h"
#include "issuefile.h"
#include "issuesession.h"
#include "issuestatusbar.h"
#include "linebreaks.h"
#include "linkintake.h"
#include "livestatistics.h"
#include "mainmenus.h"
#include "newsletterdialog.h"
#include "newsletterprofiles.h"
#include "noticebar.h"
#include "previewview.h"
#include "publishpane.h"
#include "saveasname.h"
#include "settings.h"
#include "starrefresh.h"
#include "statisticspane.h"
#include "statisticsupdater.h"
#include "viewactions.h"
#include "viewsettings.h"
#include "windowplacement.h"
#include "windowprofile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace wc {

MainWindow::MainWindow(DocumentManager *documents)
    : m_documents(documents)
    , m_editor(new IssueEditor)
    , m_preview(new PreviewView)
    , m_notice(new NoticeBar)
    , m_recoveryWarning(new NoticeBar)
    , m_autosaver(new Autosaver(m_editor->session(), RecoveryStore(), this))
    , m_diskWatcher(new DiskWatcher(m_editor->session(), this))
    , m_viewActions(new ViewActions(m_editor, m_preview, this))
    , m_statistics(new LiveStatistics(m_editor->session(), this))
    , m_statisticsUpdater(new StatisticsUpdater(m_editor->session(), m_statistics, this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    // The live preview in the editor's preview place, following the selection both ways.
    m_editor->setPreviewWidget(m_preview);
    m_preview->setSession(m_editor->session());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_recoveryWarning);
    layout->addWidget(m_editor, 1);
    setCentralWidget(central);
    connect(m_diskWatcher, &DiskWatcher::reloaded, this, [this] {
        statusBar()->showMessage(
            tr("Reloaded %1: it was changed on disk.").arg(m_editor->session()->displayName()),
            8000);
    });
    connect(m_diskWatcher, &DiskWatcher::conflict, this, &MainWindow::changedOnDisk);
    connect(m_diskWatcher, &DiskWatcher::missing, this, &MainWindow::missingOnDisk);
    connect(m_diskWatcher, &DiskWatcher::reloadFailed, this, [this](const QString &error) {
        m_notice->showNotice(tr("The file changed on disk but cannot be reloaded: %1").arg(error),
                             {{tr("OK"), nullptr}});
    });
    // The warning stays while unsaved work has no recovery copy: until a copy works again.
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        m_recoveryWarning->showNotice(
            tr("Cannot write the recovery copy: %1. Your unsaved changes are not protected "
               "against a crash; the last good copy is kept.")
                .arg(error),
            {});
    });
    connect(m_autosaver, &Autosaver::working, m_recoveryWarning, &QWidget::hide);
    m_documents->add(this);
    m_profile = new WindowProfile(m_editor->session(), m_documents->profiles(), m_notice, this);
    connect(m_profile, &WindowProfile::editRequested, this,
            [this] { NewsletterDialog::edit(this, m_profile, m_documents->profiles()); });
    m_linkIntake = new LinkIntake(m_editor, statusBar(), this);
    m_starRefresh = new StarRefresh(m_editor->session(), m_linkIntake->network(), this);
    connect(m_starRefresh, &StarRefresh::finished, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    MainMenus::create(this);
    new ArchiveController(this); // the Archive side pane
    // Candidate links, fetched and waiting to become items.
    addSidePane((new InboxController(m_editor, this))->pane(), QStringLiteral("inbox"), tr("Inbox"),
                Qt::RightDockWidgetArea, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    IssueSession *session = m_editor->session();
    connect(session, &IssueSession::modificationChanged, this, &QWidget::setWindowModified);
    connect(session, &IssueSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &IssueEditor::openRequested, this, [this](const QStringList &files) {
        for (const QString &path : files)
            m_documents->open(path, this);
    });
    connect(m_editor, &IssueEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_issueStatus = new IssueStatusBar(statusBar(), m_statistics, m_editor->sourceEditor());
    connect(m_statisticsUpdater, &StatisticsUpdater::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_statisticsPane = new StatisticsPane(session, m_statistics, m_statisticsUpdater->action());
    addSidePane(m_statisticsPane, QStringLiteral("statistics"), tr("Statistics"),
                Qt::RightDockWidgetArea);
    // The statistics follow the newsletter's profile when its file changes.
    connect(m_profile, &WindowProfile::changed, m_statistics,
            [this] { m_statistics->setProfile(m_profile->profile()); });
    // The Checks pane and the outline's ⚠ marks, with the folder's shared archive.
    new ChecksController(this, new SharedArchiveContext(m_documents, this));
    applyViewSettings();
    auto *publish = new PublishPane(session);
    connect(publish, &PublishPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addSidePane(publish, QStringLiteral("publish"), tr("Publish"), Qt::RightDockWidgetArea,
                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    updateTitle();
}

void MainWindow::applyViewSettings() {
    const ViewSettings view = Settings::instance().view();
    windowplacement::place(this, view.geometry);
    // Pane widths in proportion to the window: 3 : 4 : 5 : 4.
    if (view.splitterState.isEmpty() || !m_editor->splitter()->restoreState(view.splitterState)) {
        const int width = std::max(800, this->width());
        m_editor->splitter()->setSizes(
            {width * 3 / 16, width * 4 / 16, width * 5 / 16, width * 4 / 16});
    }
    m_viewActions->apply(view);
    // Side panes added later are placed by restoreDockWidget() from this state.
    if (!view.sidePaneState.isEmpty())
        restoreState(view.sidePaneState);
    m_toolBar->setVisible(view.toolbarVisible);
}

void MainWindow::storeViewSettings() {
    ViewSettings view;
    m_viewActions->store(view);
    view.toolbarVisible = !m_toolBar->isHidden();
    view.geometry = saveGeometry();
    view.splitterState = m_editor->splitter()->saveState();
    view.sidePaneState = saveState();
    Settings::instance().setView(view);
}

QDockWidget *MainWindow::addSidePane(QWidget *pane, const QString &id, const QString &title,
                                     Qt::DockWidgetArea area, const QKeySequence &shortcut) {
    auto *dock = new QDockWidget(title, this);
    // saveState() and restoreDockWidget() find the pane by this name.
    dock->setObjectName(id);
    dock->setWidget(pane);
    // Where the user left it in the last window, if that window had it; else hidden, at `area`.
    if (!restoreDockWidget(dock)) {
        addDockWidget(area, dock);
        dock->hide();
    }
    QAction *toggle = dock->toggleViewAction();
    if (!shortcut.isEmpty())
        toggle->setShortcut(shortcut);
    m_sidePanesMenu->addAction(toggle);
    m_sidePanesMenu->menuAction()->setVisible(true);
    return dock;
}

void MainWindow::chooseSectionForItems() {
    // A menu of the sections at the selected row, so the move needs no mouse.
    const IssueDocument &doc = m_editor->session()->document();
    QMenu menu(this);
    for (int s = 0; s < doc.sections().size(); ++s) {
        menu.addAction(doc.sectionLabel(doc.sections()[s]), this,
                       [this, s] { m_editor->moveSelectedItemsToSection(s); });
    }
    QTreeView *outline = m_editor->outlineView();
    const QRect row = outline->visualRect(outline->currentIndex());
    menu.exec(outline->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint()));
}

IssueSession *MainWindow::session() const {
    return m_editor->session();
}

bool MainWindow::isPristine() const {
    const IssueSession *session = m_editor->session();
    return session->filePath().isEmpty() && !session->isModified() &&
           session->textDocument()->isEmpty();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — Weekly Composer").arg(m_editor->session()->displayName()));
    setWindowFilePath(m_editor->session()->filePath());
}

void MainWindow::showError(const QString &message) {
    showError(this, message);
}

void MainWindow::showError(QWidget *parent, const QString &message) {
    // The editor's messages are clauses ("cannot open x: it is a directory") that the command
    // line prints after its name; a dialog shows them as a sentence.
    QString sentence = message.trimmed();
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    if (!sentence.isEmpty() && !QStringLiteral(".!?。！？").contains(sentence.back()))
        sentence += u'.';
    QMessageBox::warning(parent, tr("Weekly Composer"), sentence);
}

bool MainWindow::openFile(const QString &path, QWidget *reportTo) {
    QString error;
    if (!m_editor->session()->load(path, &error)) {
        // A window that is not shown yet cannot carry the dialog: the one that asked does.
        showError(reportTo ? reportTo : this, error);
        return false;
    }
    Settings::instance().addRecentFile(path);
    updateTitle();
    return true;
}

void MainWindow::newFromTemplate() {
    QFile file(QStringLiteral(":/templates/new-issue.md"));
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("{{date}}"), QDate::currentDate().toString(Qt::ISODate));
    m_editor->session()->setContents(text, QString(), QStringLiteral("\n"), false);
    updateTitle();
}

void MainWindow::startUntitled(const QString &text, const QString &proposedPath) {
    const IssueDocument parsed = IssueDocument::parse(text);
    m_editor->session()->setContents(text, QString(), parsed.lineEnding(), false);
    m_proposedPath = proposedPath;
    if (!proposedPath.isEmpty())
        m_profile->setUntitledFolder(QFileInfo(proposedPath).absolutePath());
    updateTitle();
}

bool MainWindow::openCopyOf(const QString &path) {
    auto loaded = IssueFile::load(path);
    if (!loaded.document) {
        // Not shown yet, this window cannot carry the dialog.
        showError(isVisible() ? this : nullptr, loaded.error);
        return false;
    }
    const IssueDocument &doc = *loaded.document;
    // No file path: Save asks where to write, so the original is never overwritten.
    session()->setContents(doc.text(), QString(), doc.lineEnding(), doc.hasBom());
    return true;
}

bool MainWindow::restore(const RecoveryStore::Entry &entry) {
    bool hasBom = false;
    QString error;
    const auto text = IssueFile::decode(entry.bytes, &hasBom, &error);
    if (!text)
        return false;
    IssueSession *session = this->session();
    if (entry.filePath.isEmpty() || !QFileInfo::exists(entry.filePath) ||
        !session->load(entry.filePath, &error)) {
        const IssueDocument parsed = IssueDocument::parse(*text);
        session->setContents(*text, entry.filePath, parsed.lineEnding(), hasBom);
        session->textDocument()->setModified(true);
    } else {
        session->restoreText(*text);
    }
    m_autosaver->saveNow(); // under its new owner before the old copy goes
    return true;
}

void MainWindow::openDialog() {
    const QString dir = QFileInfo(m_editor->session()->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Issue"), dir, tr("Markdown (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        m_documents->open(path, this);
}

bool MainWindow::confirmOverwrite() {
    const auto answer = QMessageBox::question(
        this, tr("File Changed on Disk"),
        tr("%1 was changed on disk since it was opened. Overwrite it with the text in the "
           "editor?")
            .arg(m_editor->session()->filePath()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void MainWindow::changedOnDisk() {
    m_notice->showNotice(tr("%1 was changed on disk, and you have unsaved changes here.")
                             .arg(m_editor->session()->displayName()),
                         {{tr("Reload from Disk"), [this] { reloadFromDisk(); }},
                          {tr("Keep Mine"), nullptr},
                          {tr("Compare…"), [this] { compareWithDisk(); }}});
}

void MainWindow::missingOnDisk() {
    // The text is all here; marking it modified makes closing ask before it is lost.
    m_editor->session()->textDocument()->setModified(true);
    m_notice->showNotice(tr("%1 was deleted or renamed on disk. The text is still here: save "
                            "it to write the file again.")
                             .arg(m_editor->session()->filePath()),
                         {{tr("Save"), [this] { save(); }}, {tr("Dismiss"), nullptr}});
}

void MainWindow::reloadFromDisk() {
    QString error;
    if (!m_editor->session()->reloadFromDisk(&error))
        showError(error);
}

void MainWindow::compareWithDisk() {
    IssueSession *session = m_editor->session();
    const auto loaded = IssueFile::load(session->filePath());
    const QString onDisk = loaded.document ? loaded.document->text() : QString();
    QString mine = session->document().text();
    // Both sides with the editor's "\n" lines, split where the editor splits them.
    CompareDialog dialog(session->displayName(), withLfLineBreaks(onDisk), mine, this);
    if (dialog.exec() == CompareDialog::ReloadFromDisk)
        reloadFromDisk();
    else
        changedOnDisk(); // the question stays open until answered
}

bool MainWindow::saveTo(const QString &path) {
    IssueSession *session = m_editor->session();
    // Never overwrite changes made on disk without asking.
    if (QFileInfo(path).absoluteFilePath() == session->filePath() &&
        session->diskState() == IssueSession::DiskState::Changed && !confirmOverwrite())
        return false;
    m_statisticsUpdater->updateBeforeSave();
    QString error;
    if (!m_editor->session()->save(path, &error)) {
        showError(error);
        return false;
    }
    Settings::instance().addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::save() {
    const QString path = m_editor->session()->filePath();
    return path.isEmpty() ? saveAs() : saveTo(path);
}

QString MainWindow::saveAsSuggestion() const {
    const IssueSession *session = m_editor->session();
    if (!session->filePath().isEmpty())
        return session->filePath();
    if (!m_proposedPath.isEmpty()) // the next issue's place in the newsletter's folder
        return m_proposedPath;
    // In the folder of the issue saved last (the newsletter's folder, most likely).
    const QStringList recent = Settings::instance().recentFiles();
    const QString folder =
        recent.isEmpty() ? QDir::currentPath() : QFileInfo(recent.first()).absolutePath();
    return proposedSaveName(session->document(), folder);
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Issue As"), saveAsSuggestion(),
                                                      tr("Markdown (*.md)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::maybeSave() {
    if (!m_editor->session()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_editor->session()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discard(); // saved or deliberately discarded: no copy to recover
    storeViewSettings();
    event->accept();
}

} // namespace wc
