// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Indexing a newsletter folder: the corpus copied three times over (about 490 issues).
//
//   bench_archive [CORPUS-DIR]   (default: ../shared/corpus)
//
// "cold" is the first scan in the process (the files were just written, so the OS cache
// holds them); "cold_disk" scans again after the copies were written to disk and dropped from
// the page cache (posix_fadvise DONTNEED on each copy, so no other file's cache is touched):
// the first start after a reboot; "warm" is 20 scans after those.
#include "benchreport.h"
#include "issuearchive.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

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
    // Written out and dropped from the page cache: the copies come from the disk again.
    auto dropFromCache = [&copies] {
        QDirIterator it(copies.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QByteArray path = QFile::encodeName(it.next());
            const int fd = ::open(path.constData(), O_RDONLY);
            if (fd < 0)
                continue;
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    };
    const wc::NewsletterProfile profile = wc::NewsletterProfile::defaults();
    QElapsedTimer timer;
    timer.start();
    const wc::IssueArchive cold = wc::IssueArchive::scan(copies.path(), profile);
    const double coldMs = timer.nsecsElapsed() / 1e6;
    dropFromCache();
    timer.restart();
    const wc::IssueArchive fromDisk = wc::IssueArchive::scan(copies.path(), profile);
    const double coldDiskMs = timer.nsecsElapsed() / 1e6;
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
        .add("cold_disk_ms", coldDiskMs, 3)
        .addLatency(warm);
    return 0;
}
