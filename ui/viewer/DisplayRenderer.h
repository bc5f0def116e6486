#pragma once

#include "ui/viewer/PlaneRenderer.h"

#include <QImage>
#include <QObject>
#include <QPointer>

namespace tessera {

class ImageDocument;
class TaskRunner;

/**
 * Keeps the displayed image of one document up to date: listens to the document's plane position and view state
 * (ranges, LUTs, colours, visibility, composite, invert), renders with renderDisplay() and emits imageReady() with a
 * Format_RGB32 image of the whole plane. The viewer only draws it (ImageView::setImage, painting the visible part).
 *
 * Cache: nothing is rendered when the normalised DisplayState (see makeDisplayState()) equals the one of the current
 * image, so e.g. toggling the visibility of a channel in single-channel mode costs nothing.
 *
 * Threads: planes of at most synchronousLimit() pixels (default 1024²) render at once on the GUI thread (a few ms);
 * larger ones on the TaskRunner under the key "display@<document>". While a render runs, further changes are
 * coalesced: when it ends, one new render starts with the newest state, so dragging a contrast slider over a 4096²
 * image shows intermediate results at the render rate and always ends with the final state.
 *
 * Buffers: the image before the current one is kept and reused for the next render once nobody else holds it (the
 * viewer drops it when it gets the next image), so a drag does not allocate a new image per step.
 */
class DisplayRenderer : public QObject
{
    Q_OBJECT

public:
    /** runner: the window's runner (not owned, must outlive this object); nullptr renders everything synchronously. */
    explicit DisplayRenderer(TaskRunner* runner, QObject* parent = nullptr);
    ~DisplayRenderer() override;

    /** Follows document (nullptr: none; the image becomes null). Renders the current state. */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    /** The latest rendered image (null before the first render or without a document). */
    const QImage& image() const { return m_image; }
    /** The state the latest image shows. */
    const DisplayState& imageState() const { return m_imageState; }
    /** True while a background render runs. */
    bool isRendering() const { return m_inFlight; }

    qint64 synchronousLimit() const { return m_syncLimit; }
    /** Planes with at most this many pixels are rendered on the calling (GUI) thread; < 0: never. */
    void setSynchronousLimit(qint64 pixels) { m_syncLimit = pixels; }

    /** Renders the document's current state unless the current image already shows it. */
    void update();

signals:
    /** A new image for the viewer (null when the document was set to nullptr). */
    void imageReady(const QImage& image);

private:
    QString taskKey() const;
    DisplayState currentState() const;
    void deliver(const QImage& image, const DisplayState& state);

    TaskRunner* m_runner = nullptr;
    QPointer<ImageDocument> m_document;
    QImage m_image;
    QImage m_spare; ///< the image before m_image: its buffer is reused once the viewer let go of it
    DisplayState m_imageState;
    bool m_hasImage = false;
    bool m_inFlight = false;
    bool m_pending = false;
    DisplayState m_inFlightState;
    QString m_inFlightKey;
    qint64 m_syncLimit = 1024 * 1024;
};

} // namespace tessera
