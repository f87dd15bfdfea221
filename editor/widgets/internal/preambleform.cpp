// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preambleform.h"

#include "formfields.h"
#include "issuesession.h"
#include "markdownhighlighter.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wc {

PreambleForm::PreambleForm(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QPlainTextEdit(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Preamble (Markdown):"), this);
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text);
    new MarkdownHighlighter(m_text->document(), m_text);
    // A run of typing is one undo step, as in the other fields.
    onTextEdited(m_text, this, [this](const QString &text) {
        m_session->applyTyping(m_session->edits().setPreamble(text), m_text);
    });
}

void PreambleForm::refresh() {
    const IssueDocument &doc = m_session->document();
    QString preamble;
    if (!doc.preamble().isEmpty())
        preamble =
            QStringView(doc.text())
                .sliced(doc.preamble().first().content.begin,
                        doc.preamble().last().content.end - doc.preamble().first().content.begin)
                .toString();
    // As in the item form: the field keeps its text while the preamble is what it writes.
    const QString typed = m_text->toPlainText();
    if (typed.trimmed() != preamble.trimmed() &&
        m_session->edits().normalizedBlock(typed, DocumentEdits::BlockPlace::Preamble).trimmed() !=
            preamble.trimmed())
        setFieldText(m_text, preamble);
}

} // namespace wc
