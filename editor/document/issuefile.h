// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wc {

// Reading an issue from disk: every way a file can be unfit to open becomes one clear
// message naming the file and the problem, and nothing is parsed half-way.
class IssueFile {
    Q_DECLARE_TR_FUNCTIONS(wc::IssueFile)
public:
    static constexpr qint64 maximumSize = 64 * 1024 * 1024;

    struct Loaded {
        std::optional<IssueDocument> document;
        QByteArray bytes; // the file as read, when it could be opened
        QString error;    // set when document is empty
    };
    // Refuses folders, FIFOs, sockets and devices before opening them (nothing waits).
    // `conventions`: those of the issue's newsletter (its profile's).
    static Loaded load(const QString &path,
                       const ParseConventions &conventions = ParseConventions::defaults());
    // The same checks and decoding, without the parse (a window's session parses the text
    // itself: at 16 MB a parse here was a tenth of the open).
    struct Text {
        std::optional<QString> text; // the decoded text; empty on failure
        QString lineEnding;          // of its first line (IssueDocument::lineEnding())
        bool hasBom = false;
        QByteArray bytes; // the file as read, when it could be opened
        QString error;    // set when text is empty
    };
    static Text loadText(const QString &path);
    // The file's bytes with the same checks before reading (a regular file of at most
    // maximumSize); on failure nullopt and `problem` (without the file name).
    static std::optional<QByteArray> readBytes(const QString &path, QString *problem);
    // The same checks on bytes read elsewhere (standard input); `shownName` names them in
    // the message.
    static Loaded fromBytes(const QByteArray &bytes, const QString &fileName,
                            const QString &shownName,
                            const ParseConventions &conventions = ParseConventions::defaults());

    // Decodes UTF-8 bytes, removing a BOM; on failure returns nullopt and fills `error`
    // with the problem (without the file name).
    static std::optional<QString> decode(const QByteArray &bytes, bool *hasBom, QString *error);

    // "it is N bytes, larger than …": the exact sizes.
    static QString tooLarge(qint64 size);

    // Offset of the first byte that is not part of well-formed UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};

} // namespace wc
