// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The newsletter profile: defaults, every key, bad files (with the line named), the search for
// weekly-composer.yaml, and writing it back.
#include "newsletterprofile.h"
#include "profilewriter.h"
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
    void anEditKeepsCommentsAndOrderOfTheOtherKeys();
    void anEditedKeyLosesOnlyItsOwnComments();
    void aKeyTheFileLackedIsAppendedOnlyWhenNotDefault();
    void theParseConventionsAreWrittenInPlace();
    void aFileThatCannotBeEditedInPlaceIsReplaced_data();
    void aFileThatCannotBeEditedInPlaceIsReplaced();
    void savingWritesThroughTheCheckedWriter();
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
    QTest::newRow("footer markers not a list")
        << QByteArray("name: a\nfooter-markers: 如果你觉得\n") << 2 << "expected a list";
    QTest::newRow("a footer marker not a text")
        << QByteArray("name: a\nfooter-markers:\n  - [a, b]\n") << 3 << "single value";
    QTest::newRow("an empty section emoji")
        << QByteArray("name: a\nsection-emoji: [🦄, \"\"]\n") << 2 << "empty";
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

namespace {

// A user's profile: a header comment, its own key order, comments between, inside and beside
// the values, CRLF-free.
const QByteArray commentedProfile = R"(# Our newsletter's conventions.
# Edited by hand and by Settings > Newsletter.

interval-days: 14   # fortnightly since 2025
title: "测试周刊（第 {number} 期）：{topic}"

# What each heading counts as.
sections:
  # the long reads first
  - {kind: articles, match: [阅读], unit: 篇阅读}
  - kind: projects   # tools too
    match: [工具]
    unit: 个工具
name: 测试周刊
)";

} // namespace

void TestProfile::anEditKeepsCommentsAndOrderOfTheOtherKeys() {
    LoadedProfile loaded = parseProfile(commentedProfile);
    QVERIFY(loaded.problems.isEmpty());
    NewsletterProfile edited = loaded.profile;
    edited.name = QStringLiteral("新名字");
    const ProfileWrite written = updatedProfileYaml(commentedProfile, edited);
    QVERIFY(written.inPlace);
    // Only the `name` line is new; every other byte is the file's.
    QCOMPARE(written.yaml, QByteArray(commentedProfile).replace("name: 测试周刊", "name: 新名字"));
    QCOMPARE(parseProfile(written.yaml).profile.toYaml(), edited.toYaml());
}

void TestProfile::anEditedKeyLosesOnlyItsOwnComments() {
    NewsletterProfile edited = parseProfile(commentedProfile).profile;
    edited.intervalDays = 7;
    edited.sections[1].unit = QStringLiteral("个项目");
    const ProfileWrite written = updatedProfileYaml(commentedProfile, edited);
    QVERIFY(written.inPlace);
    // The edited keys are yaml-cpp's now (their own comments gone), in their old places; the
    // header, the comment before `sections` and the untouched keys stay as they were.
    QCOMPARE(written.yaml, QByteArray(R"(# Our newsletter's conventions.
# Edited by hand and by Settings > Newsletter.

interval-days: 7
title: "测试周刊（第 {number} 期）：{topic}"

# What each heading counts as.
sections:
  - kind: articles
    match: [阅读]
    unit: 篇阅读
  - kind: projects
    match: [工具]
    unit: 个项目
name: 测试周刊
)"));
    QCOMPARE(parseProfile(written.yaml).profile.toYaml(), edited.toYaml());
}

void TestProfile::aKeyTheFileLackedIsAppendedOnlyWhenNotDefault() {
    const QByteArray original = "# mine\r\nname: 甲\r\n";
    NewsletterProfile edited = parseProfile(original).profile;
    // Unchanged defaults are not written out: the file stays as short as it was.
    QCOMPARE(updatedProfileYaml(original, edited).yaml, original);
    edited.intervalDays = 10;
    // Appended, with the file's CRLF line breaks.
    QCOMPARE(updatedProfileYaml(original, edited).yaml,
             QByteArray("# mine\r\nname: 甲\r\ninterval-days: 10\r\n"));
}

void TestProfile::theParseConventionsAreWrittenInPlace() {
    const QByteArray original = R"(# Tools Weekly
name: 工具周刊
# how our issues end
footer-markers: ["（完）", 欢迎投稿]   # the sign-off lines
interval-days: 14
)";
    NewsletterProfile edited = parseProfile(original).profile;
    QCOMPARE(edited.conventions.footerMarkers,
             QStringList({QStringLiteral("（完）"), QStringLiteral("欢迎投稿")}));
    // A key the file lacked is appended; the others keep their bytes and comments.
    edited.conventions.sectionEmoji = {QStringLiteral("📚"), QStringLiteral("🛠")};
    ProfileWrite written = updatedProfileYaml(original, edited);
    QVERIFY(written.inPlace);
    QCOMPARE(written.yaml, original + "section-emoji: [\"📚\", \"🛠\"]\n");
    QCOMPARE(parseProfile(written.yaml).profile.conventions, edited.conventions);
    // An edited marker list is rewritten in its place; only its own comment goes.
    edited.conventions.footerMarkers = {QStringLiteral("（完）")};
    written = updatedProfileYaml(original, edited);
    QVERIFY(written.inPlace);
    QCOMPARE(written.yaml, QByteArray(R"(# Tools Weekly
name: 工具周刊
# how our issues end
footer-markers: ["（完）"]
interval-days: 14
section-emoji: ["📚", "🛠"]
)"));
}

void TestProfile::aFileThatCannotBeEditedInPlaceIsReplaced_data() {
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("flow mapping") << QByteArray("{name: 甲, interval-days: 3}\n");
    QTest::newRow("unknown kind") << QByteArray("sections:\n  - kind: essays\n    match: x\n");
    QTest::newRow("invalid YAML") << QByteArray("name: a\ntitle: x: y\n");
}

void TestProfile::aFileThatCannotBeEditedInPlaceIsReplaced() {
    QFETCH(QByteArray, original);
    NewsletterProfile edited = NewsletterProfile::defaults();
    edited.name = QStringLiteral("乙");
    const ProfileWrite written = updatedProfileYaml(original, edited);
    QVERIFY(!written.inPlace);
    QCOMPARE(written.yaml, edited.toYaml());
}

void TestProfile::savingWritesThroughTheCheckedWriter() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weekly-composer.yaml"));
    NewsletterProfile edited = NewsletterProfile::defaults();
    edited.intervalDays = 5;
    // A new file holds the whole profile.
    QVERIFY(saveProfile(path, edited));
    QCOMPARE(test::readBytes(path), edited.toYaml());
    QCOMPARE(findProfile(path).profile.intervalDays, 5);
    // A folder that does not exist: the writer's cause, nothing claimed.
    const FileWriter::Result failed =
        saveProfile(dir.filePath(QStringLiteral("missing/weekly-composer.yaml")), edited);
    QVERIFY(!failed);
    QVERIFY(!failed.cause.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
