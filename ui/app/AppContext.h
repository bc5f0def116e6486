#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <functional>

namespace tessera {

class TaskContext;

/**
 * What the windows of one application share, created once in main() (and in tests) and passed to every window:
 * the one worker pool for all analyses (TaskRunner takes it) and the image loader. Not a global: two contexts may
 * coexist (tests do). Must outlive every window that uses it; its destructor waits for the pool.
 */
class AppContext : public QObject
{
    Q_OBJECT

public:
    /** Reads one image file on a worker thread; may append warnings. Thread-safe. */
    using ImageLoader = std::function<Expected<Image>(const QString& path, TaskContext& task, QStringList* warnings)>;

    /** maxThreads ≤ 0: QThread::idealThreadCount(). */
    explicit AppContext(int maxThreads = 0, QObject* parent = nullptr);
    ~AppContext() override;

    QThreadPool* threadPool() { return &m_pool; }

    /** The loader windows use to open files: core's ImageReader unless replaced (tests inject slow or failing ones). */
    const ImageLoader& imageLoader() const { return m_loader; }
    void setImageLoader(ImageLoader loader);
    /** ImageReader-based loader (the default). */
    static Expected<Image> readImage(const QString& path, TaskContext& task, QStringList* warnings);

private:
    QThreadPool m_pool;
    ImageLoader m_loader;
};

} // namespace tessera
