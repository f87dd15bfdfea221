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

Publication publish(PublishChannel channel, const IssueDocument &document,
                    const NewsletterProfile &profile, Edition edition) {
    switch (channel) {
    case PublishChannel::EditionMarkdown:
        return {editionText(document, profile, edition), {}};
    case PublishChannel::Wechat:
        return {wechatHtml(editionDocument(document, profile, edition), edition), {}};
    default:
        break;
    }
    // One edition document (a parse of the edition's whole text) for the output and for the
    // placeholders its fixed texts leave empty.
    const IssueSummary summary(document, profile, edition);
    QString text;
    QStringList templates; // the fixed texts the output uses
    switch (channel) {
    case PublishChannel::BlogSummary:
        text = summary.blog();
        templates << summary.templateText(QStringLiteral("summary-intro"))
                  << summary.templateText(QStringLiteral("summary-footer"));
        break;
    case PublishChannel::GithubSummary:
        text = summary.github();
        templates << QStringLiteral("{title}")
                  << summary.templateText(QStringLiteral("summary-intro"))
                  << summary.templateText(QStringLiteral("summary-footer"));
        break;
    case PublishChannel::Telegram:
        text = summary.telegram();
        templates << summary.templateText(QStringLiteral("telegram-header"))
                  << summary.templateText(QStringLiteral("telegram-footer"));
        break;
    default:
        text = summary.readmeEntry();
        templates << summary.templateText(QStringLiteral("readme-entry"));
        break;
    }
    return {text, summary.emptyPlaceholders(templates.join(u'\n'))};
}

QString publishedText(PublishChannel channel, const IssueDocument &document,
                      const NewsletterProfile &profile, Edition edition) {
    return publish(channel, document, profile, edition).text;
}

} // namespace wc
