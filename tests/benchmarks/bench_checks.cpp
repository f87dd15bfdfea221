// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live checks: time to check one parsed issue (checks), and what the window's checks do
// for a keystroke (checks_keystroke): the character applied to the parse as the session does,
// then the worker's job — a copy of the document, the checks with the archive of the issue's
// folder (scanned once, as the window keeps it) and the text of each finding's line.
//
//   bench_checks [FILE…]   (default: the corpus's 291 KB compilation and a regular issue)
#include "benchreport.h"
#include "issuearchive.h"
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

        const wc::IssueArchive archive =
            wc::IssueArchive::scan(QFileInfo(path).absolutePath(), profile);
        wc::IssueDocument document = *loaded.document;
        // Typing in the middle of the busiest section's middle item's description.
        const wc::SectionNode *busiest = &document.sections().first();
        for (const wc::SectionNode &section : document.sections())
            if (section.items.size() > busiest->items.size())
                busiest = &section;
        qsizetype at = busiest->items[busiest->items.size() / 2].end - 2;
        samples.clear();
        for (int run = 0; run < 205; ++run) {
            QElapsedTimer timer;
            timer.start();
            document.applyChange(at++, 0, u"x");
            const wc::IssueDocument copy = document;
            const QString &text = copy.text();
            QStringList lines;
            const QList<wc::CheckFinding> found = wc::checkIssue(copy, profile, &archive);
            for (const wc::CheckFinding &finding : found) {
                const qsizetype start = copy.lineStart(finding.line);
                const qsizetype end = text.indexOf(u'\n', start);
                lines << text.mid(start, (end < 0 ? text.size() : end) - start);
            }
            findings = found.size();
            if (run >= 5)
                samples.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(samples.begin(), samples.end());
        bench::JsonLine()
            .add("bench", QStringLiteral("checks_keystroke"))
            .add("input", QFileInfo(path).fileName())
            .add("archive_issues", qint64(archive.issues().size()))
            .add("findings", qint64(findings))
            .addLatency(samples);
    }
    return 0;
}
