// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jiebasegmenter.h"

#include <QFile>
#include <QResource>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace wc {

namespace {

// jieba's states in its own iteration order 'BMES'. Where jieba breaks a tie it compares the
// state letters, so the letters' order (B < E < M < S) is kept beside the indices.
enum State { B = 0, M = 1, E = 2, S = 3 };
constexpr std::array<int, 4> letterRank = {0, 2, 1, 3}; // B, M, E, S as 'B' < 'E' < 'M' < 'S'
// finalseg.PrevStatus, in jieba's order.
constexpr std::array<std::array<int, 2>, 4> previousStates = {{{E, S}, {M, B}, {B, M}, {S, E}}};
constexpr double minFloat = -3.14e100; // finalseg.MIN_FLOAT

struct Node {
    quint32 codePoint;
    quint32 frequency;
    quint32 firstChild;
    quint32 childCount;
};

struct Emission {
    quint32 codePoint;
    quint32 padding;
    double probability[4];
};

// re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]
bool isDefaultHan(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FD5) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '&' || c == '.' || c == '_' ||
           c == '%' || c == '-';
}

// finalseg.re_han: [\u4E00-\u9FD5]
bool isHmmHan(char32_t c) {
    return c >= 0x4E00 && c <= 0x9FD5;
}

bool isAsciiAlnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isAsciiDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

} // namespace

struct JiebaSegmenter::Tables {
    double logTotal = 0;
    std::array<double, 4> start{};
    std::array<std::array<double, 4>, 4> transition{};
    std::vector<Node> nodes;
    // log(frequency or 1) - log(total) of every node: the term calc() adds for a word.
    std::vector<double> wordWeight;
    // The root's child for each BMP code point (0: none), the lookup every DAG walk starts with.
    std::vector<quint32> rootChild;
    std::vector<Emission> emissions;
    bool valid = false;

    // Copies the tables out of the resource: its bytes carry no alignment guarantee.
    static Tables load() {
        Tables tables;
        QFile file(QStringLiteral(":/jieba/jieba.dat"));
        if (!file.open(QIODevice::ReadOnly))
            return tables;
        const QByteArray bytes = file.readAll();
        constexpr qsizetype headerSize = 8 + 8 + 4 + 4 + 4 * 8 + 16 * 8;
        if (bytes.size() < headerSize || !bytes.startsWith("WCJIEBA1"))
            return tables;
        const char *p = bytes.constData() + 8;
        quint64 total = 0;
        quint32 nodeCount = 0, emissionCount = 0;
        std::memcpy(&total, p, 8);
        std::memcpy(&nodeCount, p + 8, 4);
        std::memcpy(&emissionCount, p + 12, 4);
        std::memcpy(tables.start.data(), p + 16, 4 * 8);
        std::memcpy(tables.transition.data(), p + 48, 16 * 8);
        p = bytes.constData() + headerSize;
        const qsizetype expected = headerSize + qsizetype(nodeCount) * qsizetype(sizeof(Node)) +
                                   qsizetype(emissionCount) * qsizetype(sizeof(Emission));
        if (bytes.size() != expected || nodeCount == 0)
            return tables;
        tables.nodes.resize(nodeCount);
        std::memcpy(tables.nodes.data(), p, nodeCount * sizeof(Node));
        tables.emissions.resize(emissionCount);
        std::memcpy(tables.emissions.data(), p + nodeCount * sizeof(Node),
                    emissionCount * sizeof(Emission));
        // Python's log() of an int that a double holds exactly is the C library's log().
        tables.logTotal = std::log(double(total));
        tables.wordWeight.resize(nodeCount);
        for (quint32 i = 0; i < nodeCount; ++i) {
            const quint32 frequency = tables.nodes[i].frequency;
            tables.wordWeight[i] = std::log(double(frequency ? frequency : 1)) - tables.logTotal;
        }
        tables.rootChild.assign(0x10000, 0);
        const Node &root = tables.nodes[0];
        for (quint32 i = root.firstChild; i < root.firstChild + root.childCount; ++i) {
            if (tables.nodes[i].codePoint < 0x10000)
                tables.rootChild[tables.nodes[i].codePoint] = i;
        }
        tables.valid = true;
        return tables;
    }

    const Node *child(const Node &parent, char32_t c) const {
        if (&parent == nodes.data() && c < 0x10000)
            return rootChild[c] ? nodes.data() + rootChild[c] : nullptr;
        const Node *first = nodes.data() + parent.firstChild;
        const Node *last = first + parent.childCount;
        const Node *found = std::lower_bound(first, last, c, [](const Node &node, char32_t value) {
            return node.codePoint < value;
        });
        return found != last && found->codePoint == c ? found : nullptr;
    }

