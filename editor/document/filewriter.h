// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wc {

// The one way bytes reach a file: the editor's Save and Save As, the command line's `-o`, the
// recovery copies and the HTML export all write through it, so a failure can never pass for
// success. Every write() and flush() is checked before QSaveFile::commit() (Qt 6.4's commit()
// misses a failed flush of its 16 KiB buffer, which left a 0-byte file on a full disk), and the
// cause is the operating system's ("No space left on device"). On failure the previous file
// is untouched.
//
// A regular file (or a new one) is replaced atomically: a temporary file beside it, renamed
// over it once complete. Anything else that already exists and can be written (/dev/null,
// /dev/full, a FIFO, a terminal) is written directly: renaming over a device node would
// replace the node with a regular file.
class FileWriter {
    Q_DECLARE_TR_FUNCTIONS(wc::FileWriter)
public:
    struct Result {
        bool ok = false;
        QString cause; // why it failed, without the file name; empty on success
        explicit operator bool() const { return ok; }
    };

    static Result write(const QString &path, const QByteArray &bytes);
    // The process's standard output (`-o -`): every byte written or a cause.
    static Result writeStandardOutput(const QByteArray &bytes);
};

} // namespace wc
