// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The newsletter profile: defaults, every key, bad files (with the line named), the search for
// weekly-composer.yaml, and writing it back.
#include "newsletterprofile.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace wc;

class TestProfile : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreThePythonWeekly();
    void headingsMatchTheirKind_data();
    void headingsMatchTheirKind();
    void everyKeyOverrides();
    void aTechWeeklyProfile();
    void badProfilesNameTheLineAndKeepTheDefaults_data();
    void badProfilesNameTheLineAndKeepTheDefaults();
    void theNearestFolderWithAProfileWins();
    void writtenProfileReadsBackTheSame();
};

void TestProfile::defaultsAreThePythonWeekly() {
    const NewsletterProfile profile = NewsletterProfile::defaults();
    QCOMPARE(profile.issueFilePattern, QStringLiteral("{date}-weekly.md"));
    QCOMPARE(profile.titlePattern, QStringLiteral("Python 潮流周刊#{number}：{topic}"));
    QCOMPARE(profile.intervalDays, 7);
    QCOMPARE(profile.rule(SectionKind::Articles)->unit, QStringLiteral("篇文章"));
    QCOMPARE(profile.rule(SectionKind::Projects)->unit, QStringLiteral("个开源项目"));
    QCOMPARE(profile.rule(SectionKind::Media)->unit, QStringLiteral("则音视频"));
    QCOMPARE(profile.rule(SectionKind::Discussions)->unit, QStringLiteral("则热门讨论"));
    QCOMPARE(profile.pastIssueOffsets, (QList<int>{50, 100}));
    // No file: the defaults, no problems.
    QTemporaryDir dir;
    const LoadedProfile loaded = findProfile(dir.filePath(QStringLiteral("2026-12-06-weekly.md")));
    QVERIFY(loaded.path.isEmpty());
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.profile.titlePattern, profile.titlePattern);
}

void TestProfile::headingsMatchTheirKind_data() {
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain") << QStringLiteral("🦄文章&教程") << "articles";
    QTest::newRow("link text") << QStringLiteral("🐿️项目&资源") << "projects";
    QTest::newRow("media") << QStringLiteral("🐢播客&视频") << "media";
    QTest::newRow("discussions") << QStringLiteral("🥂讨论&问题") << "discussions";
    QTest::newRow("past, spaced") << QStringLiteral("🐧 往年回顾") << "past-issues";
    QTest::newRow("english") << QStringLiteral("🦄 Articles & Tutorials") << "articles";
    QTest::newRow("english case") << QStringLiteral("🥂Discussions & Issues") << "discussions";
    QTest::newRow("other") << QStringLiteral("🐱欢迎订阅") << "other";
}

void TestProfile::headingsMatchTheirKind() {
    QFETCH(QString, heading);
    QFETCH(QString, kind);
    QCOMPARE(sectionKindName(NewsletterProfile::defaults().kindOf(heading)), kind);
}

void TestProfile::everyKeyOverrides() {
    const LoadedProfile loaded = parseProfile(R"(name: 测试周刊
issue-file: "issue-{number}.md"
title: "测试周刊（第 {number} 期）：{topic}"
english-title: "Test Weekly {number}: {topic}"
interval-days: 14
project-separator: ": "
sections:
  - kind: articles
    match: [阅读]
    unit: 篇阅读
    english-unit: read
  - kind: projects
    match: 工具
past-issues:
  heading: 旧刊
  offsets: [10]
english-headings:
  阅读: Reading
texts:
  intro: "本期 {number}"
)");
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).message));
    const NewsletterProfile &p = loaded.profile;
    QCOMPARE(p.name, QStringLiteral("测试周刊"));
    QCOMPARE(p.issueFilePattern, QStringLiteral("issue-{number}.md"));
    QCOMPARE(p.titlePattern, QStringLiteral("测试周刊（第 {number} 期）：{topic}"));
    QCOMPARE(p.englishTitlePattern, QStringLiteral("Test Weekly {number}: {topic}"));
    QCOMPARE(p.intervalDays, 14);
    QCOMPARE(p.projectSeparator, QStringLiteral(": "));
    QCOMPARE(p.sections.size(), 2);
    QCOMPARE(p.kindOf(u"📚 阅读"), SectionKind::Articles);
    QCOMPARE(p.kindOf(u"🦄文章&教程"), SectionKind::Other); // the rules replace the defaults
    QCOMPARE(p.rule(SectionKind::Articles)->unit, QStringLiteral("篇阅读"));
    QCOMPARE(p.rule(SectionKind::Articles)->englishUnit, QStringLiteral("read"));
    QCOMPARE(p.rule(SectionKind::Projects)->match, QStringList{QStringLiteral("工具")});
    QCOMPARE(p.pastIssuesHeading, QStringLiteral("旧刊"));
    QCOMPARE(p.pastIssueOffsets, QList<int>{10});
    QCOMPARE(p.englishHeading(u"阅 读"), QStringLiteral("Reading"));
    QCOMPARE(p.text(QStringLiteral("intro")), QStringLiteral("本期 {number}"));
}

