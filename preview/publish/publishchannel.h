// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issueeditions.h"
#include "newsletterprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wc {

// Where an issue is published, and the one output each channel takes. The Publish view and
// `export --to …` both go through publish(), so the window shows what the command line
// writes.
enum class PublishChannel {
    BlogSummary,     // export --to summary
    GithubSummary,   // export --to summary-github
    Telegram,        // export --to telegram
    ReadmeEntry,     // export --to readme-entry
    Wechat,          // export --to wechat
    EditionMarkdown, // export --to zh|en
};

QList<PublishChannel> publishChannels();
// The channel's name on the command line (`summary`, …; the edition's `zh`/`en` for
// EditionMarkdown).
QString publishChannelName(PublishChannel channel, Edition edition = Edition::Chinese);
// The extension a saved output gets: md, txt or html.
QString publishChannelSuffix(PublishChannel channel);

// The output of `channel` for `edition`, made of the edition's text (the Chinese edition of
// an issue that is not bilingual is its text as written), and the placeholders of the
// profile's fixed texts it leaves empty for this issue ({fullTextUrl} without a fullTextUrl
// key, say), each once: what the Publish view and `export` warn of.
struct Publication {
    QString text;
    QStringList emptyPlaceholders;
};
Publication publish(PublishChannel channel, const IssueDocument &document,
                    const NewsletterProfile &profile, Edition edition);
// publish()'s text alone.
QString publishedText(PublishChannel channel, const IssueDocument &document,
                      const NewsletterProfile &profile, Edition edition);

} // namespace wc
