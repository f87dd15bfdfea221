// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HTML metadata scan (editor/intake/pagemetadata.cpp), which reads
// pages from anywhere on the web. The first byte of an input picks the Content-Type header
// (none, a charset, a bogus one), the rest is the body. For any body the scan must end, and
// what it returns must be what a new item can take as it is: single-spaced text without
// controls or line breaks, and an image that is empty or an absolute http(s) URL.

#include "pagemetadata.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &value) {
    std::fprintf(stderr, "fuzz_pagemetadata: %s: \"%s\"\n", what, qPrintable(value.left(200)));
    std::abort(); // libFuzzer and the replay both report an abort as a crash
}

// Collapsed text: no blank at either end, no two blanks in a row, no other white space, no
// control characters (a title is one line of an item).
void checkText(const QString &text, const char *field) {
    if (text.startsWith(u' ') || text.endsWith(u' '))
        fail(field, text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ') {
            if (i > 0 && text[i - 1] == u' ')
                fail(field, text);
        } else if (c.isSpace() || (c.category() == QChar::Other_Control)) {
            fail(field, text);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const contentTypes[] = {
        "",
        "text/html",
        "text/html; charset=utf-8",
        "text/html; charset=GBK",
        "text/html; charset=\"gb18030\"",
        "text/html;charset=iso-8859-1",
        "text/html; charset=no-such-charset",
        "application/xhtml+xml; charset=UTF-16",
    };
    constexpr size_t contentTypeCount = sizeof(contentTypes) / sizeof(contentTypes[0]);
    const size_t pick = size > 0 ? data[0] % contentTypeCount : 0;
    const QByteArray body =
        size > 0 ? QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1))
                 : QByteArray();
    const QUrl page(QStringLiteral("https://example.com/blog/post.html?x=1"));
    const wc::PageMetadata metadata =
        wc::scanPageMetadata(body, QString::fromLatin1(contentTypes[pick]), page);
    checkText(metadata.title, "title not collapsed");
    checkText(metadata.description, "description not collapsed");
    if (!metadata.image.isEmpty()) {
        const QUrl image(metadata.image);
        const QString scheme = image.scheme();
        if (!image.isValid() || (scheme != u"http" && scheme != u"https") || image.host().isEmpty())
            fail("image is not an absolute http(s) URL", metadata.image);
    }
    if (metadata.charset.isEmpty())
        fail("no charset reported", metadata.charset);
    // The entity decoder on its own, over the body read as Latin-1 (every byte a character).
    const QString decoded = wc::decodeHtmlEntities(QString::fromLatin1(body));
    if (decoded.size() > body.size())
        fail("entities decoded to more characters than they had", decoded);
    return 0;
}
