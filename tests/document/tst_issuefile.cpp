// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening files that are not fit to open: each gives one clear message naming the file.
#include "testsupport.h"

#include <QStringDecoder>
#include <QTemporaryDir>

using namespace wc;

class TestIssueFile : public QObject {
    Q_OBJECT
private slots:
    void opensAValidFile() {
        QTemporaryDir dir;
        const QByteArray bytes =
            "---\ntitle: 'Python 潮流周刊#3：x'\n---\n\n## 🦄文章&教程\n\n1、[a](b)\n";
        const auto loaded =
            IssueFile::load(test::writeFile(dir.path(), "2023-05-20-weekly.md", bytes));
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        QCOMPARE(loaded.document->serialize(), bytes);
        QCOMPARE(loaded.document->number(), std::optional<int>(3));
    }

    // What the window's session reads (no parse) is what a parse of the file says: the text,
    // its BOM and its first line's ending; and a file unfit to open is refused the same way.
    void theTextAloneIsReadAsTheParseReadsIt() {
        QTemporaryDir dir;
        const QList<QByteArray> files{"## A\r\n\r\n1、[a](b)\n",
                                      "\xEF\xBB\xBF## A\n\r\nx",
                                      "one line",
                                      "\r\n",
                                      "",
                                      "caf\xe9\n"};
        int n = 0;
        for (const QByteArray &bytes : files) {
            const QString path =
                test::writeFile(dir.path(), QStringLiteral("%1.md").arg(n++), bytes);
            const auto parsed = IssueFile::load(path);
            const auto read = IssueFile::loadText(path);
            QCOMPARE(bool(read.text), bool(parsed.document));
            QCOMPARE(read.error, parsed.error);
            if (!parsed.document)
                continue;
            QCOMPARE(*read.text, parsed.document->text());
            QCOMPARE(read.lineEnding, parsed.document->lineEnding());
            QCOMPARE(read.hasBom, parsed.document->hasBom());
            QCOMPARE(read.bytes, bytes);
        }
    }

    void rejectsInvalidUtf8() {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), "latin1.md", "## A\n\ncaf\xe9\n");
        const auto loaded = IssueFile::load(path);
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(path), qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("not valid UTF-8")),
                 qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("line 3")), qPrintable(loaded.error));
    }

    void rejectsMalformedSequences_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("overlong") << QByteArray("a\xc0\xaf") << qsizetype(1);
        QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << qsizetype(2);
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
        QTest::newRow("truncated") << QByteArray("abc\xe4\xb8") << qsizetype(3);
        QTest::newRow("stray continuation") << QByteArray("\x80") << qsizetype(0);
        QTest::newRow("valid cjk and emoji") << QByteArray("中文🦄") << qsizetype(-1);
    }

    void rejectsMalformedSequences() {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(IssueFile::firstInvalidUtf8(bytes), offset);
        // Our check agrees with Qt's own decoder about what is valid.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        Q_UNUSED(decoded);
        QCOMPARE(decoder.hasError(), offset >= 0);
    }

    void rejectsBinaryFiles() {
        QTemporaryDir dir;
        const QString path =
            test::writeFile(dir.path(), "image.md", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        const auto loaded = IssueFile::load(path);
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(QStringLiteral("binary")), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(path));
    }

    void rejectsHugeFiles() {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.md");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(IssueFile::maximumSize + 1)); // sparse: no 64 MB written
        file.close();
        const auto loaded = IssueFile::load(path);
        QVERIFY(!loaded.document);
        // Exact sizes: "64 MB, larger than 64 MB" said nothing.
        QVERIFY2(loaded.error.contains(
                     QStringLiteral("it is 67108865 bytes, larger than the 67108864 bytes")),
                 qPrintable(loaded.error));
    }

    void rejectsUtf16AndUtf32SayingHowToConvert_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE#\0 \0T\0\n\0", 10) << "UTF-16";
        QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0#\0 \0T\0\n", 10) << "UTF-16";
        QTest::newRow("UTF-32 LE") << QByteArray("\xFF\xFE\0\0#\0\0\0", 8) << "UTF-32";
        QTest::newRow("UTF-32 BE") << QByteArray("\0\0\xFE\xFF\0\0\0#", 8) << "UTF-32";
    }
    void rejectsUtf16AndUtf32SayingHowToConvert() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), "wide.md", bytes);
        const auto loaded = IssueFile::load(path);
        QVERIFY(!loaded.document);
        // Not "a binary file (a NUL byte at offset 3)".
        QVERIFY2(!loaded.error.contains(QStringLiteral("binary")), qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("it is %1 text").arg(encoding)),
                 qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("only UTF-8 is supported")),
                 qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("iconv -f %1 -t UTF-8").arg(encoding)),
                 qPrintable(loaded.error));
    }

    void namesASymlinkLoop() {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.md"), b = dir.filePath("b.md");
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const auto loaded = IssueFile::load(a);
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(QStringLiteral("loop of symbolic links")),
                 qPrintable(loaded.error));
        QVERIFY2(!loaded.error.contains(QStringLiteral("no such file")), qPrintable(loaded.error));
        // A link to a missing file is still "no such file".
        QVERIFY(QFile::link(dir.filePath("gone.md"), dir.filePath("dangling.md")));
        QVERIFY(IssueFile::load(dir.filePath("dangling.md"))
                    .error.contains(QStringLiteral("no such file")));
    }

    void opensThroughASymlink() {
        QTemporaryDir dir;
        const QString target = test::writeFile(dir.path(), "real.md", "# T\n");
        QVERIFY(QFile::link(target, dir.filePath("link.md")));
        const auto loaded = IssueFile::load(dir.filePath("link.md"));
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        QCOMPARE(loaded.bytes, QByteArray("# T\n"));
    }

    void rejectsDirectoriesAndMissingPaths() {
        QTemporaryDir dir;
        auto loaded = IssueFile::load(dir.path());
        QVERIFY(!loaded.document);
        QVERIFY2(loaded.error.contains(QStringLiteral("directory")), qPrintable(loaded.error));
        const QString missing = dir.filePath("missing.md");
        loaded = IssueFile::load(missing);
        QVERIFY(!loaded.document);
        QVERIFY(loaded.error.contains(missing));
        QVERIFY2(loaded.error.contains(QStringLiteral("no such file")), qPrintable(loaded.error));
    }
};

QTEST_GUILESS_MAIN(TestIssueFile)
#include "tst_issuefile.moc"
