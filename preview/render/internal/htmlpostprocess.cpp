// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpostprocess.h"

#include <QByteArrayList>

#include <algorithm>
#include <array>

namespace wc::html {

namespace {

bool isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '-' || c == '.';
}

// The attribute value as a browser reads it: character references decoded. cmark writes
// only &amp; and &#x27; in URLs; any other reference is kept as `&`, which no scheme holds.
QByteArray decodeReferences(QByteArrayView value) {
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != '&') {
            out += value[i];
            continue;
        }
        // A reference is short: looking further would rescan the rest for every `&`.
        const qsizetype semicolon =
            value.sliced(i, std::min<qsizetype>(value.size() - i, 40)).indexOf(';') + i;
        const QByteArrayView name =
            semicolon >= i + 1 ? value.sliced(i + 1, semicolon - i - 1) : QByteArrayView();
        char decoded = 0;
        if (name == "amp")
            decoded = '&';
        else if (name == "quot")
            decoded = '"';
        else if (name == "lt")
            decoded = '<';
        else if (name == "gt")
            decoded = '>';
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint code = name.startsWith("#x") || name.startsWith("#X")
                                  ? name.sliced(2).toUInt(&ok, 16)
                                  : name.sliced(1).toUInt(&ok, 10);
            decoded = ok && code > 0 && code < 0x80 ? char(code) : '&';
        }
        if (decoded == 0) {
            out += '&'; // unknown (`&colon;`…): never part of a scheme, so refused below
            continue;
        }
        out += decoded;
        i = semicolon;
    }
    return out;
}

} // namespace

namespace {

// `url` decoded; `browserView`: as a browser reads an attribute value (leading C0 controls
// and spaces dropped, tabs and newlines ignored). Without it those are plain characters, as
// they are in a destination cmark holds, which it writes percent-encoded.
bool isSafe(QByteArrayView url, UrlUse use, bool browserView) {
    // The scheme, lowered, is read into a small buffer: built a character at a time in a
    // QByteArray it was most of the time blankUnsafeUrls spent on 10,000 links. Only
    // `http`, `https`, `mailto` and `data` are compared, so a longer one need not be kept.
    char scheme[8];
    qsizetype schemeLength = 0;
    bool schemeChars = true;
    qsizetype i = 0;
    while (browserView && i < url.size() && uchar(url[i]) <= 0x20)
        ++i;
    for (; i < url.size(); ++i) {
        const char c = url[i];
        if (browserView && (c == '\t' || c == '\n' || c == '\r'))
            continue;
        if (c == '&')
            return false; // a character reference before any path: refuse
        if (c == '/' || c == '?' || c == '#')
            return true; // a relative URL: resolves against the page (the document's folder)
        if (c == ':')
            break;
        schemeChars = schemeChars && isSchemeChar(c);
        if (schemeLength < qsizetype(sizeof scheme))
            scheme[schemeLength] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        ++schemeLength;
    }
    if (i >= url.size())
        return true; // no scheme at all: relative
    if (schemeLength == 0 || !schemeChars)
        return false;
    const QByteArrayView name = schemeLength <= qsizetype(sizeof scheme)
                                    ? QByteArrayView(scheme, schemeLength)
                                    : QByteArrayView("(long)");
    if (name == "http" || name == "https")
        return true;
    if (use == UrlUse::Link)
        return name == "mailto";
    if (name != "data")
        return false;
    const QByteArray rest = url.sliced(i + 1).toByteArray().toLower();
    for (const char *type : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
        if (rest.startsWith(type))
            return true;
    }
    return false;
}

} // namespace

bool isSafeUrl(QByteArrayView value, UrlUse use) {
    return isSafe(decodeReferences(value), use, true);
}

bool isSafeDestination(QByteArrayView url, UrlUse use) {
    return isSafe(url, use, false);
}

