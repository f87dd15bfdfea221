// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include "documentmanager.h"
#include "findbar.h"
#include "formpanel.h"
#include "htmlexportactions.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "linkintake.h"
#include "maintoolbar.h"
#include "mainwindow.h"
#include "newsletterdialog.h"
#include "newsletterprofile.h"
#include "outlinefilter.h"
#include "previeweditionmenu.h"
#include "previewview.h"
#include "readmeinsertion.h"
#include "recentfiles.h"
#include "settingsdialog.h"
#include "sourceeditor.h"
#include "starrefresh.h"
#include "statisticsupdater.h"
#include "viewactions.h"
#include "viewsettings.h"
#include "wechatclipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QWebEnginePage>

namespace wc {

void MainMenus::create(MainWindow *w) {
    IssueSession *session = w->m_editor->session();
    QTextDocument *text = session->textDocument();

    QMenu *file = w->menuBar()->addMenu(MainWindow::tr("&File"));
    QAction *newIssue = file->addAction(MainWindow::tr("&New Issue"), QKeySequence::New, w,
                                        [w] { w->m_documents->newIssue(w); });
    QAction *openAction =
        file->addAction(MainWindow::tr("&Open…"), QKeySequence::Open, w, &MainWindow::openDialog);
    QMenu *recentMenu = file->addMenu(MainWindow::tr("Open &Recent"));
    w->m_recent = new RecentFiles(recentMenu, w);
    QObject::connect(w->m_recent, &RecentFiles::openRequested, w,
                     [w](const QString &path) { w->m_documents->open(path, w); });
    file->addSeparator();
    QAction *saveAction =
        file->addAction(MainWindow::tr("&Save"), QKeySequence::Save, w, &MainWindow::save);
    // Ctrl+Shift+S everywhere, whatever the desktop's own binding for Save As.
    file->addAction(MainWindow::tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), w,
                    &MainWindow::saveAs);
    QMenu *exportMenu = file->addMenu(MainWindow::tr("&Export"));
    QAction *exportHtml = exportMenu->addAction(MainWindow::tr("&HTML…"), w, [w] {
        const QString path =
            HtmlExportActions::exportWithDialog(w, *w->m_editor->session(), w->m_preview->theme());
        if (!path.isEmpty())
            w->statusBar()->showMessage(
                MainWindow::tr("Exported %1").arg(QDir::toNativeSeparators(path)), 3000);
    });
    file->addSeparator();
    file->addAction(MainWindow::tr("&Close Window"), QKeySequence::Close, w, &QWidget::close);
    file->addAction(MainWindow::tr("&Quit"), QKeySequence::Quit, qApp,
                    &QApplication::closeAllWindows);

