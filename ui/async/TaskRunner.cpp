#include "ui/async/TaskRunner.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TaskRunner)
};
} // namespace

TaskRunner::TaskRunner(QThreadPool* pool, QObject* parent) : QObject(parent), m_pool(pool)
{
    Q_ASSERT(pool);
}

TaskRunner::~TaskRunner()
{
    shutdown();
}

QString TaskRunner::describeException(std::exception_ptr error)
{
    try {
        if (error) {
            std::rethrow_exception(error);
        }
    } catch (const cv::Exception& e) {
        return Tr::tr("Internal error in OpenCV (%1): %2")
            .arg(QString::fromStdString(e.func), QString::fromStdString(e.err));
    } catch (const std::bad_alloc&) {
        return Tr::tr("Not enough memory for this operation.");
    } catch (const std::exception& e) {
        return Tr::tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return Tr::tr("Internal error of an unknown kind.");
    }
    return Tr::tr("Internal error of an unknown kind.");
}

void TaskRunner::reportFailure(const QString& key, const QString& message, const QPointer<QObject>& receiver,
                               const std::function<void(const QString&)>& onError)
{
    if (onError) {
        if (receiver) {
            onError(message);
        }
        return;
    }
    emit taskFailed(key, message);
}

void TaskRunner::emitBusyIfChanged()
{
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

bool TaskRunner::cancelQuietly(const QString& key)
{
    auto it = m_active.find(key);
    if (it == m_active.end()) {
        return false;
    }
    it->cancel();
    m_active.erase(it);
    return true;
}

void TaskRunner::cancel(const QString& key)
{
    if (cancelQuietly(key)) {
        emitBusyIfChanged();
    }
}

void TaskRunner::cancelAll()
{
    for (QFuture<void>& f : m_active) {
        f.cancel();
    }
    m_active.clear();
    emitBusyIfChanged();
}

void TaskRunner::shutdown()
{
    for (auto it = m_generations.begin(); it != m_generations.end(); ++it) {
        ++it.value(); // results still in flight become stale
    }
    cancelAll();
    // Wait only for this runner's workers: the pool is shared with other windows.
    const QList<QFuture<void>> inFlight = m_inFlight.values();
    for (QFuture<void> f : inFlight) {
        f.cancel();
        f.waitForFinished();
    }
}

} // namespace tessera
