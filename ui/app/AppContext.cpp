#include "ui/app/AppContext.h"

#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"

#include <QThread>

namespace tessera {

AppContext::AppContext(int maxThreads, QObject* parent) : QObject(parent), m_loader(&AppContext::readImage)
{
    m_pool.setObjectName(QStringLiteral("TesseraWorkers"));
    m_pool.setMaxThreadCount(maxThreads > 0 ? maxThreads : QThread::idealThreadCount());
}

AppContext::~AppContext()
{
    m_pool.waitForDone();
}

void AppContext::setImageLoader(ImageLoader loader)
{
    m_loader = loader ? std::move(loader) : ImageLoader(&AppContext::readImage);
}

Expected<Image> AppContext::readImage(const QString& path, TaskContext& task, QStringList* warnings)
{
    ImageReader reader;
    Expected<Image> image = reader.read(path, &task);
    if (warnings) {
        *warnings = reader.warnings();
    }
    return image;
}

} // namespace tessera
