// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace wc {

class IssueSession;
class LineFieldSync;

// A section's label (`🦄文章&教程`) and the optional link of its heading.
class SectionForm : public QWidget {
    Q_OBJECT
public:
    explicit SectionForm(IssueSession *session, QWidget *parent = nullptr);
    // Drops the field syncs first: a field that loses the focus while the window closes would
    // otherwise read this form's section after ~SectionForm (as in ItemForm).
    ~SectionForm() override;
    void setSection(int section);
    int section() const { return m_section; }
    void refresh();
    QLineEdit *labelField() const { return m_label; }
    QLineEdit *urlField() const { return m_url; }

private:
    IssueSession *m_session;
    int m_section = -1;
    QLabel *m_kind;
    QLineEdit *m_label;
    QLineEdit *m_url;
    LineFieldSync *m_labelSync = nullptr;
    LineFieldSync *m_urlSync = nullptr;
};

} // namespace wc
