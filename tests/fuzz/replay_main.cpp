// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the fuzz target over files, without libFuzzer: any compiler can build it, so CTest
// replays the samples, the corpus and the hand-made seeds on every build.
//
//   fuzz_parser_replay PATH...   (a directory is replayed recursively, every file in it)

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
        return 2;
    }
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            for (QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                found << it.next();
            found.sort(); // a stable order makes a failing run easy to repeat
            inputs << found;
        } else if (info.isFile()) {
            inputs << path;
        } else {
            // A missing path would otherwise replay nothing and pass.
            std::fprintf(stderr, "fuzz_parser_replay: no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "fuzz_parser_replay: no input files found\n");
        return 2;
    }
    for (const QString &path : std::as_const(inputs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_parser_replay: cannot read %s: %s\n", qPrintable(path),
                         qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        // Named before the call: a failing input aborts, and this is the line that says which.
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path),
                     static_cast<long long>(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
    }
    std::printf("replayed %lld inputs\n", static_cast<long long>(inputs.size()));
    return 0;
}
