#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace OneWindow {

/// Runs `work` on `pool` and hands its result to `done` in `receiver`'s thread; nothing is
/// delivered once `receiver` is gone. The services use it so no screen waits on the disk.
template<typename Work, typename Done> void runInWorker(QThreadPool *pool, QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done = std::move(done)]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace OneWindow
