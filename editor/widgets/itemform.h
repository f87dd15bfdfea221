#pragma once

#include "documentedits.h"

#include <QWidget>

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
    void apply(const Edit &edit);
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
