// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc {

class IssueSession;
class LineFieldSync;

// The form of one item: every field writes straight into the item's lines of the text.
class ItemForm : public QWidget {
    Q_OBJECT
public:
    explicit ItemForm(IssueSession *session, QWidget *parent = nullptr);
    // Drops the field syncs first: a field that loses the focus while the window closes (the
    // QWidget part of this form still alive) would otherwise read this form's item.
    ~ItemForm() override;

    void setItem(ItemRef ref);
    ItemRef item() const { return m_ref; }
    // Re-reads the fields from the session's current document.
    void refresh();

    // A bilingual title `中文---English` shows as two fields: the title field holds the part
    // before `---`, the English field the part after it. The English field is shown when the
    // item's title has a `---` or the issue is bilingual (isBilingualIssue), and stays while the
    // same item is shown (emptying it, which removes the `---`, does not take it away).
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *englishTitleField() const { return m_english; }
    bool showsEnglishTitle() const { return m_showsEnglish; }
    QLineEdit *urlField() const { return m_url; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QLineEdit *tailField() const { return m_tail; }
    QLineEdit *imageUrlField() const { return m_imageUrl; }
    QLineEdit *imageAltField() const { return m_imageAlt; }
    QLineEdit *starsField() const { return m_stars; }
    QLineEdit *contributorField() const { return m_contributor; }
    // The warnings about the URL, Image URL, Stars and Contributor fields (hidden when the value
    // is valid), in one place below the fields.
    QLabel *urlProblem() const { return m_urlProblem; }
    QLabel *imageProblem() const { return m_imageProblem; }
    QLabel *starsProblem() const { return m_starsProblem; }
    QLabel *contributorProblem() const { return m_contributorProblem; }
    // Shown for the last item of a summary list, whose body fields are disabled.
    QLabel *noBodyNote() const { return m_noBody; }

private:
    // The edit API needs a valid item: every read and write checks this first.
    bool showsAnItem() const;
    const ItemNode &shownItem() const;
    // Invalid values are written (the text stays the truth) with a warning under the field.
    void validateUrl();
    void validateImage();
    void validateStars();
    void validateContributor();
    QString notWritten() const;
    void showEnglishTitle(bool shown);
    QLineEdit *addLine(QFormLayout *layout, const QString &label, const QString &placeholder);
    QLabel *addProblemLabel(const QString &field);

    IssueSession *m_session;
    ItemRef m_ref;
    QWidget *m_problemBox;
    QLabel *m_number;
    QFormLayout *m_fields;
    QLineEdit *m_title;
    QLineEdit *m_english;
    bool m_showsEnglish = false;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLineEdit *m_tail;
    QLabel *m_noBody;
    QPlainTextEdit *m_description;
    QLineEdit *m_imageUrl;
    QLabel *m_imageProblem;
    QLineEdit *m_imageAlt;
    QLineEdit *m_stars;
    QLabel *m_starsProblem;
    QLineEdit *m_contributor;
    QLabel *m_contributorProblem;
    QList<LineFieldSync *> m_syncs;
};

} // namespace wc
