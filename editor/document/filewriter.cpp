// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewriter.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wc {

namespace {

QString osCause(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// The cause of the QSaveFile's last failure, taken right after the failing call: commit()
// would replace it with an empty message ("Unknown error"). errno is the fallback when Qt
// has none.
QString causeOf(const QSaveFile &file, int error) {
    const QString qt = file.errorString();
    if (!qt.isEmpty() && qt != u"Unknown error")
        return qt;
    return error != 0 ? osCause(error) : qt;
}

// Writes all of `bytes` to `fd`, resuming after short writes and signals.
FileWriter::Result writeAll(int fd, const QByteArray &bytes) {
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return {false, osCause(errno)};
        }
        if (written == 0) // nothing accepted and no error: do not spin
            return {false, osCause(EIO)};
        data += written;
        left -= written;
    }
    return {true, {}};
}

// A device, FIFO or terminal: no temporary file and no rename, the bytes go to the node.
FileWriter::Result writeDirectly(const QString &path, const QByteArray &bytes) {
    // O_NONBLOCK so that a FIFO nobody reads fails (ENXIO) instead of waiting for ever; the
    // writes themselves then block as usual.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {false, osCause(errno)};
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    FileWriter::Result result = writeAll(fd, bytes);
    if (::close(fd) != 0 && result.ok)
        result = {false, osCause(errno)};
    return result;
}

} // namespace

FileWriter::Result FileWriter::write(const QString &path, const QByteArray &bytes) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0 && !S_ISREG(status.st_mode)) {
        if (S_ISDIR(status.st_mode))
            return {false, tr("it is a directory")};
        return writeDirectly(path, bytes);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, causeOf(file, errno)};
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const Result failed{false, causeOf(file, errno)};
        file.cancelWriting();
        return failed;
    }
    // commit() ignores the result of its own sync; a file system that reports a full disk
    // only then (delayed allocation) must fail here, before the rename.
    if (file.handle() >= 0 && ::fsync(file.handle()) != 0 && errno != EINVAL) {
        const Result failed{false, osCause(errno)};
        file.cancelWriting();
        return failed;
    }
    if (!file.commit())
        return {false, causeOf(file, errno)};
    return {true, {}};
}

FileWriter::Result FileWriter::writeStandardOutput(const QByteArray &bytes) {
    return writeAll(STDOUT_FILENO, bytes);
}

} // namespace wc
