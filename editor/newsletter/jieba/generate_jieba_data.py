#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes jieba's dictionary and HMM tables, as python3-jieba loads them, into one binary file.

The word counter (jiebasegmenter.cpp) maps the file and walks it in place, so nothing is
parsed at run time. The dictionary goes through jieba's own gen_pfdict(), so every word, the
zero-frequency prefixes and the total are exactly what jieba computes; the probabilities are
jieba's doubles, written bit for bit.

Layout (little endian):
  8 bytes  magic "WCJIEBA1"
  u64      total (the sum of all dictionary frequencies, as jieba's self.total)
  u32      trie node count N (node 0 is the root)
  u32      emission entry count E
  f64 x 4  start probabilities, states B M E S
  f64 x 16 transition probabilities [from][to], states B M E S, -3.14e100 where jieba has none
  N nodes  of 16 bytes: u32 code point, u32 frequency, u32 first child, u32 child count
           (children are contiguous and sorted by code point)
  E entries of 40 bytes: u32 code point, u32 padding, f64 x 4 emission log probabilities
           B M E S (-3.14e100 where jieba has none), sorted by code point
"""
import struct
import sys
from collections import defaultdict

import jieba
import jieba.finalseg as finalseg

MIN_FLOAT = -3.14e100
STATES = 'BMES'


def main(out_path):
    with open(jieba.get_dict_file().name, 'rb') as dict_file:
        freq, total = jieba.Tokenizer.gen_pfdict(dict_file)

    children = defaultdict(list)
    for word in freq:
        children[word[:-1]].append(word)
    # Breadth-first layout: a node's children are contiguous and sorted.
    nodes = [('', 0)]
    first_child = []
    child_count = []
    queue = ['']
    head = 0
    while head < len(queue):
        word = queue[head]
        head += 1
        kids = sorted(children.get(word, ()), key=lambda w: ord(w[-1]))
        first_child.append(len(nodes))
        child_count.append(len(kids))
        for kid in kids:
            nodes.append((kid, freq[kid]))
            queue.append(kid)
    assert len(nodes) == len(freq) + 1

    emit_chars = sorted(set().union(*(finalseg.emit_P[s].keys() for s in STATES)), key=ord)
    out = bytearray(b'WCJIEBA1')
    out += struct.pack('<QII', total, len(nodes), len(emit_chars))
    out += struct.pack('<4d', *(finalseg.start_P[s] for s in STATES))
    out += struct.pack('<16d', *(finalseg.trans_P[a].get(b, MIN_FLOAT) for a in STATES for b in STATES))
    for index, (word, count) in enumerate(nodes):
        out += struct.pack('<IIII', ord(word[-1]) if word else 0, count,
                           first_child[index], child_count[index])
    for char in emit_chars:
        out += struct.pack('<II4d', ord(char), 0, *(finalseg.emit_P[s].get(char, MIN_FLOAT) for s in STATES))
    with open(out_path, 'wb') as out_file:
        out_file.write(out)


if __name__ == '__main__':
    main(sys.argv[1])
