// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuefile.h"

#include "linebreaks.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wc {

qsizetype IssueFile::firstInvalidUtf8(const QByteArray &bytes) {
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte (RFC 3629)
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

namespace {

// What a non-regular file is, for the message that refuses it.
QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return IssueFile::tr("it is a directory, not a file");
    if (S_ISFIFO(mode))
        return IssueFile::tr(
            "it is a FIFO (named pipe), not a file: reading it could wait for ever");
    if (S_ISSOCK(mode))
        return IssueFile::tr("it is a socket, not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return IssueFile::tr("it is a device, not a file");
    return IssueFile::tr("it is not a regular file");
}

QString causeOf(int error) {
    switch (error) {
    case ENOENT:
        return IssueFile::tr("no such file");
    case ELOOP:
        return IssueFile::tr("it is a loop of symbolic links that never reaches a file");
    case EACCES:
        return IssueFile::tr("permission denied");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

// Closes the descriptor when the read is over, whatever way it ends.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

std::optional<QString> IssueFile::decode(const QByteArray &bytes, bool *hasBom, QString *error) {
    // UTF-32 first: its little-endian BOM begins with UTF-16's.
    const bool utf32 = bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) ||
                       bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    if (utf32 || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QString encoding = utf32 ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16");
        *error = tr("it is %1 text (it starts with a %1 byte order mark); only UTF-8 is "
                    "supported: convert it first, e.g. iconv -f %1 -t UTF-8 FILE > NEW.md")
                     .arg(encoding);
        return std::nullopt;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        *error = tr("it looks like a binary file (a NUL byte at offset %1)").arg(nul);
        return std::nullopt;
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const qsizetype line = bytes.left(bad).count('\n') + 1;
        *error = tr("it is not valid UTF-8 (byte 0x%1 at offset %2, line %3)")
                     .arg(quint8(bytes[bad]), 2, 16, QLatin1Char('0'))
                     .arg(bad)
                     .arg(line);
        return std::nullopt;
    }
    *hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(*hasBom ? 3 : 0);
    // Not QString::fromUtf8: it drops a leading U+FEFF too, so a file starting with two BOMs
    // would lose three bytes on the next save.
    QStringDecoder toUtf16(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return QString(toUtf16(body));
}

QString IssueFile::tooLarge(qint64 size) {
    return tr("it is %1 bytes, larger than the %2 bytes (64 MiB) an issue may have")
        .arg(size)
        .arg(maximumSize);
}

std::optional<QByteArray> IssueFile::readBytes(const QString &path, QString *problem) {
    auto fail = [problem](const QString &why) -> std::optional<QByteArray> {
        *problem = why;
        return std::nullopt;
    };
    // Looked at before anything opens it: opening a FIFO to read waits for a writer, and a
    // device can be read for ever.
    const QByteArray native = QFile::encodeName(path);
    struct stat status {};
    if (::stat(native.constData(), &status) != 0)
        return fail(causeOf(errno));
    if (!S_ISREG(status.st_mode))
        return fail(kindOf(status.st_mode));
    if (status.st_size > maximumSize)
        return fail(tooLarge(status.st_size));
    // O_NONBLOCK: should the path have become a FIFO since, opening does not wait; the
    // descriptor's own type is checked again before reading.
    Descriptor fd{::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (fd.fd < 0)
        return fail(causeOf(errno));
    if (::fstat(fd.fd, &status) != 0 || !S_ISREG(status.st_mode))
        return fail(kindOf(status.st_mode));
    QFile file;
    if (!file.open(fd.fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return fail(file.errorString());
    QByteArray bytes = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (bytes.size() > maximumSize)
        return fail(tooLarge(bytes.size()));
    return bytes;
}

IssueFile::Text IssueFile::loadText(const QString &path) {
    Text result;
    QString problem;
    auto bytes = readBytes(path, &problem);
    if (!bytes) {
        result.error = tr("cannot open %1: %2").arg(path, problem);
        return result;
    }
    result.text = decode(*bytes, &result.hasBom, &problem);
    if (!result.text) {
        result.error = tr("cannot open %1: %2").arg(path, problem);
        return result;
    }
    result.lineEnding = firstLineEnding(*result.text);
    result.bytes = std::move(*bytes);
    return result;
}

IssueFile::Loaded IssueFile::load(const QString &path, const ParseConventions &conventions) {
    Text read = loadText(path);
    Loaded result;
    if (!read.text) {
        result.error = read.error;
        return result;
    }
    result.document = IssueDocument::parse(std::move(*read.text), QFileInfo(path).fileName(),
                                           read.hasBom, conventions);
    result.bytes = std::move(read.bytes);
    return result;
}

IssueFile::Loaded IssueFile::fromBytes(const QByteArray &bytes, const QString &fileName,
                                       const QString &shownName,
                                       const ParseConventions &conventions) {
    Loaded result;
    if (bytes.size() > maximumSize) {
        result.error = tr("cannot open %1: %2").arg(shownName, tooLarge(bytes.size()));
        return result;
    }
    bool hasBom = false;
    QString problem;
    auto text = decode(bytes, &hasBom, &problem);
    if (!text) {
        result.error = tr("cannot open %1: %2").arg(shownName, problem);
        return result;
    }
    result.document = IssueDocument::parse(std::move(*text), fileName, hasBom, conventions);
    result.bytes = bytes;
    return result;
}

} // namespace wc
