// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "issuesession.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace wc {

void setFieldText(QLineEdit *field, const QString &text) {
    if (field->text() == text)
        return;
    const int cursor = field->cursorPosition();
    field->setText(text);
    field->setCursorPosition(std::min(cursor, int(text.size())));
}

namespace {

// The text a multi-line field had when onTextEdited() last looked, or setFieldText() set it.
const char *const knownTextProperty = "wcKnownText";

} // namespace

bool setFieldText(QPlainTextEdit *field, const QString &text) {
    if (field->toPlainText() == text)
        return false;
    const int cursor = field->textCursor().position();
    const QSignalBlocker blocker(field);
    field->setPlainText(text);
    field->setProperty(knownTextProperty, text);
    QTextCursor restored = field->textCursor();
    restored.setPosition(std::min(cursor, int(text.size())));
    field->setTextCursor(restored);
    return true;
}

void onTextEdited(QPlainTextEdit *field, QObject *context,
                  const std::function<void(const QString &)> &edited) {
    field->setProperty(knownTextProperty, field->toPlainText());
    QObject::connect(field, &QPlainTextEdit::textChanged, context, [field, edited] {
        const QString text = field->toPlainText();
        if (text == field->property(knownTextProperty).toString())
            return; // only recoloured
        field->setProperty(knownTextProperty, text);
        edited(text);
    });
}

LineFieldSync::LineFieldSync(QLineEdit *field, IssueSession *session, Reader read, Writer write)
    : QObject(field)
    , m_field(field)
    , m_session(session)
    , m_read(std::move(read))
    , m_write(std::move(write)) {
    connect(field, &QLineEdit::textEdited, this, &LineFieldSync::edited);
    // Leaving the field shows the value as the text holds it (`Why ` becomes `Why`).
    connect(field, &QLineEdit::editingFinished, this, [this] {
        forget();
        refresh();
    });
}

void LineFieldSync::edited(const QString &text) {
    m_applying = true;
    m_session->applyTyping(m_write(text), m_field);
    m_applying = false;
    m_echo = m_read();
    m_hasEcho = true;
}

void LineFieldSync::refresh() {
    if (m_applying)
        return;
    const QString value = m_read();
    if (m_hasEcho && value == m_echo)
        return;
    m_hasEcho = false;
    setFieldText(m_field, value);
}

void LineFieldSync::forget() {
    m_hasEcho = false;
}

QFormLayout *topAlignedForm(QWidget *owner) {
    auto *outer = new QVBoxLayout(owner);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

SharedUndoFilter::SharedUndoFilter(QObject *parent)
    : QObject(parent) {}

void SharedUndoFilter::watch(QWidget *widget) {
    widget->installEventFilter(this);
    for (QWidget *child : widget->findChildren<QWidget *>())
        child->installEventFilter(this);
}

bool SharedUndoFilter::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepting the override lets the window's Undo/Redo shortcut fire.
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true; // never the field's own undo
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wc
