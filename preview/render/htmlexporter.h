// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QByteArray>
#include <QString>

namespace wc {

// One standalone HTML5 file: the same rendering as the live preview (IssueRenderer), the
// theme's CSS inlined, <meta charset>, <title> and description from the front matter, and a
// Content-Security-Policy that allows no script, no frame and no fetch but images.
class HtmlExporter {
public:
    struct Options {
        QString theme = QStringLiteral("default");
        QString userCss; // appended after the theme
    };

    static QByteArray exportDocument(const IssueDocument &document, const Options &options);
    static QByteArray exportDocument(const IssueDocument &document) {
        return exportDocument(document, Options());
    }

    // What goes in <title> and <meta name="description">.
    static QString title(const IssueDocument &document);
    static QString description(const IssueDocument &document);

    static QString contentSecurityPolicy();
};

} // namespace wc
