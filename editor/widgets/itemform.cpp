// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemform.h"

#include "bilingualtext.h"
#include "fieldtext.h"
#include "formfields.h"
#include "issuesession.h"
#include "markdownhighlighter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace wc {

namespace {

// A note ends at its first unpaired closing bracket: a value with unpaired brackets would be
// cut short (and the rest of it left in the description), so it is not written.
bool fitsInANote(const QString &value) {
    int depth = 0;
    for (QChar c : value) {
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && --depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace

ItemForm::ItemForm(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    // The description takes the height the pane has; the problems have a place of their own
    // below the fields, so no field moves when one appears.
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QFormLayout;
    m_fields = layout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(layout, 1);
    m_problemBox = new QWidget(this);
    m_problemBox->setObjectName(QStringLiteral("itemProblems"));
    auto *problems = new QVBoxLayout(m_problemBox);
    problems->setContentsMargins(0, 0, 0, 0);
    problems->setSpacing(0);
    problems->addStretch(1);
    m_problemBox->setFixedHeight(fontMetrics().lineSpacing() * 3 + 4);
    outer->addWidget(m_problemBox);
    m_number = new QLabel(this);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Number:"), m_number);
    m_title = addLine(layout, tr("&Title:"), tr("Link text, e.g. 中文标题---English title"));
    m_english = addLine(layout, tr("E&nglish:"), tr("The original English title"));
    m_english->setObjectName(QStringLiteral("englishTitleField"));
    layout->setRowVisible(m_english, false);
    m_url = addLine(layout, tr("&URL:"), QStringLiteral("https://"));
    m_urlProblem = addProblemLabel(tr("URL"));
    m_tail = addLine(layout, tr("After the lin&k:"), tr("e.g. (英)"));
    m_noBody = new QLabel(tr("The last item of a summary list is one line: what follows it is "
                             "the section's footer, so it has no description or image."),
                          this);
    m_noBody->setWordWrap(true);
    m_noBody->hide();
    layout->addRow(QString(), m_noBody);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    // At least four lines; it grows with the pane, the other fields keep their height.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_description->setPlaceholderText(tr("What the link is about, in Markdown"));
    new MarkdownHighlighter(m_description->document(), m_description);
    layout->addRow(tr("&Description:"), m_description);
    m_imageUrl = addLine(layout, tr("&Image URL:"), QStringLiteral("https://"));
    m_imageProblem = addProblemLabel(tr("Image URL"));
    m_imageAlt = addLine(layout, tr("Image &alt text:"), QString());
    m_stars = addLine(layout, tr("&Stars:"), tr("e.g. 18.5K"));
    m_starsProblem = addProblemLabel(tr("Stars"));
    m_contributor = addLine(layout, tr("&Contributor:"), tr("name, without @"));
    m_contributorProblem = addProblemLabel(tr("Contributor"));

    // Each line field reads its value from the shown item and writes it back escaped.
    auto bind = [this](QLineEdit *field, std::function<QString(const ItemNode &)> read,
                       std::function<Edit(const ItemNode &, const QString &)> write) {
        m_syncs.append(new LineFieldSync(
            field, m_session,
            [this, read] { return showsAnItem() ? read(shownItem()) : QString(); },
            [this, write](const QString &text) {
                return showsAnItem() ? write(shownItem(), text) : Edit{};
            }));
    };
    auto source = [this](TextRange range) { return range.in(m_session->document().text()); };
    // The title's source split at its first `---` while the English field is shown; each field
    // rewrites only its own part, the other part and the `---` stay byte for byte.
    auto titleEscapes = [](const ItemNode &item) {
        return item.hasLink ? fieldtext::Escapes::Inline : fieldtext::Escapes::InlineAndParentheses;
    };
    bind(
        m_title,
        [this, source](const ItemNode &item) {
            const QString written = source(item.title).toString();
            return fieldtext::readerText(m_showsEnglish ? splitBilingual(written).chinese
                                                        : written);
        },
        [this, source, titleEscapes](const ItemNode &item, const QString &text) {
            const QString written = source(item.title).toString();
            const BilingualText parts = splitBilingual(written);
            if (!m_showsEnglish)
                return m_session->edits().setItemTitle(
                    m_ref, fieldtext::sourceForEdit(written, text, titleEscapes(item)));
            QString title = fieldtext::sourceForEdit(parts.chinese, text, titleEscapes(item));
            if (parts.bilingual)
                title += QStringLiteral("---") + parts.english;
            return m_session->edits().setItemTitle(m_ref, title);
        });
    bind(
        m_english,
        [this, source](const ItemNode &item) {
            const BilingualText parts = splitBilingual(source(item.title));
            return m_showsEnglish && parts.bilingual ? fieldtext::readerText(parts.english)
                                                     : QString();
        },
        [source, this, titleEscapes](const ItemNode &item, const QString &text) {
            const BilingualText parts = splitBilingual(source(item.title));
            // Emptied, the English part takes its `---` with it: the title is as before.
            const QString english = fieldtext::sourceForEdit(
                parts.bilingual ? parts.english : QString(), text, titleEscapes(item));
            return m_session->edits().setItemTitle(m_ref, joinBilingual(parts.chinese, english));
        });
    bind(
        m_url,
        [source](const ItemNode &item) {
            return item.hasLink ? source(item.url).toString() : QString();
        },
        [this](const ItemNode &, const QString &text) {
            return m_session->edits().setItemUrl(m_ref, text);
        });
    bind(
        m_tail, [source](const ItemNode &item) { return fieldtext::readerText(source(item.tail)); },
        [this, source](const ItemNode &item, const QString &text) {
            return m_session->edits().setItemTail(
                m_ref, fieldtext::sourceForEdit(source(item.tail), text));
        });
    bind(
        m_imageUrl, [source](const ItemNode &item) { return source(item.image.url).toString(); },
        [this, source](const ItemNode &item, const QString &text) {
            return m_session->edits().setItemImage(m_ref, text, source(item.image.alt).toString());
        });
    bind(
        m_imageAlt,
        [source](const ItemNode &item) { return fieldtext::readerText(source(item.image.alt)); },
        [this, source](const ItemNode &item, const QString &text) {
            // The alt alone: rewriting the whole image would remove one whose URL is empty.
            return m_session->edits().setItemImageAlt(
                m_ref, fieldtext::sourceForEdit(source(item.image.alt), text));
        });
    bind(
        m_stars, [source](const ItemNode &item) { return source(item.notes.starValue).toString(); },
        [this](const ItemNode &, const QString &text) {
            return fitsInANote(text) ? m_session->edits().setItemStars(m_ref, text) : Edit{};
        });
    bind(
        m_contributor,
        [source](const ItemNode &item) { return source(item.notes.contributorName).toString(); },
        [this](const ItemNode &, const QString &text) {
            return fitsInANote(text) ? m_session->edits().setItemContributor(m_ref, text) : Edit{};
        });
    // Leaving the title field shows a `---` typed into it as the two fields.
    connect(m_title, &QLineEdit::editingFinished, this, &ItemForm::refresh);
    connect(m_url, &QLineEdit::textEdited, this, &ItemForm::validateUrl);
    connect(m_imageUrl, &QLineEdit::textEdited, this, &ItemForm::validateImage);
    connect(m_stars, &QLineEdit::textEdited, this, &ItemForm::validateStars);
    connect(m_contributor, &QLineEdit::textEdited, this, &ItemForm::validateContributor);
    onTextEdited(m_description, this, [this](const QString &text) {
        if (showsAnItem())
            m_session->applyTyping(m_session->edits().setItemDescription(m_ref, text),
                                   m_description);
    });
}

ItemForm::~ItemForm() {
    qDeleteAll(std::exchange(m_syncs, {}));
}

QLineEdit *ItemForm::addLine(QFormLayout *layout, const QString &label,
                             const QString &placeholder) {
    auto *field = new QLineEdit(this);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(false);
    layout->addRow(label, field);
    return field;
}

QLabel *ItemForm::addProblemLabel(const QString &field) {
    auto *label = new QLabel(m_problemBox);
    label->setStyleSheet(QStringLiteral("color: #d1495b"));
    label->setWordWrap(true);
    label->setProperty("field", field);
    label->hide();
    auto *box = static_cast<QVBoxLayout *>(m_problemBox->layout());
    box->insertWidget(box->count() - 1, label);
    return label;
}

const ItemNode &ItemForm::shownItem() const {
    return m_session->document().sections()[m_ref.section].items[m_ref.item];
}

bool ItemForm::showsAnItem() const {
    const auto &sections = m_session->document().sections();
    return m_ref.section >= 0 && m_ref.section < sections.size() && m_ref.item >= 0 &&
           m_ref.item < sections[m_ref.section].items.size();
}

void ItemForm::setItem(ItemRef ref) {
    if (!(ref == m_ref)) {
        for (LineFieldSync *sync : std::as_const(m_syncs))
            sync->forget();
        m_session->breakTypingRun();
        if (m_showsEnglish)
            showEnglishTitle(false); // decided afresh for the new item in refresh()
    }
    m_ref = ref;
    refresh();
}

namespace {

bool isWebAddress(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http" || url.scheme() == u"https");
}

void showProblem(QLabel *label, const QString &problem) {
    // Away from its field, a problem names the field it is about.
    const QString text =
        problem.isEmpty()
            ? QString()
            : ItemForm::tr("%1: %2").arg(label->property("field").toString(), problem);
    label->setText(text);
    label->setToolTip(text);
    label->setVisible(!problem.isEmpty());
}

} // namespace

void ItemForm::validateUrl() {
    const QString text = m_url->text().trimmed();
    QString problem;
    if (text.isEmpty())
        problem = tr("The item has no link.");
    else if (!isWebAddress(text))
        problem = tr("Not a valid http(s) address.");
    showProblem(m_urlProblem, problem);
}

void ItemForm::validateImage() {
    // An image is a web address or a picture file beside the issue (a relative path).
    static const QRegularExpression localPicture(
        QStringLiteral("^[^:\\s]+\\.(png|jpe?g|gif|webp|svg|avif)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = m_imageUrl->text().trimmed();
    const bool valid = text.isEmpty() || isWebAddress(text) || localPicture.match(text).hasMatch();
    showProblem(m_imageProblem,
                valid ? QString()
                      : tr("Not an image address: use an http(s) address or a picture file "
                           "beside the issue (.png, .jpg, .gif, .webp, .svg)."));
}

void ItemForm::validateStars() {
    // As the newsletter writes them: 748, 2K, 8.9K, 1.2M.
    static const QRegularExpression starCount(QStringLiteral("^\\d+(\\.\\d+)?[KkMm]?$"));
    const QString text = m_stars->text().trimmed();
    const bool valid = text.isEmpty() || starCount.match(text).hasMatch();
    showProblem(m_starsProblem, !fitsInANote(text) ? notWritten()
                                : valid            ? QString()
                                                   : tr("Not a star count (e.g. 748, 2K, 8.9K)."));
}

void ItemForm::validateContributor() {
    showProblem(m_contributorProblem,
                fitsInANote(m_contributor->text()) ? QString() : notWritten());
}

void ItemForm::showEnglishTitle(bool shown) {
    m_showsEnglish = shown;
    m_fields->setRowVisible(m_english, shown);
    if (auto *label = qobject_cast<QLabel *>(m_fields->labelForField(m_title)))
        label->setText(shown ? tr("Chinese &title:") : tr("&Title:"));
    m_title->setPlaceholderText(shown ? tr("The title in Chinese")
                                      : tr("Link text, e.g. 中文标题---English title"));
    // Both fields read the title anew: the split changed.
    for (LineFieldSync *sync : std::as_const(m_syncs))
        sync->forget();
}

QString ItemForm::notWritten() const {
    return tr("Brackets must pair up inside a note: not written.");
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
    // A `---` typed into the one title field splits it once the user leaves the field, not
    // under the keys that are still typing the English part.
    if (!m_showsEnglish && !m_title->hasFocus() &&
        (item.title.in(text).contains(QStringLiteral("---")) || m_session->isBilingual()))
        showEnglishTitle(true);
    for (LineFieldSync *sync : std::as_const(m_syncs))
        sync->refresh();
    // Blank lines the user is typing at either end are not in the text yet: leave them. The
    // field also keeps its text while the description is what that text writes (a fence the
    // user is still typing is closed in the issue, a `## ` line escaped): typed back into the
    // field, those would come under the user's keys.
    const QString description = item.description().in(text).toString();
    const QString typed = m_description->toPlainText();
    if (typed.trimmed() != description.trimmed() &&
        m_session->edits().normalizedBlock(typed, DocumentEdits::BlockPlace::ItemBody).trimmed() !=
            description.trimmed())
        setFieldText(m_description, description);
    // Below the last circled item of a section begins its footer: a description or image
    // written there would not be the item's (DocumentEdits::canHaveBody); its notes would.
    const bool hasBody = m_session->edits().canHaveBody(m_ref);
    m_noBody->setVisible(!hasBody);
    m_description->setEnabled(hasBody);
    m_imageUrl->setEnabled(hasBody);
    // Alt text belongs to an image: it can be written once there is one.
    m_imageAlt->setEnabled(item.image.blockIndex >= 0);
    // Without a link there is no "after the link": the line's end belongs to the title.
    m_tail->setEnabled(item.hasLink);
    validateUrl();
    validateImage();
    validateStars();
    validateContributor();
}

} // namespace wc
