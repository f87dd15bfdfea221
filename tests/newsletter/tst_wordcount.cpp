// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The jieba-compatible word count against python3-jieba itself: the same tokens for tricky
// sentences, and the same count for every file of the shared corpus.
#include "jiebasegmenter.h"
#include "testsupport.h"
#include "wordcount.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringDecoder>

using namespace wc;

namespace {

// Runs Debian's python3 with python3-jieba; skips when it is missing (test.sh installs it).
QByteArray runReference(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess python;
    python.start(QStringLiteral(WC_JIEBA_PYTHON), arguments);
    if (!python.waitForStarted(10000))
        return {};
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return python.readAllStandardOutput();
}

QStringList ourTokens(const QString &text) {
    QStringList tokens;
    const QList<uint> ucs4 = text.toUcs4();
    JiebaSegmenter::instance().segment(std::u32string(ucs4.begin(), ucs4.end()),
                                       [&tokens](std::u32string_view token) {
                                           tokens << QString::fromUcs4(token.data(), token.size());
                                       });
    return tokens;
}

QString decodeIssue(const QString &path) {
    QByteArray bytes = test::readBytes(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

} // namespace

class TestWordCount : public QObject {
    Q_OBJECT

private slots:
    void tokensMatchJieba();
    void countRule();
    void everyCorpusFileCountsAsJiebaDoes();
};

void TestWordCount::tokensMatchJieba() {
    const QStringList sentences = {
        QStringLiteral("我来到北京清华大学"),
        QStringLiteral("他来到了网易杭研大厦"),
        QStringLiteral("小明硕士毕业于中国科学院计算所，后在日本京都大学深造"),
        QStringLiteral("Python 潮流周刊#58：最快运行原型的语言"),
        QStringLiteral("uv 0.4.2 发布，速度提升 3.5% 以上！支持 PEP-723 与 C++/C# 扩展"),
        QStringLiteral("用 Rust 重写的 Python 包管理器（star 18.5K）"),
        QStringLiteral("🐍🚀 emoji 在中文里：👨‍👩‍👧 "
                       "一家人\r\n第二行\r第三行\u3000全角空格"),
        QStringLiteral("测试１２３全角数字和ＡＢＣ字母，以及 a.b.c 和 1.2.3 版本号v1.2a"),
        QStringLiteral("魑魅魍魉饕餮梼杌混沌穷奇"),
        QStringLiteral("数据分析师正在研究机器学习与深度学习的区别"),
        QStringLiteral("「引号」『书名』《周刊》——破折号……省略号"),
        QStringLiteral("&&##%%__--..++ mixed_snake-case.value 100%"),
    };
    QByteArray script = "import sys, jieba, logging\njieba.setLogLevel(logging.WARNING)\n"
                        "for line in sys.stdin.read().split('\\x1e'):\n"
                        "    print('\\x1f'.join(jieba.lcut(line)), end='\\x1e')\n";
    const QByteArray output = runReference({QStringLiteral("-c"), QString::fromUtf8(script)},
                                           sentences.join(QChar(0x1e)).toUtf8());
    if (output.isEmpty())
        QSKIP("python3-jieba is not installed for /usr/bin/python3 (./test.sh installs it)");
    QStringList expected = QString::fromUtf8(output).split(QChar(0x1e));
    expected.removeLast();
    QCOMPARE(expected.size(), sentences.size());
    for (qsizetype i = 0; i < sentences.size(); ++i)
        QCOMPARE(ourTokens(sentences[i]), expected[i].split(QChar(0x1f)));
}

void TestWordCount::countRule() {
    // The count's own number is left out, so changing it does not change the count.
    const QString line = QStringLiteral("本期分享了 12 篇文章，全文 %1 字。");
    QCOMPARE(publishedWordCount(line.arg(1659)), publishedWordCount(line.arg(7)));
    QCOMPARE(wordCountText(line.arg(1659)), QStringLiteral("本期分享了 12 篇文章，全文  字。"));
    // Front matter and anything else between --- and --- go; links keep their text.
    QCOMPARE(wordCountText(
                 QStringLiteral("---\ntitle: x\n---\n## 标题\n1、[**链接**文字](https://a.b/c)")),
             QStringLiteral("\n 标题\n1、链接文字"));
    QCOMPARE(wordCountText(QStringLiteral("a --- b ---- c")), QStringLiteral("a - c"));
    QCOMPARE(wordCountText(QStringLiteral("[](x) [a]() [a](b")),
             QStringLiteral("[](x) [a]() [a](b"));
    QCOMPARE(wordCountText(QStringLiteral("[a [b](c) d](e)")), QStringLiteral("a [b d](e)"));
    // Blank tokens do not count; every other character outside words does.
    QCOMPARE(publishedWordCount(QStringLiteral(" \n\r\n\t\u3000")), 0);
    QCOMPARE(publishedWordCount(QStringLiteral("，。！")), 3);
}

void TestWordCount::everyCorpusFileCountsAsJiebaDoes() {
    WC_REQUIRE_CORPUS();
    const QStringList files = test::corpusFiles();
    const QByteArray output = runReference(QStringList{QStringLiteral(WC_JIEBA_REFERENCE)} + files);
    if (output.isEmpty())
        QSKIP("python3-jieba is not installed for /usr/bin/python3 (./test.sh installs it)");
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), files.size());
    int agree = 0;
    QStringList differ;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split('\t');
        QCOMPARE(QString::fromUtf8(fields.value(1)), files[i]);
        const qsizetype expected = fields[0].toLongLong();
        const qsizetype ours = publishedWordCount(decodeIssue(files[i]));
        if (ours == expected)
            ++agree;
        else
            differ << QStringLiteral("%1: jieba %2, ours %3").arg(files[i]).arg(expected).arg(ours);
    }
    qInfo("word count: %d of %lld corpus files agree with python3-jieba", agree,
          qlonglong(files.size()));
    QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
