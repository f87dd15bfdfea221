// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace wc {

// Runs `function` on the global thread pool; its result arrives in the future (watch it with a
// QFutureWatcher, whose owner may go before the task ends: the task holds only what it was
// given). QtCore only, no QtConcurrent.
template <typename T, typename Function> QFuture<T> runInBackground(Function function) {
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, function = std::move(function)]() mutable {
        promise->addResult(function());
        promise->finish();
    });
    return future;
}

} // namespace wc
