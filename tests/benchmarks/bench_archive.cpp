// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Indexing a newsletter folder: the corpus copied three times over (about 490 issues).
//
//   bench_archive [CORPUS-DIR]   (default: ../shared/corpus)
//
// "cold" is the first scan in the process (the files were just written, so the OS cache
// holds them: what a user sees when the editor starts); "warm" is 20 scans after it.
#include "benchreport.h"
#include "issuearchive.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString corpus = app.arguments().value(1, QStringLiteral(WC_CORPUS_DIR));
    QTemporaryDir copies;
    int files = 0;
    for (int copy = 0; copy < 3; ++copy) {
        QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = copies.filePath(QStringLiteral("copy%1/").arg(copy) +
                                                   QDir(corpus).relativeFilePath(path));
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(path, target)) {
                std::fprintf(stderr, "bench_archive: cannot copy %s\n", qPrintable(path));
                return 1;
            }
            ++files;
        }
    }
    const wc::NewsletterProfile profile = wc::NewsletterProfile::defaults();
    QElapsedTimer timer;
    timer.start();
    const wc::IssueArchive cold = wc::IssueArchive::scan(copies.path(), profile);
    const double coldMs = timer.nsecsElapsed() / 1e6;
    std::vector<double> warm;
    for (int run = 0; run < 20; ++run) {
        timer.restart();
        const wc::IssueArchive again = wc::IssueArchive::scan(copies.path(), profile);
        warm.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(warm.begin(), warm.end());
    bench::JsonLine()
        .add("bench", QStringLiteral("archive_index"))
        .add("files", qint64(files))
        .add("issues", qint64(cold.issues().size()))
        .add("cold_ms", coldMs, 3)
        .addLatency(warm);
    return 0;
}
