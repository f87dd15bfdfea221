// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The document core timed side by side with cmark-gfm over the same bytes: UTF-8 decoding
// alone, our parse (decode included, as opening a file does), parse + serialize, form edits
// (edit + apply + reparse, no decode: the editor holds the text), and cmark-gfm's parse +
// render to HTML.
// Prints one JSON object per line (GUIDE.md, "Benchmarks"); times are wall-clock ms per
// round, a round being one pass over the input; MB are 10^6 bytes of the file as on disk.
//
//   bench_document [CORPUS-DIR]        (default: ../shared/corpus/python-weekly)

#include "benchreport.h"
#include "documentedits.h"
#include "issuedocument.h"
#include "issuefile.h"
#include "textreplacement.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace {

using bench::JsonLine;
using bench::percentile;

struct CmarkDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
    void operator()(cmark_node *node) const { cmark_node_free(node); }
    // cmark_render_html allocates with the default allocator, so that one must free it.
    void operator()(char *html) const { cmark_get_default_mem_allocator()->free(html); }
};
using CmarkParser = std::unique_ptr<cmark_parser, CmarkDeleter>;
using CmarkNode = std::unique_ptr<cmark_node, CmarkDeleter>;
using CmarkHtml = std::unique_ptr<char, CmarkDeleter>;

constexpr int cmarkOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;

// The extensions the preview renders with, looked up once: the registry is process-global.
std::vector<cmark_syntax_extension *> coreExtensions() {
    cmark_gfm_core_extensions_ensure_registered();
    std::vector<cmark_syntax_extension *> extensions;
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            extensions.push_back(extension);
        else
            std::fprintf(stderr, "warning: cmark-gfm has no \"%s\" extension\n", name);
    }
    return extensions;
}

// Each contender returns a number derived from its result; the runner stores their sum in a
// volatile, so no optimizer can drop work whose result looks unused. Inputs were checked to
// decode before timing, so the decoded optional is never empty here.
std::size_t decodeOnly(const QByteArray &bytes) {
    bool hasBom = false;
    QString error;
    return std::size_t(wc::IssueFile::decode(bytes, &hasBom, &error)->size());
}

std::size_t parseOnly(const QByteArray &bytes) {
    bool hasBom = false;
    QString error;
    auto text = wc::IssueFile::decode(bytes, &hasBom, &error);
    const auto document = wc::IssueDocument::parse(std::move(*text), {}, hasBom);
    return std::size_t(document.sections().size() + document.lineCount());
}

std::size_t parseAndSerialize(const QByteArray &bytes) {
    bool hasBom = false;
    QString error;
    auto text = wc::IssueFile::decode(bytes, &hasBom, &error);
    const auto document = wc::IssueDocument::parse(std::move(*text), {}, hasBom);
    return std::size_t(document.serialize().size());
}

std::size_t cmarkRender(const QByteArray &bytes) {
    static const std::vector<cmark_syntax_extension *> extensions = coreExtensions();
    // A parser per document, as the preview needs: a cmark parser is single-use.
    const CmarkParser parser(cmark_parser_new(cmarkOptions));
    for (cmark_syntax_extension *extension : extensions)
        cmark_parser_attach_syntax_extension(parser.get(), extension);
    cmark_parser_feed(parser.get(), bytes.constData(), size_t(bytes.size()));
    const CmarkNode root(cmark_parser_finish(parser.get()));
    const CmarkHtml html(cmark_render_html(root.get(), cmarkOptions,
                                           cmark_parser_get_syntax_extensions(parser.get())));
    return std::strlen(html.get());
}

using Contender = std::size_t (*)(const QByteArray &);

std::function<std::size_t()> overFiles(Contender contender, const QList<QByteArray> &files) {
    return [contender, files] {
        std::size_t result = 0;
        for (const QByteArray &bytes : files)
            result += contender(bytes);
        return result;
    };
}

