#pragma once

#include "core/common/Status.h"
#include "core/task/TaskContext.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
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

namespace detail {
/** How run() reads a worker's return value: a plain T always succeeds; Expected<U> and Status may fail. */
template <typename T> struct TaskResultTraits
{
    using Value = T;
    static const Value& value(const T& t) { return t; }
    static Status status(const T&) { return Status::ok(); }
};
template <typename U> struct TaskResultTraits<Expected<U>>
{
    using Value = U;
    static const Value& value(const Expected<U>& e) { return e.value(); }
    static Status status(const Expected<U>& e)
    {
        return e.isOk() || !e.status().isOk() ? e.status() : Status::invalid(QStringLiteral("no result"));
    }
};
template <> struct TaskResultTraits<Status>
{
    using Value = Status;
    static const Value& value(const Status& s) { return s; }
    static Status status(const Status& s) { return s; }
};
} // namespace detail

/**
 * The one way the GUI runs core analyses: on the application's QThreadPool (shared by every window, owned by the
 * AppContext), results applied on the GUI thread. One runner per window (or per owner of tasks); only call it from the
 * GUI thread.
 *
 * Keys: each request has a key (for example "load", or ImageDocument::taskKey(AnalysisKind::Glcm)). A new request
 * with a key cancels the previous one with that key, and the older result is dropped even if it finishes later
 * ("newest request wins", by a generation counter).
 *
 * Outcome of a request, exactly one of:
 * - success: onDone(value) on the GUI thread, if the receiver is alive. For work returning Expected<U>, onDone gets
 *   the U; for work returning Status, onDone gets the (ok) Status.
 * - failure: the worker returned a not-ok, not-cancelled Status / Expected, or threw (std::exception, cv::Exception or
 *   anything else): onError(message) when given (and the receiver is alive), otherwise the taskFailed(key, message)
 *   signal, which the main window shows as a message box. A failure never leaves anything busy.
 * - cancelled or superseded: nothing is delivered.
 * taskFinished(key) follows the end of the newest request of a key in every case (busy indicators end there).
 *
 * shutdown() (also run by the destructor) cancels this runner's requests and waits for their workers, never for other
 * runners' work on the shared pool; no callback runs after it.
 */
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    /** pool: the application's pool (AppContext::threadPool()); not owned; must outlive the runner. */
    explicit TaskRunner(QThreadPool* pool, QObject* parent = nullptr);
    ~TaskRunner() override;

    /**
     * Runs work(task) on the pool; see the class comment for what is delivered. onProgress(fraction, message) is
     * optional and arrives on the GUI thread.
     */
    template <typename T>
    void run(const QString& key, std::function<T(TaskContext&)> work, QObject* receiver,
             std::function<void(const typename detail::TaskResultTraits<T>::Value&)> onDone,
             std::function<void(const QString&)> onError = {},
             std::function<void(double, const QString&)> onProgress = {})
    {
        using Traits = detail::TaskResultTraits<T>;
        struct Outcome
        {
            std::shared_ptr<T> value;
            QString error;
        };
        cancelQuietly(key);
        const quint64 generation = ++m_generations[key];
        auto* watcher = new QFutureWatcher<Outcome>(this);
        QPointer<QObject> guard(receiver);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, generation, guard, onDone, onError] {
            m_inFlight.remove(watcher);
            watcher->deleteLater();
            if (m_generations.value(key) != generation) {
                return; // superseded or shut down
            }
            m_active.remove(key);
            const QFuture<Outcome> future = watcher->future();
            if (!future.isCanceled() && future.resultCount() > 0) {
                const Outcome outcome = future.result();
                Status status = outcome.value ? Traits::status(*outcome.value) : Status::invalid(outcome.error);
                if (status.isOk()) {
                    if (guard) {
                        onDone(Traits::value(*outcome.value));
                    }
                } else if (!status.isCancelled()) {
                    reportFailure(key, status.message(), guard, onError);
                }
            }
            emit taskFinished(key);
            emitBusyIfChanged();
        });
        if (onProgress) {
            connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [watcher, onProgress, guard](int value) {
                if (guard) {
                    onProgress(value / 1000.0, watcher->progressText());
                }
            });
        }
        QFuture<Outcome> future = QtConcurrent::run(m_pool, [work](QPromise<Outcome>& promise) {
            if (promise.isCanceled()) {
                return; // cancelled before it started (or run by waitForFinished() during shutdown)
            }
            promise.setProgressRange(0, 1000);
            PromiseTaskContext<Outcome> task(promise);
            Outcome outcome;
            try {
                outcome.value = std::make_shared<T>(work(task));
            } catch (...) {
                outcome.error = describeException(std::current_exception());
            }
            if (!promise.isCanceled()) {
                promise.addResult(std::move(outcome));
            }
        });
        watcher->setFuture(future);
        m_active.insert(key, QFuture<void>(future));
        m_inFlight.insert(watcher, QFuture<void>(future));
        emit taskStarted(key);
        emitBusyIfChanged();
    }

    /** Cancels the running request with key, if any (its result will be dropped; taskFinished follows). */
    void cancel(const QString& key);
    /** Cancels every running request. */
    void cancelAll();
    /** Cancels everything and blocks until every worker of this runner has returned (used on close). */
    void shutdown();
    /** True while a request with key runs (and was not cancelled). */
    bool isRunning(const QString& key) const { return m_active.contains(key); }
    /** True while any request runs. */
    bool isBusy() const { return !m_active.isEmpty(); }
    QThreadPool* pool() const { return m_pool; }

    /** A readable, translated message for an exception thrown by a worker (what() of std / OpenCV exceptions). */
    static QString describeException(std::exception_ptr error);

signals:
    void taskStarted(const QString& key);
    /** The newest request of key ended (done, failed or cancelled). */
    void taskFinished(const QString& key);
    /** A request without onError failed; message is user-readable. */
    void taskFailed(const QString& key, const QString& message);
    /** isBusy() changed. */
    void busyChanged(bool busy);

private:
    void reportFailure(const QString& key, const QString& message, const QPointer<QObject>& receiver,
                       const std::function<void(const QString&)>& onError);
    void emitBusyIfChanged();
    bool cancelQuietly(const QString& key);

    QThreadPool* m_pool = nullptr;
    QHash<QString, quint64> m_generations;
    QHash<QString, QFuture<void>> m_active;
    QHash<QObject*, QFuture<void>> m_inFlight; ///< every started worker until its watcher reports finished
    bool m_wasBusy = false;
};

} // namespace tessera
