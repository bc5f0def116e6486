#pragma once

#include "core/task/TaskContext.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace tessera {

/** A TaskContext whose cancellation and progress are those of a QPromise (progress range 0..1000). */
template <typename T> class PromiseTaskContext : public TaskContext
{
public:
    explicit PromiseTaskContext(QPromise<T>& promise)
        : TaskContext([&promise](double f, const QString& message) {
              promise.setProgressValueAndText(int(f * 1000.0), message);
          }),
          m_promise(promise)
    {}

protected:
    bool isCancelRequested() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
};

/**
 * The one way the GUI runs core analyses: on the application's own QThreadPool, result applied on the GUI thread.
 *
 * Each request has a key (for example "load" or "histogram"). A new request with a key cancels the previous one with
 * that key and the older result is dropped even if it finishes later ("newest request wins", by a generation counter).
 * Progress is delivered on the GUI thread. The destructor cancels everything and waits for the workers, so no
 * callback ever runs after the runner (and the receivers that own it) are gone.
 *
 * Only call from the GUI thread.
 */
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    /**
     * Runs work(task) on the pool. When it finishes uncancelled and is still the newest request for key, onDone(result)
     * is called on the GUI thread while receiver is alive. onProgress(fraction, message) is optional.
     */
    template <typename T>
    void run(const QString& key, std::function<T(TaskContext&)> work, QObject* receiver,
             std::function<void(const T&)> onDone, std::function<void(double, const QString&)> onProgress = {})
    {
        cancel(key);
        const quint64 generation = ++m_generations[key];
        auto* watcher = new QFutureWatcher<T>(this);
        QPointer<QObject> guard(receiver);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, generation, guard, onDone] {
            const bool current = m_generations.value(key) == generation;
            if (current) {
                m_active.remove(key);
            }
            const QFuture<T> future = watcher->future();
            if (current && guard && !future.isCanceled() && future.resultCount() > 0) {
                onDone(future.result());
            }
            watcher->deleteLater();
            emit taskFinished(key);
        });
        if (onProgress) {
            connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [watcher, onProgress, guard](int value) {
                if (guard) {
                    onProgress(value / 1000.0, watcher->progressText());
                }
            });
        }
        QFuture<T> future = QtConcurrent::run(&m_pool, [work](QPromise<T>& promise) {
            promise.setProgressRange(0, 1000);
            PromiseTaskContext<T> task(promise);
            T result = work(task);
            if (!promise.isCanceled()) {
                promise.addResult(std::move(result));
            }
        });
        watcher->setFuture(future);
        m_active.insert(key, QFuture<void>(future));
        emit taskStarted(key);
    }

    /** Cancels the running request with key, if any (its result will be dropped). */
    void cancel(const QString& key);
    /** Cancels every running request. */
    void cancelAll();
    /** Cancels everything and blocks until every worker has returned (used on close). */
    void shutdown();
    /** True while a request with key runs. */
    bool isRunning(const QString& key) const { return m_active.contains(key); }
    QThreadPool* pool() { return &m_pool; }

signals:
    void taskStarted(const QString& key);
    void taskFinished(const QString& key);

private:
    QThreadPool m_pool;
    QHash<QString, quint64> m_generations;
    QHash<QString, QFuture<void>> m_active;
};

} // namespace tessera
