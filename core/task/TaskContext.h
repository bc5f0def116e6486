#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace tessera {

/**
 * Progress and cancellation for one analysis, shared between the code that runs it and the code that
 * watches it. Knows nothing of widgets or event loops.
 *
 * Analyses call setProgress() (0..1) and poll isCancelled() between rows, tiles or objects, often enough
 * that a cancel takes effect within ~100 ms. A cancelled analysis returns Status::cancelled(), never a
 * partial result dressed as a full one.
 *
 * Thread safety: every member may be called from any thread. Progress is monotonic per context: a call
 * with a smaller fraction than the last one reported is ignored, so parallel workers may report freely.
 */
class TaskContext
{
public:
    /** Called with (fraction 0..1, message); may be called from worker threads. */
    using ProgressCallback = std::function<void(double, const QString&)>;

    TaskContext() = default;
    explicit TaskContext(ProgressCallback callback) : m_callback(std::move(callback)) {}
    virtual ~TaskContext() = default;
    TaskContext(const TaskContext&) = delete;
    TaskContext& operator=(const TaskContext&) = delete;

    /** Reports progress in [0, 1] (clamped). Returns !isCancelled(), so loops can write `if (!task.setProgress(f))`. */
    bool setProgress(double fraction, const QString& message = QString());
    /** True once cancel() was called here or the external source (see isCancelRequested()) says so. */
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed) || isCancelRequested(); }
    /** Requests cancellation; idempotent. */
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    /** Last reported fraction. */
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

protected:
    /** Hook for adapters (for example to a QPromise) whose owner cancels from outside. */
    virtual bool isCancelRequested() const { return false; }

private:
    ProgressCallback m_callback;
    std::atomic<bool> m_cancelled{false};
    std::atomic<double> m_progress{0.0};
    std::mutex m_callbackMutex;
};

/**
 * A view of a parent TaskContext that maps its own 0..1 progress onto [begin, end] of the parent's,
 * for pipelines made of several analyses. Cancellation is the parent's.
 */
class SubTask : public TaskContext
{
public:
    SubTask(TaskContext& parent, double begin, double end);

protected:
    bool isCancelRequested() const override { return m_parent.isCancelled(); }

private:
    TaskContext& m_parent;
};

} // namespace tessera
