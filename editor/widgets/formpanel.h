// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinenode.h"

#include <QStackedWidget>

namespace wc {

class FrontMatterForm;
class IssueSession;
class ItemForm;
class PreambleForm;
class SectionForm;

// Shows the form of the session's selected node (IssueSession::selection()), and follows it.
class FormPanel : public QStackedWidget {
    Q_OBJECT
public:
    explicit FormPanel(IssueSession *session, QWidget *parent = nullptr);

    // The node whose form shows: the session's selected node.
    OutlineNode node() const;
    // Reads the shown form's fields again from the text.
    void refresh();
    // Keyboard focus to the first field of the form on show.
    void focusFirstField();

    ItemForm *itemForm() const { return m_item; }
    SectionForm *sectionForm() const { return m_section; }
    FrontMatterForm *frontMatterForm() const { return m_frontMatter; }

private:
    void showNode(const OutlineNode &node);

    IssueSession *m_session;
    QWidget *m_empty;
    FrontMatterForm *m_frontMatter;
    PreambleForm *m_preamble;
    SectionForm *m_section;
    ItemForm *m_item;
};

} // namespace wc
