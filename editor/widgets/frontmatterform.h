// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace wc {

class IssueSession;

// The issue's header: title, issue number (the `#N` inside the title), date, author, and
// every other front-matter key in a key/value table.
class FrontMatterForm : public QWidget {
    Q_OBJECT
public:
    explicit FrontMatterForm(IssueSession *session, QWidget *parent = nullptr);
    void refresh();
    QLineEdit *titleField() const { return m_title; }

private:
    void setNumber(int number);
    void setDate(const QDate &date);
    void tableEdited(int row, int column);

    IssueSession *m_session;
    QLabel *m_diagnostic;
    QLineEdit *m_title;
    QSpinBox *m_number;
    QDateEdit *m_date;
    QLineEdit *m_author;
    QTableWidget *m_others;
    QLabel *m_othersNote;
    bool m_updating = false;
};

} // namespace wc
