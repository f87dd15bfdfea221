// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishpane.h"

#include "filewriter.h"
#include "issuesession.h"
#include "issuesummary.h"
#include "newsletterprofile.h"
#include "readmeinsertion.h"
#include "wechatclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace wc {

namespace {

QString channelLabel(PublishChannel channel) {
    switch (channel) {
    case PublishChannel::BlogSummary:
        return PublishPane::tr("Blog summary");
    case PublishChannel::GithubSummary:
        return PublishPane::tr("GitHub summary");
    case PublishChannel::Telegram:
        return PublishPane::tr("Telegram caption");
    case PublishChannel::ReadmeEntry:
        return PublishPane::tr("README entry");
    case PublishChannel::Wechat:
        return PublishPane::tr("WeChat (HTML)");
    case PublishChannel::EditionMarkdown:
        break;
    }
    return PublishPane::tr("Edition (Markdown)");
}

} // namespace

PublishPane::PublishPane(IssueSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_channels(new QComboBox(this))
    , m_editions(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
    , m_length(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_setKey(new QPushButton(this))
    , m_readme(new QPushButton(tr("Insert into &README…"), this))
    , m_update(new QTimer(this))
    , m_work([this](int, Publication publication) { showOutput(publication); }) {
    setObjectName(QStringLiteral("publishPane"));
    m_channels->setObjectName(QStringLiteral("publishChannel"));
    m_editions->setObjectName(QStringLiteral("publishEdition"));
    m_view->setObjectName(QStringLiteral("publishOutput"));
    m_length->setObjectName(QStringLiteral("telegramLength"));
    m_empty->setObjectName(QStringLiteral("publishEmptyPlaceholders"));
    m_setKey->setObjectName(QStringLiteral("publishSetKey"));
    for (PublishChannel channel : publishChannels())
        m_channels->addItem(channelLabel(channel), int(channel));
    m_editions->addItem(tr("Chinese"), int(Edition::Chinese));
    m_editions->addItem(tr("English"), int(Edition::English));

    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    auto *channelLabelWidget = new QLabel(tr("&Channel:"), this);
    channelLabelWidget->setBuddy(m_channels);
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    editionLabel->setBuddy(m_editions);
    choices->addWidget(channelLabelWidget);
    choices->addWidget(m_channels, 1);
    choices->addWidget(editionLabel);
    choices->addWidget(m_editions);
    layout->addLayout(choices);

    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_view, 1);
    m_length->setWordWrap(true);
    layout->addWidget(m_length);
    auto *empty = new QHBoxLayout;
    m_empty->setWordWrap(true);
    m_empty->hide();
    empty->addWidget(m_empty, 1);
    m_setKey->hide();
    empty->addWidget(m_setKey, 0, Qt::AlignTop);
    layout->addLayout(empty);

    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("publishCopy"));
    auto *save = new QPushButton(tr("&Save…"), this);
    save->setObjectName(QStringLiteral("publishSave"));
    m_readme->setObjectName(QStringLiteral("publishReadme"));
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(m_readme);
    layout->addLayout(buttons);

    m_update->setSingleShot(true);
    m_update->setInterval(updateDelayMs);
    connect(m_update, &QTimer::timeout, this, &PublishPane::updateOutput);
    connect(session, &IssueSession::documentChanged, this, &PublishPane::scheduleUpdate);
    connect(session, &IssueSession::contentsReplaced, this, &PublishPane::scheduleUpdate);
    connect(session, &IssueSession::filePathChanged, this, &PublishPane::scheduleUpdate);
    connect(m_channels, &QComboBox::currentIndexChanged, this, &PublishPane::updateOutput);
    connect(m_editions, &QComboBox::currentIndexChanged, this, &PublishPane::updateOutput);
    connect(copy, &QPushButton::clicked, this, &PublishPane::copyOutput);
    connect(save, &QPushButton::clicked, this, &PublishPane::saveWithDialog);
    connect(m_readme, &QPushButton::clicked, this, &PublishPane::insertIntoReadme);
    connect(m_setKey, &QPushButton::clicked, this, &PublishPane::setEmptyKey);
    updateOutput();
}

PublishChannel PublishPane::channel() const {
    return PublishChannel(m_channels->currentData().toInt());
}

void PublishPane::setChannel(PublishChannel channel) {
    m_channels->setCurrentIndex(m_channels->findData(int(channel)));
}

Edition PublishPane::edition() const {
    return Edition(m_editions->currentData().toInt());
}

void PublishPane::setEdition(Edition edition) {
    m_editions->setCurrentIndex(m_editions->findData(int(edition)));
}

void PublishPane::scheduleUpdate() {
    // Hidden, the work waits until the view is shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_update->start();
}

void PublishPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        updateOutput();
}

void PublishPane::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showLength();
}

void PublishPane::updateOutput() {
    m_update->stop();
    m_stale = false;
    // The profile is read each time: the newsletter's texts may have been edited meanwhile.
    const NewsletterProfile profile = findProfile(m_session->filePath()).profile;
    const PublishChannel channel = this->channel();
    const Edition edition = this->edition();
    const IssueDocument &document = m_session->document();
    if (document.text().size() < backgroundThreshold) {
        m_work.invalidate(); // a result still on its way for an older request is not shown
        showOutput(publish(channel, document, profile, edition));
        return;
    }
    // A long issue (the WeChat HTML of a 291 KB compilation takes tens of milliseconds) is
    // made on a worker thread from a copy of the parsed document; a result that a newer
    // request overtook is dropped.
    m_work.run(++m_requests, [document, profile, channel, edition] {
        return publish(channel, document, profile, edition);
    });
}

