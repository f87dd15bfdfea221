#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks exported HTML pages, for the preview tests.

For every FILE: it must parse as HTML5 without a single parse error (html5lib, the same
algorithm browsers use, reports every tokenizer and tree-construction error; strict mode
would stop at the first), and a safety audit of the parsed tree must find nothing that could
run or fetch: no script, frame, object, embed, base, link, form or meta other than the
exporter's own, no event-handler or style attribute, and only allow-listed URL schemes.

Prints one line per problem ("FILE: problem") and exits 1 if there was any, 0 otherwise.
Exits 3 when html5lib is missing, so the caller can skip instead of failing.
"""
import re
import sys

try:
    import html5lib
except ImportError:
    print("html5lib is not installed (apt-get install python3-html5lib)")
    sys.exit(3)

FORBIDDEN = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
             "link", "form", "textarea", "select", "button", "svg", "math", "noscript",
             "template", "audio", "video", "source", "portal"}
ALLOWED_META = {"viewport", "description", "author", "generator"}
CSP = ("default-src 'none'; img-src * data:; style-src 'unsafe-inline'; "
       "base-uri 'none'; form-action 'none'")
SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def url_problem(value, image):
    value = "".join(c for c in value if c not in "\t\r\n")
    match = SCHEME.match(value)
    if not match:
        return None  # relative
    scheme = match.group(1).lower()
    if scheme in ("http", "https"):
        return None
    if not image and scheme == "mailto":
        return None
    if image and re.match(r"^\s*data:image/(png|gif|jpeg|webp)[;,]", value, re.I):
        return None
    return "unsafe URL " + value[:60]


def audit(path, document):
    problems = []
    head = document.find("head")
    styles = 0
    charset = False
    title = document.find("head/title")
    if title is None or not (title.text or "").strip():
        problems.append("no <title>")
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else "#comment"
        if tag == "#comment":
            continue
        if tag in FORBIDDEN:
            problems.append(f"<{tag}> element")
        if tag == "input" and (element.get("type") != "checkbox" or element.get("disabled") is None):
            problems.append("<input> other than a disabled task-list checkbox")
        if tag == "style":
            styles += 1
            if element not in list(head):
                problems.append("<style> outside <head>")
        if tag == "meta":
            if element.get("charset") is not None:
                charset = element.get("charset").lower() == "utf-8"
            elif element.get("http-equiv") is not None:
                if (element.get("http-equiv").lower() != "content-security-policy"
                        or element.get("content") != CSP):
                    problems.append("<meta http-equiv> other than the export's own CSP")
            elif element.get("name") not in ALLOWED_META:
                problems.append(f"unexpected <meta name={element.get('name')!r}>")
        for name, value in element.attrib.items():
            lower = name.lower()
            if lower.startswith("on"):
                problems.append(f"event-handler attribute {name} on <{tag}>")
            if lower == "style":
                problems.append(f"style attribute on <{tag}>")
            if lower in ("href", "src", "action", "formaction", "srcset", "poster", "background",
                         "xlink:href", "data"):
                problem = url_problem(value, image=(lower == "src"))
                if problem:
                    problems.append(f"{problem} in {name} of <{tag}>")
    if styles != 1:
        problems.append(f"{styles} <style> elements (expected the one inlined theme)")
    if not charset:
        problems.append("no <meta charset=utf-8>")
    return problems


def check(path):
    with open(path, "rb") as file:
        data = file.read()
    problems = []
    if not data.startswith(b"<!DOCTYPE html>"):
        problems.append("does not start with <!DOCTYPE html>")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"not UTF-8: {error}"]
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    document = parser.parse(text)
    for position, code, details in parser.errors:
        problems.append(f"parse error {code} at {position} {details or ''}".rstrip())
    problems += audit(path, document)
    return problems


def main(paths):
    failed = False
    for path in paths:
        for problem in check(path):
            failed = True
            print(f"{path}: {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
