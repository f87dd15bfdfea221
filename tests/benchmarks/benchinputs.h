// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the widget benchmarks open: the files given on the command line, or by default the
// bundled sample and, from the corpus, the largest regular issue (14 KB, 30 items) and the
// 291 KB compilation. Needs WC_SAMPLES_DIR and WC_BENCH_CORPUS_DIR (tests/benchmarks).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace bench {

// Also keeps the benchmarks' settings apart from the user's.
// `files`, when given, stands for the command line's arguments.
inline QStringList widgetBenchInputs(const QStringList *files = nullptr) {
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer-bench"));
    const QStringList arguments = files ? *files : QCoreApplication::arguments().mid(1);
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

// A synthetic issue of about `megabytes` MB (UTF-8) made from the bundled sample: its front
// matter and preamble once, then its `##` sections with items repeated until the size is
// reached (the last, item-less section once at the end), so the structure is the real one.
// Generated in the program so that no large file is committed.
inline QByteArray syntheticIssue(double megabytes) {
    QFile file(QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled sample");
    const QByteArray sample = file.readAll();
    const qsizetype first = sample.indexOf("\n## ") + 1;
    const qsizetype last = sample.lastIndexOf("\n## ") + 1;
    const QByteArray head = sample.left(first);
    const QByteArray body = sample.mid(first, last - first);
    const QByteArray tail = sample.mid(last);
    const auto target = qsizetype(megabytes * 1024 * 1024);
    QByteArray issue = head;
    issue.reserve(target + body.size() + tail.size());
    while (issue.size() + body.size() + tail.size() <= target)
        issue += body;
    issue += tail;
    return issue;
}

// Writes syntheticIssue(megabytes) as `synthetic-<N>mb.md` into `folder`; returns its path.
inline QString writeSyntheticIssue(const QString &folder, double megabytes) {
    const QString path = QDir(folder).filePath(QStringLiteral("synthetic-%1mb.md").arg(megabytes));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(syntheticIssue(megabytes)) < 0 ||
        !file.flush())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace bench
