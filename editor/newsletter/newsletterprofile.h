// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseconventions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace YAML {
class Emitter;
}

namespace wc {

// What a section holds, as the newsletter's stats line and outputs count it.
enum class SectionKind { Articles, Projects, Media, Discussions, PastIssues, Other };

// The profile's name of a kind ("articles", "projects", "media", "discussions",
// "past-issues", "other"), and back.
QString sectionKindName(SectionKind kind);
std::optional<SectionKind> sectionKindFromName(QStringView name);

// Headings whose label contains one of `match` (compared without spaces, ignoring case) are
// of `kind`; the stats line counts them with `unit` (篇文章).
struct SectionRule {
    SectionKind kind = SectionKind::Other;
    QStringList match;
    QString unit;
    QStringList unitVariants; // other unit words real stats lines use: 则视频, 则播客
    QString englishUnit;      // "article": the English edition's description pluralises it
};

struct HeadingTranslation {
    QString heading; // as the Chinese edition writes it, e.g. 🦄文章&教程
    QString english; // 🦄Articles & Tutorials
};

struct ProfileProblem {
    int line = 0; // 1-based line of weekly-composer.yaml, 0 when none applies
    QString message;
};

// A newsletter's conventions, read from `weekly-composer.yaml` in its folder. The defaults
// are Python 潮流周刊's; a profile file overrides the keys it has.
struct NewsletterProfile {
    static constexpr char fileName[] = "weekly-composer.yaml";

    QString name;
    QString issueFilePattern;    // {date}-weekly.md, {number}
    QString titlePattern;        // Python 潮流周刊#{number}：{topic}
    QString englishTitlePattern; // Python Trending Weekly #{number}: {topic}
    int intervalDays = 7;
    QString projectSeparator; // between a project's name and its description: ：
    QList<SectionRule> sections;
    QString pastIssuesHeading;   // matched as section rules are
    QList<int> pastIssueOffsets; // issues N - k that the past-issues section links
    QList<HeadingTranslation> englishHeadings;
    QList<std::pair<QString, QString>> texts; // fixed texts (templates) the outputs use
    // What the parser needs of the newsletter: footer-markers and section-emoji. Every parse
    // of one of its issues (window, command line, archive, checks) uses these.
    ParseConventions conventions = ParseConventions::defaults();

    static NewsletterProfile defaults();

    // The kind of a section by its heading label as written.
    SectionKind kindOf(QStringView heading) const;
    const SectionRule *rule(SectionKind kind) const;
    // The English edition's heading, matched ignoring spaces; empty when the table has none.
    QString englishHeading(QStringView heading) const;
    QString text(const QString &key) const;

    // The top-level keys of a profile file, in the order toYaml() writes them.
    static QStringList keys();
    // The profile as YAML (yaml-cpp's emitter, keys in the order above).
    QByteArray toYaml() const;
    // One top-level key and its value as YAML (`interval-days: 7\n`).
    QByteArray keyYaml(const QString &key) const;
    // Writes `key` and its value into a map being emitted; false for an unknown key.
    bool emitKey(YAML::Emitter &out, const QString &key) const;
};

struct LoadedProfile {
    NewsletterProfile profile = NewsletterProfile::defaults();
    QString path; // the file read, empty for the defaults
    // Problems with the file; when there are any, the defaults are in force.
    QList<ProfileProblem> problems;
};

// Reads a profile; keys it lacks keep their defaults.
LoadedProfile parseProfile(const QByteArray &yaml, const QString &path = {});
// The profile of the newsletter that `issueOrFolder` belongs to: weekly-composer.yaml in its
// folder or the nearest parent folder that has one; the defaults without one.
LoadedProfile findProfile(const QString &issueOrFolder);

} // namespace wc