    // emit_p[state].get(c, MIN_FLOAT) for the four states.
    std::array<double, 4> emission(char32_t c) const {
        const auto found = std::lower_bound(
            emissions.begin(), emissions.end(), c,
            [](const Emission &entry, char32_t value) { return entry.codePoint < value; });
        if (found == emissions.end() || found->codePoint != c)
            return {minFloat, minFloat, minFloat, minFloat};
        return {found->probability[0], found->probability[1], found->probability[2],
                found->probability[3]};
    }
};

const JiebaSegmenter &JiebaSegmenter::instance() {
    static const Tables tables = Tables::load();
    if (!tables.valid)
        qFatal("The jieba tables resource (:/jieba/jieba.dat) is missing or damaged: rebuild.");
    static const JiebaSegmenter segmenter(&tables);
    return segmenter;
}

JiebaSegmenter::JiebaSegmenter(const Tables *tables)
    : m_tables(tables) {}

bool JiebaSegmenter::isPythonSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

quint32 JiebaSegmenter::frequency(std::u32string_view word) const {
    const Node *node = m_tables->nodes.data();
    for (char32_t c : word) {
        node = m_tables->child(*node, c);
        if (!node)
            return 0;
    }
    return node->frequency;
}

// Tokenizer.cut(): runs of re_han_default go through the DAG; everything else is split by
// re_skip_default (\r\n or one whitespace character) and yielded one character at a time.
template <typename Sink> void JiebaSegmenter::cut(std::u32string_view text, Sink &&sink) const {
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        if (isDefaultHan(text[i])) {
            while (j < n && isDefaultHan(text[j]))
                ++j;
            cutDag(text.substr(i, j - i), sink);
        } else {
            while (j < n && !isDefaultHan(text[j]))
                ++j;
            for (size_t k = i; k < j; ++k) {
                if (text[k] == '\r' && k + 1 < j && text[k + 1] == '\n') {
                    sink(text.substr(k, 2));
                    ++k;
                } else {
                    sink(text.substr(k, 1));
                }
            }
        }
        i = j;
    }
}

// Tokenizer.__cut_DAG(): get_DAG(), calc() and the walk along the best route; runs of single
// characters the dictionary does not know as a whole go to the HMM.
template <typename Sink> void JiebaSegmenter::cutDag(std::u32string_view block, Sink &&sink) const {
    const size_t n = block.size();
    struct Candidate {
        size_t end;
        double weight; // log(FREQ.get(word) or 1) - logtotal
    };
    // Reused between blocks: a long issue has thousands of them.
    thread_local std::vector<size_t> dagStart;
    thread_local std::vector<Candidate> dag;
    thread_local std::vector<double> routeValue;
    thread_local std::vector<size_t> routeEnd;
    dagStart.assign(n + 1, 0);
    dag.clear();
    const double unknownWeight = -m_tables->logTotal; // log(1) - logtotal
    for (size_t k = 0; k < n; ++k) {
        dagStart[k] = dag.size();
        const Node *node = m_tables->nodes.data();
        for (size_t i = k; i < n; ++i) {
            node = m_tables->child(*node, block[i]);
            if (!node)
                break;
            if (node->frequency)
                dag.push_back({i, m_tables->wordWeight[size_t(node - m_tables->nodes.data())]});
        }
        if (dag.size() == dagStart[k])
            dag.push_back({k, unknownWeight});
    }
    dagStart[n] = dag.size();

    routeValue.assign(n + 1, 0.0);
    routeEnd.assign(n + 1, 0);
    for (size_t idx = n; idx-- > 0;) {
        double best = 0;
        size_t bestEnd = 0;
        bool first = true;
        for (size_t c = dagStart[idx]; c < dagStart[idx + 1]; ++c) {
            const Candidate &candidate = dag[c];
            // log(FREQ.get(word) or 1) - logtotal + route[x + 1][0], in Python's order.
            const double value = candidate.weight + routeValue[candidate.end + 1];
            if (first || value > best || (value == best && candidate.end > bestEnd)) {
                best = value;
                bestEnd = candidate.end;
                first = false;
            }
        }
        routeValue[idx] = best;
        routeEnd[idx] = bestEnd;
    }

    size_t bufStart = 0, bufLength = 0;
    auto flush = [&] {
        if (bufLength == 0)
            return;
        const std::u32string_view buf = block.substr(bufStart, bufLength);
        if (bufLength == 1) {
            sink(buf);
        } else if (!frequency(buf)) {
            cutHmmRun(buf, sink);
        } else {
            for (size_t k = 0; k < buf.size(); ++k)
                sink(buf.substr(k, 1));
        }
        bufLength = 0;
    };
    for (size_t x = 0; x < n;) {
        const size_t y = routeEnd[x] + 1;
        if (y - x == 1) {
            if (bufLength == 0)
                bufStart = x;
            ++bufLength;
        } else {
            flush();
            sink(block.substr(x, y - x));
        }
        x = y;
    }
    flush();
}

