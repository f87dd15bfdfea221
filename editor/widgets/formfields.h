#pragma once

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
