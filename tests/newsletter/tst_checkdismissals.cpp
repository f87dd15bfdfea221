// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dismissed findings of an issue, kept in a small JSON file beside it: recognised by what
// they say and where (the line's text), not by line number; a bad file or an unwritable folder
// is reported and stops nothing.
#include "checkdismissals.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace wc;

namespace {

const char header[] = "---\ntitle: 'Python 潮流周刊#9：测试'\npubDate: 2026-11-21\n---\n\n";

// The findings of `body` with the text of their lines, as the window gives them.
QList<std::pair<CheckFinding, QString>> findingsOf(const QByteArray &body) {
    const IssueDocument document =
        test::parseText(QString::fromUtf8(header + body), QStringLiteral("2026-11-21-weekly.md"));
    const QStringList lines = document.text().split(u'\n');
    QList<std::pair<CheckFinding, QString>> found;
    for (const CheckFinding &finding : checkIssue(document, NewsletterProfile::defaults()))
        found.append({finding, lines.value(finding.line - 1)});
    return found;
}

const QByteArray gap = "## 🦄文章&教程\n\n1、[一](https://a.example/1)\n\n说明。\n\n"
                       "3、[三](https://a.example/3)\n\n说明。\n";

} // namespace

class TestCheckDismissals : public QObject {
    Q_OBJECT

private slots:
    void storeIsAHiddenFileBesideTheIssue() {
        QCOMPARE(CheckDismissals::storePath(QStringLiteral("/n/2026-11-21-weekly.md")),
                 QStringLiteral("/n/.2026-11-21-weekly.md.checks.json"));
    }

    void keptAcrossLoadsAndLinesAddedAbove() {
        QTemporaryDir dir;
        const QString issue = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        const auto before = findingsOf(gap);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before[0].first.kind, QStringLiteral("numbering"));
        {
            CheckDismissals dismissals;
            QVERIFY(dismissals.load(issue));
            QVERIFY(!dismissals.isDismissed(before[0].first, before[0].second));
            QVERIFY(dismissals.dismiss(before[0].first, before[0].second));
            QVERIFY(dismissals.isDismissed(before[0].first, before[0].second));
        }
        const QJsonObject stored =
            QJsonDocument::fromJson(test::readBytes(CheckDismissals::storePath(issue))).object();
        QCOMPARE(stored.value(QStringLiteral("dismissed")).toArray().size(), 1);
        QCOMPARE(stored.value(QStringLiteral("dismissed"))[0][QStringLiteral("line")].toString(),
                 QStringLiteral("3、[三](https://a.example/3)"));

        CheckDismissals again;
        QVERIFY(again.load(issue));
        QCOMPARE(again.size(), 1);
        // Lines added above move the finding down; it stays dismissed.
        const auto moved = findingsOf("前言。\n\n更多前言。\n\n" + gap);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved[0].first.line, before[0].first.line + 4);
        QVERIFY(again.isDismissed(moved[0].first, moved[0].second));
        // Its line edited (the gap now 1, 4): a finding of its own again.
        QByteArray edited = gap;
        edited.replace("3、", "4、");
        const auto changed = findingsOf(edited);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!again.isDismissed(changed[0].first, changed[0].second));
        // Restored: the file forgets it.
        QVERIFY(again.restore(moved[0].first, moved[0].second));
        CheckDismissals reread;
        QVERIFY(reread.load(issue));
        QCOMPARE(reread.size(), 0);
    }

    void anUntitledIssueKeepsThemUntilItIsSaved() {
        QTemporaryDir dir;
        const auto found = findingsOf(gap);
        CheckDismissals dismissals;
        QVERIFY(dismissals.load({}));
        QVERIFY(dismissals.dismiss(found[0].first, found[0].second));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        const QString issue = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        QVERIFY(dismissals.moveTo(issue));
        CheckDismissals reread;
        QVERIFY(reread.load(issue));
        QVERIFY(reread.isDismissed(found[0].first, found[0].second));
    }

    void aBrokenFileIsReportedAndIgnored() {
        QTemporaryDir dir;
        const QString issue = dir.filePath(QStringLiteral("2026-11-21-weekly.md"));
        test::writeFile(CheckDismissals::storePath(issue), "{ not json");
        CheckDismissals dismissals;
        QString error;
        QVERIFY(!dismissals.load(issue, &error));
        QVERIFY2(error.contains(QStringLiteral(".2026-11-21-weekly.md.checks.json")),
                 qPrintable(error));
        QCOMPARE(dismissals.size(), 0);
    }

    void anUnwritableFolderIsReported() {
        // The issue's "folder" is a file: nothing can be written beside the issue (whoever runs
        // the test, root included).
        QTemporaryDir dir;
        const QString notAFolder = test::writeFile(dir.filePath(QStringLiteral("file")), "x");
        const QString issue = notAFolder + QStringLiteral("/2026-11-21-weekly.md");
        const auto found = findingsOf(gap);
        CheckDismissals dismissals;
        QVERIFY(dismissals.load(issue));
        QString error;
        QVERIFY(!dismissals.dismiss(found[0].first, found[0].second, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
        // Dismissed for this session all the same.
        QVERIFY(dismissals.isDismissed(found[0].first, found[0].second));
    }
};

QTEST_GUILESS_MAIN(TestCheckDismissals)
#include "tst_checkdismissals.moc"
