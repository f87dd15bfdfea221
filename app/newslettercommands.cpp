// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newslettercommands.h"

#include "issuearchive.h"
#include "issuechecks.h"
#include "issuestatistics.h"
#include "issuesummary.h"
#include "linkfetcher.h"
#include "newsletterprofile.h"
#include "nextissue.h"
#include "publishchannel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>

namespace wc::cli {

namespace {

void warn(const QString &message) {
    const QByteArray line = QStringLiteral("weekly-composer: warning: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

QByteArray json(const QJsonValue &value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return document.toJson(QJsonDocument::Indented);
}

int usage(const QString &message) {
    return fail(message + QStringLiteral(" (see --help)"), 2);
}

QJsonObject countsJson(const ArchiveIssue &issue) {
    QJsonObject counts;
    for (const auto &[kind, count] : issue.counts)
        counts.insert(sectionKindName(kind), counts.value(sectionKindName(kind)).toInt() + count);
    return counts;
}

int runArchive(const QStringList &args) {
    const Options options = parseOptions(QStringLiteral("archive"), args, Json | Output);
    if (!options.error.isEmpty())
        return usage(options.error);
    if (options.positional.size() != 1)
        return usage(QStringLiteral("archive takes exactly one DIR"));
    const QString folder = options.positional.first();
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("cannot read %1: not a folder").arg(folder));
    const IssueArchive archive = IssueArchive::scan(folder, profileFor(folder));
    if (options.json) {
        QJsonArray list;
        for (const ArchiveIssue &issue : archive.issues()) {
            QJsonObject entry{
                {QStringLiteral("file"), issue.file},
                {QStringLiteral("number"), issue.number ? QJsonValue(*issue.number) : QJsonValue()},
                {QStringLiteral("date"),
                 issue.date ? QJsonValue(issue.date->toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("title"), issue.title},
                {QStringLiteral("counts"), countsJson(issue)}};
            if (!issue.error.isEmpty())
                entry.insert(QStringLiteral("error"), issue.error);
            list.append(entry);
        }
        return writeOutput(json(list), options.output);
    }
    QString text;
    for (const ArchiveIssue &issue : archive.issues()) {
        QStringList counts;
        for (const auto &[kind, count] : issue.counts) {
            if (count > 0)
                counts << QStringLiteral("%1 %2").arg(count).arg(sectionKindName(kind));
        }
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(issue.number ? QStringLiteral("#%1").arg(*issue.number) : QStringLiteral("-"),
                     issue.date ? issue.date->toString(Qt::ISODate) : QStringLiteral("-"),
                     issue.file, issue.error.isEmpty() ? issue.title : issue.error,
                     counts.join(QStringLiteral(", ")));
    }
    return writeOutput(text.toUtf8(), options.output);
}

int runNew(const QStringList &args) {
    const Options options = parseOptions(QStringLiteral("new"), args, From | Archive | Output);
    if (!options.error.isEmpty())
        return usage(options.error);
    if (options.from.isEmpty() || !options.positional.isEmpty())
        return usage(QStringLiteral("new takes --from LAST_ISSUE"));
    const NewsletterProfile profile = profileFor(options.from);
    int status = 0;
    const auto last = loadOrReport(options.from, &status, profile.conventions);
    if (!last)
        return status;
    const QString folder =
        options.archive.isEmpty() ? QFileInfo(options.from).absolutePath() : options.archive;
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("cannot read %1: not a folder").arg(folder));
    const IssueArchive archive = IssueArchive::scan(folder, profile);
    const NextIssue::Result next = NextIssue(*last, profile, &archive).make();
    if (!next.error.isEmpty())
        return fail(next.error);
    for (const QString &warning : next.warnings)
        warn(warning);
    return writeOutput(next.text.toUtf8(), options.output);
}

int runCheck(const QStringList &args) {
    const Options options = parseOptions(QStringLiteral("check"), args, Archive | Json | Output);
    if (!options.error.isEmpty())
        return usage(options.error);
    if (options.positional.size() != 1)
        return usage(QStringLiteral("check takes exactly one FILE"));
    const NewsletterProfile profile = profileFor(options.positional.first());
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status, profile.conventions);
    if (!document)
        return status;
    std::optional<IssueArchive> archive;
    if (!options.archive.isEmpty()) {
        if (!QFileInfo(options.archive).isDir())
            return fail(QStringLiteral("cannot read %1: not a folder").arg(options.archive));
        archive = IssueArchive::scan(options.archive, profile);
    }
    const QList<CheckFinding> findings =
        checkIssue(*document, profile, archive ? &*archive : nullptr);
    if (options.json)
        return writeOutput(json(findingsToJson(findings)), options.output);
    QString text;
    for (const CheckFinding &finding : findings)
        text += QStringLiteral("%1:%2: %3: %4\n")
                    .arg(options.positional.first())
                    .arg(finding.line)
                    .arg(finding.kind, finding.message);
    return writeOutput(text.toUtf8(), options.output);
}

int runStats(const QStringList &args) {
    const Options options = parseOptions(QStringLiteral("stats"), args, Json | Output);
    if (!options.error.isEmpty())
        return usage(options.error);
    if (options.positional.size() != 1)
        return usage(QStringLiteral("stats takes exactly one FILE"));
    const NewsletterProfile profile = profileFor(options.positional.first());
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status, profile.conventions);
    if (!document)
        return status;
    const IssueStatistics statistics = computeStatistics(*document, profile);
    if (options.json)
        return writeOutput(json(statistics.toJson()), options.output);
    QString text;
    for (const SectionStatistics &section : statistics.sections)
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(section.label, sectionKindName(section.kind))
                    .arg(section.items);
    text += QStringLiteral("words\t%1\n").arg(statistics.words);
    if (!statistics.statsLine.isEmpty())
        text += QStringLiteral("stats line\t%1\n").arg(statistics.statsLine);
    return writeOutput(text.toUtf8(), options.output);
}

int runLink(const QStringList &args) {
    const Options options =
        parseOptions(QStringLiteral("link"), args, Section | GithubApi | Json | Output);
    if (!options.error.isEmpty())
        return usage(options.error);
    if (options.positional.size() != 1)
        return usage(QStringLiteral("link takes exactly one URL"));
    SectionKind kind = SectionKind::Articles;
    if (options.section == u"projects")
        kind = SectionKind::Projects;
    else if (!options.section.isEmpty() && options.section != u"articles")
        return usage(QStringLiteral("--section is articles or projects"));
    QNetworkAccessManager network;
    LinkFetcher fetcher(&network);
    LinkFetcher::Options fetchOptions;
    if (!options.githubApi.isEmpty())
        fetchOptions.githubApi = QUrl(options.githubApi);
    fetchOptions.githubToken = qEnvironmentVariable("GITHUB_TOKEN");
    fetcher.setOptions(fetchOptions);
    QEventLoop loop;
    LinkResult result;
    QObject::connect(&fetcher, &LinkFetcher::finished, &loop,
                     [&](quint64, const LinkResult &found) {
                         result = found;
                         loop.quit();
                     });
    fetcher.fetch(options.positional.first());
    loop.exec();
    if (!result.error.isEmpty())
        return fail(QStringLiteral("cannot fetch %1: %2").arg(result.url, result.error));
    if (options.json) {
        return writeOutput(
            json(QJsonObject{{QStringLiteral("url"), result.url},
                             {QStringLiteral("finalUrl"), result.finalUrl},
                             {QStringLiteral("title"), result.title},
                             {QStringLiteral("description"), result.description},
                             {QStringLiteral("image"), result.image},
                             {QStringLiteral("stars"),
                              result.stars ? QJsonValue(qint64(*result.stars)) : QJsonValue()}}),
            options.output);
    }
    return writeOutput(result.itemMarkdown(kind, profileFor(QStringLiteral("."))).toUtf8(),
                       options.output);
}

} // namespace

