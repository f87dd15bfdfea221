// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Passes over the HTML that cmark-gfm writes (UTF-8). They rely on its shape: attribute
// values are double-quoted, and a `"` in text is always written as `&quot;`, so ` href="`
// or `data-sourcepos="` in the output can only be the start of an attribute.
namespace wc::html {

enum class UrlUse { Link, Image };

// An allow-list, stricter than cmark's own deny-list: relative URLs, fragments, http(s),
// mailto (links only) and data:image/{png,gif,jpeg,webp} (images only). `url` is the
// attribute value as written (entities not decoded).
bool isSafeUrl(QByteArrayView url, UrlUse use);

// The same allow-list for a link or image destination as cmark holds it (character references
// decoded, not yet percent-encoded): the renderer blanks refused ones on the syntax tree.
bool isSafeDestination(QByteArrayView url, UrlUse use);

// Adds `lineDelta` to the line numbers of every data-sourcepos="L:C-L:C" attribute, so
// positions of a chunk parsed on its own count from where it sits (cmark has no API to set a
// node's position; only chunks that cannot share their section's parse need this).
void shiftSourcePositions(QByteArray &html, int lineDelta);

// Removes the attributes that tie the preview to the editor (data-sourcepos, data-line,
// data-item, data-section) from every tag, in one pass: the export has none of them.
void removeEditorAttributes(QByteArray &html);

// HTML with only the code points HTML allows in a document: C0 controls other than tab, line
// feed, form feed and carriage return, DEL, C1 controls, noncharacters (U+FDD0…U+FDEF,
// U+xFFFE, U+xFFFF) and lone surrogates become U+FFFD; U+2028 and U+2029 (which end a line
// in JavaScript source, where the preview's updates travel) become character references.
QString withValidCodePoints(const QString &html);

} // namespace wc::html
