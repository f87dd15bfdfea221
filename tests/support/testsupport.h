// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issuefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>

namespace wc::test {

// A Debug build with ASan and UBSan runs this code about ten times slower; the quadratic
// code the time budgets of the linear-time tests catch took minutes.
#if defined(__SANITIZE_ADDRESS__)
constexpr int sanitizerSlowdown = 10;
#else
constexpr int sanitizerSlowdown = 1;
#endif

inline QString corpusDir() {
    return QStringLiteral(WC_CORPUS_DIR);
}

// Every Markdown file of the shared corpus, sorted; empty when the corpus is absent.
inline QStringList corpusFiles() {
    QStringList files;
    QDirIterator it(corpusDir(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral("NOTICE.md")))
            files << path;
    }
    files.sort();
    return files;
}

inline QString corpusFile(const QString &relative) {
    return corpusDir() + QStringLiteral("/python-weekly/") + relative;
}

inline QString sampleFile(const QString &name) {
    return QStringLiteral(WC_SAMPLES_DIR "/") + name;
}

inline QByteArray readBytes(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes `bytes` to `path` (replacing what was there) and returns the path.
inline QString writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes) {
    return writeFile(dir + u'/' + name, bytes);
}

inline IssueDocument loadDocument(const QString &path) {
    auto loaded = IssueFile::load(path);
    if (!loaded.document)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(loaded.error));
    return std::move(*loaded.document);
}

inline IssueDocument parseText(const QString &text,
                               const QString &name = QStringLiteral("2026-01-02-weekly.md")) {
    return IssueDocument::parse(text, name);
}

} // namespace wc::test

#define WC_REQUIRE_CORPUS()                                                                        \
    do {                                                                                           \
        if (!QDir(wc::test::corpusDir()).exists())                                                 \
            QSKIP("../shared/corpus is absent (a fresh clone): the corpus tests need it beside "   \
                  "the checkout");                                                                 \
    } while (false)