// finalseg.cut(): Chinese runs through Viterbi; the rest split around
// re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?), every non-empty piece a token.
template <typename Sink>
void JiebaSegmenter::cutHmmRun(std::u32string_view buf, Sink &&sink) const {
    const size_t n = buf.size();
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        if (isHmmHan(buf[i])) {
            while (j < n && isHmmHan(buf[j]))
                ++j;
            viterbi(buf.substr(i, j - i), sink);
            i = j;
            continue;
        }
        while (j < n && !isHmmHan(buf[j]))
            ++j;
        // buf[i, j) has no Chinese: re_skip.split() of it.
        size_t gapStart = i;
        size_t p = i;
        while (p < j) {
            if (!isAsciiAlnum(buf[p])) {
                ++p;
                continue;
            }
            size_t q = p;
            while (q < j && isAsciiAlnum(buf[q]))
                ++q;
            if (q + 1 < j && buf[q] == '.' && isAsciiDigit(buf[q + 1])) {
                q += 2;
                while (q < j && isAsciiDigit(buf[q]))
                    ++q;
            }
            if (q < j && buf[q] == '%')
                ++q;
            if (p > gapStart)
                sink(buf.substr(gapStart, p - gapStart));
            sink(buf.substr(p, q - p));
            p = q;
            gapStart = q;
        }
        if (j > gapStart)
            sink(buf.substr(gapStart, j - gapStart));
        i = j;
    }
}

// finalseg.viterbi() and finalseg.__cut(), with jieba's tie-breaking on equal probabilities.
template <typename Sink> void JiebaSegmenter::viterbi(std::u32string_view han, Sink &&sink) const {
    const size_t n = han.size();
    std::vector<std::array<double, 4>> value(n);
    std::vector<std::array<int, 4>> previous(n);
    const auto &transition = m_tables->transition;
    std::array<double, 4> emitted = m_tables->emission(han[0]);
    for (int y = 0; y < 4; ++y)
        value[0][y] = m_tables->start[y] + emitted[y];
    for (size_t t = 1; t < n; ++t) {
        emitted = m_tables->emission(han[t]);
        for (int y = 0; y < 4; ++y) {
            double best = 0;
            int bestState = -1;
            for (int y0 : previousStates[y]) {
                const double candidate = value[t - 1][y0] + transition[y0][y] + emitted[y];
                if (bestState < 0 || candidate > best ||
                    (candidate == best && letterRank[y0] > letterRank[bestState])) {
                    best = candidate;
                    bestState = y0;
                }
            }
            value[t][y] = best;
            previous[t][y] = bestState;
        }
    }
    // max((V[-1][y], y) for y in 'ES'): a tie goes to 'S'.
    int state = value[n - 1][S] >= value[n - 1][E] ? S : E;
    std::vector<int> path(n);
    for (size_t t = n; t-- > 0;) {
        path[t] = state;
        if (t > 0)
            state = previous[t][state];
    }
    size_t begin = 0, next = 0;
    for (size_t i = 0; i < n; ++i) {
        if (path[i] == B) {
            begin = i;
        } else if (path[i] == E) {
            sink(han.substr(begin, i + 1 - begin));
            next = i + 1;
        } else if (path[i] == S) {
            sink(han.substr(i, 1));
            next = i + 1;
        }
    }
    if (next < n)
        sink(han.substr(next));
}

void JiebaSegmenter::segment(std::u32string_view text,
                             const std::function<void(std::u32string_view)> &token) const {
    cut(text, token);
}

qsizetype JiebaSegmenter::countNonBlankTokens(std::u32string_view text) const {
    qsizetype count = 0;
    cut(text, [&count](std::u32string_view token) {
        if (std::any_of(token.begin(), token.end(), [](char32_t c) { return !isPythonSpace(c); }))
            ++count;
    });
    return count;
}

} // namespace wc
