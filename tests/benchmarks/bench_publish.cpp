// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Publish view's work: the time to make each channel's output of one issue (the view makes
// it again a moment after the typing stops). Compared with the parse of the same text, measured
// in the same run.
//
//   bench_publish [FILE…]   (default: the corpus's 291 KB compilation and a regular issue)
#include "benchreport.h"
#include "issuefile.h"
#include "newsletterprofile.h"
#include "publishchannel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <functional>

namespace {

std::vector<double> timed(const std::function<void()> &work) {
    std::vector<double> samples;
    for (int run = 0; run < 25; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        if (run >= 5) // warm-up
            samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files = {QStringLiteral(WC_BENCH_CORPUS_DIR "/2024-07-10-sweekly.md"),
                 QStringLiteral(WC_BENCH_CORPUS_DIR "/2025-04-05-weekly.md")};
    const wc::NewsletterProfile profile = wc::NewsletterProfile::defaults();
    for (const QString &path : files) {
        const auto loaded = wc::IssueFile::load(path);
        if (!loaded.document) {
            std::fprintf(stderr, "bench_publish: %s\n", qPrintable(loaded.error));
            return 1;
        }
        const wc::IssueDocument &document = *loaded.document;
        const QString input = QFileInfo(path).fileName();
        bench::JsonLine()
            .add("bench", QStringLiteral("publish_parse"))
            .add("input", input)
            .addLatency(timed([&] { wc::IssueDocument::parse(document.text(), input); }));
        for (const wc::Edition edition : {wc::Edition::Chinese, wc::Edition::English}) {
            for (const wc::PublishChannel channel : wc::publishChannels()) {
                qsizetype size = 0;
                const auto samples = timed(
                    [&] { size = wc::publishedText(channel, document, profile, edition).size(); });
                bench::JsonLine()
                    .add("bench",
                         QStringLiteral("publish_") + wc::publishChannelName(channel, edition))
                    .add("edition", edition == wc::Edition::English ? QStringLiteral("en")
                                                                    : QStringLiteral("zh"))
                    .add("input", input)
                    .add("chars", qint64(size))
                    .addLatency(samples);
            }
        }
    }
    return 0;
}
