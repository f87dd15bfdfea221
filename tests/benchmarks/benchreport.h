// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark prints: one JSON object per line (GUIDE.md, "Benchmarks").

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace bench {

// CPU time of the calling thread, in ms: what a keystroke or an open costs the GUI thread,
// whatever else the machine runs (wall-clock times grow with the load of a shared machine).
inline double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Nearest-rank percentile of sorted samples.
inline double percentile(const std::vector<double> &sorted, double p) {
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// One JSON object per line, keys in the order written (QJsonObject would sort them).
class JsonLine {
public:
    JsonLine &add(const char *key, const QString &value) {
        // QJsonDocument does the string escaping; strip the array brackets around it.
        const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return raw(key, quoted.sliced(1, quoted.size() - 2));
    }
    JsonLine &add(const char *key, qint64 value) { return raw(key, QByteArray::number(value)); }
    // n, p50, p95 and max of latency samples (sorted, in milliseconds).
    JsonLine &addLatency(const std::vector<double> &sortedMs) {
        return add("n", qint64(sortedMs.size())).addPercentiles("", sortedMs);
    }
    // p50, p95 and max of a second measure of the same samples, under `prefix`.
    JsonLine &addPercentiles(const QByteArray &prefix, const std::vector<double> &sortedMs) {
        return add(prefix + "p50_ms", percentile(sortedMs, 0.5), 3)
            .add(prefix + "p95_ms", percentile(sortedMs, 0.95), 3)
            .add(prefix + "max_ms", sortedMs.back(), 3);
    }
    JsonLine &add(const QByteArray &key, double value, int decimals) {
        return raw(key, QByteArray::number(value, 'f', decimals));
    }
    ~JsonLine() {
        std::printf("{%s}\n", m_fields.join(',').constData());
        std::fflush(stdout); // a long run shows its progress line by line, even through a pipe
    }

private:
    JsonLine &raw(const QByteArray &key, const QByteArray &value) {
        m_fields.append('"' + key + "\":" + value);
        return *this;
    }
    QByteArrayList m_fields;
};

} // namespace bench
