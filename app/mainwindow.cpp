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
#include "findbar.h"
#include "formpanel.h"
#include "htmlexportactions.h"
#include "inboxcontroller.h"
#include "inboxpane.h"
#include "issueeditor.h"
#include "issuefile.h"
#include "issuesession.h"
#include "issuestatusbar.h"
#include "linebreaks.h"
#include "linkintake.h"
#include "livestatistics.h"
#include "maintoolbar.h"
#include "newsletterdialog.h"
#include "newsletterprofile.h"
#include "newsletterprofiles.h"
#include "noticebar.h"
#include "outlinefilter.h"
#include "previeweditionmenu.h"
#include "previewview.h"
#include "publishpane.h"
#include "readmeinsertion.h"
#include "recentfiles.h"
#include "saveasname.h"
#include "settings.h"
#include "settingsdialog.h"
#include "starrefresh.h"
#include "statisticspane.h"
#include "statisticsupdater.h"
#include "viewactions.h"
#include "viewsettings.h"
#include "wechatclipboard.h"
#include "windowplacement.h"
#include "windowprofile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWebEnginePage>

#include "sourceeditor.h"

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
    connect(m_editor, &IssueEditor::currentNodeChanged, m_preview, &PreviewView::showNode);
    connect(m_preview, &PreviewView::nodeActivated, m_editor, &IssueEditor::selectNode);
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
    createActions();
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

