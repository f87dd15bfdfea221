// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownescape.h"

namespace wc {

// Link text stays one line, and brackets that would end the link early are escaped.
QString escapedLinkText(QString title) {
    title.replace(u'\n', u' ').remove(u'\r');
    // A lone backslash at the end would escape the link's closing bracket (found by fuzz_edits:
    // giving a URL to the item `1、a\` wrote `[a\](url)`, no link): it becomes `\\`.
    qsizetype backslashes = 0;
    while (backslashes < title.size() && title[title.size() - 1 - backslashes] == u'\\')
        ++backslashes;
    if (backslashes % 2 == 1)
        title += u'\\';
    int depth = 0;
    bool balanced = true;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u'\\')
            ++i;
        else if (title[i] == u'[')
            ++depth;
        else if (title[i] == u']' && --depth < 0)
            balanced = false;
    }
    // A backslash left at the end would escape the `]` that closes the link: doubled, it is
    // a backslash of the text.
    const auto closable = [](QString text) {
        qsizetype run = 0;
        while (run < text.size() && text[text.size() - 1 - run] == u'\\')
            ++run;
        if (run % 2 == 1)
            text += u'\\';
        return text;
    };
    if (balanced && depth == 0)
        return closable(title);
    QString escaped;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u'\\' && i + 1 < title.size()) {
            escaped += title[i];
            escaped += title[++i];
        } else {
            if (title[i] == u'[' || title[i] == u']')
                escaped += u'\\';
            escaped += title[i];
        }
    }
    return closable(escaped);
}

// A URL stays one token inside the parentheses: blanks, backslashes and unbalanced
// parentheses are percent-encoded.
QString encodedUrl(QString url) {
    url = url.trimmed();
    // A backslash would escape the closing parenthesis.
    url.replace(u' ', QStringLiteral("%20"))
        .replace(u'\\', QStringLiteral("%5C"))
        .remove(u'\n')
        .remove(u'\r');
    int depth = 0;
    bool balanced = true;
    for (QChar c : url) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            balanced = false;
    }
    if (!balanced || depth != 0)
        url.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
    return url;
}

} // namespace wc
