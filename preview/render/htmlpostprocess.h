#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Passes over the HTML that cmark-gfm writes (UTF-8). They rely on its shape: attribute
// values are double-quoted, and a `"` in text is always written as `&quot;`, so ` href="`
// or `data-sourcepos="` in the output can only be the start of an attribute.
namespace wc::html {

enum class UrlUse { Link, Image };

// An allow-list, stricter than cmark's own deny-list: relative URLs, fragments, http(s),
// mailto (links only) and data:image/{png,gif,jpeg,webp} (images only). `url` is the
// attribute value as written (entities not decoded).
bool isSafeUrl(QByteArrayView url, UrlUse use);

// Empties every href/src value that isSafeUrl() refuses. Returns how many were emptied.
int sanitizeUrls(QByteArray &html);

// Adds `lineDelta` to the line numbers of every data-sourcepos="L:C-L:C" attribute, so
// positions of a fragment rendered on its own count from where it sits.
void shiftSourcePositions(QByteArray &html, int lineDelta);

// Wraps the first note that starts with `opening` (outside tags, as cmark wrote it) up to its
// balanced closing bracket — `（` `）` or `(` `)` — in <span class="`cssClass`">. Does
// nothing, and returns false, when the note is not found or would not nest properly.
bool wrapNote(QByteArray &html, QByteArrayView opening, QByteArrayView cssClass);

// Inserts ` class="cssClass"` into the first start tag of `html`. Returns false without one.
bool addClassToFirstTag(QByteArray &html, QByteArrayView cssClass);

} // namespace wc::html
