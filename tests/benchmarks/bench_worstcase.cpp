// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs, generated here: each must parse and render in well under a keystroke's
// budget at 1 MB, and the time must grow linearly with the size (issue 11, "Work bounded by
// the input"). For every case and size it prints one JSON object per line (GUIDE.md,
// "Benchmarks") with our parse, our render (a fresh IssueRenderer, as the export and the
// first preview render do) and cmark-gfm's own parse + render of the same text; then, per
// case, the ratio of each time to the time at half the size (2.0 is linear, 4.0 quadratic).
//
//   bench_worstcase [--sizes 0.25,0.5,1,2,4] [--cases paren,...] [--rounds N]
//
// Exits 1 when a case takes 100 ms or more at 1 MB, or when a doubling of the input more than
// triples the time above 1 MB (where the fixed costs no longer hide the growth).

#include "benchreport.h"
#include "cmarkhtml.h"
#include "issuedocument.h"
#include "issuerenderer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <vector>

namespace {

using bench::JsonLine;
using Clock = std::chrono::steady_clock;

constexpr qsizetype megabyte = 1000 * 1000;

// The frame every case sits in: the shape of a real issue (front matter, one section, an
// item), so the hostile text reaches the item description the parser scans for notes.
QString issueFrame() {
    return QStringLiteral(
        "---\ntitle: \"Python 潮流周刊#99：最坏情况\"\npubDate: 2026-01-02\n---\n\n"
        "开场白。\n\n## [🦄文章&教程](https://example.com/a)\n\n"
        "1、[标题](https://example.com/1)\n\n");
}

// Repeats `unit` until the UTF-8 size reaches `bytes` (counting the frame).
QString repeated(QStringView unit, qsizetype bytes) {
    const qsizetype unitBytes = unit.toUtf8().size();
    const qsizetype count =
        std::max<qsizetype>(1, (bytes - issueFrame().toUtf8().size()) / unitBytes);
    QString text = issueFrame();
    text.reserve(text.size() + count * unit.size() + 1);
    for (qsizetype i = 0; i < count; ++i)
        text += unit;
    text += u'\n';
    return text;
}

// `[[[[…(((( x ))))…]]]]`: brackets nested as deep as the size allows, on one line.
QString nested(qsizetype bytes) {
    const qsizetype depth = (bytes - issueFrame().toUtf8().size()) / 4;
    QString text = issueFrame();
    text += QString(depth, u'[') + QString(depth, u'(') + u'x' + QString(depth, u')') +
            QString(depth, u']') + u'\n';
    return text;
}

// 20,000 footnotes per MB: items that each cite one, the definitions after the last item.
QString footnotes(qsizetype bytes) {
    const qsizetype count = bytes * 20000 / megabyte;
    QString items =
        QStringLiteral("---\ntitle: \"Python 潮流周刊#99\"\n---\n\n## 🦄文章&教程\n\n");
    QString definitions;
    for (qsizetype i = 1; i <= count; ++i) {
        items += QStringLiteral("%1、[t](https://e.com)[^%1]\n").arg(i);
        definitions += QStringLiteral("[^%1]: n\n").arg(i);
    }
    return items + u'\n' + definitions;
}

// 2,000 reference definitions per MB, each used by an item (with a description long enough
// that the file reaches its size), the definitions after the last item.
QString referenceDefinitions(qsizetype bytes) {
    const qsizetype count = bytes * 2000 / megabyte;
    const QString filler = QString(420, u'x');
    QString items =
        QStringLiteral("---\ntitle: \"Python 潮流周刊#99\"\n---\n\n## 🦄文章&教程\n\n");
    QString definitions;
    for (qsizetype i = 1; i <= count; ++i) {
        items +=
            QStringLiteral("%1、[项目 %1][ref %1]\n\n%2 [又见][ref %1]\n\n").arg(i).arg(filler);
        definitions += QStringLiteral("[ref %1]: https://example.com/%1 \"t\"\n").arg(i);
    }
    return items + definitions;
}

struct Case {
    const char *name;
    std::function<QString(qsizetype bytes)> make;
};

const std::vector<Case> &cases() {
    static const std::vector<Case> all{
        {"unmatched_paren", [](qsizetype n) { return repeated(u"(", n); }},
        {"unmatched_fullwidth_paren", [](qsizetype n) { return repeated(u"（", n); }},
        {"link_opening_repeated", [](qsizetype n) { return repeated(u"[a](", n); }},
        {"nested_brackets", nested},
        {"footnotes", footnotes},
        {"reference_definitions", referenceDefinitions},
    };
    return all;
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

struct Timing {
    double parse = 0, render = 0, cmark = 0;
};

Timing measure(const QString &text, int rounds) {
    std::vector<double> parse, render, cmark;
    const QByteArray utf8 = text.toUtf8();
    for (int round = 0; round < rounds; ++round) {
        auto start = Clock::now();
        const auto document =
            wc::IssueDocument::parse(text, QStringLiteral("2026-01-02-weekly.md"));
        parse.push_back(msSince(start));

        start = Clock::now();
        const QString html = wc::IssueRenderer().renderHtml(document);
        render.push_back(msSince(start));
        if (html.isEmpty())
            std::fprintf(stderr, "bench_worstcase: empty rendering\n");

        start = Clock::now();
        const QByteArray reference = wc::cmark::renderHtml(utf8);
        cmark.push_back(msSince(start));
    }
    return {median(parse), median(render), median(cmark)};
}

std::vector<double> parseSizes(const QString &list) {
    std::vector<double> sizes;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts))
        sizes.push_back(part.toDouble());
    return sizes;
}

} // namespace

