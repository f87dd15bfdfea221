// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace wc {

class LinkInbox;

// Draws each link with an icon for its state: busy, failed, ready.
class InboxItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The inbox's list: Ctrl+V (and Edit ▸ Paste, which calls paste() on the focused widget)
// adds the links in the clipboard's text; Enter sends the current link, Delete removes it.
class InboxListView : public QListView {
    Q_OBJECT
public:
    explicit InboxListView(QWidget *parent = nullptr);

public slots:
    void paste();

signals:
    void pasteRequested();
    void sendRequested();
    void removeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The Inbox side pane: candidate links pasted or dropped here, each listed with its fetched
// title (or why the fetch failed) until it is dragged into a section of the outline or sent
// to the selected section.
class InboxPane : public QWidget {
    Q_OBJECT
public:
    explicit InboxPane(LinkInbox *inbox, QWidget *parent = nullptr);

    InboxListView *list() const { return m_list; }
    QPushButton *pasteButton() const { return m_paste; }
    QPushButton *removeButton() const { return m_remove; }
    // The line under the list: how many links, how many are fetching, or a problem.
    QString statusText() const;
    // A problem with the inbox's file (shown until the next one, or cleared).
    void setProblem(const QString &problem);
    int currentRow() const;

    // The clipboard's text, for the paste commands.
    void pasteClipboard();

signals:
    void sendRequested(int row);

private:
    void updateStatus();

    LinkInbox *m_inbox;
    InboxListView *m_list;
    QPushButton *m_paste;
    QPushButton *m_send;
    QPushButton *m_remove;
    QLabel *m_status;
    QLabel *m_problem;
    QString m_lastAdded;
};

} // namespace wc
