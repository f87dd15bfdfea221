// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textreplacement.h"

#include <QObject>

#include <functional>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace wc {

// Updates a field from the document only when it differs, keeping the cursor where the
// user had it, and without emitting textEdited (so no edit echoes back).
void setFieldText(QLineEdit *field, const QString &text);
// The same for a multi-line field; returns true when the text was replaced.
bool setFieldText(QPlainTextEdit *field, const QString &text);

// Calls `edited` with the field's text when the user has changed it. QPlainTextEdit has no
// textEdited(): its textChanged() also fires when a highlighter recolours the text (a theme
// switch) and for setFieldText(), neither of which is an edit of the issue.
void onTextEdited(QPlainTextEdit *field, QObject *context,
                  const std::function<void(const QString &)> &edited);

class IssueSession;

// One single-line field bound to a value of the text. The field shows read() (the value as a
// reader sees it); each user edit is written through write() as typing (consecutive keys join
// one undo step). A refresh never overwrites the field with the echo of its own edit: after
// typing `Why ` the text holds `Why` and the field keeps the space the user is about to
// follow with a word.
class LineFieldSync : public QObject {
    Q_OBJECT
public:
    using Reader = std::function<QString()>;
    using Writer = std::function<Edit(const QString &)>;
    LineFieldSync(QLineEdit *field, IssueSession *session, Reader read, Writer write);

    // Shows the text's value, unless it is what the field's last edit wrote.
    void refresh();
    // Another node is shown: the next refresh shows the text's value whatever it is.
    void forget();

private:
    void edited(const QString &text);

    QLineEdit *m_field;
    IssueSession *m_session;
    Reader m_read;
    Writer m_write;
    bool m_applying = false;
    bool m_hasEcho = false;
    QString m_echo; // read() right after the field's last edit
};

// A form layout for `owner` whose rows stay at the top when the form is taller than its rows.
QFormLayout *topAlignedForm(QWidget *owner);

// Form fields have undo stacks of their own; the editor has one history for everything.
// Installed on a form, this hands Undo/Redo key presses in any field to the window's
// actions, which undo the shared text document.
class SharedUndoFilter : public QObject {
    Q_OBJECT
public:
    explicit SharedUndoFilter(QObject *parent = nullptr);
    // Installs the filter on `widget` and every child widget it has now.
    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace wc