int main(int argc, char *argv[]) {
    std::vector<double> sizes{0.25, 0.5, 1, 2, 4};
    QStringList only;
    int rounds = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--sizes") == 0)
            sizes = parseSizes(QString::fromLocal8Bit(argv[i + 1]));
        else if (std::strcmp(argv[i], "--cases") == 0)
            only = QString::fromLocal8Bit(argv[i + 1]).split(u',', Qt::SkipEmptyParts);
        else if (std::strcmp(argv[i], "--rounds") == 0)
            rounds = std::max(1, std::atoi(argv[i + 1]));
    }
    if ((argc - 1) % 2 != 0 || sizes.empty()) {
        std::fprintf(stderr, "usage: bench_worstcase [--sizes MB,...] [--cases NAME,...] "
                             "[--rounds N]\n");
        return 2;
    }

    bool failed = false;
    for (const Case &c : cases()) {
        if (!only.isEmpty() && !only.contains(QLatin1String(c.name)))
            continue;
        std::map<double, Timing> bySize;
        for (const double mb : sizes) {
            const QString text = c.make(qsizetype(mb * megabyte));
            const Timing t = measure(text, rounds);
            bySize[mb] = t;
            JsonLine()
                .add("bench", QStringLiteral("worstcase"))
                .add("input", QString::fromLatin1(c.name))
                .add("mb", double(text.toUtf8().size()) / megabyte, 3)
                .add("n", qint64(rounds))
                .add("parse_ms", t.parse, 2)
                .add("render_ms", t.render, 2)
                .add("total_ms", t.parse + t.render, 2)
                .add("cmark_ms", t.cmark, 2);
            if (mb == 1 && t.parse + t.render >= 100) {
                std::fprintf(stderr, "bench_worstcase: %s takes %.1f ms at 1 MB (limit 100)\n",
                             c.name, t.parse + t.render);
                failed = true;
            }
        }
        for (auto it = std::next(bySize.begin()); it != bySize.end(); ++it) {
            const auto previous = std::prev(it);
            if (it->first != 2 * previous->first)
                continue;
            const Timing &now = it->second, &before = previous->second;
            const double total = (now.parse + now.render) / (before.parse + before.render);
            JsonLine()
                .add("bench", QStringLiteral("worstcase_growth"))
                .add("input", QString::fromLatin1(c.name))
                .add("from_mb", previous->first, 2)
                .add("to_mb", it->first, 2)
                .add("parse_ratio", now.parse / before.parse, 2)
                .add("render_ratio", now.render / before.render, 2)
                .add("total_ratio", total, 2)
                .add("cmark_ratio", now.cmark / before.cmark, 2);
            if (it->first > 1 && total > 3) {
                std::fprintf(stderr, "bench_worstcase: %s grows %.2f× from %.2f to %.2f MB\n",
                             c.name, total, previous->first, it->first);
                failed = true;
            }
        }
    }
    return failed ? 1 : 0;
}
