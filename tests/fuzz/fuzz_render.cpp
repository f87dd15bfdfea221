// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the renderer and the HTML exporter. Documents are strangers' text, so
// for every input the editor would open, the export (and each preview fragment) must be:
//   - valid UTF-8 holding only code points HTML allows (no C0/C1 controls but tab, LF, FF and
//     CR, no noncharacters, no U+2028/U+2029);
//   - made of tags and attributes on an allow-list only, with no <a> inside an <a>;
//   - free of URLs outside http(s), mailto (links), data:image/{png,gif,jpeg,webp} (images)
//     and relative ones; the check is written here, independent of html::isSafeUrl;
//   - without the editor's attributes (data-sourcepos, data-line, data-item, data-section),
//     which only the preview fragments may carry.
// The parser is checked by fuzz_parser; this one only feeds it.

#include "htmlexporter.h"
#include "issuedocument.h"
#include "issuefile.h"
#include "issuerenderer.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(const char *what, std::string_view context = {}) {
    std::fprintf(stderr, "fuzz_render: %s: %.*s\n", what,
                 int(std::min<size_t>(context.size(), 200)), context.data());
    std::abort(); // libFuzzer and the replay both report an abort as a crash
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Every element our pages are made of: the exporter's page, cmark-gfm's safe output (raw HTML
// is omitted), the renderer's wrappers.
bool isAllowedTag(std::string_view tag) {
    return isOneOf(tag,
                   {"html",    "head",  "meta",       "title", "style", "body", "article", "header",
                    "section", "div",   "p",          "span",  "time",  "h1",   "h2",      "h3",
                    "h4",      "h5",    "h6",         "a",     "img",   "em",   "strong",  "del",
                    "code",    "pre",   "blockquote", "ul",    "ol",    "li",   "hr",      "br",
                    "table",   "thead", "tbody",      "tr",    "th",    "td",   "input",   "sup"});
}

bool isAllowedAttribute(std::string_view tag, std::string_view name, bool preview) {
    if (isOneOf(name, {"class", "id"}))
        return true;
    if (preview && isOneOf(name, {"data-sourcepos", "data-line", "data-item", "data-section"}))
        return true;
    if (tag == "html")
        return name == "lang";
    if (tag == "meta")
        return isOneOf(name, {"charset", "name", "content", "http-equiv"});
    if (tag == "a")
        return isOneOf(name, {"href", "title", "data-footnote-ref", "data-footnote-backref",
                              "aria-label", "data-footnote-backref-idx"});
    if (tag == "img")
        return isOneOf(name, {"src", "alt", "title"});
    if (tag == "time")
        return name == "datetime";
    if (tag == "input")
        return isOneOf(name, {"type", "checked", "disabled"});
    if (tag == "th" || tag == "td")
        return name == "align";
    if (tag == "ol")
        return name == "start";
    if (tag == "section")
        return name == "data-footnotes";
    if (tag == "header" || tag == "div")
        return name == "hidden";
    return false;
}

// The value as a browser reads it: the references our output holds decoded.
std::string decoded(std::string_view value) {
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '&') {
            out += value[i];
            continue;
        }
        const size_t semicolon = value.find(';', i);
        if (semicolon == std::string_view::npos)
            fail("an & that starts no reference in an attribute", value);
        const std::string_view name = value.substr(i + 1, semicolon - i - 1);
        if (name == "amp")
            out += '&';
        else if (name == "quot")
            out += '"';
        else if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "#x27" || name == "#39")
            out += '\'';
        else
            out += '?'; // any other reference: a character no scheme holds
        i = semicolon;
    }
    return out;
}

void checkUrl(std::string_view tag, std::string_view attribute, std::string_view raw) {
    std::string url;
    for (char c : decoded(raw)) { // browsers drop tabs and newlines anywhere
        if (c != '\t' && c != '\n' && c != '\r')
            url += c;
    }
    size_t start = 0; // and leading C0 controls and spaces
    while (start < url.size() && uchar(url[start]) <= 0x20)
        ++start;
    url.erase(0, start);
    size_t i = 0;
    while (i < url.size() &&
           (std::isalnum(uchar(url[i])) || isOneOf(std::string_view(&url[i], 1), {"+", "-", "."})))
        ++i;
    if (i == 0 || i >= url.size() || url[i] != ':' || !std::isalpha(uchar(url[0])))
        return; // no scheme: relative to the page
    std::string scheme = url.substr(0, i);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](char c) { return char(std::tolower(uchar(c))); });
    if (scheme == "http" || scheme == "https")
        return;
    if (attribute == "href" && tag == "a" && scheme == "mailto")
        return;
    if (attribute == "src" && scheme == "data") {
        std::string rest = url.substr(i + 1);
        std::transform(rest.begin(), rest.end(), rest.begin(),
                       [](char c) { return char(std::tolower(uchar(c))); });
        for (const char *type : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
            if (rest.rfind(type, 0) == 0)
                return;
        }
    }
    fail("a URL outside the allow-list", url);
}

