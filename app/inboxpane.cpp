// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpane.h"

#include "linkinbox.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wc {

InboxListView::InboxListView(QWidget *parent)
    : QListView(parent) {
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Every row is two lines (title, then address or state): one height for all, each line
    // cut at the right when the pane is narrow.
    setUniformItemSizes(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSpacing(2);
    setItemDelegate(new InboxItemDelegate(this));
}

QSize InboxItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    // The height the font's metrics give is too small for two lines of Chinese: the fallback
    // CJK font's lines are taller, and the second line would be cut off. Room for that.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + option.fontMetrics.lineSpacing() * 2 / 3);
    return size;
}

void InboxItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The state at a glance: busy, failed, or ready to send.
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (InboxLink::State(index.data(LinkInbox::StateRole).toInt())) {
    case InboxLink::State::Waiting:
    case InboxLink::State::Fetching:
        icon = QStyle::SP_BrowserReload;
        break;
    case InboxLink::State::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case InboxLink::State::Ready:
        break;
    }
    const QWidget *view = option->widget;
    option->icon = (view ? view->style() : QApplication::style())->standardIcon(icon);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

void InboxListView::paste() {
    emit pasteRequested();
}

void InboxListView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        emit sendRequested();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        emit removeRequested();
        return;
    }
    QListView::keyPressEvent(event);
}

InboxPane::InboxPane(LinkInbox *inbox, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_list(new InboxListView(this))
    , m_paste(new QPushButton(tr("&Paste Links"), this))
    , m_send(new QPushButton(tr("Send to &Section"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("inboxPane"));
    m_list->setModel(inbox);
    m_list->setToolTip(tr("Paste links here (one a line, or any text with links in it) or drop "
                          "them; drag one into a section of the outline, or press Enter to "
                          "send it to the selected section."));
    m_paste->setToolTip(tr("Adds every link in the clipboard's text (Ctrl+V in the list)"));
    m_send->setToolTip(tr("Makes the link an item of the section selected in the outline "
                          "(Enter)"));
    m_remove->setToolTip(tr("Removes the link from the inbox (Delete)"));
    m_status->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setAutoFillBackground(true);
    m_problem->setBackgroundRole(QPalette::Highlight);
    m_problem->setMargin(4);
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_paste);
    buttons->addWidget(m_send);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_paste, &QPushButton::clicked, this, &InboxPane::pasteClipboard);
    connect(m_list, &InboxListView::pasteRequested, this, &InboxPane::pasteClipboard);
    auto send = [this] {
        if (currentRow() >= 0)
            emit sendRequested(currentRow());
    };
    connect(m_send, &QPushButton::clicked, this, send);
    connect(m_list, &InboxListView::sendRequested, this, send);
    auto remove = [this] { m_inbox->remove(currentRow()); };
    connect(m_remove, &QPushButton::clicked, this, remove);
    connect(m_list, &InboxListView::removeRequested, this, remove);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(inbox, signal, this, &InboxPane::updateStatus);
    connect(inbox, &QAbstractItemModel::dataChanged, this, &InboxPane::updateStatus);
    connect(inbox, &QAbstractItemModel::modelReset, this, &InboxPane::updateStatus);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxPane::updateStatus);
    updateStatus();
}

int InboxPane::currentRow() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InboxPane::pasteClipboard() {
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QString text = data ? data->text() : QString();
    if (data && data->hasUrls()) {
        for (const QUrl &url : data->urls())
            text += u'\n' + url.toString(QUrl::FullyEncoded);
    }
    const LinkInbox::Added added = m_inbox->addText(text);
    if (added.added == 0 && added.duplicates == 0)
        m_lastAdded = tr("The clipboard holds no web address (http or https).");
    else if (added.duplicates > 0)
        m_lastAdded = tr("%n link(s) added, ", nullptr, added.added) +
                      tr("%n already in the inbox or the issue.", nullptr, added.duplicates);
    else
        m_lastAdded = tr("%n link(s) added.", nullptr, added.added);
    if (m_list->currentIndex().row() < 0 && m_inbox->rowCount() > 0)
        m_list->setCurrentIndex(m_inbox->index(0));
    updateStatus();
}

void InboxPane::setProblem(const QString &problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString InboxPane::statusText() const {
    return m_status->text();
}

void InboxPane::updateStatus() {
    const int count = m_inbox->rowCount();
    const int busy = m_inbox->busyCount();
    QString text =
        count == 0 ? tr("No links. Paste or drop links here.") : tr("%n link(s)", nullptr, count);
    if (busy > 0)
        text += tr(" · fetching %n…", nullptr, busy);
    if (!m_lastAdded.isEmpty())
        text = m_lastAdded + u' ' + text;
    m_status->setText(text);
    m_send->setEnabled(currentRow() >= 0);
    m_remove->setEnabled(currentRow() >= 0);
}

} // namespace wc
