// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkscontroller.h"

#include "checkcontext.h"
#include "checksrunner.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "sourceeditor.h"

#include <QDir>
#include <QKeySequence>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>

namespace wc {

ChecksController::ChecksController(MainWindow *window, CheckContext *context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
    , m_runner(new ChecksRunner(window->session(), m_context, this))
    , m_pane(new ChecksPane) {
    window->addSidePane(m_pane, QStringLiteral("checks"), tr("Checks"), Qt::RightDockWidgetArea,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    IssueSession *session = window->session();
    connect(this, &ChecksController::failed, window,
            [window](const QString &message) { window->statusBar()->showMessage(message, 8000); });
    connect(m_runner, &ChecksRunner::findingsChanged, this, &ChecksController::update);
    connect(session, &IssueSession::filePathChanged, this, &ChecksController::issuePathChanged);
    connect(m_pane, &ChecksPane::activated, this, &ChecksController::goTo);
    connect(m_pane, &ChecksPane::dismissRequested, this,
            [this](const LocatedFinding &finding) { dismiss(finding, true); });
    connect(m_pane, &ChecksPane::restoreRequested, this,
            [this](const LocatedFinding &finding) { dismiss(finding, false); });
    connect(m_pane, &ChecksPane::openIssueRequested, this,
            [this](const QString &path) { m_window->documents()->open(path, m_window); });
    issuePathChanged(session->filePath());
}

void ChecksController::issuePathChanged(const QString &path) {
    QString error;
    // An untitled issue's dismissals go with it to the file it is first saved as.
    const bool ok = m_dismissals.issuePath().isEmpty() && m_dismissals.size() > 0
                        ? m_dismissals.moveTo(path, &error)
                        : m_dismissals.load(path, &error);
    if (!ok)
        emit failed(error);
    m_context->setIssuePath(path);
    update();
}

QString ChecksController::earlierIssuePath(const CheckFinding &finding) const {
    const auto archive = m_context->archive();
    if (finding.kind != u"shared-before" || !archive)
        return {};
    const QString file = finding.details.value(QStringLiteral("previous"))
                             .toObject()
                             .value(QStringLiteral("file"))
                             .toString();
    return file.isEmpty() ? QString() : QDir(archive->folder()).absoluteFilePath(file);
}

void ChecksController::update() {
    QList<ChecksPane::Row> rows;
    OutlineModel::Warnings warnings;
    for (const LocatedFinding &located : m_runner->findings()) {
        const CheckFinding &finding = located.finding;
        const bool dismissed = m_dismissals.isDismissed(finding, located.lineText);
        rows.append({located, dismissed, earlierIssuePath(finding)});
        if (dismissed || finding.section < 0)
            continue;
        QString &reasons = warnings[{finding.section, finding.item}];
        if (!reasons.isEmpty())
            reasons += u'\n';
        reasons += QStringLiteral("⚠ ") + finding.message;
    }
    m_pane->setRows(rows);
    // The findings number the items as the text was when the checks ran. Until they ran on
    // the text as it is now, the outline's marks stay on the items they were set on (they
    // move with their rows) instead of going to those rows' new numbers.
    if (m_runner->revision() == m_window->session()->revision() || m_runner->findings().isEmpty())
        m_window->editor()->outlineModel()->setWarnings(warnings);
}

void ChecksController::dismiss(const LocatedFinding &finding, bool dismissed) {
    QString error;
    const bool ok = dismissed ? m_dismissals.dismiss(finding.finding, finding.lineText, &error)
                              : m_dismissals.restore(finding.finding, finding.lineText, &error);
    if (!ok)
        emit failed(error);
    update();
}

void ChecksController::goTo(const CheckFinding &finding) {
    IssueEditor *editor = m_window->editor();
    if (finding.section >= 0)
        editor->selectNode(finding.item >= 0
                               ? OutlineNode{OutlineNode::Kind::Item, finding.section, finding.item}
                               : OutlineNode{OutlineNode::Kind::Section, finding.section, -1});
    // Then the finding's own line, which may lie below the node's first (a link, a stats
    // line); the outline follows the cursor to the node that holds it.
    SourceEditor *source = editor->sourceEditor();
    const QTextBlock block =
        m_window->session()->textDocument()->findBlockByNumber(finding.line - 1);
    if (block.isValid()) {
        source->setTextCursor(QTextCursor(block));
        source->revealLine(finding.line);
    }
    source->setFocus();
}

} // namespace wc
