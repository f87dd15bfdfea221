// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autosaver.h"
#include "comparedialog.h"
#include "diskwatcher.h"
#include "documentmanager.h"
#include "formpanel.h"
#include "htmlexportactions.h"
#include "issueeditor.h"
#include "issuefile.h"
#include "issuesession.h"
#include "linebreaks.h"
#include "noticebar.h"
#include "previewview.h"
#include "recentfiles.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
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
#include <QTreeView>
#include <QVBoxLayout>

#include "sourceeditor.h"

namespace wc {

MainWindow::MainWindow(DocumentManager *documents)
    : m_documents(documents)
    , m_editor(new IssueEditor)
    , m_preview(new PreviewView)
    , m_notice(new NoticeBar)
    , m_recoveryWarning(new NoticeBar)
    , m_autosaver(new Autosaver(m_editor->session(), RecoveryStore(), this))
    , m_diskWatcher(new DiskWatcher(m_editor->session(), this)) {
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
    createActions();
    IssueSession *session = m_editor->session();
    connect(session, &IssueSession::modificationChanged, this, &QWidget::setWindowModified);
    connect(session, &IssueSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &IssueEditor::openRequested, this, [this](const QStringList &files) {
        for (const QString &path : files)
            m_documents->open(path, this);
    });
    connect(m_editor, &IssueEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    resize(1600, 1000);
    restoreGeometry(Settings::instance().windowGeometry());
    const QByteArray splitter = Settings::instance().splitterState();
    if (splitter.isEmpty() || !m_editor->splitter()->restoreState(splitter))
        m_editor->splitter()->setSizes({300, 420, 520, 360});
    updateTitle();
}

void MainWindow::createActions() {
    IssueSession *session = m_editor->session();
    QTextDocument *text = session->textDocument();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Issue"), QKeySequence::New, this,
                    [this] { m_documents->newIssue(this); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString &path) { m_documents->open(path, this); });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&HTML…"), this, [this] {
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
    edit->addAction(tr("Copy as &HTML"), this, [this] {
        HtmlExportActions::copyToClipboard(m_editor->session()->document());
        statusBar()->showMessage(tr("The issue is on the clipboard as HTML."), 3000);
    });
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Go to &Outline"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_editor->outlineView()->setFocus(); });
    view->addAction(tr("Go to &Form"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_editor->formPanel()->focusFirstField(); });
    view->addAction(tr("Go to &Source"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                    [this] { m_editor->sourceEditor()->setFocus(); });

    QMenu *issue = menuBar()->addMenu(tr("&Issue"));
    issue->addAction(tr("&Add Item"), QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor,
                     &IssueEditor::addItem);
    issue->addAction(tr("D&uplicate Item"), QKeySequence(Qt::CTRL | Qt::Key_D), m_editor,
                     &IssueEditor::duplicateItem);
    issue->addAction(tr("&Delete Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                     m_editor, &IssueEditor::deleteItem);
    issue->addSeparator();
    issue->addAction(tr("Add &Section"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                     m_editor, &IssueEditor::addSection);
    issue->addAction(tr("&Rename Section"), QKeySequence(Qt::Key_F2), m_editor,
                     &IssueEditor::renameSection);
    issue->addSeparator();
    issue->addAction(tr("Move Item &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), m_editor,
                     &IssueEditor::moveItemUp);
    issue->addAction(tr("Move Item Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), m_editor,
                     &IssueEditor::moveItemDown);
    issue->addAction(tr("&Move Items to Section…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                     this, &MainWindow::chooseSectionForItems);
    issue->addAction(tr("Move Section U&p"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
                     m_editor, &IssueEditor::moveSectionUp);
    issue->addAction(tr("Move Section D&own"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
                     m_editor, &IssueEditor::moveSectionDown);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Weekly Composer"), this, [this] {
        QMessageBox::about(this, tr("About Weekly Composer"),
                           tr("<b>Weekly Composer</b> %1<br>An editor for composing newsletter "
                              "issues in Markdown.")
                               .arg(QApplication::applicationVersion()));
    });
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
    QMessageBox::warning(this, tr("Weekly Composer"), message);
}

bool MainWindow::openFile(const QString &path) {
    QString error;
    if (!m_editor->session()->load(path, &error)) {
        showError(error);
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
    updateTitle();
}

bool MainWindow::openCopyOf(const QString &path) {
    auto loaded = IssueFile::load(path);
    if (!loaded.document) {
        showError(loaded.error);
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

bool MainWindow::saveAs() {
    QString suggestion = m_editor->session()->filePath();
    if (suggestion.isEmpty())
        suggestion = m_proposedPath;
    if (suggestion.isEmpty())
        suggestion = QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("-weekly.md");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Issue As"), suggestion, tr("Markdown (*.md)"));
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
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().setSplitterState(m_editor->splitter()->saveState());
    event->accept();
}

} // namespace wc
