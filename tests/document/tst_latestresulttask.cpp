// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LatestResultTask: the one "run on a worker thread from copies, keep only the newest" of the
// checks, the statistics, the publishing output, the archive and the preview.
#include "latestresulttask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace wc;

namespace {

// A result that counts its live instances: none may outlive the task and its jobs.
struct Counted {
    static inline std::atomic<int> alive = 0;
    int value = 0;
    explicit Counted(int v = 0)
        : value(v) {
        ++alive;
    }
    Counted(const Counted &other)
        : value(other.value) {
        ++alive;
    }
    Counted(Counted &&other) noexcept
        : value(other.value) {
        ++alive;
    }
    Counted &operator=(const Counted &) = default;
    Counted &operator=(Counted &&) noexcept = default;
    ~Counted() { --alive; }
};

// A job held until the test lets it go: `started` is released when it runs, it then waits on
// `go`.
struct Gate {
    QSemaphore started;
    QSemaphore go;
};

struct Delivered {
    int revision;
    int value;
};

} // namespace

class TestLatestResultTask : public QObject {
    Q_OBJECT
private slots:
    void init() { QCOMPARE(Counted::alive.load(), 0); }
    void cleanup() {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents(); // a finished job's callout, if any
    }

    void deliversOnTheOwnersThreadWithItsRevision() {
        QList<Delivered> delivered;
        QThread *deliveredOn = nullptr;
        QThread *ranOn = nullptr;
        LatestResultTask<Counted> task([&](int revision, Counted result) {
            delivered.append({revision, result.value});
            deliveredOn = QThread::currentThread();
        });
        task.run(7, [&ranOn] {
            ranOn = QThread::currentThread();
            return Counted(42);
        });
        QVERIFY(task.isRunning());
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(delivered[0].revision, 7);
        QCOMPARE(delivered[0].value, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(ranOn && ranOn != QThread::currentThread());
        QVERIFY(!task.isBusy());
        QCOMPARE(task.droppedResults(), 0);
    }

    // Requests made while a job runs wait; each newer one replaces the one waiting, whose
    // copies are never made; the running job's result is overtaken and dropped.
    void requestsWhileOneRunsCoalesceAndTheOvertakenResultIsDropped() {
        auto gate = std::make_shared<Gate>();
        QList<Delivered> delivered;
        QList<int> prepared;
        LatestResultTask<Counted> task([&](int revision, Counted result) {
            delivered.append({revision, result.value});
        });
        auto request = [&](int revision, bool block) {
            task.request(revision, [&prepared, gate, revision, block] {
                prepared.append(revision);
                return [gate, revision, block] {
                    if (block) {
                        gate->started.release();
                        gate->go.acquire();
                    }
                    return Counted(revision * 10);
                };
            });
        };
        request(1, true);
        QVERIFY(gate->started.tryAcquire(1, 5000));
        request(2, false);
        request(3, false);
        request(4, false);
        QCOMPARE(prepared, QList<int>{1}); // the waiting ones made no copies yet
        QVERIFY(task.isBusy());
        gate->go.release();
        QTRY_COMPARE(delivered.size(), 1);
        QTest::qWait(50);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered[0].revision, 4);
        QCOMPARE(delivered[0].value, 40);
        QCOMPARE(prepared, (QList<int>{1, 4}));
        QCOMPARE(task.droppedResults(), 1);
        QCOMPARE(task.replacedRequests(), 2);
        QVERIFY(!task.isBusy());
    }

    // Overtaken::Deliver: the overtaken result still comes (it is newer than any before it),
    // then the newest; never an older one after a newer one. The waiting job is prepared only
    // after the result before it was delivered (so it starts from what the owner made of it).
    void anOvertakenResultCanBeDeliveredInOrder() {
        auto gate = std::make_shared<Gate>();
        QStringList events;
        LatestResultTask<Counted> task(
            [&](int revision, Counted result) {
                events << QStringLiteral("deliver %1 (%2)").arg(revision).arg(result.value);
            },
            LatestResultTask<Counted>::Overtaken::Deliver);
        auto request = [&](int revision, bool block) {
            task.request(revision, [&events, gate, revision, block] {
                events << QStringLiteral("prepare %1").arg(revision);
                return [gate, revision, block] {
                    if (block) {
                        gate->started.release();
                        gate->go.acquire();
                    }
                    return Counted(revision);
                };
            });
        };
        request(1, true);
        QVERIFY(gate->started.tryAcquire(1, 5000));
        request(2, false);
        request(3, false);
        gate->go.release();
        QTRY_COMPARE(events.size(), 4);
        QCOMPARE(events, (QStringList{"prepare 1", "deliver 1 (1)", "prepare 3", "deliver 3 (3)"}));
        QCOMPARE(task.droppedResults(), 0);
        QCOMPARE(task.replacedRequests(), 1);
    }

