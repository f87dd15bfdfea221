// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace wc {

// Work that runs on a worker thread from copies, where only the newest request counts: the
// checks or the statistics of the text as it is now, a publishing output, a reading of the
// archive, a render of the preview. At most one job runs at a time; a request made meanwhile
// waits, and a newer one replaces it, so a burst of requests costs one more job, not one each.
// The result comes back on the owner's thread, to `deliver`, only if nothing newer was asked
// for since its job started (with Overtaken::Drop) and invalidate() was not called.
//
// A request gives a `prepare` function, not the job itself: it runs on the owner's thread when
// the job starts (at once when nothing runs, else when the running job has finished), so the
// job takes its copies of the newest state, and a request that a newer one replaced copies
// nothing. The job must hold only copies (implicitly shared Qt values, shared_ptr to state only
// jobs touch), never the owner: the owner, and this task with it, may be destroyed while a job
// runs. The job then finishes alone on the pool, and its result is destroyed unseen.
//
// QtCore only, no Qt Concurrent. Lives in one thread with an event loop (the owner's); do not
// destroy it from inside `deliver` (deleteLater() the owner instead). `deliver` may request
// (the request then replaces the one waiting) or invalidate.
template <typename Result> class LatestResultTask {
public:
    using Job = std::function<Result()>;
    using Prepare = std::function<Job()>;
    using Deliver = std::function<void(int revision, Result result)>;

    // What becomes of a result whose job a newer request overtook while it ran: dropped (the
    // newer job's result follows), or delivered all the same, as it is still newer than the
    // last one delivered (a reading of the archive, a preview render while typing goes on).
    enum class Overtaken { Drop, Deliver };

    explicit LatestResultTask(Deliver deliver, Overtaken overtaken = Overtaken::Drop,
                              QThreadPool *pool = QThreadPool::globalInstance())
        : m_deliver(std::move(deliver))
        , m_overtaken(overtaken)
        , m_pool(pool) {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher,
                         [this] { finished(); });
    }
    LatestResultTask(const LatestResultTask &) = delete;
    LatestResultTask &operator=(const LatestResultTask &) = delete;
    ~LatestResultTask() = default; // the watcher goes: a running job's result is never seen

    // Asks for a job for `revision` (the owner's label for the state it works from, handed
    // back to `deliver`).
    void request(int revision, Prepare prepare) {
        ++m_generation;
        if (m_running) {
            if (m_waiting)
                ++m_replaced;
            m_waiting = Waiting{revision, std::move(prepare)};
            return;
        }
        if (m_waiting) { // left by a job whose `deliver` asks for this one
            ++m_replaced;
            m_waiting.reset();
        }
        start(revision, std::move(prepare));
    }
    // The same with a job made now (its copies are taken now, even if it has to wait).
    void run(int revision, Job job) {
        request(revision, [job = std::move(job)] { return job; });
    }

    // What the running job works from is out of date, and so is the waiting request: the
    // running job's result is dropped, the waiting request forgotten. (The running job itself
    // goes on to its end: a thread cannot be stopped halfway safely.)
    void invalidate() {
        m_invalidatedAt = ++m_generation;
        if (m_waiting)
            ++m_replaced;
        m_waiting.reset();
    }

    // A job is running on a worker thread.
    bool isRunning() const { return m_running; }
    // A job is running or a request waits.
    bool isBusy() const { return m_running || m_waiting.has_value(); }
    // Results that came back out of date and were dropped.
    int droppedResults() const { return m_dropped; }
    // Requests that a newer one (or invalidate()) replaced before they could start.
    int replacedRequests() const { return m_replaced; }

private:
    struct Waiting {
        int revision;
        Prepare prepare;
    };

    void start(int revision, Prepare prepare) {
        Job job = prepare();
        m_running = true;
        m_runningRevision = revision;
        m_runningGeneration = m_generation;
        // The promise is shared with the job only: the job never reaches this object.
        auto promise = std::make_shared<QPromise<Result>>();
        m_watcher.setFuture(promise->future());
        promise->start();
        m_pool->start([promise, job = std::move(job)] {
            promise->addResult(job());
            promise->finish();
        });
    }

    void finished() {
        if (!m_running)
            return;
        m_running = false;
        const bool current =
            m_runningGeneration > m_invalidatedAt &&
            (m_overtaken == Overtaken::Deliver || m_runningGeneration == m_generation);
        // Taken out of the future either way, so a dropped result is freed now.
        QFuture<Result> future = m_watcher.future();
        std::optional<Result> result;
        if (future.resultCount() > 0)
            result.emplace(future.takeResult());
        if (!current) {
            result.reset();
            ++m_dropped;
        }
        // Delivered before the waiting job starts, so that the job takes its copies of what
        // the owner made of this result (the preview: what its page holds now).
        if (result)
            m_deliver(m_runningRevision, std::move(*result));
        if (!m_running && m_waiting) {
            Waiting next = std::move(*m_waiting);
            m_waiting.reset();
            start(next.revision, std::move(next.prepare));
        }
    }

    Deliver m_deliver;
    Overtaken m_overtaken;
    QThreadPool *m_pool;
    QFutureWatcher<Result> m_watcher;
    std::optional<Waiting> m_waiting;
    bool m_running = false;
    int m_runningRevision = -1;
    quint64 m_generation = 0;        // rises with every request and invalidate()
    quint64 m_runningGeneration = 0; // the generation the running job was started at
    quint64 m_invalidatedAt = 0;     // the generation of the last invalidate()
    int m_dropped = 0;
    int m_replaced = 0;
};

} // namespace wc
