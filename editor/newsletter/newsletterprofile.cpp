// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsletterprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <array>

namespace wc {

namespace {

constexpr std::array<std::pair<SectionKind, const char *>, 6> kindNames = {{
    {SectionKind::Articles, "articles"},
    {SectionKind::Projects, "projects"},
    {SectionKind::Media, "media"},
    {SectionKind::Discussions, "discussions"},
    {SectionKind::PastIssues, "past-issues"},
    {SectionKind::Other, "other"},
}};

// Headings are matched without their spaces: `🐧 往年回顾` and `🐧往年回顾` alike.
QString squeezed(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString toQString(const YAML::Node &node) {
    return QString::fromStdString(node.as<std::string>());
}

std::string toStd(const QString &text) {
    return text.toStdString();
}

// Reads one profile file into `profile`, reporting what it cannot use.
class ProfileReader {
    Q_DECLARE_TR_FUNCTIONS(wc::NewsletterProfile)

public:
    ProfileReader(NewsletterProfile &profile, QList<ProfileProblem> &problems)
        : m_profile(profile)
        , m_problems(problems) {}

    void read(const YAML::Node &root) {
        if (root.IsNull())
            return; // an empty file: all defaults
        if (!root.IsMap()) {
            problem(root, tr("the profile must be a mapping of keys to values"));
            return;
        }
        for (const auto &entry : root) {
            const std::string key = entry.first.as<std::string>();
            const YAML::Node &value = entry.second;
            if (key == "name")
                readString(value, m_profile.name);
            else if (key == "issue-file")
                readString(value, m_profile.issueFilePattern);
            else if (key == "title")
                readString(value, m_profile.titlePattern);
            else if (key == "english-title")
                readString(value, m_profile.englishTitlePattern);
            else if (key == "interval-days")
                readInterval(value);
            else if (key == "project-separator")
                readString(value, m_profile.projectSeparator);
            else if (key == "sections")
                readSections(value);
            else if (key == "past-issues")
                readPastIssues(value);
            else if (key == "english-headings")
                readHeadings(value);
            else if (key == "texts")
                readTexts(value);
            else if (key == "footer-markers")
                readMarkers(value, m_profile.conventions.footerMarkers);
            else if (key == "section-emoji")
                readMarkers(value, m_profile.conventions.sectionEmoji);
            else
                problem(entry.first, tr("unknown key “%1”").arg(QString::fromStdString(key)));
        }
    }

private:
    void problem(const YAML::Node &node, const QString &message) {
        m_problems.append({node.Mark().line + 1, message});
    }

    bool expectScalar(const YAML::Node &node) {
        if (node.IsScalar())
            return true;
        problem(node, tr("expected a single value"));
        return false;
    }

    void readString(const YAML::Node &node, QString &target) {
        if (expectScalar(node))
            target = toQString(node);
    }

    void readList(const YAML::Node &node, QStringList &target) {
        if (!node.IsSequence()) {
            problem(node, tr("expected a list"));
            return;
        }
        QStringList values;
        for (const auto &item : node) {
            if (!expectScalar(item))
                return;
            values << toQString(item);
        }
        target = values;
    }

    // A list of line starts; an empty one would match every line, so it is refused.
    void readMarkers(const YAML::Node &node, QStringList &target) {
        const qsizetype problemsBefore = m_problems.size();
        QStringList values;
        readList(node, values);
        if (m_problems.size() != problemsBefore)
            return; // readList named the problem
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (values[qsizetype(i)].isEmpty()) {
                problem(node[i], tr("an empty entry would match every line"));
                return;
            }
        }
        target = values;
    }

    void readInterval(const YAML::Node &node) {
        int days = 0;
        if (!expectScalar(node) || !YAML::convert<int>::decode(node, days) || days < 1) {
            problem(node, tr("interval-days must be a whole number of days, 1 or more"));
            return;
        }
        m_profile.intervalDays = days;
    }

    void readSections(const YAML::Node &node) {
        if (!node.IsSequence()) {
            problem(node, tr("sections must be a list of {kind, match, unit}"));
            return;
        }
        QList<SectionRule> rules;
        for (const auto &entry : node) {
            if (!entry.IsMap()) {
                problem(entry, tr("a section rule must be a mapping with kind and match"));
                return;
            }
            SectionRule rule;
            const YAML::Node kind = entry["kind"];
            const auto parsed =
                kind && kind.IsScalar() ? sectionKindFromName(toQString(kind)) : std::nullopt;
            if (!parsed) {
                problem(kind ? kind : entry,
                        tr("unknown section kind “%1”: use articles, projects, media, discussions, "
                           "past-issues or other")
                            .arg(kind && kind.IsScalar() ? toQString(kind) : QString()));
                return;
            }
            rule.kind = *parsed;
            for (const auto &field : entry) {
                const std::string key = field.first.as<std::string>();
                if (key == "match") {
                    if (field.second.IsScalar())
                        rule.match = {toQString(field.second)};
                    else
                        readList(field.second, rule.match);
                } else if (key == "unit") {
                    readString(field.second, rule.unit);
                } else if (key == "unit-variants") {
                    readList(field.second, rule.unitVariants);
                } else if (key == "english-unit") {
                    readString(field.second, rule.englishUnit);
                } else if (key != "kind") {
                    problem(
                        field.first,
                        tr("unknown key “%1” in a section rule").arg(QString::fromStdString(key)));
                }
            }
            rules << rule;
        }
        m_profile.sections = rules;
    }

    void readPastIssues(const YAML::Node &node) {
        if (!node.IsMap()) {
            problem(node, tr("past-issues must be a mapping with heading and offsets"));
            return;
        }
        for (const auto &field : node) {
            const std::string key = field.first.as<std::string>();
            if (key == "heading") {
                readString(field.second, m_profile.pastIssuesHeading);
            } else if (key == "offsets") {
                QList<int> offsets;
                if (!field.second.IsSequence()) {
                    problem(field.second, tr("offsets must be a list of whole numbers"));
                    continue;
                }
                for (const auto &item : field.second) {
                    int offset = 0;
                    if (!item.IsScalar() || !YAML::convert<int>::decode(item, offset) ||
                        offset < 1) {
                        problem(item, tr("offsets must be a list of whole numbers"));
                        return;
                    }
                    offsets << offset;
                }
                m_profile.pastIssueOffsets = offsets;
            } else {
                problem(field.first,
                        tr("unknown key “%1” in past-issues").arg(QString::fromStdString(key)));
            }
        }
    }

    void readHeadings(const YAML::Node &node) {
        if (!node.IsMap()) {
            problem(node, tr("english-headings must map each heading to its English heading"));
            return;
        }
        QList<HeadingTranslation> headings;
        for (const auto &field : node) {
            if (!expectScalar(field.second))
                return;
            headings.append({toQString(field.first), toQString(field.second)});
        }
        m_profile.englishHeadings = headings;
    }

    void readTexts(const YAML::Node &node) {
        if (!node.IsMap()) {
            problem(node, tr("texts must map each name to its text"));
            return;
        }
        for (const auto &field : node) {
            if (!expectScalar(field.second))
                return;
            const QString key = toQString(field.first);
            const QString value = toQString(field.second);
            auto existing = std::find_if(m_profile.texts.begin(), m_profile.texts.end(),
                                         [&key](const auto &text) { return text.first == key; });
            if (existing != m_profile.texts.end())
                existing->second = value;
            else
                m_profile.texts.append({key, value});
        }
    }

    NewsletterProfile &m_profile;
    QList<ProfileProblem> &m_problems;
};

} // namespace

QString sectionKindName(SectionKind kind) {
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

std::optional<SectionKind> sectionKindFromName(QStringView name) {
    for (const auto &[kind, kindName] : kindNames) {
        if (name == QLatin1String(kindName))
            return kind;
    }
    return std::nullopt;
}

NewsletterProfile NewsletterProfile::defaults() {
    NewsletterProfile profile;
    profile.name = QStringLiteral("Python 潮流周刊");
    profile.issueFilePattern = QStringLiteral("{date}-weekly.md");
    profile.titlePattern = QStringLiteral("Python 潮流周刊#{number}：{topic}");
    profile.englishTitlePattern = QStringLiteral("Python Trending Weekly #{number}: {topic}");
    profile.intervalDays = 7;
    profile.projectSeparator = QStringLiteral("：");
    auto list = [](std::initializer_list<const char16_t *> words) {
        QStringList out;
        for (const char16_t *word : words)
            out << QString::fromUtf16(word);
        return out;
    };
    profile.sections = {
        {SectionKind::Articles,
         list({u"文章", u"Articles"}),
         QStringLiteral("篇文章"),
         {},
         QStringLiteral("article")},
        {SectionKind::Projects,
         list({u"项目", u"Projects"}),
         QStringLiteral("个开源项目"),
         {},
         QStringLiteral("open-source project")},
        {SectionKind::Media, list({u"播客", u"视频", u"Podcasts", u"Videos"}),
         QStringLiteral("则音视频"), list({u"则视频", u"则播客", u"个视频"}),
         QStringLiteral("audio/video")},
        {SectionKind::Discussions, list({u"讨论", u"Discussion"}), QStringLiteral("则热门讨论"),
         list({u"个热门话题", u"则讨论"}), QStringLiteral("discussion")},
        {SectionKind::PastIssues, list({u"往年回顾", u"Looking Back"}), {}, {}, {}},
    };
    // The publishing outputs' fixed texts (issue 15): the user's own wording goes in the profile.
    profile.texts = {
        {QStringLiteral("summary-intro"),
         QStringLiteral("本期是 Python 潮流周刊第 {number} "
                        "期。全文请见：{fullTextUrl}\n\n以下是本期标题摘要：\n\n")},
        {QStringLiteral("summary-footer"),
         QStringLiteral("订阅后可查看第 {number} 期的全文：{fullTextUrl}\n")},
        {QStringLiteral("telegram-header"), QStringLiteral("{title}\n\n")},
        {QStringLiteral("telegram-footer"), QStringLiteral("全文：{fullTextUrl}\n")},
        {QStringLiteral("readme-entry"),
         QStringLiteral("- 第 {number} 期：[{topic}](./docs/{file})\n  - {description}\n")},
    };
    profile.pastIssuesHeading = QStringLiteral("往年回顾");
    profile.pastIssueOffsets = {50, 100};
    profile.englishHeadings = {
        {QStringLiteral("🦄文章&教程"), QStringLiteral("🦄Articles & Tutorials")},
        {QStringLiteral("🐿️项目&资源"), QStringLiteral("🐿️Projects & Resources")},
        {QStringLiteral("🐢播客&视频"), QStringLiteral("🐢Podcasts & Videos")},
        {QStringLiteral("🥂讨论&问题"), QStringLiteral("🥂Discussion & Questions")},
        {QStringLiteral("🐧往年回顾"), QStringLiteral("🐧Looking Back")},
        {QStringLiteral("🐱欢迎订阅"), QStringLiteral("🐱Subscribe")},
        {QStringLiteral("🐼欢迎订阅"), QStringLiteral("🐼Subscribe Welcome")},
    };
    return profile;
}

SectionKind NewsletterProfile::kindOf(QStringView heading) const {
    const QString label = squeezed(heading);
    for (const SectionRule &rule : sections) {
        for (const QString &match : rule.match) {
            const QString key = squeezed(match);
            if (!key.isEmpty() && label.contains(key, Qt::CaseInsensitive))
                return rule.kind;
        }
    }
    return SectionKind::Other;
}

const SectionRule *NewsletterProfile::rule(SectionKind kind) const {
    for (const SectionRule &rule : sections) {
        if (rule.kind == kind)
            return &rule;
    }
    return nullptr;
}

QString NewsletterProfile::englishHeading(QStringView heading) const {
    const QString key = squeezed(heading);
    for (const HeadingTranslation &translation : englishHeadings) {
        if (squeezed(translation.heading) == key)
            return translation.english;
    }
    return {};
}

QString NewsletterProfile::text(const QString &key) const {
    for (const auto &[name, value] : texts) {
        if (name == key)
            return value;
    }
    return {};
}

QStringList NewsletterProfile::keys() {
    return {QStringLiteral("name"),
            QStringLiteral("issue-file"),
            QStringLiteral("title"),
            QStringLiteral("english-title"),
            QStringLiteral("interval-days"),
            QStringLiteral("project-separator"),
            QStringLiteral("sections"),
            QStringLiteral("past-issues"),
            QStringLiteral("english-headings"),
            QStringLiteral("texts"),
            QStringLiteral("footer-markers"),
            QStringLiteral("section-emoji")};
}

namespace {

void emitSections(YAML::Emitter &out, const QList<SectionRule> &sections) {
    out << YAML::BeginSeq;
    for (const SectionRule &rule : sections) {
        out << YAML::BeginMap << YAML::Key << "kind" << YAML::Value
            << toStd(sectionKindName(rule.kind));
        out << YAML::Key << "match" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &match : rule.match)
            out << toStd(match);
        out << YAML::EndSeq;
        if (!rule.unit.isEmpty())
            out << YAML::Key << "unit" << YAML::Value << toStd(rule.unit);
        if (!rule.unitVariants.isEmpty()) {
            out << YAML::Key << "unit-variants" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &variant : rule.unitVariants)
                out << toStd(variant);
            out << YAML::EndSeq;
        }
        if (!rule.englishUnit.isEmpty())
            out << YAML::Key << "english-unit" << YAML::Value << toStd(rule.englishUnit);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitList(YAML::Emitter &out, const QStringList &values) {
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &value : values)
        out << YAML::DoubleQuoted << toStd(value);
    out << YAML::EndSeq;
}

void emitTexts(YAML::Emitter &out, const QList<std::pair<QString, QString>> &texts) {
    out << YAML::BeginMap;
    for (const auto &[key, value] : texts) {
        // A literal block reads back with one final line break only ("clip"); other texts are
        // written double-quoted so they read back exactly.
        const bool literal = value.endsWith(u'\n') && !value.endsWith(QStringLiteral("\n\n")) &&
                             !value.startsWith(u' ') && !value.contains(QStringLiteral(" \n"));
        out << YAML::Key << toStd(key) << YAML::Value
            << (literal ? YAML::Literal : YAML::DoubleQuoted) << toStd(value);
    }
    out << YAML::EndMap;
}

} // namespace

bool NewsletterProfile::emitKey(YAML::Emitter &out, const QString &key) const {
    out << YAML::Key << toStd(key) << YAML::Value;
    if (key == u"name") {
        out << toStd(name);
    } else if (key == u"issue-file") {
        out << toStd(issueFilePattern);
    } else if (key == u"title") {
        out << toStd(titlePattern);
    } else if (key == u"english-title") {
        out << toStd(englishTitlePattern);
    } else if (key == u"interval-days") {
        out << intervalDays;
    } else if (key == u"project-separator") {
        out << toStd(projectSeparator);
    } else if (key == u"sections") {
        emitSections(out, sections);
    } else if (key == u"past-issues") {
        out << YAML::BeginMap;
        out << YAML::Key << "heading" << YAML::Value << toStd(pastIssuesHeading);
        out << YAML::Key << "offsets" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (int offset : pastIssueOffsets)
            out << offset;
        out << YAML::EndSeq << YAML::EndMap;
    } else if (key == u"english-headings") {
        out << YAML::BeginMap;
        for (const HeadingTranslation &heading : englishHeadings)
            out << YAML::Key << toStd(heading.heading) << YAML::Value << toStd(heading.english);
        out << YAML::EndMap;
    } else if (key == u"texts") {
        emitTexts(out, texts);
    } else if (key == u"footer-markers") {
        emitList(out, conventions.footerMarkers);
    } else if (key == u"section-emoji") {
        emitList(out, conventions.sectionEmoji);
    } else {
        out << YAML::Null;
        return false;
    }
    return true;
}

QByteArray NewsletterProfile::keyYaml(const QString &key) const {
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitKey(out, key);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QByteArray NewsletterProfile::toYaml() const {
    YAML::Emitter out;
    out << YAML::BeginMap;
    for (const QString &key : keys())
        emitKey(out, key);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

LoadedProfile parseProfile(const QByteArray &yaml, const QString &path) {
    LoadedProfile loaded;
    loaded.path = path;
    NewsletterProfile profile = NewsletterProfile::defaults();
    try {
        ProfileReader(profile, loaded.problems).read(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &error) {
        loaded.problems.append(
            {error.mark.line + 1,
             ProfileReader::tr("invalid YAML: %1").arg(QString::fromStdString(error.msg))});
    }
    if (loaded.problems.isEmpty())
        loaded.profile = profile;
    return loaded;
}

LoadedProfile findProfile(const QString &issueOrFolder) {
    const QFileInfo info(issueOrFolder);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (true) {
        const QString candidate = dir.filePath(QString::fromLatin1(NewsletterProfile::fileName));
        if (QFileInfo(candidate).isFile()) {
            QFile file(candidate);
            if (!file.open(QIODevice::ReadOnly)) {
                LoadedProfile loaded;
                loaded.path = candidate;
                loaded.problems.append(
                    {0, ProfileReader::tr("cannot read the profile: %1").arg(file.errorString())});
                return loaded;
            }
            return parseProfile(file.readAll(), candidate);
        }
        if (!dir.cdUp())
            return {};
    }
}

} // namespace wc