    void invalidateDropsTheRunningResultAndTheWaitingRequest() {
        for (const auto overtaken : {LatestResultTask<Counted>::Overtaken::Drop,
                                     LatestResultTask<Counted>::Overtaken::Deliver}) {
            auto gate = std::make_shared<Gate>();
            int delivered = 0;
            LatestResultTask<Counted> task([&](int, Counted) { ++delivered; }, overtaken);
            task.run(1, [gate] {
                gate->started.release();
                gate->go.acquire();
                return Counted(1);
            });
            QVERIFY(gate->started.tryAcquire(1, 5000));
            bool waitingRan = false;
            task.run(2, [&waitingRan] {
                waitingRan = true;
                return Counted(2);
            });
            task.invalidate();
            QVERIFY(task.isRunning()); // a thread is not stopped halfway
            gate->go.release();
            QTRY_VERIFY(!task.isBusy());
            QTest::qWait(50);
            QCOMPARE(delivered, 0);
            QVERIFY(!waitingRan);
            QCOMPARE(task.droppedResults(), 1);
            // A request after it is delivered again.
            task.run(3, [] { return Counted(3); });
            QTRY_COMPARE(delivered, 1);
        }
    }

    // However many requests come, from inside `deliver` too, never two jobs at once.
    void neverTwoJobsAtOnce() {
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> running = 0;
        std::atomic<int> most = 0;
        int delivered = 0;
        auto job = [&running, &most] {
            const int now = ++running;
            most = std::max(most.load(), now);
            QThread::msleep(2);
            --running;
            return Counted(0);
        };
        LatestResultTask<Counted> *taskPointer = nullptr;
        LatestResultTask<Counted> task(
            [&](int revision, Counted) {
                ++delivered;
                if (revision < 20)
                    taskPointer->run(revision + 100, job); // asked for from inside deliver
            },
            LatestResultTask<Counted>::Overtaken::Deliver, &pool);
        taskPointer = &task;
        for (int i = 0; i < 20; ++i) {
            task.run(i, job);
            QTest::qWait(1);
        }
        QTRY_VERIFY(!task.isBusy());
        QCOMPARE(most.load(), 1);
        QVERIFY(delivered >= 2);
    }

    // The owner (and the task with it) goes while a job runs: the job finishes alone, its
    // result and its copies are freed, and nothing is delivered to the dead owner.
    void theOwnerMayGoWhileAJobRuns() {
        auto gate = std::make_shared<Gate>();
        auto deliveredAfterDeath = std::make_shared<std::atomic<int>>(0);
        auto copy = std::make_shared<Counted>(5); // what the job holds of the owner's state
        std::weak_ptr<Counted> copyAlive = copy;
        auto *owner = new QObject;
        auto *task = new LatestResultTask<Counted>(
            [deliveredAfterDeath](int, Counted) { ++*deliveredAfterDeath; });
        QObject::connect(owner, &QObject::destroyed, [task] { delete task; });
        task->run(1, [gate, copy = std::move(copy)] {
            gate->started.release();
            gate->go.acquire();
            return Counted(copy->value);
        });
        task->run(2, [] { return Counted(2); }); // waiting: freed with the task
        QVERIFY(gate->started.tryAcquire(1, 5000));
        delete owner;
        QVERIFY(!copyAlive.expired()); // the running job still holds its copy
        gate->go.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QCOMPARE(deliveredAfterDeath->load(), 0);
        QVERIFY(copyAlive.expired());
        QCOMPARE(Counted::alive.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLatestResultTask)
#include "tst_latestresulttask.moc"
