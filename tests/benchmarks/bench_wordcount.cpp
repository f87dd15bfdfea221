// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The jieba-compatible word count: time to count one issue (the status bar recounts it live).
//
//   bench_wordcount [FILE…]   (default: the corpus's 291 KB compilation and a regular issue)
//
// The first line is the one-time cost of loading jieba's tables; then, for each file, the
// count itself over 50 runs.
#include "benchreport.h"
#include "jiebasegmenter.h"
#include "wordcount.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files = {QStringLiteral(WC_BENCH_CORPUS_DIR "/2024-07-10-sweekly.md"),
                 QStringLiteral(WC_BENCH_CORPUS_DIR "/2025-04-05-weekly.md")};

    QElapsedTimer load;
    load.start();
    wc::JiebaSegmenter::instance();
    bench::JsonLine()
        .add("bench", QStringLiteral("wordcount_load"))
        .add("ms", load.nsecsElapsed() / 1e6, 3);

    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_wordcount: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QString text = QString::fromUtf8(file.readAll());
        std::vector<double> samples;
        qsizetype words = 0;
        for (int run = 0; run < 55; ++run) {
            QElapsedTimer timer;
            timer.start();
            words = wc::publishedWordCount(text);
            if (run >= 5) // warm-up
                samples.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(samples.begin(), samples.end());
        bench::JsonLine()
            .add("bench", QStringLiteral("wordcount"))
            .add("input", QFileInfo(path).fileName())
            .add("bytes", qint64(file.size()))
            .add("words", qint64(words))
            .addLatency(samples);
    }
    return 0;
}
