// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Writing user text into Markdown link syntax without breaking it.
namespace wc {

// Link text stays one line, and brackets that would end the link early are escaped.
QString escapedLinkText(QString title);
// A URL stays one token inside the parentheses: blanks, backslashes and unbalanced
// parentheses are percent-encoded.
QString encodedUrl(QString url);

} // namespace wc
