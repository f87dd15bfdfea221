#include "itemform.h"

#include "formfields.h"
#include "issuesession.h"
#include "markdownhighlighter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUrl>

namespace wc {

template <typename... Args>
void ItemForm::apply(Edit (DocumentEdits::*method)(ItemRef, Args...) const,
                     const std::remove_cvref_t<Args> &...args) {
    if (showsAnItem())
        m_session->apply((m_session->edits().*method)(m_ref, args...));
}

ItemForm::ItemForm(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    auto *layout = topAlignedForm(this);
    m_number = new QLabel(this);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Number:"), m_number);
    m_title = addLine(layout, tr("&Title:"), tr("Link text, e.g. 中文标题---English title"));
    m_url = addLine(layout, tr("&URL:"), QStringLiteral("https://"));
    m_urlProblem = new QLabel(this);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #d1495b"));
    m_urlProblem->hide();
    layout->addRow(QString(), m_urlProblem);
    m_tail = addLine(layout, tr("After the lin&k:"), tr("e.g. (英)"));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    // About eight lines: the image and note fields stay in view below it.
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 9 + 12);
    m_description->setPlaceholderText(tr("What the link is about, in Markdown"));
    new MarkdownHighlighter(m_description->document(), m_description);
    layout->addRow(tr("&Description:"), m_description);
    m_imageUrl = addLine(layout, tr("&Image URL:"), QStringLiteral("https://"));
    m_imageAlt = addLine(layout, tr("Image &alt text:"), QString());
    m_stars = addLine(layout, tr("&Stars:"), tr("e.g. 18.5K"));
    m_contributor = addLine(layout, tr("&Contributor:"), tr("name, without @"));

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&DocumentEdits::setItemTitle, text); });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        apply(&DocumentEdits::setItemUrl, text);
        validateUrl();
    });
    connect(m_tail, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&DocumentEdits::setItemTail, text); });
    onTextEdited(m_description, this,
                 [this](const QString &text) { apply(&DocumentEdits::setItemDescription, text); });
    auto applyImage = [this] {
        apply(&DocumentEdits::setItemImage, m_imageUrl->text(), m_imageAlt->text());
    };
    connect(m_imageUrl, &QLineEdit::textEdited, this, applyImage);
    connect(m_imageAlt, &QLineEdit::textEdited, this, applyImage);
    connect(m_stars, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&DocumentEdits::setItemStars, text); });
    connect(m_contributor, &QLineEdit::textEdited, this,
            [this](const QString &text) { apply(&DocumentEdits::setItemContributor, text); });
}

QLineEdit *ItemForm::addLine(QFormLayout *layout, const QString &label,
                             const QString &placeholder) {
    auto *field = new QLineEdit(this);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(false);
    layout->addRow(label, field);
    return field;
}

bool ItemForm::showsAnItem() const {
    const auto &sections = m_session->document().sections();
    return m_ref.section >= 0 && m_ref.section < sections.size() && m_ref.item >= 0 &&
           m_ref.item < sections[m_ref.section].items.size();
}

void ItemForm::setItem(ItemRef ref) {
    m_ref = ref;
    refresh();
}

void ItemForm::validateUrl() {
    const QString text = m_url->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    QString problem;
    if (text.isEmpty())
        problem = tr("The item has no link.");
    else if (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != u"http" && url.scheme() != u"https"))
        problem = tr("Not a valid http(s) address.");
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
}

void ItemForm::refresh() {
    const IssueDocument &doc = m_session->document();
    const auto &sections = doc.sections();
    if (m_ref.section < 0 || m_ref.section >= sections.size() || m_ref.item < 0 ||
        m_ref.item >= sections[m_ref.section].items.size()) {
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const QString &text = doc.text();
    const ItemNode &item = sections[m_ref.section].items[m_ref.item];
    m_number->setText(item.number.in(text).toString().append(item.separator.in(text)));
    setFieldText(m_title, item.title.in(text).toString());
    setFieldText(m_url, item.hasLink ? item.url.in(text).toString() : QString());
    setFieldText(m_tail, item.tail.in(text).toString());
    // Blank lines the user is typing at either end are not in the text yet: leave them.
    const QString description = item.description().in(text).toString();
    if (m_description->toPlainText().trimmed() != description.trimmed())
        setFieldText(m_description, description);
    setFieldText(m_imageUrl, item.image.url.in(text).toString());
    setFieldText(m_imageAlt, item.image.alt.in(text).toString());
    setFieldText(m_stars, item.notes.starValue.in(text).toString());
    setFieldText(m_contributor, item.notes.contributorName.in(text).toString());
    validateUrl();
}

} // namespace wc