// What one form edit costs the editor end to end: compute the replacement from the current
// document, apply it to the text, parse the new text. Always from the same document, so
// every round does the same work.
using MakeEdit = std::function<wc::Edit(const wc::DocumentEdits &)>;

std::function<std::size_t()> editCycle(std::shared_ptr<const wc::IssueDocument> document,
                                       MakeEdit makeEdit) {
    return [document, makeEdit] {
        const wc::Edit edit = makeEdit(wc::DocumentEdits(*document));
        const auto next = wc::IssueDocument::parse(wc::applyEdit(document->text(), edit),
                                                   document->fileName(), document->hasBom());
        return std::size_t(next.itemCount() + edit.size());
    };
}

struct Bench {
    QString name;
    std::function<std::size_t()> run;
    std::vector<double> samplesMs = {};
};

struct Input {
    QString name;
    qsizetype files = 0;
    qint64 bytes = 0;
    int rounds = 0;
};

double medianMs(const Bench &bench) {
    return percentile(bench.samplesMs, 0.5);
}

volatile std::size_t g_sink = 0;

// Every round runs each contender once, interleaved, so that clock scaling and cache drift
// during the run hit all of them alike; the order rotates, so that none always runs in the
// caches its predecessor left. The first tenth of the rounds (at least one) warms up the
// allocator, the caches and lazily built statics, and is not recorded.
void runSideBySide(const Input &input, std::vector<Bench> &benches) {
    const int warmupRounds = std::max(1, input.rounds / 10);
    std::size_t checksum = 0;
    for (int round = 0; round < warmupRounds + input.rounds; ++round) {
        for (std::size_t k = 0; k < benches.size(); ++k) {
            Bench &bench = benches[(std::size_t(round) + k) % benches.size()];
            const auto start = std::chrono::steady_clock::now();
            checksum += bench.run();
            const std::chrono::duration<double, std::milli> elapsed =
                std::chrono::steady_clock::now() - start;
            if (round >= warmupRounds)
                bench.samplesMs.push_back(elapsed.count());
        }
    }
    g_sink = checksum;
    for (Bench &bench : benches) {
        std::ranges::sort(bench.samplesMs);
        JsonLine()
            .add("bench", bench.name)
            .add("input", input.name)
            .add("files", qint64(input.files))
            .add("n", qint64(bench.samplesMs.size()))
            .add("bytes", input.bytes)
            .add("p50_ms", medianMs(bench), 4)
            .add("p95_ms", percentile(bench.samplesMs, 0.95), 4)
            .add("mb_per_s", double(input.bytes) / 1e6 / (medianMs(bench) / 1e3), 1);
    }
    // Below 1: our parse (decode included) costs that fraction of cmark-gfm's parse + render.
    auto named = [&](QStringView name) -> const Bench & {
        return *std::ranges::find(benches, name,
                                  [](const Bench &bench) { return QStringView(bench.name); });
    };
    JsonLine()
        .add("bench", QStringLiteral("parse_vs_cmark"))
        .add("input", input.name)
        .add("ratio", medianMs(named(u"parse")) / medianMs(named(u"cmark_render")), 3);
}

std::vector<Bench> parseBenches(const QList<QByteArray> &files) {
    std::vector<Bench> benches;
    benches.push_back({QStringLiteral("decode"), overFiles(decodeOnly, files)});
    benches.push_back({QStringLiteral("parse"), overFiles(parseOnly, files)});
    benches.push_back({QStringLiteral("parse_serialize"), overFiles(parseAndSerialize, files)});
    benches.push_back({QStringLiteral("cmark_render"), overFiles(cmarkRender, files)});
    return benches;
}

