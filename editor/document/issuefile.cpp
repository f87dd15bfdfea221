#include "issuefile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

std::optional<QString> IssueFile::decode(const QByteArray &bytes, bool *hasBom, QString *error) {
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        *error = QStringLiteral("it looks like a binary file (a NUL byte at offset %1)").arg(nul);
        return std::nullopt;
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const qsizetype line = bytes.left(bad).count('\n') + 1;
        *error = QStringLiteral("it is not valid UTF-8 (byte 0x%1 at offset %2, line %3)")
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

IssueFile::Loaded IssueFile::load(const QString &path) {
    Loaded result;
    const QFileInfo info(path);
    auto fail = [&](const QString &problem) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, problem);
        return result;
    };
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("it is a directory, not a file"));
    if (info.size() > maximumSize)
        return fail(QStringLiteral("it is %1 MB, larger than the 64 MB an issue may have")
                        .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (bytes.size() > maximumSize)
        return fail(QStringLiteral("it is larger than the 64 MB an issue may have"));
    bool hasBom = false;
    QString problem;
    auto text = decode(bytes, &hasBom, &problem);
    if (!text)
        return fail(problem);
    result.document = IssueDocument::parse(std::move(*text), info.fileName(), hasBom);
    result.bytes = bytes;
    return result;
}

} // namespace wc
