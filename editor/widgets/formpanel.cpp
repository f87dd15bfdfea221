// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formpanel.h"

#include "formfields.h"
#include "frontmatterform.h"
#include "issuesession.h"
#include "itemform.h"
#include "nodeselection.h"
#include "preambleform.h"
#include "sectionform.h"

#include <QLabel>
#include <QScrollArea>

namespace wc {

namespace {

QScrollArea *scrolled(QWidget *form, QWidget *parent) {
    auto *area = new QScrollArea(parent);
    area->setWidget(form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

FormPanel::FormPanel(IssueSession *session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
    , m_empty(new QLabel(tr("Select a section or an item in the outline."), this))
    , m_frontMatter(new FrontMatterForm(session, this))
    , m_preamble(new PreambleForm(session, this))
    , m_section(new SectionForm(session, this))
    , m_item(new ItemForm(session, this)) {
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    addWidget(m_empty);
    addWidget(scrolled(m_frontMatter, this));
    addWidget(m_preamble);
    addWidget(scrolled(m_section, this));
    addWidget(scrolled(m_item, this));
    auto *undo = new SharedUndoFilter(this);
    for (QWidget *form : {static_cast<QWidget *>(m_frontMatter), static_cast<QWidget *>(m_preamble),
                          static_cast<QWidget *>(m_section), static_cast<QWidget *>(m_item)})
        undo->watch(form);
    connect(session->selection(), &NodeSelection::currentChanged, this, &FormPanel::showNode);
    showNode(node());
}

OutlineNode FormPanel::node() const {
    return m_session->selection()->current();
}

void FormPanel::showNode(const OutlineNode &node) {
    switch (node.kind) {
    case OutlineNode::Kind::FrontMatter:
        setCurrentIndex(1);
        break;
    case OutlineNode::Kind::Preamble:
        setCurrentIndex(2);
        break;
    case OutlineNode::Kind::Section:
        m_section->setSection(node.section);
        setCurrentIndex(3);
        break;
    case OutlineNode::Kind::Item:
        m_item->setItem({node.section, node.item});
        setCurrentIndex(4);
        break;
    case OutlineNode::Kind::None:
        setCurrentIndex(0);
        return;
    }
    refresh();
}

void FormPanel::refresh() {
    switch (node().kind) {
    case OutlineNode::Kind::FrontMatter:
        m_frontMatter->refresh();
        break;
    case OutlineNode::Kind::Preamble:
        m_preamble->refresh();
        break;
    case OutlineNode::Kind::Section:
        m_section->refresh();
        break;
    case OutlineNode::Kind::Item:
        m_item->refresh();
        break;
    case OutlineNode::Kind::None:
        break;
    }
}

void FormPanel::focusFirstField() {
    QWidget *page = currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(page))
        page = area->widget();
    // The first widget that takes the keyboard in the page's tab order.
    for (QWidget *child = page->nextInFocusChain(); child && child != page;
         child = child->nextInFocusChain()) {
        if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus) &&
            page->isAncestorOf(child)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    page->setFocus();
}

} // namespace wc