    QMenu *edit = w->menuBar()->addMenu(MainWindow::tr("&Edit"));
    // One history for the whole issue: these act on the text document, whatever has focus.
    QAction *undo = edit->addAction(MainWindow::tr("&Undo"), QKeySequence::Undo, w->m_editor,
                                    &IssueEditor::undo);
    QAction *redo = edit->addAction(MainWindow::tr("&Redo"), QKeySequence::Redo, w->m_editor,
                                    &IssueEditor::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    QObject::connect(text, &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    QObject::connect(text, &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    QAction *find = createEditCommands(w, edit);
    edit->addSeparator();
    edit->addAction(MainWindow::tr("Copy as &HTML"), w, [w] {
        HtmlExportActions::copyToClipboard(w->m_editor->session()->document());
        w->statusBar()->showMessage(MainWindow::tr("The issue is on the clipboard as HTML."), 3000);
    });
    edit->addAction(MainWindow::tr("Copy for &WeChat"), w, [w] {
        const IssueSession *session = w->m_editor->session();
        QApplication::clipboard()->setMimeData(wechatclipboard::mimeData(
            session->document(), findProfile(session->filePath()).profile));
        w->statusBar()->showMessage(
            MainWindow::tr("The issue is on the clipboard for WeChat's editor."), 3000);
    });
    edit->addSeparator();
    edit->addAction(MainWindow::tr("&Settings…"), QKeySequence::Preferences, w, [w] {
        SettingsDialog dialog(w);
        dialog.exec();
    });
    edit->addAction(MainWindow::tr("&Newsletter…"), w,
                    [w] { NewsletterDialog::edit(w, w->m_profile, w->m_documents->profiles()); });

    QMenu *view = w->menuBar()->addMenu(MainWindow::tr("&View"));
    // Going to a pane shows it first, if it was hidden.
    view->addAction(MainWindow::tr("Go to &Outline"), QKeySequence(Qt::CTRL | Qt::Key_1), w, [w] {
        w->m_viewActions->showPane(ViewSettings::Outline);
        w->m_editor->outlineView()->setFocus();
    });
    view->addAction(MainWindow::tr("Go to &Form"), QKeySequence(Qt::CTRL | Qt::Key_2), w, [w] {
        w->m_viewActions->showPane(ViewSettings::Form);
        w->m_editor->formPanel()->focusFirstField();
    });
    view->addAction(MainWindow::tr("Go to &Source"), QKeySequence(Qt::CTRL | Qt::Key_3), w, [w] {
        w->m_viewActions->showPane(ViewSettings::Source);
        w->m_editor->sourceEditor()->setFocus();
    });
    view->addAction(MainWindow::tr("Filter the O&utline"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), w, [w] {
                        w->m_viewActions->showPane(ViewSettings::Outline);
                        w->m_editor->outlineFilter()->setFocus();
                        w->m_editor->outlineFilter()->selectAll();
                    });
    view->addSeparator();
    w->m_viewActions->addTo(view);
    view->addMenu(createPreviewEditionMenu(w->m_preview, w));
    // Filled by addSidePane(); hidden while there is no side pane.
    w->m_sidePanesMenu = view->addMenu(MainWindow::tr("Side &Panes"));
    w->m_sidePanesMenu->menuAction()->setVisible(false);

    QMenu *issue = w->menuBar()->addMenu(MainWindow::tr("&Issue"));
    // With a link on the clipboard, Add Item makes an item of it and fetches its page.
    QAction *addItem =
        issue->addAction(MainWindow::tr("&Add Item"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                         w->m_linkIntake, &LinkIntake::addItem);
    issue->addAction(MainWindow::tr("D&uplicate Item"), QKeySequence(Qt::CTRL | Qt::Key_D),
                     w->m_editor, &IssueEditor::duplicateItem);
    issue->addAction(MainWindow::tr("&Delete Item"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), w->m_editor,
                     &IssueEditor::deleteItem);
    issue->addSeparator();
    QAction *addSection = issue->addAction(MainWindow::tr("Add &Section"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                           w->m_editor, &IssueEditor::addSection);
    issue->addAction(MainWindow::tr("&Rename Section"), QKeySequence(Qt::Key_F2), w->m_editor,
                     &IssueEditor::renameSection);
    issue->addSeparator();
    QAction *moveUp =
        issue->addAction(MainWindow::tr("Move Item &Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                         w->m_editor, &IssueEditor::moveItemUp);
    QAction *moveDown =
        issue->addAction(MainWindow::tr("Move Item Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                         w->m_editor, &IssueEditor::moveItemDown);
    issue->addAction(MainWindow::tr("&Move Items to Section…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), w,
                     &MainWindow::chooseSectionForItems);
    issue->addAction(MainWindow::tr("Move Section U&p"),
                     QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), w->m_editor,
                     &IssueEditor::moveSectionUp);
    issue->addAction(MainWindow::tr("Move Section D&own"),
                     QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), w->m_editor,
                     &IssueEditor::moveSectionDown);
    issue->addSeparator();
    issue->addAction(MainWindow::tr("Insert &Entry into README…"), w, [w] {
        QString text;
        ReadmeInsertion::run(w, w->m_editor->session()->document(),
                             w->m_editor->session()->filePath(), Edition::Chinese, &text);
        if (!text.isEmpty())
            w->statusBar()->showMessage(text, 5000);
    });
    issue->addAction(MainWindow::tr("Refresh S&tars"), w->m_starRefresh, &StarRefresh::start);
    issue->addAction(w->m_statisticsUpdater->action());

    QMenu *help = w->menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(MainWindow::tr("&About Weekly Composer"), w, [w] {
        QMessageBox::about(
            w, MainWindow::tr("About Weekly Composer"),
            MainWindow::tr("<b>Weekly Composer</b> %1<br>An editor for composing newsletter "
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
    QAction *showPreview = w->m_viewActions->paneAction(ViewSettings::Preview);
    maintoolbar::setIcon(showPreview, "document-print-preview");
    exportHtml->setIconText(MainWindow::tr("Export HTML"));
    w->m_toolBar = maintoolbar::create(w, {newIssue, openAction, saveAction, nullptr, addItem,
                                           addSection, moveUp, moveDown, nullptr, undo, redo,
                                           nullptr, find, exportHtml, showPreview});
    w->addToolBar(Qt::TopToolBarArea, w->m_toolBar);
    QAction *toolbarToggle = w->m_toolBar->toggleViewAction();
    toolbarToggle->setText(MainWindow::tr("&Toolbar"));
    view->addSeparator();
    view->addAction(toolbarToggle);
}

QAction *MainMenus::createEditCommands(MainWindow *w, QMenu *edit) {
    // Cut, Copy, Paste and Select All act on the widget with the keyboard focus: a field, the
    // source, or the preview's page.
    auto onFocus = [w](const char *slot, QWebEnginePage::WebAction pageAction) {
        return [w, slot, pageAction] {
            QWidget *focus = QApplication::focusWidget();
            for (QWidget *widget = focus; widget; widget = widget->parentWidget()) {
                if (widget == w->m_preview) {
                    w->m_preview->triggerPageAction(pageAction);
                    return;
                }
            }
            if (focus && focus->window() == w)
                QMetaObject::invokeMethod(focus, slot);
        };
    };
    edit->addAction(MainWindow::tr("Cu&t"), QKeySequence::Cut, w,
                    onFocus("cut", QWebEnginePage::Cut));
    edit->addAction(MainWindow::tr("&Copy"), QKeySequence::Copy, w,
                    onFocus("copy", QWebEnginePage::Copy));
    edit->addAction(MainWindow::tr("&Paste"), QKeySequence::Paste, w,
                    onFocus("paste", QWebEnginePage::Paste));
    edit->addAction(MainWindow::tr("Select &All"), QKeySequence::SelectAll, w,
                    onFocus("selectAll", QWebEnginePage::SelectAll));
    edit->addSeparator();
    // Find and replace work in the source: it is shown first if it was hidden.
    auto inSource = [w](void (FindBar::*command)()) {
        return [w, command] {
            w->m_viewActions->showPane(ViewSettings::Source);
            (w->m_editor->findBar()->*command)();
        };
    };
    QAction *find = edit->addAction(MainWindow::tr("&Find…"), QKeySequence::Find, w,
                                    inSource(&FindBar::openFind));
    edit->addAction(MainWindow::tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), w,
                    inSource(&FindBar::openReplace));
    QAction *next = edit->addAction(MainWindow::tr("Find &Next"), w, [w] {
        w->m_viewActions->showPane(ViewSettings::Source);
        w->m_editor->findBar()->findNext();
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
    QAction *previous = edit->addAction(MainWindow::tr("Find Pre&vious"), w, [w] {
        w->m_viewActions->showPane(ViewSettings::Source);
        w->m_editor->findBar()->findPrevious();
    });
    previous->setShortcuts(
        withDesktopKeys(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));
    return find;
}

} // namespace wc
