// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace wc {

class IssueSession;

// The issue's header: title, issue number (the `#N` inside the title), date, author, a one-line
// description, and every other front-matter key in a key/value table. In a bilingual issue
// (isBilingualIssue, or a title or description with `---`) the title and the description
// show as a Chinese and an English field each: `Python 潮流周刊#N：中文---English`. Each field
// rewrites its own part; emptying an English field removes its `---`.
class FrontMatterForm : public QWidget {
    Q_OBJECT
public:
    explicit FrontMatterForm(IssueSession *session, QWidget *parent = nullptr);
    void refresh();
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *englishTitleField() const { return m_englishTitle; }
    QLineEdit *descriptionField() const { return m_description; }
    QLineEdit *englishDescriptionField() const { return m_englishDescription; }

private:
    void setNumber(int number);
    void setDate(const QDate &date);
    void tableEdited(int row, int column);
    void showEnglish(bool shown);
    // The value of `key` as the form shows it: its Chinese part while the English fields are
    // shown, and the value with `part` put in place of the edited part.
    QString shownPart(const QString &value, bool english) const;
    QString withPart(const QString &value, const QString &part, bool english) const;

    IssueSession *m_session;
    QLabel *m_diagnostic;
    QFormLayout *m_layout;
    QLineEdit *m_title;
    QLineEdit *m_englishTitle;
    QLineEdit *m_description;
    QLineEdit *m_englishDescription;
    bool m_showsEnglish = false;
    QSpinBox *m_number;
    QDateEdit *m_date;
    QLineEdit *m_author;
    QTableWidget *m_others;
    QLabel *m_othersNote;
    bool m_updating = false;
};

} // namespace wc
