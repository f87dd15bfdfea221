#include "sectionform.h"

#include "formfields.h"
#include "issuesession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_section >= 0 && m_section < m_session->document().sections().size())
            m_session->apply(m_session->edits().setSectionLabel(m_section, text));
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_section >= 0 && m_section < m_session->document().sections().size())
            m_session->apply(m_session->edits().setSectionUrl(m_section, text));
    });
}

void SectionForm::setSection(int section) {
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
    setFieldText(m_label, doc.sectionLabel(section));
    setFieldText(m_url, section.headingUrl.in(doc.text()).toString());
}

} // namespace wc
