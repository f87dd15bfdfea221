// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The issue number read from the title (`Python 潮流周刊#12`): issue 11, item 8.
#include "issuejson.h"
#include "testsupport.h"

using namespace wc;

class TestIssueNumber : public QObject {
    Q_OBJECT
private slots:
    void numberFromTheTitle_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("json"); // the "number" member of inspect's output
        QTest::newRow("plain") << "Python 潮流周刊#12：标题" << QByteArray("\"number\":12,");
        QTest::newRow("leading zeros") << "周刊 # 0042" << QByteArray("\"number\":42,");
        QTest::newRow("largest int") << "周刊#2147483647" << QByteArray("\"number\":2147483647,");
        // Before the fix these became #0 ("number": 0).
        QTest::newRow("one past int") << "周刊#2147483648" << QByteArray("\"number\":null,");
        QTest::newRow("far past 64 bits")
            << "周刊#123456789012345678901234567890" << QByteArray("\"number\":null,");
        // Digits of other scripts are not an issue number (they were read as 0 too).
        QTest::newRow("Arabic-Indic digits") << "周刊#١٢" << QByteArray("\"number\":null,");
        QTest::newRow("no number") << "周刊" << QByteArray("\"number\":null,");
    }

    void numberFromTheTitle() {
        QFETCH(QString, title);
        QFETCH(QByteArray, json);
        const IssueDocument document =
            test::parseText(QStringLiteral("# %1\n\n## A\n\n1、[a](https://e.org)\n").arg(title));
        QVERIFY2(issueToJson(document).contains(json), issueToJson(document).constData());
        if (json.contains("null"))
            QVERIFY(!document.number());
        else
            QVERIFY(document.number() && *document.number() >= 0);
    }
};

QTEST_GUILESS_MAIN(TestIssueNumber)
#include "tst_issuenumber.moc"
