#pragma once

#include "issuedocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wc {

// Reading an issue from disk: every way a file can be unfit to open becomes one clear
// message naming the file and the problem, and nothing is parsed half-way.
class IssueFile {
public:
    static constexpr qint64 maximumSize = 64 * 1024 * 1024;

    struct Loaded {
        std::optional<IssueDocument> document;
        QByteArray bytes; // the file as read, when it could be opened
        QString error;    // set when document is empty
    };
    static Loaded load(const QString &path);

    // Decodes UTF-8 bytes, removing a BOM; on failure returns nullopt and fills `error`
    // with the problem (without the file name).
    static std::optional<QString> decode(const QByteArray &bytes, bool *hasBom, QString *error);

    // Offset of the first byte that is not part of well-formed UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};

} // namespace wc
