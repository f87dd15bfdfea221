// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wc {

namespace {

enum SectionColumn { KindColumn, MatchColumn, UnitColumn, VariantsColumn, EnglishUnitColumn };

// Lists in one field: words separated by commas (ASCII or Chinese).
QStringList splitWords(const QString &text) {
    QStringList words;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[,，、]"))))
        if (!word.trimmed().isEmpty())
            words << word.trimmed();
    return words;
}

QString cellText(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// A table's Add and Remove buttons (and Up, Down where the order matters) under it.
QWidget *withButtons(QTableWidget *table, const std::function<void()> &add, bool ordered) {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(ProfileForm::tr("&Add"), page);
    auto *removeButton = new QPushButton(ProfileForm::tr("&Remove"), page);
    QObject::connect(addButton, &QPushButton::clicked, table, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    if (ordered) {
        auto move = [table](int by) {
            const int row = table->currentRow();
            const int to = row + by;
            if (row < 0 || to < 0 || to >= table->rowCount())
                return;
            auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, KindColumn));
            auto *other = qobject_cast<QComboBox *>(table->cellWidget(to, KindColumn));
            const int kindIndex = kind->currentIndex();
            kind->setCurrentIndex(other->currentIndex());
            other->setCurrentIndex(kindIndex);
            for (int column = MatchColumn; column < table->columnCount(); ++column) {
                QTableWidgetItem *a = table->takeItem(row, column);
                QTableWidgetItem *b = table->takeItem(to, column);
                table->setItem(row, column, b);
                table->setItem(to, column, a);
            }
            table->setCurrentCell(to, table->currentColumn());
        };
        auto *up = new QPushButton(ProfileForm::tr("Move &Up"), page);
        auto *down = new QPushButton(ProfileForm::tr("Move &Down"), page);
        QObject::connect(up, &QPushButton::clicked, table, [move] { move(-1); });
        QObject::connect(down, &QPushButton::clicked, table, [move] { move(1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QTabWidget(parent) {
    addTab(createGeneralPage(), tr("&Issues"));
    addTab(createSectionsPage(), tr("&Sections"));
    addTab(createPastIssuesPage(), tr("&Past Issues"));
    addTab(createHeadingsPage(), tr("&English Headings"));
    addTab(createTextsPage(), tr("Fixed &Texts"));
    addTab(createParsingPage(), tr("Parsin&g"));
}

QWidget *ProfileForm::createGeneralPage() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_issueFile = new QLineEdit(page);
    m_title = new QLineEdit(page);
    m_englishTitle = new QLineEdit(page);
    m_interval = new QSpinBox(page);
    m_separator = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_issueFile->setObjectName(QStringLiteral("profileIssueFile"));
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_englishTitle->setObjectName(QStringLiteral("profileEnglishTitle"));
    m_interval->setObjectName(QStringLiteral("profileInterval"));
    m_separator->setObjectName(QStringLiteral("profileSeparator"));
    m_interval->setRange(1, 366);
    m_interval->setSuffix(tr(" days"));
    m_issueFile->setToolTip(tr("{date} is the issue's date (YYYY-MM-DD), {number} its number"));
    m_title->setToolTip(tr("{number} is the issue's number, {topic} its topic"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Issue &file name:"), m_issueFile);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&English title:"), m_englishTitle);
    form->addRow(tr("&Interval between issues:"), m_interval);
    form->addRow(tr("&Project name separator:"), m_separator);
    return page;
}

QWidget *ProfileForm::createSectionsPage() {
    m_sections = new QTableWidget(0, 5);
    m_sections->setObjectName(QStringLiteral("profileSections"));
    m_sections->setHorizontalHeaderLabels({tr("Kind"), tr("Heading contains"), tr("Stats unit"),
                                           tr("Other units"), tr("English unit")});
    m_sections->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::Stretch);
    m_sections->verticalHeader()->hide();
    m_sections->setToolTip(tr("A heading counts as the kind of the first row whose words it "
                              "contains (spaces and case ignored); separate words with commas"));
    return withButtons(
        m_sections, [this] { addSectionRow({}); }, true);
}

void ProfileForm::addSectionRow(const SectionRule &rule) {
    const int row = m_sections->rowCount();
    m_sections->insertRow(row);
    auto *kind = new QComboBox(m_sections);
    const std::pair<SectionKind, QString> kinds[] = {
        {SectionKind::Articles, tr("Articles")},      {SectionKind::Projects, tr("Projects")},
        {SectionKind::Media, tr("Audio & video")},    {SectionKind::Discussions, tr("Discussions")},
        {SectionKind::PastIssues, tr("Past issues")}, {SectionKind::Other, tr("Other")}};
    for (const auto &[value, label] : kinds)
        kind->addItem(label, sectionKindName(value));
    kind->setCurrentIndex(kind->findData(sectionKindName(rule.kind)));
    m_sections->setCellWidget(row, KindColumn, kind);
    m_sections->setItem(row, MatchColumn, new QTableWidgetItem(rule.match.join(u", ")));
    m_sections->setItem(row, UnitColumn, new QTableWidgetItem(rule.unit));
    m_sections->setItem(row, VariantsColumn, new QTableWidgetItem(rule.unitVariants.join(u", ")));
    m_sections->setItem(row, EnglishUnitColumn, new QTableWidgetItem(rule.englishUnit));
}

QWidget *ProfileForm::createPastIssuesPage() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_pastHeading = new QLineEdit(page);
    m_pastOffsets = new QLineEdit(page);
    m_pastHeading->setObjectName(QStringLiteral("profilePastHeading"));
    m_pastOffsets->setObjectName(QStringLiteral("profilePastOffsets"));
    m_pastOffsets->setToolTip(tr("The past-issues section of issue N links the issues N − k "
                                 "for each k: 50, 100"));
    form->addRow(tr("&Heading:"), m_pastHeading);
    form->addRow(tr("&Offsets:"), m_pastOffsets);
    return page;
}

QWidget *ProfileForm::createHeadingsPage() {
    m_headings = new QTableWidget(0, 2);
    m_headings->setObjectName(QStringLiteral("profileHeadings"));
    m_headings->setHorizontalHeaderLabels({tr("Heading"), tr("English heading")});
    m_headings->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_headings->verticalHeader()->hide();
    return withButtons(
        m_headings, [this] { m_headings->insertRow(m_headings->rowCount()); }, false);
}

QWidget *ProfileForm::createTextsPage() {
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_textNames = new QListWidget(page);
    m_textNames->setObjectName(QStringLiteral("profileTextNames"));
    m_textValue = new QPlainTextEdit(page);
    m_textValue->setObjectName(QStringLiteral("profileTextValue"));
    m_textValue->setToolTip(tr("{number}, {title}, {topic}, {description}, {date}, {file} and "
                               "the front matter's keys are filled in"));
    left->addWidget(m_textNames, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    layout->addLayout(left, 1);
    layout->addWidget(m_textValue, 3);
    connect(m_textNames, &QListWidget::currentRowChanged, this, &ProfileForm::showText);
    connect(m_textValue, &QPlainTextEdit::textChanged, this, [this] {
        if (m_shownText >= 0 && m_shownText < m_texts.size())
            m_texts[m_shownText].second = m_textValue->toPlainText();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New Text"), tr("Name:")).trimmed();
        if (name.isEmpty())
            return;
        m_texts.append({name, QString()});
        m_textNames->addItem(name);
        m_textNames->setCurrentRow(int(m_texts.size()) - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_textNames->currentRow();
        if (row < 0)
            return;
        m_shownText = -1;
        m_texts.removeAt(row);
        delete m_textNames->takeItem(row);
        showText(m_textNames->currentRow());
    });
    return page;
}

QWidget *ProfileForm::createParsingPage() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    // Markers are phrases with spaces and commas ("If you find"): one a line.
    m_footerMarkers = new QPlainTextEdit(page);
    m_footerMarkers->setObjectName(QStringLiteral("profileFooterMarkers"));
    m_footerMarkers->setToolTip(tr("A paragraph after a section's items that starts with one of "
                                   "these is the section's footer (sign-off, promotion), not part "
                                   "of its last item. One a line."));
    m_sectionEmoji = new QLineEdit(page);
    m_sectionEmoji->setObjectName(QStringLiteral("profileSectionEmoji"));
    m_sectionEmoji->setToolTip(tr("In an issue without ## headings, a bold link line whose label "
                                  "starts with one of these emoji is a section header. Separate "
                                  "them with spaces."));
    form->addRow(tr("&Footer markers:"), m_footerMarkers);
    form->addRow(tr("Section e&moji:"), m_sectionEmoji);
    return page;
}

void ProfileForm::showText(int row) {
    m_shownText = -1; // no write-back while the field is refilled
    m_textValue->setPlainText(row >= 0 && row < m_texts.size() ? m_texts[row].second : QString());
    m_textValue->setEnabled(row >= 0);
    m_shownText = row;
}

void ProfileForm::setProfile(const NewsletterProfile &profile) {
    m_base = profile;
    m_name->setText(profile.name);
    m_issueFile->setText(profile.issueFilePattern);
    m_title->setText(profile.titlePattern);
    m_englishTitle->setText(profile.englishTitlePattern);
    m_interval->setValue(profile.intervalDays);
    m_separator->setText(profile.projectSeparator);
    m_sections->setRowCount(0);
    for (const SectionRule &rule : profile.sections)
        addSectionRow(rule);
    m_pastHeading->setText(profile.pastIssuesHeading);
    QStringList offsets;
    for (int offset : profile.pastIssueOffsets)
        offsets << QString::number(offset);
    m_pastOffsets->setText(offsets.join(u", "));
    m_headings->setRowCount(0);
    for (const HeadingTranslation &heading : profile.englishHeadings) {
        const int row = m_headings->rowCount();
        m_headings->insertRow(row);
        m_headings->setItem(row, 0, new QTableWidgetItem(heading.heading));
        m_headings->setItem(row, 1, new QTableWidgetItem(heading.english));
    }
    m_shownText = -1;
    m_texts = profile.texts;
    m_textNames->clear();
    for (const auto &text : m_texts)
        m_textNames->addItem(text.first);
    m_textNames->setCurrentRow(m_texts.isEmpty() ? -1 : 0);
    showText(m_textNames->currentRow());
    m_footerMarkers->setPlainText(profile.conventions.footerMarkers.join(u'\n'));
    m_sectionEmoji->setText(profile.conventions.sectionEmoji.join(u' '));
}

QString ProfileForm::problem() const {
    for (const QString &word : splitWords(m_pastOffsets->text())) {
        bool ok = false;
        if (word.toInt(&ok) < 1 || !ok)
            return tr("The past issues' offsets must be whole numbers, 1 or more: “%1” is not.")
                .arg(word);
    }
    return {};
}

NewsletterProfile ProfileForm::profile() const {
    // Keys the form has no field for (yet) keep their values.
    NewsletterProfile profile = m_base;
    profile.sections.clear();
    profile.pastIssueOffsets.clear();
    profile.englishHeadings.clear();
    profile.name = m_name->text();
    profile.issueFilePattern = m_issueFile->text();
    profile.titlePattern = m_title->text();
    profile.englishTitlePattern = m_englishTitle->text();
    profile.intervalDays = m_interval->value();
    profile.projectSeparator = m_separator->text();
    for (int row = 0; row < m_sections->rowCount(); ++row) {
        SectionRule rule;
        const auto *kind = qobject_cast<QComboBox *>(m_sections->cellWidget(row, KindColumn));
        rule.kind =
            sectionKindFromName(kind->currentData().toString()).value_or(SectionKind::Other);
        rule.match = splitWords(cellText(m_sections, row, MatchColumn));
        rule.unit = cellText(m_sections, row, UnitColumn).trimmed();
        rule.unitVariants = splitWords(cellText(m_sections, row, VariantsColumn));
        rule.englishUnit = cellText(m_sections, row, EnglishUnitColumn).trimmed();
        profile.sections << rule;
    }
    profile.pastIssuesHeading = m_pastHeading->text();
    for (const QString &word : splitWords(m_pastOffsets->text()))
        profile.pastIssueOffsets << word.toInt();
    for (int row = 0; row < m_headings->rowCount(); ++row) {
        const QString heading = cellText(m_headings, row, 0).trimmed();
        if (!heading.isEmpty())
            profile.englishHeadings.append({heading, cellText(m_headings, row, 1).trimmed()});
    }
    profile.texts = m_texts;
    profile.conventions.footerMarkers.clear();
    for (const QString &line : m_footerMarkers->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            profile.conventions.footerMarkers << line.trimmed();
    }
    profile.conventions.sectionEmoji = m_sectionEmoji->text().split(
        QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts);
    return profile;
}

} // namespace wc
