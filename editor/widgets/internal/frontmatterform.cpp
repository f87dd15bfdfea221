// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterform.h"

#include "bilingualtext.h"
#include "formfields.h"
#include "issuenumber.h"
#include "issuesession.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

namespace wc {

namespace {

const QStringList formKeys = {QStringLiteral("title"), QStringLiteral("pubDate"),
                              QStringLiteral("author")};
const QString descriptionKey = QStringLiteral("description");

// A description on one line is the form's; one over several lines stays in the table.
bool descriptionInForm(const FrontMatterField *field) {
    return !field || field->isOneLine();
}

// Below any issue's date: the Date field's "none".
const QDate noDate(1900, 1, 1);

} // namespace

FrontMatterForm::FrontMatterForm(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_diagnostic(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_englishTitle(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_englishDescription(new QLineEdit(this))
    , m_number(new QSpinBox(this))
    , m_date(new QDateEdit(this))
    , m_author(new QLineEdit(this))
    , m_others(new QTableWidget(0, 2, this))
    , m_othersNote(new QLabel(this)) {
    auto *layout = topAlignedForm(this);
    m_layout = layout;
    m_diagnostic->setWordWrap(true);
    m_diagnostic->setStyleSheet(QStringLiteral("color: #d1495b"));
    m_diagnostic->hide();
    m_title->setObjectName(QStringLiteral("titleField"));
    m_author->setObjectName(QStringLiteral("authorField"));
    m_others->setObjectName(QStringLiteral("otherKeysTable"));
    m_othersNote->setObjectName(QStringLiteral("otherKeysNote"));
    m_diagnostic->setObjectName(QStringLiteral("frontMatterDiagnostic"));
    layout->addRow(m_diagnostic);
    layout->addRow(tr("&Title:"), m_title);
    m_englishTitle->setObjectName(QStringLiteral("englishTitleField"));
    m_englishTitle->setPlaceholderText(tr("The English title"));
    layout->addRow(tr("E&nglish title:"), m_englishTitle);
    m_number->setRange(0, 99999);
    m_number->setSpecialValueText(tr("none"));
    layout->addRow(tr("Issue &number:"), m_number);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // No date (or one that is not a date) shows as a blank field: the minimum date stands
    // for "none", and nothing is written until the user picks a date.
    m_date->setMinimumDate(noDate);
    m_date->setSpecialValueText(QStringLiteral(" "));
    layout->addRow(tr("&Date:"), m_date);
    layout->addRow(tr("&Author:"), m_author);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    layout->addRow(tr("D&escription:"), m_description);
    m_englishDescription->setObjectName(QStringLiteral("englishDescriptionField"));
    m_englishDescription->setPlaceholderText(tr("The English description"));
    layout->addRow(tr("English desc&ription:"), m_englishDescription);
    layout->setRowVisible(m_englishTitle, false);
    layout->setRowVisible(m_englishDescription, false);
    m_others->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_others->horizontalHeader()->setStretchLastSection(true);
    m_others->verticalHeader()->hide();
    layout->addRow(tr("Other keys:"), m_others);
    m_othersNote->setWordWrap(true);
    m_othersNote->setText(tr("Lists and values over several lines are read-only here (their "
                             "tooltip gives their lines): edit them in the source."));
    m_othersNote->hide();
    layout->addRow(QString(), m_othersNote);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString title = m_session->document().title().value_or(QString());
        m_session->apply(m_session->edits().setIssueTitle(withPart(title, text, false)));
    });
    connect(m_englishTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString title = m_session->document().title().value_or(QString());
        m_session->apply(m_session->edits().setIssueTitle(withPart(title, text, true)));
    });
    auto editDescription = [this](const QString &text, bool english) {
        const auto &fm = m_session->document().frontMatter();
        const FrontMatterField *field = fm ? fm->field(descriptionKey) : nullptr;
        m_session->apply(m_session->edits().setFrontMatterField(
            descriptionKey, withPart(field ? field->value : QString(), text, english)));
    };
    connect(m_description, &QLineEdit::textEdited, this,
            [editDescription](const QString &text) { editDescription(text, false); });
    connect(m_englishDescription, &QLineEdit::textEdited, this,
            [editDescription](const QString &text) { editDescription(text, true); });
    // Another file, another decision on the English fields.
    connect(session, &IssueSession::contentsReplaced, this, [this] { showEnglish(false); });
    connect(m_number, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating)
            setNumber(n);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_updating && date != noDate)
            setDate(date);
    });
    connect(m_author, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->apply(m_session->edits().setFrontMatterField(QStringLiteral("author"), text));
    });
    connect(m_others, &QTableWidget::cellChanged, this, &FrontMatterForm::tableEdited);
}

QString FrontMatterForm::shownPart(const QString &value, bool english) const {
    if (!m_showsEnglish)
        return english ? QString() : value;
    const BilingualText parts = splitBilingual(value);
    return english ? (parts.bilingual ? parts.english : QString()) : parts.chinese;
}

QString FrontMatterForm::withPart(const QString &value, const QString &part, bool english) const {
    if (!m_showsEnglish)
        return english ? value : part;
    const BilingualText parts = splitBilingual(value);
    if (english) // emptied, the English part takes its `---` with it
        return joinBilingual(parts.chinese, part);
    return parts.bilingual ? part + QStringLiteral("---") + parts.english : part;
}