void shiftSourcePositions(QByteArray &html, int lineDelta) {
    if (lineDelta == 0)
        return;
    static constexpr QByteArrayView attribute("data-sourcepos=\"");
    QByteArray out;
    out.reserve(html.size() + html.size() / 16);
    qsizetype copied = 0;
    qsizetype from = 0;
    while ((from = html.indexOf(attribute, from)) >= 0) {
        const qsizetype begin = from + attribute.size();
        const qsizetype end = html.indexOf('"', begin);
        if (end < 0)
            break;
        // "L1:C1-L2:C2"
        const QByteArrayList parts = html.sliced(begin, end - begin).split('-');
        QByteArray shifted;
        for (const QByteArray &part : parts) {
            const qsizetype colon = part.indexOf(':');
            if (!shifted.isEmpty())
                shifted += '-';
            if (colon < 0) {
                shifted += part;
                continue;
            }
            shifted += QByteArray::number(part.first(colon).toInt() + lineDelta);
            shifted += part.sliced(colon);
        }
        out.append(QByteArrayView(html).sliced(copied, begin - copied));
        out.append(shifted);
        copied = end;
        from = end;
    }
    if (copied == 0)
        return;
    out.append(QByteArrayView(html).sliced(copied));
    html = std::move(out);
}

void removeEditorAttributes(QByteArray &html) {
    static constexpr std::array<QByteArrayView, 4> attributes{" data-sourcepos=\"", " data-line=\"",
                                                              " data-item=\"", " data-section=\""};
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype i = html.indexOf(" data-"); i >= 0; i = html.indexOf(" data-", i + 1)) {
        const QByteArrayView rest = QByteArrayView(html).sliced(i);
        const auto found = std::find_if(attributes.begin(), attributes.end(),
                                        [&](QByteArrayView a) { return rest.startsWith(a); });
        if (found == attributes.end())
            continue;
        const qsizetype end = html.indexOf('"', i + found->size());
        if (end < 0)
            break;
        out.append(QByteArrayView(html).sliced(copied, i - copied));
        copied = end + 1;
        i = end;
    }
    if (copied == 0)
        return;
    out.append(QByteArrayView(html).sliced(copied));
    html = std::move(out);
}

QString withValidCodePoints(const QString &html) {
    auto isInvalid = [](char32_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\f' && c != u'\r') ||
               (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE ||
               (c >= 0xD800 && c <= 0xDFFF);
    };
    const qsizetype size = html.size();
    const QChar *data = html.constData();
    qsizetype first = 0; // nothing to do for almost every text: find the first bad one
    for (; first < size; ++first) {
        const char16_t u = data[first].unicode();
        // Printable ASCII and the BMP below the surrogates (less U+2028/9) are the bulk of
        // every page: one or two comparisons each instead of the full test.
        if ((u >= 0x20 && u < 0x7F) || u == u'\n' ||
            (u >= 0xA0 && u < 0xD800 && (u & 0xFFFE) != 0x2028 && (u < 0xFDD0 || u > 0xFDEF)))
            continue;
        if (QChar::isHighSurrogate(u) && first + 1 < size && data[first + 1].isLowSurrogate()) {
            if (isInvalid(QChar::surrogateToUcs4(u, data[first + 1].unicode())))
                break;
            ++first;
        } else if (u == 0x2028 || u == 0x2029 || isInvalid(u)) {
            break;
        }
    }
    if (first == size)
        return html;
    QString out = html.first(first);
    out.reserve(size + 16);
    for (qsizetype i = first; i < size; ++i) {
        char32_t c = data[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        if (c == 0x2028 || c == 0x2029)
            out += c == 0x2028 ? QStringLiteral("&#x2028;") : QStringLiteral("&#x2029;");
        else if (isInvalid(c))
            out += QChar::ReplacementCharacter;
        else if (c > 0xFFFF)
            out += QStringView(data + i - 1, 2);
        else
            out += QChar(char16_t(c));
    }
    return out;
}

} // namespace wc::html
