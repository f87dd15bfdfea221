// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace wc {

// What a page says about itself, for a new item.
struct PageMetadata {
    QString title;       // og:title, else twitter:title, else <title>; plain text
    QString description; // og:description, else twitter:description, else meta description
    QString image;       // og:image (else twitter:image) resolved against the page's URL
    QString charset;     // the encoding the page was decoded with
};

// Scans an HTML page (at most the first `maximumBytes`; work is linear in them) for its
// metadata. The charset comes from the Content-Type header, else a <meta charset> or
// http-equiv in the first 4 KiB, else UTF-8; GBK and GB18030 decode. Entities are decoded
// and whitespace collapsed. Malformed HTML gives what can be read, never more work.
PageMetadata scanPageMetadata(const QByteArray &body, const QString &contentType,
                              const QUrl &pageUrl);

// Decodes HTML character references (&amp;, &#39;, &#x1F600;, the common named ones).
QString decodeHtmlEntities(QStringView text);

} // namespace wc
