// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the document core does for one keystroke, by where it lands: IssueDocument::applyChange
// for a character typed into an item's title near the top, in the middle and near the end of
// synthetic issues (issue 12: work per keystroke independent of the issue's size). The text
// is one contiguous QString, so a change moves the text on one side of it; applyChange moves
// the shorter side, and this shows what that leaves at each place.
// Prints one JSON object per line (GUIDE.md, "Benchmarks"); times are wall-clock ms.
//
//   bench_applychange [--sizes MB,MB,…] [--keystrokes N]   (defaults: 1,4,16 and 200)

#include "benchinputs.h"
#include "benchreport.h"
#include "issuedocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

// The offset just inside the title of the item nearest to `fraction` of the text.
qsizetype titleOffsetNear(const wc::IssueDocument &document, double fraction) {
    const auto wanted = qsizetype(fraction * double(document.text().size()));
    qsizetype best = -1;
    for (const wc::SectionNode &section : document.sections()) {
        for (const wc::ItemNode &item : section.items) {
            if (item.title.end <= item.title.begin)
                continue;
            if (best < 0 || std::abs(item.title.begin - wanted) < std::abs(best - wanted))
                best = item.title.begin + 1;
        }
    }
    if (best < 0)
        qFatal("the issue has no item with a title");
    return best;
}

void measure(const QString &name, const QByteArray &bytes, int keystrokes) {
    for (const auto &[place, fraction] : std::initializer_list<std::pair<const char *, double>>{
             {"top", 0.0}, {"middle", 0.5}, {"end", 1.0}}) {
        wc::IssueDocument document = wc::IssueDocument::parse(QString::fromUtf8(bytes));
        const qsizetype at = titleOffsetNear(document, fraction);
        std::vector<double> ms;
        int local = 0;
        for (int i = 0; i < keystrokes + 10; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const wc::DocumentChange change = document.applyChange(at + i, 0, u"x");
            const std::chrono::duration<double, std::milli> elapsed =
                std::chrono::steady_clock::now() - start;
            if (i >= 10) // the first reallocate the text with room to spare
                ms.push_back(elapsed.count());
            local += change.full ? 0 : 1;
        }
        if (document.text().mid(at, keystrokes + 10) != QString(keystrokes + 10, u'x'))
            qFatal("the keystrokes did not land in the text");
        std::ranges::sort(ms);
        bench::JsonLine()
            .add("bench", QStringLiteral("apply_change"))
            .add("input", name)
            .add("place", QString::fromLatin1(place))
            .add("offset", qint64(at))
            .add("chars", qint64(document.text().size()))
            .add("local_parses", qint64(local))
            .add("p50_ms", bench::percentile(ms, 0.5), 4)
            .add("p95_ms", bench::percentile(ms, 0.95), 4);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList sizes{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("16")};
    int keystrokes = 200;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == u"--sizes")
            sizes = arguments[i + 1].split(u',');
        else if (arguments[i] == u"--keystrokes")
            keystrokes = std::max(1, arguments[i + 1].toInt());
    }
    for (const QString &size : sizes)
        measure(QStringLiteral("synthetic-%1mb.md").arg(size),
                bench::syntheticIssue(size.toDouble()), keystrokes);
    return 0;
}