void PublishPane::showOutput(const Publication &publication) {
    m_output = publication.text;
    showEmptyPlaceholders(publication.emptyPlaceholders);
    // Keep the reader's place in the output when it is made again.
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setPlainText(m_output);
    m_view->verticalScrollBar()->setValue(scroll);
    m_readme->setVisible(channel() == PublishChannel::ReadmeEntry);
    showLength();
    emit outputUpdated();
}

void PublishPane::showLength() {
    const bool telegram = channel() == PublishChannel::Telegram;
    m_length->setVisible(telegram);
    if (!telegram)
        return;
    const qsizetype length = IssueSummary::telegramLength(m_output);
    const qsizetype limit = IssueSummary::telegramLimit;
    const QLocale locale;
    QPalette palette = this->palette();
    if (length > limit) {
        m_length->setText(tr("⚠ %1 of %2 characters: %3 over Telegram's caption limit. "
                             "Shorten the titles or the fixed texts.")
                              .arg(locale.toString(length), locale.toString(limit),
                                   locale.toString(length - limit)));
        // A red that reads on the window's own background, light or dark.
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    } else {
        m_length->setText(tr("%1 of %2 characters (Telegram's caption limit)")
                              .arg(locale.toString(length), locale.toString(limit)));
    }
    m_length->setPalette(palette);
    m_length->setProperty("overLimit", length > limit);
}

void PublishPane::showEmptyPlaceholders(const QStringList &keys) {
    QStringList notes;
    m_keyToSet.clear();
    for (const QString &key : keys) {
        notes << emptyPlaceholderNote(key);
        // Not the description: it is bilingual, and one value would replace both editions'.
        if (m_keyToSet.isEmpty() && IssueSummary::isFrontMatterPlaceholder(key) &&
            key != u"description")
            m_keyToSet = key;
    }
    m_empty->setText(notes.join(u'\n'));
    m_empty->setVisible(!notes.isEmpty());
    m_setKey->setText(tr("Set %1…").arg(m_keyToSet));
    m_setKey->setVisible(!m_keyToSet.isEmpty());
}

void PublishPane::setEmptyKey() {
    const QString key = m_keyToSet;
    if (key.isEmpty())
        return;
    bool ok = false;
    const QString value =
        QInputDialog::getText(this, tr("Set %1").arg(key),
                              tr("The value of “%1” in this issue's front matter:").arg(key),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || value.isEmpty())
        return;
    const Edit edit = m_session->edits().setFrontMatterField(key, value);
    if (edit.isEmpty()) {
        QMessageBox::warning(this, tr("Set %1").arg(key),
                             tr("The front matter cannot take “%1” as it is (its YAML is broken, "
                                "or the key holds a list or several lines): edit it in the "
                                "source.")
                                 .arg(key));
        return;
    }
    m_session->apply(edit);
    updateOutput();
}

QString PublishPane::emptyPlaceholderNote(const QString &key) {
    const QString name = u'{' + key + u'}';
    if (key == u"number")
        return tr("⚠ %1 is left empty: the issue's title has no number.").arg(name);
    if (key == u"title" || key == u"topic")
        return tr("⚠ %1 is left empty: the issue has no title for this edition.").arg(name);
    if (key == u"description")
        return tr("⚠ %1 is left empty: the front matter has no description for this edition.")
            .arg(name);
    if (key == u"date")
        return tr("⚠ %1 is left empty: the front matter has no date.").arg(name);
    if (key == u"file")
        return tr("⚠ %1 is left empty: the issue has not been saved to a file yet.").arg(name);
    return tr("⚠ %1 is left empty: the front matter has no “%2” key (add it under Other keys "
              "of the front matter).")
        .arg(name, key);
}

void PublishPane::copyOutput() {
    if (channel() == PublishChannel::Wechat)
        QApplication::clipboard()->setMimeData(wechatclipboard::mimeData(m_output));
    else
        QApplication::clipboard()->setText(m_output);
    emit message(tr("Copied the %1 to the clipboard.").arg(channelLabel(channel())));
}

bool PublishPane::saveOutput(const QString &path, QString *error) const {
    if (const auto written = FileWriter::write(path, m_output.toUtf8()); !written) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.cause);
        return false;
    }
    return true;
}

QString PublishPane::suggestedFileName() const {
    const QString issue = m_session->filePath();
    const QFileInfo info(issue.isEmpty() ? QDir::current().filePath(m_session->displayName())
                                         : issue);
    QString base = info.completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("issue");
    return info.dir().filePath(
        QStringLiteral("%1-%2.%3")
            .arg(base, publishChannelName(channel(), edition()), publishChannelSuffix(channel())));
}

void PublishPane::saveWithDialog() {
    QFileDialog dialog(this, tr("Save %1").arg(channelLabel(channel())), suggestedFileName());
    dialog.setObjectName(QStringLiteral("publishSaveDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggestedFileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QString error;
    if (!saveOutput(path, &error)) {
        QMessageBox::warning(this, tr("Save %1").arg(channelLabel(channel())), error);
        return;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void PublishPane::insertIntoReadme() {
    QString text;
    ReadmeInsertion::run(this, m_session->document(), m_session->filePath(), edition(), &text);
    if (!text.isEmpty())
        emit message(text);
}

} // namespace wc