void FrontMatterForm::showEnglish(bool shown) {
    m_showsEnglish = shown;
    m_layout->setRowVisible(m_englishTitle, shown);
    m_layout->setRowVisible(m_englishDescription, shown);
    if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(m_title)))
        label->setText(shown ? tr("Chinese &title:") : tr("&Title:"));
    if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(m_description)))
        label->setText(shown ? tr("Chinese d&escription:") : tr("D&escription:"));
}

void FrontMatterForm::setNumber(int number) {
    // The number lives in the title as `#N`: rewrite it there, or add it after the name.
    QString title = m_session->document().title().value_or(QString());
    if (const auto mark = findIssueNumber(title))
        title.replace(mark->begin, mark->end - mark->begin, u'#' + QString::number(number));
    else
        title += u'#' + QString::number(number);
    m_session->apply(m_session->edits().setIssueTitle(title));
}

void FrontMatterForm::setDate(const QDate &date) {
    m_session->apply(m_session->edits().setFrontMatterField(QStringLiteral("pubDate"),
                                                            date.toString(Qt::ISODate)));
}

void FrontMatterForm::tableEdited(int row, int column) {
    if (m_updating || column != 1)
        return;
    const QString key = m_others->item(row, 0)->text();
    const QString value = m_others->item(row, 1)->text();
    m_session->apply(m_session->edits().setFrontMatterField(key, value));
}

void FrontMatterForm::refresh() {
    const IssueDocument &doc = m_session->document();
    m_updating = true;
    QStringList problems;
    for (const Diagnostic &diagnostic : doc.diagnostics())
        problems << tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message);
    m_diagnostic->setText(problems.join(u'\n'));
    m_diagnostic->setVisible(!problems.isEmpty());
    const QString title = doc.title().value_or(QString());
    const auto &fm = doc.frontMatter();
    const FrontMatterField *description = fm ? fm->field(descriptionKey) : nullptr;
    const bool inForm = descriptionInForm(description);
    const QString descriptionValue = description && inForm ? description->value : QString();
    // Once shown, the English fields stay while this file is open (emptying one must not take
    // the field being typed in away).
    if (!m_showsEnglish &&
        (title.contains(QStringLiteral("---")) ||
         descriptionValue.contains(QStringLiteral("---")) || m_session->isBilingual()))
        showEnglish(true);
    setFieldText(m_title, shownPart(title, false));
    setFieldText(m_englishTitle, shownPart(title, true));
    setFieldText(m_description, shownPart(descriptionValue, false));
    setFieldText(m_englishDescription, shownPart(descriptionValue, true));
    m_description->setEnabled(inForm);
    m_englishDescription->setEnabled(inForm);
    m_description->setToolTip(inForm ? QString()
                                     : tr("The description is over several lines: see Other "
                                          "keys, and edit it in the source."));
    m_number->setValue(doc.number().value_or(0));
    const std::optional<QDate> date = doc.date();
    m_date->setDate(date && date->isValid() ? *date : noDate);
    if (!date || !date->isValid()) // the calendar opens on this month
        m_date->calendarWidget()->setCurrentPage(QDate::currentDate().year(),
                                                 QDate::currentDate().month());
    const FrontMatterField *author = fm ? fm->field(QStringLiteral("author")) : nullptr;
    setFieldText(m_author, author ? author->value : QString());

    // While the front matter is broken nothing is written into it: the fields are read-only
    // and the diagnostic above says where the problem is.
    const bool broken = doc.frontMatterIsBroken();
    m_title->setReadOnly(broken);
    m_englishTitle->setReadOnly(broken);
    m_description->setReadOnly(broken);
    m_englishDescription->setReadOnly(broken);
    m_author->setReadOnly(broken);
    m_number->setEnabled(!broken);
    m_date->setEnabled(!broken);

    QList<const FrontMatterField *> others;
    if (fm) {
        for (const FrontMatterField &field : fm->fields) {
            if (!formKeys.contains(field.key) &&
                !(field.key == descriptionKey && descriptionInForm(&field)))
                others.append(&field);
        }
    }
    if (m_others->rowCount() != others.size())
        m_others->setRowCount(int(others.size()));
    bool anyInSourceOnly = false;
    for (int row = 0; row < others.size(); ++row) {
        const FrontMatterField &field = *others[row];
        // A list, a block scalar or a value over several lines cannot be rewritten from one
        // table cell without breaking the YAML: such rows point to their lines instead.
        const bool editable = !broken && field.isOneLine();
        const bool inSourceOnly = !field.isOneLine();
        anyInSourceOnly = anyInSourceOnly || inSourceOnly;
        QString shown = field.value;
        shown.replace(u'\n', QStringLiteral(" ⏎ "));
        for (int column = 0; column < 2; ++column) {
            const QString value = column == 0 ? field.key : shown;
            QTableWidgetItem *cell = m_others->item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_others->setItem(row, column, cell);
            }
            const Qt::ItemFlags flags = column == 1 && editable
                                            ? cell->flags() | Qt::ItemIsEditable
                                            : cell->flags() & ~Qt::ItemIsEditable;
            if (cell->flags() != flags)
                cell->setFlags(flags);
            if (cell->text() != value)
                cell->setText(value);
            const QString tip = inSourceOnly
                                    ? tr("Lines %1–%2 of the source: edit this value there.")
                                          .arg(doc.lineNumberAt(field.line.begin))
                                          .arg(doc.lineNumberAt(
                                              std::max(field.line.begin, field.valueSpan.end - 1)))
                                    : QString();
            if (cell->toolTip() != tip)
                cell->setToolTip(tip);
        }
    }
    m_othersNote->setVisible(anyInSourceOnly);
    m_updating = false;
}

} // namespace wc
