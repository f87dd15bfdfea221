// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QTabWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace wc {

// The newsletter profile in forms, one tab per part: the issue's names and numbering, the
// section kinds, the past-issues section, the English headings, the fixed texts, and what
// the parser needs (footer markers, section emoji). It edits a
// copy: profile() gives what the fields hold.
class ProfileForm : public QTabWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const NewsletterProfile &profile);
    NewsletterProfile profile() const;
    // What keeps profile() from being written ("offsets: x is not a number"); empty when none.
    QString problem() const;

private:
    QWidget *createGeneralPage();
    QWidget *createSectionsPage();
    QWidget *createPastIssuesPage();
    QWidget *createHeadingsPage();
    QWidget *createTextsPage();
    QWidget *createParsingPage();
    void addSectionRow(const SectionRule &rule);
    void showText(int row);

    QLineEdit *m_name;
    QLineEdit *m_issueFile;
    QLineEdit *m_title;
    QLineEdit *m_englishTitle;
    QSpinBox *m_interval;
    QLineEdit *m_separator;
    QTableWidget *m_sections;
    QLineEdit *m_pastHeading;
    QLineEdit *m_pastOffsets;
    QTableWidget *m_headings;
    QListWidget *m_textNames;
    QPlainTextEdit *m_textValue;
    QPlainTextEdit *m_footerMarkers;
    QLineEdit *m_sectionEmoji;
    NewsletterProfile m_base;
    QList<std::pair<QString, QString>> m_texts;
    int m_shownText = -1;
};

} // namespace wc
