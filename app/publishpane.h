// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueeditions.h"
#include "latestresulttask.h"
#include "publishchannel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace wc {

class IssueSession;

// The Publish view: the issue's output for one channel (blog or GitHub summary, Telegram
// caption, README entry, WeChat HTML, the edition's Markdown) and edition, kept up to date as
// the issue changes, to copy or save. The output is made again a moment after the typing stops
// (never on the keystroke itself), for a long issue on a worker thread, and only while the
// view is shown. The Telegram caption comes
// with its length as Telegram counts it, and a warning over the caption limit.
class PublishPane : public QWidget {
    Q_OBJECT
public:
    explicit PublishPane(IssueSession *session, QWidget *parent = nullptr);

    PublishChannel channel() const;
    void setChannel(PublishChannel channel);
    Edition edition() const;
    void setEdition(Edition edition);
    // The output shown (what Copy and Save take).
    QString output() const { return m_output; }
    // How long after the last change the output is made again.
    static constexpr int updateDelayMs = 300;
    // Makes the output now (tests; choosing a channel): at once for a regular issue, on a worker
    // thread for one of backgroundThreshold characters or more (outputUpdated() tells when).
    void updateOutput();
    static constexpr qsizetype backgroundThreshold = 64 * 1024;
    // A long issue's output is still being made.
    bool isWorking() const { return m_work.isBusy(); }

    // Copy: the output as text; the WeChat HTML as text/html with its text as text/plain.
    void copyOutput();
    // Writes the output through FileWriter; on failure `error` names the file and the cause.
    bool saveOutput(const QString &path, QString *error) const;
    // Save…: asks for a file name (beside the issue) and writes it.
    void saveWithDialog();
    // The file name Save proposes: the issue's with the channel's name and suffix.
    QString suggestedFileName() const;
    // Insert into README… (README entry channel).
    void insertIntoReadme();

    QPlainTextEdit *outputView() const { return m_view; }
    QLabel *lengthLabel() const { return m_length; }
    // Names the placeholders the output leaves empty, and what would fill them.
    QLabel *emptyPlaceholdersLabel() const { return m_empty; }
    // Shown when one of them is a front-matter key: asks for its value and writes it into the
    // front matter (one undo step).
    QPushButton *setKeyButton() const { return m_setKey; }
    void setEmptyKey();
    QComboBox *channelChoice() const { return m_channels; }
    QPushButton *readmeButton() const { return m_readme; }

signals:
    // After the output was made again.
    void outputUpdated();
    // A line for the window's status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleUpdate();
    void showOutput(const Publication &publication);
    void showLength();
    void showEmptyPlaceholders(const QStringList &keys);
    static QString emptyPlaceholderNote(const QString &key);

    IssueSession *m_session;
    QComboBox *m_channels;
    QComboBox *m_editions;
    QPlainTextEdit *m_view;
    QLabel *m_length;
    QLabel *m_empty;
    QPushButton *m_setKey;
    QString m_keyToSet; // the front-matter key m_setKey sets
    QPushButton *m_readme;
    QTimer *m_update;
    QString m_output;
    bool m_stale = true;                  // the issue changed while the view was hidden
    int m_requests = 0;                   // each request of the output, the newest wins
    LatestResultTask<Publication> m_work; // last: goes first, with its callback
};

} // namespace wc