void MainWindow::createActions() {
    IssueSession *session = m_editor->session();
    QTextDocument *text = session->textDocument();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newIssue = file->addAction(tr("&New Issue"), QKeySequence::New, this,
                                        [this] { m_documents->newIssue(this); });
    QAction *openAction =
        file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString &path) { m_documents->open(path, this); });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Ctrl+Shift+S everywhere, whatever the desktop's own binding for Save As.
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                    &MainWindow::saveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportHtml = exportMenu->addAction(tr("&HTML…"), this, [this] {
        const QString path =
            HtmlExportActions::exportWithDialog(this, *m_editor->session(), m_preview->theme());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 3000);
    });
    file->addSeparator();
    file->addAction(tr("&Close Window"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One history for the whole issue: these act on the text document, whatever has focus.
    QAction *undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &IssueEditor::undo);
    QAction *redo = edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &IssueEditor::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(text, &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    connect(text, &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    QAction *find = createEditCommands(edit);
    edit->addSeparator();
    edit->addAction(tr("Copy as &HTML"), this, [this] {
        HtmlExportActions::copyToClipboard(m_editor->session()->document());
        statusBar()->showMessage(tr("The issue is on the clipboard as HTML."), 3000);
    });
    edit->addAction(tr("Copy for &WeChat"), this, [this] {
        const IssueSession *session = m_editor->session();
        QApplication::clipboard()->setMimeData(wechatclipboard::mimeData(
            session->document(), findProfile(session->filePath()).profile));
        statusBar()->showMessage(tr("The issue is on the clipboard for WeChat's editor."), 3000);
    });
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    edit->addAction(tr("&Newsletter…"), this,
                    [this] { NewsletterDialog::edit(this, m_profile, m_documents->profiles()); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Going to a pane shows it first, if it was hidden.
    view->addAction(tr("Go to &Outline"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_viewActions->showPane(ViewSettings::Outline);
        m_editor->outlineView()->setFocus();
    });
    view->addAction(tr("Go to &Form"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_viewActions->showPane(ViewSettings::Form);
        m_editor->formPanel()->focusFirstField();
    });
    view->addAction(tr("Go to &Source"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        m_viewActions->showPane(ViewSettings::Source);
        m_editor->sourceEditor()->setFocus();
    });
    view->addAction(tr("Filter the O&utline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                    [this] {
                        m_viewActions->showPane(ViewSettings::Outline);
                        m_editor->outlineFilter()->setFocus();
                        m_editor->outlineFilter()->selectAll();
                    });
    view->addSeparator();
    m_viewActions->addTo(view);
    view->addMenu(createPreviewEditionMenu(m_preview, this));
    // Filled by addSidePane(); hidden while there is no side pane.
    m_sidePanesMenu = view->addMenu(tr("Side &Panes"));
    m_sidePanesMenu->menuAction()->setVisible(false);

    QMenu *issue = menuBar()->addMenu(tr("&Issue"));
    // With a link on the clipboard, Add Item makes an item of it and fetches its page.
    QAction *addItem = issue->addAction(tr("&Add Item"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                        m_linkIntake, &LinkIntake::addItem);
    issue->addAction(tr("D&uplicate Item"), QKeySequence(Qt::CTRL | Qt::Key_D), m_editor,
                     &IssueEditor::duplicateItem);
    issue->addAction(tr("&Delete Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                     m_editor, &IssueEditor::deleteItem);
    issue->addSeparator();
    QAction *addSection =
        issue->addAction(tr("Add &Section"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                         m_editor, &IssueEditor::addSection);
    issue->addAction(tr("&Rename Section"), QKeySequence(Qt::Key_F2), m_editor,
                     &IssueEditor::renameSection);
    issue->addSeparator();
    QAction *moveUp = issue->addAction(tr("Move Item &Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                       m_editor, &IssueEditor::moveItemUp);
    QAction *moveDown =
        issue->addAction(tr("Move Item Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), m_editor,
                         &IssueEditor::moveItemDown);
    issue->addAction(tr("&Move Items to Section…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                     this, &MainWindow::chooseSectionForItems);
    issue->addAction(tr("Move Section U&p"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
                     m_editor, &IssueEditor::moveSectionUp);
    issue->addAction(tr("Move Section D&own"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
                     m_editor, &IssueEditor::moveSectionDown);
    issue->addSeparator();
    issue->addAction(tr("Insert &Entry into README…"), this, [this] {
        QString text;
        ReadmeInsertion::run(this, m_editor->session()->document(), m_editor->session()->filePath(),
                             Edition::Chinese, &text);
        if (!text.isEmpty())
            statusBar()->showMessage(text, 5000);
    });
    issue->addAction(tr("Refresh S&tars"), m_starRefresh, &StarRefresh::start);
    issue->addAction(m_statisticsUpdater->action());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Weekly Composer"), this, [this] {
        QMessageBox::about(this, tr("About Weekly Composer"),
                           tr("<b>Weekly Composer</b> %1<br>An editor for composing newsletter "
                              "issues in Markdown.")
                               .arg(QApplication::applicationVersion()));
    });

    maintoolbar::setIcon(newIssue, "document-new");
    maintoolbar::setIcon(openAction, "document-open");
    maintoolbar::setIcon(saveAction, "document-save");
    maintoolbar::setIcon(addItem, "list-add");
    maintoolbar::setIcon(addSection, "insert-text");
    maintoolbar::setIcon(moveUp, "go-up");
    maintoolbar::setIcon(moveDown, "go-down");
    maintoolbar::setIcon(undo, "edit-undo");
    maintoolbar::setIcon(redo, "edit-redo");
    maintoolbar::setIcon(find, "edit-find");
    maintoolbar::setIcon(exportHtml, "document-send");
    QAction *showPreview = m_viewActions->paneAction(ViewSettings::Preview);
    maintoolbar::setIcon(showPreview, "document-print-preview");
    exportHtml->setIconText(tr("Export HTML"));
    m_toolBar = maintoolbar::create(this, {newIssue, openAction, saveAction, nullptr, addItem,
                                           addSection, moveUp, moveDown, nullptr, undo, redo,
                                           nullptr, find, exportHtml, showPreview});
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    QAction *toolbarToggle = m_toolBar->toggleViewAction();
    toolbarToggle->setText(tr("&Toolbar"));
    view->addSeparator();
    view->addAction(toolbarToggle);
}

QAction *MainWindow::createEditCommands(QMenu *edit) {
    // Cut, Copy, Paste and Select All act on the widget with the keyboard focus: a field, the
    // source, or the preview's page.
    auto onFocus = [this](const char *slot, QWebEnginePage::WebAction pageAction) {
        return [this, slot, pageAction] {
            QWidget *focus = QApplication::focusWidget();
            for (QWidget *w = focus; w; w = w->parentWidget()) {
                if (w == m_preview) {
                    m_preview->triggerPageAction(pageAction);
                    return;
                }
            }
            if (focus && focus->window() == this)
                QMetaObject::invokeMethod(focus, slot);
        };
    };
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, onFocus("cut", QWebEnginePage::Cut));
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, onFocus("copy", QWebEnginePage::Copy));
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this,
                    onFocus("paste", QWebEnginePage::Paste));
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this,
                    onFocus("selectAll", QWebEnginePage::SelectAll));
    edit->addSeparator();
    // Find and replace work in the source: it is shown first if it was hidden.
    auto inSource = [this](void (FindBar::*command)()) {
        return [this, command] {
            m_viewActions->showPane(ViewSettings::Source);
            (m_editor->findBar()->*command)();
        };
    };
    QAction *find =
        edit->addAction(tr("&Find…"), QKeySequence::Find, this, inSource(&FindBar::openFind));
    edit->addAction(tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                    inSource(&FindBar::openReplace));
    QAction *next = edit->addAction(tr("Find &Next"), this, [this] {
        m_viewActions->showPane(ViewSettings::Source);
        m_editor->findBar()->findNext();
    });
    // F3 and Shift+F3 everywhere, and the desktop's own keys too (Ctrl+G on some).
    auto withDesktopKeys = [](QKeySequence key, QKeySequence::StandardKey standard) {
        QList<QKeySequence> keys{key};
        for (const QKeySequence &other : QKeySequence::keyBindings(standard)) {
            if (!keys.contains(other))
                keys.append(other);
        }
        return keys;
    };
    next->setShortcuts(withDesktopKeys(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    QAction *previous = edit->addAction(tr("Find Pre&vious"), this, [this] {
        m_viewActions->showPane(ViewSettings::Source);
        m_editor->findBar()->findPrevious();
    });
    previous->setShortcuts(
        withDesktopKeys(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));
    return find;
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