// Two form edits on the section with the most items: retitling its middle item (a typing
// edit), and moving its first item to its end, which renumbers every item of the section.
void addEditBenches(std::vector<Bench> &benches, const QByteArray &bytes, const QString &fileName) {
    bool hasBom = false;
    QString error;
    auto document = std::make_shared<const wc::IssueDocument>(
        wc::IssueDocument::parse(*wc::IssueFile::decode(bytes, &hasBom, &error), fileName, hasBom));
    const auto &sections = document->sections();
    const auto busiest = std::ranges::max_element(
        sections, {}, [](const wc::SectionNode &section) { return section.items.size(); });
    if (busiest == sections.end() || busiest->items.size() < 2) {
        std::fprintf(stderr, "note: %s has no section with two items: no edit benchmarks\n",
                     qPrintable(fileName));
        return;
    }
    const int section = int(busiest - sections.begin());
    const int count = int(busiest->items.size());
    const wc::ItemRef middle{section, count / 2};
    const MakeEdit retitle = [middle](const wc::DocumentEdits &edits) {
        return edits.setItemTitle(middle, QStringLiteral("A retitled item"));
    };
    const MakeEdit move = [section, count](const wc::DocumentEdits &edits) {
        return edits.moveItem({section, 0}, section, count);
    };
    for (const auto &[name, makeEdit] :
         {std::pair{"edit_item_title", retitle}, {"edit_move_item", move}}) {
        if (makeEdit(wc::DocumentEdits(*document)).isEmpty()) { // it would time a no-op
            std::fprintf(stderr, "warning: %s changes nothing in %s: skipped\n", name,
                         qPrintable(fileName));
            continue;
        }
        benches.push_back({QString::fromLatin1(name), editCycle(document, makeEdit)});
    }
}

struct CorpusFile {
    QString name;
    QByteArray bytes;
};

// Every .md file the editor would open, sorted by path. Loaded up front: the benchmark times
// parsing, not the disk.
std::vector<CorpusFile> loadCorpus(const QString &dir) {
    QStringList paths;
    for (QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        paths << it.next();
    paths.sort();
    std::vector<CorpusFile> files;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "warning: skipping %s: %s\n", qPrintable(path),
                         qPrintable(file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        bool hasBom = false;
        QString error;
        const auto text = wc::IssueFile::decode(bytes, &hasBom, &error);
        if (!text) { // refused by the editor too: not comparable, and the fuzzer's business
            std::fprintf(stderr, "warning: skipping %s: %s\n", qPrintable(path), qPrintable(error));
            continue;
        }
        if (wc::IssueDocument::parse(*text, {}, hasBom).serialize() != bytes)
            std::fprintf(stderr, "warning: %s does not round-trip byte for byte\n",
                         qPrintable(path));
        files.push_back({QFileInfo(path).fileName(), bytes});
    }
    return files;
}

} // namespace

int main(int argc, char *argv[]) {
    const QString corpusDir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(WC_BENCH_CORPUS_DIR);
    std::vector<CorpusFile> files = loadCorpus(corpusDir);
    if (files.empty()) {
        std::fprintf(stderr, "bench_document: no readable .md files under %s\n",
                     qPrintable(corpusDir));
        return 2;
    }

    // The whole corpus: throughput over the real mix of issue sizes.
    QList<QByteArray> all;
    qint64 totalBytes = 0;
    for (const CorpusFile &file : files) {
        all.append(file.bytes);
        totalBytes += file.bytes.size();
    }
    auto benches = parseBenches(all);
    runSideBySide({QStringLiteral("corpus"), all.size(), totalBytes, 20}, benches);

    // The largest file bounds the editor's worst case per keystroke; the median-sized one is
    // a regular issue.
    std::ranges::stable_sort(files, {}, [](const CorpusFile &file) { return file.bytes.size(); });
    const CorpusFile &largest = files.back();
    benches = parseBenches({largest.bytes});
    addEditBenches(benches, largest.bytes, largest.name);
    runSideBySide({largest.name, 1, largest.bytes.size(), 200}, benches);

    const CorpusFile &median = files[files.size() / 2];
    benches = parseBenches({median.bytes});
    runSideBySide({median.name, 1, median.bytes.size(), 1000}, benches);
    return 0;
}
