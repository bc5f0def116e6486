#include "core/task/TaskContext.h"

#include <algorithm>

namespace tessera {

bool TaskContext::setProgress(double fraction, const QString& message)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    double previous = m_progress.load(std::memory_order_relaxed);
    bool advanced = false;
    while (fraction > previous) {
        if (m_progress.compare_exchange_weak(previous, fraction, std::memory_order_relaxed)) {
            advanced = true;
            break;
        }
    }
    if ((advanced || !message.isEmpty()) && m_callback) {
        std::lock_guard<std::mutex> lock(m_callbackMutex);
        m_callback(m_progress.load(std::memory_order_relaxed), message);
    }
    return !isCancelled();
}

SubTask::SubTask(TaskContext& parent, double begin, double end)
    : TaskContext([&parent, begin, end](double f, const QString& message) {
          parent.setProgress(begin + (end - begin) * f, message);
      }),
      m_parent(parent)
{}

} // namespace tessera
