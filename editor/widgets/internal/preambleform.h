// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace wc {

class IssueSession;

// The text between the title and the first section: greeting, notices, the stats line.
class PreambleForm : public QWidget {
    Q_OBJECT
public:
    explicit PreambleForm(IssueSession *session, QWidget *parent = nullptr);
    void refresh();

private:
    IssueSession *m_session;
    QPlainTextEdit *m_text;
};

} // namespace wc
