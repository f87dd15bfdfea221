#include "mainwindow.h"

#include "issueeditor.h"
#include "issuesession.h"
#include "recentfiles.h"
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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTreeView>

#include "sourceeditor.h"

namespace wc {

namespace {

QList<MainWindow *> &windows() {
    static QList<MainWindow *> list;
    return list;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new IssueEditor(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_editor);
    windows().append(this);
    connect(this, &QObject::destroyed, [this] { windows().removeAll(this); });
    createActions();
    IssueSession *session = m_editor->session();
    connect(session, &IssueSession::modificationChanged, this, &QWidget::setWindowModified);
    connect(session, &IssueSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &IssueEditor::openRequested, this, [this](const QStringList &files) {
        for (const QString &path : files)
            MainWindow::open(path, this);
    });
    connect(m_editor, &IssueEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    QSettings settings;
    resize(1600, 1000);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (splitter.isEmpty() || !m_editor->splitter()->restoreState(splitter))
        m_editor->splitter()->setSizes({300, 420, 520, 360});
    updateTitle();
}

void MainWindow::createActions() {
    IssueSession *session = m_editor->session();
    QTextDocument *text = session->textDocument();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Issue"), QKeySequence::New, this, [this] {
        auto *window = isPristine() ? this : new MainWindow;
        window->newFromTemplate();
        window->show();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString &path) { MainWindow::open(path, this); });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Close Window"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One history for the whole issue: these act on the text document, whatever has focus.
    QAction *undo =
        edit->addAction(tr("&Undo"), QKeySequence::Undo, text, [text] { text->undo(); });
    QAction *redo =
        edit->addAction(tr("&Redo"), QKeySequence::Redo, text, [text] { text->redo(); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(text, &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    connect(text, &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });

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
    RecentFiles::add(path);
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

MainWindow *MainWindow::findWindow(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (MainWindow *window : windows()) {
        if (window->m_editor->session()->filePath() == absolute)
            return window;
    }
    return nullptr;
}

MainWindow *MainWindow::open(const QString &path, MainWindow *from) {
    if (MainWindow *existing = findWindow(path)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    const bool reuse = from && from->isPristine();
    MainWindow *window = reuse ? from : new MainWindow;
    if (!window->openFile(path)) {
        if (!reuse)
            window->deleteLater();
        return nullptr;
    }
    window->show();
    return window;
}

void MainWindow::openDialog() {
    const QString dir = QFileInfo(m_editor->session()->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Issue"), dir, tr("Markdown (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        open(path, this);
}

bool MainWindow::saveTo(const QString &path) {
    QString error;
    if (!m_editor->session()->save(path, &error)) {
        showError(error);
        return false;
    }
    RecentFiles::add(path);
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_editor->splitter()->saveState());
    event->accept();
}

} // namespace wc
