// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionform.h"

#include "fieldtext.h"
#include "formfields.h"
#include "issuesession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace wc {

SectionForm::SectionForm(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_url(new QLineEdit(this)) {
    auto *layout = topAlignedForm(this);
    layout->addRow(tr("Heading:"), m_kind);
    m_label->setPlaceholderText(tr("e.g. 🦄文章&教程"));
    layout->addRow(tr("&Label:"), m_label);
    m_url->setPlaceholderText(tr("optional, e.g. https://weekly.pythoncat.top"));
    layout->addRow(tr("Heading &link:"), m_url);
    auto shown = [this] {
        return m_section >= 0 && m_section < m_session->document().sections().size();
    };
    auto label = [this] {
        const IssueDocument &doc = m_session->document();
        return doc.sectionLabel(doc.sections()[m_section]);
    };
    m_labelSync = new LineFieldSync(
        m_label, m_session,
        [shown, label] { return shown() ? fieldtext::readerText(label()) : QString(); },
        [this, shown, label](const QString &text) {
            // A heading without a link escapes parentheses too: a typed `)` after a `[x](`
            // the text already holds would make a link of it (as in a link-less item title).
            const auto escapes = shown() && m_session->document().sections()[m_section].hasLink
                                     ? fieldtext::Escapes::Inline
                                     : fieldtext::Escapes::InlineAndParentheses;
            return shown() ? m_session->edits().setSectionLabel(
                                 m_section, fieldtext::sourceForEdit(label(), text, escapes))
                           : Edit{};
        });
    m_urlSync = new LineFieldSync(
        m_url, m_session,
        [this, shown] {
            return shown() ? m_session->document()
                                 .sections()[m_section]
                                 .headingUrl.in(m_session->document().text())
                                 .toString()
                           : QString();
        },
        [this, shown](const QString &text) {
            return shown() ? m_session->edits().setSectionUrl(m_section, text) : Edit{};
        });
}

SectionForm::~SectionForm() {
    delete std::exchange(m_labelSync, nullptr);
    delete std::exchange(m_urlSync, nullptr);
}

void SectionForm::setSection(int section) {
    if (section != m_section) {
        m_labelSync->forget();
        m_urlSync->forget();
        m_session->breakTypingRun();
    }
    m_section = section;
    refresh();
}

void SectionForm::refresh() {
    const IssueDocument &doc = m_session->document();
    if (m_section < 0 || m_section >= doc.sections().size()) {
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const SectionNode &section = doc.sections()[m_section];
    switch (section.level) {
    case 0:
        m_kind->setText(tr("Bold link line (summary issue)"));
        break;
    case 3:
        m_kind->setText(tr("Subsection (###)"));
        break;
    default:
        m_kind->setText(tr("Section (##)"));
    }
    m_labelSync->refresh();
    m_urlSync->refresh();
}

} // namespace wc
