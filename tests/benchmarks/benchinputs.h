// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the widget benchmarks open: the files given on the command line, or by default the
// bundled sample and, from the corpus, the largest regular issue (14 KB, 30 items) and the
// 291 KB compilation. Needs WC_SAMPLES_DIR and WC_BENCH_CORPUS_DIR (tests/benchmarks).

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace bench {

// Also keeps the benchmarks' settings apart from the user's.
inline QStringList widgetBenchInputs() {
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer-bench"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!arguments.isEmpty())
        return arguments;
    QStringList inputs{QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md")};
    for (const char *name : {"2023-08-19-weekly.md", "2024-07-10-sweekly.md"}) {
        const QString path = QStringLiteral(WC_BENCH_CORPUS_DIR "/") + QLatin1String(name);
        if (QFileInfo::exists(path))
            inputs << path;
        else
            std::fprintf(stderr, "note: %s is absent: not measured\n", qPrintable(path));
    }
    return inputs;
}

} // namespace bench
