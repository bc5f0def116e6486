#include "ui/async/TaskRunner.h"

namespace tessera {

TaskRunner::TaskRunner(QObject* parent) : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("TesseraWorkers"));
}

TaskRunner::~TaskRunner()
{
    shutdown();
}

void TaskRunner::cancel(const QString& key)
{
    auto it = m_active.find(key);
    if (it != m_active.end()) {
        it->cancel();
        m_active.erase(it);
    }
}

void TaskRunner::cancelAll()
{
    for (QFuture<void>& f : m_active) {
        f.cancel();
    }
    m_active.clear();
}

void TaskRunner::shutdown()
{
    for (auto it = m_generations.begin(); it != m_generations.end(); ++it) {
        ++it.value(); // results still in flight become stale
    }
    cancelAll();
    m_pool.waitForDone();
}

} // namespace tessera