void checkCodePoints(const QByteArray &html) {
    const QString text = QString::fromUtf8(html);
    if (text.toUtf8() != html)
        fail("the output is not valid UTF-8");
    for (const char32_t c : text.toUcs4()) {
        const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') ||
                             (c >= 0x7F && c <= 0x9F);
        const bool nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        if (control || nonCharacter || c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF)) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
            fail("a code point HTML does not allow", code);
        }
    }
}

// A tokenizer for the shape our HTML has (double-quoted attribute values, `<` in text always
// written &lt;): anything else is a finding.
void checkMarkup(std::string_view html, bool preview) {
    int openLinks = 0;
    size_t i = 0;
    while (i < html.size()) {
        if (html[i] != '<') {
            ++i;
            continue;
        }
        const std::string_view rest = html.substr(i);
        if (rest.rfind("<!--", 0) == 0) {
            const size_t end = html.find("-->", i + 4);
            if (end == std::string_view::npos)
                fail("an unclosed comment", rest);
            if (html.substr(i, end + 3 - i) != "<!-- raw HTML omitted -->")
                fail("a comment other than cmark's", rest);
            i = end + 3;
            continue;
        }
        if (rest.rfind("<!DOCTYPE html>", 0) == 0) {
            if (i != 0)
                fail("a doctype inside the page", rest);
            i += 15;
            continue;
        }
        const bool endTag = rest.size() > 1 && rest[1] == '/';
        size_t j = i + (endTag ? 2 : 1);
        const size_t nameBegin = j;
        while (j < html.size() && (std::islower(uchar(html[j])) || std::isdigit(uchar(html[j]))))
            ++j;
        const std::string_view tag = html.substr(nameBegin, j - nameBegin);
        if (tag.empty() || !isAllowedTag(tag))
            fail("a tag outside the allow-list (or a bare <)", rest);
        if (endTag) {
            if (j >= html.size() || html[j] != '>')
                fail("a malformed end tag", rest);
            if (tag == "a" && --openLinks < 0)
                fail("</a> without <a>", rest);
            i = j + 1;
            continue;
        }
        if (tag == "a" && ++openLinks > 1)
            fail("an <a> inside an <a>", rest);
        // Attributes: ` name` or ` name="value"`, then `>` or ` />`.
        while (true) {
            if (j >= html.size())
                fail("an unclosed tag", rest);
            if (html[j] == '>') {
                ++j;
                break;
            }
            if (html.substr(j, 3) == " />") {
                j += 3;
                break;
            }
            if (html[j] != ' ')
                fail("a malformed attribute", html.substr(j));
            ++j;
            const size_t attributeBegin = j;
            while (j < html.size() && (std::isalnum(uchar(html[j])) || html[j] == '-'))
                ++j;
            const std::string_view name = html.substr(attributeBegin, j - attributeBegin);
            if (name.empty() || !isAllowedAttribute(tag, name, preview))
                fail("an attribute outside the allow-list", html.substr(i, j - i + 20));
            if (j < html.size() && html[j] == '=') {
                if (j + 1 >= html.size() || html[j + 1] != '"')
                    fail("an unquoted attribute value", html.substr(i));
                const size_t valueEnd = html.find('"', j + 2);
                if (valueEnd == std::string_view::npos)
                    fail("an unclosed attribute value", html.substr(i));
                const std::string_view value = html.substr(j + 2, valueEnd - j - 2);
                if (value.find('<') != std::string_view::npos)
                    fail("a < in an attribute value", value);
                if (name == "href" || name == "src")
                    checkUrl(tag, name, value);
                j = valueEnd + 1;
            }
        }
        i = j;
        if (tag == "style") { // raw text: our theme's CSS, which cannot hold "</style"
            const size_t end = html.find("</style>", i);
            if (end == std::string_view::npos)
                fail("an unclosed <style>");
            i = end;
        }
    }
    if (openLinks != 0)
        fail("an <a> never closed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    bool hasBom = false;
    QString error;
    auto text = wc::IssueFile::decode(bytes, &hasBom, &error);
    if (!text)
        return 0; // the editor refuses such a file; fuzz_parser checks the message
    const auto document =
        wc::IssueDocument::parse(std::move(*text), QStringLiteral("2026-01-02-weekly.md"), hasBom);

    const QByteArray page = wc::HtmlExporter::exportDocument(document);
    checkCodePoints(page);
    checkMarkup(std::string_view(page.constData(), size_t(page.size())), /*preview=*/false);

    // The live preview's fragments: the same rules, with the position attributes allowed.
    wc::IssueRenderer renderer;
    for (const wc::RenderedFragment &fragment : renderer.render(document)) {
        const QByteArray html = fragment.outerHtml().toUtf8();
        checkCodePoints(html);
        checkMarkup(std::string_view(html.constData(), size_t(html.size())), /*preview=*/true);
    }
    return 0;
}
