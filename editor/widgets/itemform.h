#pragma once

#include "documentedits.h"

#include <QWidget>

#include <type_traits>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc {

class IssueSession;

// The form of one item: every field writes straight into the item's lines of the text.
class ItemForm : public QWidget {
    Q_OBJECT
public:
    explicit ItemForm(IssueSession *session, QWidget *parent = nullptr);

    void setItem(ItemRef ref);
    ItemRef item() const { return m_ref; }
    // Re-reads the fields from the session's current document.
    void refresh();

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *urlField() const { return m_url; }
    QPlainTextEdit *descriptionField() const { return m_description; }

private:
    bool showsAnItem() const;
    // Applies the DocumentEdits `method` to the shown item; nothing when there is none (the
    // edit API needs a valid item, so the check comes before the edit is made).
    template <typename... Args>
    void apply(Edit (DocumentEdits::*method)(ItemRef, Args...) const,
               const std::remove_cvref_t<Args> &...args);
    void validateUrl();
    QLineEdit *addLine(QFormLayout *layout, const QString &label, const QString &placeholder);

    IssueSession *m_session;
    ItemRef m_ref;
    QLabel *m_number;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLineEdit *m_tail;
    QPlainTextEdit *m_description;
    QLineEdit *m_imageUrl;
    QLineEdit *m_imageAlt;
    QLineEdit *m_stars;
    QLineEdit *m_contributor;
};

} // namespace wc
