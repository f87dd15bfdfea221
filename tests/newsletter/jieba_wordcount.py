#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference word count: python3-jieba itself, with the newsletter's counting rule.

Prints one line per file: the count, a tab, the path. Run with Debian's /usr/bin/python3,
which has python3-jieba.
"""
import logging
import re
import sys

import jieba

jieba.setLogLevel(logging.WARNING)


def count_words(text):
    text = re.sub(r'(全文\s*)\d+(\s*字)', r'\1\2', text)
    text = re.sub(r'---.*?---', '', text, flags=re.S)
    text = re.sub(r'\[([^\]]+)\]\([^\)]+\)', r'\1', text)
    text = re.sub(r'[#*`>]', '', text)
    text = re.sub(r'\n+', '\n', text)
    return len([word for word in jieba.lcut(text) if word.strip()])


for path in sys.argv[1:]:
    with open(path, encoding='utf-8-sig', newline='') as issue:
        print(f'{count_words(issue.read())}\t{path}')
