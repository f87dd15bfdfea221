// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live checks: time to check one parsed issue (they run after every parse).
//
//   bench_checks [FILE…]   (default: the corpus's 291 KB compilation and a regular issue)
#include "benchreport.h"
#include "issuechecks.h"
#include "issuefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files = {QStringLiteral(WC_BENCH_CORPUS_DIR "/2024-07-10-sweekly.md"),
                 QStringLiteral(WC_BENCH_CORPUS_DIR "/2023-08-19-weekly.md")};
    const wc::NewsletterProfile profile = wc::NewsletterProfile::defaults();
    for (const QString &path : files) {
        const wc::IssueFile::Loaded loaded = wc::IssueFile::load(path);
        if (!loaded.document) {
            std::fprintf(stderr, "bench_checks: %s\n", qPrintable(loaded.error));
            return 1;
        }
        std::vector<double> samples;
        qsizetype findings = 0;
        for (int run = 0; run < 205; ++run) {
            QElapsedTimer timer;
            timer.start();
            findings = wc::checkIssue(*loaded.document, profile).size();
            if (run >= 5)
                samples.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(samples.begin(), samples.end());
        bench::JsonLine()
            .add("bench", QStringLiteral("checks"))
            .add("input", QFileInfo(path).fileName())
            .add("findings", qint64(findings))
            .addLatency(samples);
    }
    return 0;
}
