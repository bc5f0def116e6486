#include "ui/viewer/DisplayRenderer.h"

#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"

#include <memory>

namespace tessera {

DisplayRenderer::DisplayRenderer(TaskRunner* runner, QObject* parent) : QObject(parent), m_runner(runner)
{
    if (m_runner) {
        connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
            if (key != m_inFlightKey) {
                return;
            }
            m_inFlight = false;
            m_inFlightKey.clear();
            if (m_pending) {
                m_pending = false;
                update();
            }
        });
    }
}

DisplayRenderer::~DisplayRenderer()
{
    if (m_runner && m_inFlight) {
        m_runner->cancel(m_inFlightKey);
    }
}

QString DisplayRenderer::taskKey() const
{
    return QStringLiteral("display@%1").arg(quintptr(m_document.data()), 0, 16);
}

void DisplayRenderer::setDocument(ImageDocument* document)
{
    if (m_document == document && m_hasImage) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    if (m_runner && m_inFlight) {
        m_runner->cancel(m_inFlightKey);
    }
    m_inFlight = false;
    m_pending = false;
    m_inFlightKey.clear();
    m_hasImage = false;
    m_spare = QImage();
    m_document = document;
    if (!m_document) {
        m_image = QImage();
        m_imageState = DisplayState{};
        emit imageReady(m_image);
        return;
    }
    connect(m_document, &ImageDocument::positionChanged, this, &DisplayRenderer::update);
    connect(m_document, &ImageDocument::viewStateChanged, this, &DisplayRenderer::update);
    connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    update();
}

DisplayState DisplayRenderer::currentState() const
{
    QList<ChannelView> views;
    for (int c = 0; c < m_document->channelCount(); ++c) {
        views.append(m_document->channelView(c));
    }
    return makeDisplayState(m_document->image(), m_document->position(), views, m_document->isComposite(),
                            m_document->isInverted());
}

void DisplayRenderer::update()
{
    if (!m_document) {
        return;
    }
    const DisplayState state = currentState();
    if (m_inFlight) {
        m_pending = state != m_inFlightState; // rendered when the running one ends
        return;
    }
    if (m_hasImage && state == m_imageState) {
        return;
    }
    const Image image = m_document->image(); // shares the pixels; immutable
    const qint64 pixels = qint64(image.width()) * image.height();
    QImage reuse = m_spare.isDetached() ? std::move(m_spare) : QImage();
    m_spare = QImage();
    if (!m_runner || (m_syncLimit >= 0 && pixels <= m_syncLimit)) {
        deliver(renderDisplay(image, state, nullptr, std::move(reuse)), state);
        return;
    }
    m_inFlight = true;
    m_inFlightState = state;
    m_inFlightKey = taskKey();
    // The buffer travels in a shared_ptr so that copies of the closure do not share (and so detach) the image.
    auto buffer = std::make_shared<QImage>(std::move(reuse));
    m_runner->run<QImage>(
        m_inFlightKey,
        [image, state, buffer](TaskContext& task) { return renderDisplay(image, state, &task, std::move(*buffer)); },
        this,
        [this, state](const QImage& rendered) {
            if (!rendered.isNull()) {
                deliver(rendered, state);
            }
        });
}

void DisplayRenderer::deliver(const QImage& image, const DisplayState& state)
{
    m_spare = std::move(m_image);
    m_image = image;
    m_imageState = state;
    m_hasImage = true;
    emit imageReady(m_image);
}

} // namespace tessera
