#pragma once

#include <QObject>

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