NewsletterProfile profileFor(const QString &path) {
    const LoadedProfile loaded = findProfile(path == u"-" ? QStringLiteral(".") : path);
    for (const ProfileProblem &problem : loaded.problems)
        warn(QStringLiteral("%1:%2: %3 (the defaults are used)")
                 .arg(loaded.path)
                 .arg(problem.line)
                 .arg(problem.message));
    return loaded.profile;
}

QStringList publishedFormats() {
    return {QStringLiteral("zh"),       QStringLiteral("en"),
            QStringLiteral("summary"),  QStringLiteral("summary-github"),
            QStringLiteral("telegram"), QStringLiteral("readme-entry"),
            QStringLiteral("wechat")};
}

std::optional<QByteArray> publishedOutput(const QString &format, const QString &lang,
                                          const IssueDocument &document,
                                          const NewsletterProfile &profile) {
    const Edition edition = lang == u"en" || format == u"en" ? Edition::English : Edition::Chinese;
    const auto channels = publishChannels();
    const auto channel = std::find_if(channels.begin(), channels.end(), [&](PublishChannel c) {
        return publishChannelName(c, edition) == format;
    });
    if (channel == channels.end())
        return std::nullopt;
    const Publication publication = publish(*channel, document, profile, edition);
    const QString &output = publication.text;
    for (const QString &key : publication.emptyPlaceholders)
        warn(QStringLiteral("{%1} is left empty: the issue has no value for it").arg(key));
    if (*channel == PublishChannel::Telegram &&
        IssueSummary::telegramLength(output) > IssueSummary::telegramLimit)
        warn(QStringLiteral("the Telegram caption is %1 characters, over Telegram's limit of %2")
                 .arg(IssueSummary::telegramLength(output))
                 .arg(IssueSummary::telegramLimit));
    return output.toUtf8();
}

std::optional<int> runNewsletterCommand(const QString &command, const QStringList &args) {
    if (command == u"archive")
        return runArchive(args);
    if (command == u"new")
        return runNew(args);
    if (command == u"check")
        return runCheck(args);
    if (command == u"stats")
        return runStats(args);
    if (command == u"link")
        return runLink(args);
    return std::nullopt;
}

} // namespace wc::cli
