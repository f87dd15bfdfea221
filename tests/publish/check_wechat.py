#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks WeChat HTML (export --to wechat) with a real HTML parser (html5lib).

Reads one HTML fragment per FILE and prints one line per problem, exit 1 if any:
parse errors; a class attribute, a <style> or <script> element, an H1; a link other than to
mp.weixin.qq.com; a whitespace-only text node between blocks; an empty paragraph; a
reference list whose numbers are not 1..n, or whose URLs repeat; a <sup>[N]</sup> with no
entry N. Then prints "links N" (the number of <sup> references) for the caller.
Exits 3 when html5lib is missing, so the caller can skip instead of failing.

A FILE given as WECHAT.html::PAGE.html is also compared with PAGE.html, the same issue as the
preview renders it (export --to html, another code path): the superscripts must be exactly one
per link there that becomes a reference (http(s), not mp.weixin.qq.com, text not its URL).
"""
import re
import sys
from urllib.parse import urlparse

try:
    import html5lib
except ImportError:
    print("html5lib is not installed (apt-get install python3-html5lib)")
    sys.exit(3)

NS = "{http://www.w3.org/1999/xhtml}"
BLOCK_PARENTS = {"DOCUMENT_FRAGMENT", "body", "blockquote", "div", "section"}


def local(tag):
    return tag[len(NS):] if tag.startswith(NS) else tag


def reference_links(path):
    """The links of a rendered page that the WeChat export turns into references."""
    tree = html5lib.parse(open(path, encoding="utf-8").read())
    count = 0
    for a in tree.iter(NS + "a"):
        href = a.get("href", "")
        text = "".join(a.itertext())
        if not href.startswith(("http://", "https://")) or not text or text == href:
            continue
        if urlparse(href).hostname == "mp.weixin.qq.com":
            continue
        count += 1
    return count


def check(path):
    problems = []
    html = open(path, encoding="utf-8").read()
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"))
    fragment = parser.parseFragment(html)
    for position, code, _ in parser.errors:
        problems.append(f"parse error {code} at {position}")
    sups = []
    references = []
    ref_pattern = re.compile(r"^\[(\d+)\] (.*): (\S+)$")

    def walk(element, parent):
        name = local(element.tag) if isinstance(element.tag, str) else ""
        if name:
            if "class" in element.attrib:
                problems.append(f"class attribute on <{name}>")
            if name in ("style", "script", "h1"):
                problems.append(f"<{name}> element")
            if name == "a" and "mp.weixin.qq.com" not in element.attrib.get("href", ""):
                problems.append(f"link to {element.attrib.get('href')}")
            if name == "p":
                text = "".join(element.itertext())
                if not text.strip() and not list(element):
                    problems.append("empty paragraph")
                match = ref_pattern.match(text)
                if match and element.attrib.get("style", "").startswith("margin:0 0 0.4em"):
                    references.append((int(match.group(1)), match.group(3)))
            if name == "sup":
                sups.append("".join(element.itertext()))
        container = name or parent
        if container in BLOCK_PARENTS or container == "":
            if element.text and not element.text.strip() and list(element):
                problems.append(f"whitespace between tags inside <{container or 'fragment'}>")
        for child in element:
            if (container in BLOCK_PARENTS or container == "") and child.tail and not child.tail.strip():
                problems.append(f"whitespace after <{local(child.tag)}>")
            walk(child, container)

    walk(fragment, "")
    numbers = [n for n, _ in references]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"reference numbers {numbers}")
    urls = [u for _, u in references]
    if len(set(urls)) != len(urls):
        problems.append("a URL has two reference numbers")
    for sup in sups:
        match = re.fullmatch(r"\[(\d+)\]", sup)
        if not match or int(match.group(1)) > len(numbers):
            problems.append(f"superscript {sup!r} has no reference")
    return problems, len(sups)


status = 0
for argument in sys.argv[1:]:
    path, _, page = argument.partition("::")
    problems, links = check(path)
    if page and reference_links(page) != links:
        problems.append(f"{links} superscripts for {reference_links(page)} links in {page}")
    for problem in problems:
        print(f"{path}: {problem}")
        status = 1
    print(f"links {links}")
sys.exit(status)
