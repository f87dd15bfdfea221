// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishchannel.h"

#include "issuesummary.h"
#include "wechatexport.h"

namespace wc {

QList<PublishChannel> publishChannels() {
    return {PublishChannel::BlogSummary, PublishChannel::GithubSummary,
            PublishChannel::Telegram,    PublishChannel::ReadmeEntry,
            PublishChannel::Wechat,      PublishChannel::EditionMarkdown};
}

QString publishChannelName(PublishChannel channel, Edition edition) {
    switch (channel) {
    case PublishChannel::BlogSummary:
        return QStringLiteral("summary");
    case PublishChannel::GithubSummary:
        return QStringLiteral("summary-github");
    case PublishChannel::Telegram:
        return QStringLiteral("telegram");
    case PublishChannel::ReadmeEntry:
        return QStringLiteral("readme-entry");
    case PublishChannel::Wechat:
        return QStringLiteral("wechat");
    case PublishChannel::EditionMarkdown:
        break;
    }
    return edition == Edition::English ? QStringLiteral("en") : QStringLiteral("zh");
}

QString publishChannelSuffix(PublishChannel channel) {
    switch (channel) {
    case PublishChannel::Telegram:
        return QStringLiteral("txt");
    case PublishChannel::Wechat:
        return QStringLiteral("html");
    default:
        return QStringLiteral("md");
    }
}

QString publishedText(PublishChannel channel, const IssueDocument &document,
                      const NewsletterProfile &profile, Edition edition) {
    switch (channel) {
    case PublishChannel::EditionMarkdown:
        return editionText(document, profile, edition);
    case PublishChannel::Wechat:
        return wechatHtml(editionDocument(document, profile, edition), edition);
    default:
        break;
    }
    const IssueSummary summary(document, profile, edition);
    switch (channel) {
    case PublishChannel::BlogSummary:
        return summary.blog();
    case PublishChannel::GithubSummary:
        return summary.github();
    case PublishChannel::Telegram:
        return summary.telegram();
    default:
        return summary.readmeEntry();
    }
}

QStringList emptyPlaceholders(PublishChannel channel, const IssueDocument &document,
                              const NewsletterProfile &profile, Edition edition) {
    const IssueSummary summary(document, profile, edition);
    QStringList templates;
    switch (channel) { // the fixed texts each output of IssueSummary uses
    case PublishChannel::GithubSummary:
        templates << QStringLiteral("{title}");
        [[fallthrough]];
    case PublishChannel::BlogSummary:
        templates << summary.templateText(QStringLiteral("summary-intro"))
                  << summary.templateText(QStringLiteral("summary-footer"));
        break;
    case PublishChannel::Telegram:
        templates << summary.templateText(QStringLiteral("telegram-header"))
                  << summary.templateText(QStringLiteral("telegram-footer"));
        break;
    case PublishChannel::ReadmeEntry:
        templates << summary.templateText(QStringLiteral("readme-entry"));
        break;
    case PublishChannel::Wechat:
    case PublishChannel::EditionMarkdown:
        break;
    }
    QStringList empty;
    for (const QString &text : templates) {
        for (const QString &key : summary.emptyPlaceholders(text)) {
            if (!empty.contains(key))
                empty << key;
        }
    }
    return empty;
}

} // namespace wc