void TestProfile::aTechWeeklyProfile() {
    // The README's second example: 科技爱好者周刊, no front matter, issue-N.md files.
    const LoadedProfile loaded = parseProfile(R"(name: 科技爱好者周刊
issue-file: "issue-{number}.md"
title: "科技爱好者周刊（第 {number} 期）：{topic}"
sections:
  - {kind: articles, match: [文章], unit: 篇文章}
  - {kind: projects, match: [工具, 资源], unit: 个工具}
past-issues: {heading: 往年回顾, offsets: [52]}
)");
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).message));
    QCOMPARE(loaded.profile.kindOf(u"资源"), SectionKind::Projects);
    QCOMPARE(loaded.profile.pastIssueOffsets, QList<int>{52});
    QCOMPARE(loaded.profile.intervalDays, 7); // not in the file: the default
}

void TestProfile::badProfilesNameTheLineAndKeepTheDefaults_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("invalid YAML") << QByteArray("name: a\ntitle: x: y\n") << 2 << "invalid YAML";
    QTest::newRow("unknown kind") << QByteArray(
                                         "name: a\nsections:\n  - kind: essays\n    match: x\n")
                                  << 3 << "unknown section kind “essays”";
    QTest::newRow("unknown key") << QByteArray("name: a\ntitel: x\n") << 2 << "unknown key “titel”";
    QTest::newRow("bad interval") << QByteArray("interval-days: weekly\n") << 1 << "interval-days";
    QTest::newRow("bad offsets") << QByteArray("past-issues:\n  offsets: [50, x]\n") << 2
                                 << "offsets";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << "mapping";
}

void TestProfile::badProfilesNameTheLineAndKeepTheDefaults() {
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, says);
    QTemporaryDir dir;
    test::writeFile(dir.path(), QString::fromLatin1(NewsletterProfile::fileName), yaml);
    const LoadedProfile loaded = findProfile(dir.filePath(QStringLiteral("x.md")));
    QCOMPARE(loaded.path, dir.filePath(QStringLiteral("weekly-composer.yaml")));
    QVERIFY(!loaded.problems.isEmpty());
    QCOMPARE(loaded.problems.first().line, line);
    QVERIFY2(loaded.problems.first().message.contains(says),
             qPrintable(loaded.problems.first().message));
    // Nothing of a bad file is used: name `a` was valid, yet the default name stays.
    QCOMPARE(loaded.profile.name, NewsletterProfile::defaults().name);
    QCOMPARE(loaded.profile.intervalDays, 7);
}

void TestProfile::theNearestFolderWithAProfileWins() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/2026")));
    test::writeFile(dir.path(), QStringLiteral("weekly-composer.yaml"), "name: outer\n");
    const QString issue = dir.filePath(QStringLiteral("docs/2026/2026-12-06-weekly.md"));
    QCOMPARE(findProfile(issue).profile.name, QStringLiteral("outer"));
    test::writeFile(dir.filePath(QStringLiteral("docs")), QStringLiteral("weekly-composer.yaml"),
                    "name: inner\n");
    QCOMPARE(findProfile(issue).profile.name, QStringLiteral("inner"));
    QCOMPARE(findProfile(dir.filePath(QStringLiteral("docs"))).profile.name,
             QStringLiteral("inner"));
}

void TestProfile::writtenProfileReadsBackTheSame() {
    NewsletterProfile profile = NewsletterProfile::defaults();
    profile.name = QStringLiteral("名字: with a colon # and a hash");
    profile.intervalDays = 3;
    profile.texts.append({QStringLiteral("footer"), QStringLiteral("第一行\n第二行 {number}\n")});
    const LoadedProfile loaded = parseProfile(profile.toYaml());
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).message));
    QCOMPARE(loaded.profile.toYaml(), profile.toYaml());
    QCOMPARE(loaded.profile.name, profile.name);
    QCOMPARE(loaded.profile.text(QStringLiteral("footer")),
             QStringLiteral("第一行\n第二行 {number}\n"));
    QCOMPARE(loaded.profile.sections.size(), profile.sections.size());
    QCOMPARE(loaded.profile.englishHeadings.size(), profile.englishHeadings.size());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
