#pragma once

#include "core/segmentation/LabelOutlines.h"
#include "ui/viewer/OverlayLayer.h"

#include <QColor>
#include <QPointer>

#include <memory>
#include <vector>

namespace tessera {

class ImageDocument;
class TaskRunner;

/**
 * The objects layer of the viewer (OverlayZ::Labels), drawn from the document's label layer alone: every object's
 * outline (its pixel-edge outline, the same polygon "Add objects to ROI manager" makes) in the layer colour, selected
 * objects (ImageDocument::selectedObjects()) with a thicker outline and a translucent fill, and optionally the object
 * numbers at the centroids. Numbers keep their screen size at every zoom and are left out for objects too small on
 * screen to hold them. Drawn only while the current plane is the layer's slice and frame.
 *
 * The outlines are traced once per label generation (objectOutlines()): on the GUI thread for planes up to 1 Mpixel,
 * on the runner otherwise (the layer draws nothing until they arrive, then emits outlinesReady()). Painting touches
 * only the objects whose box meets the visible rectangle.
 *
 * Colour and numbers are view settings of the window (not document data). Object name: "labelOverlay".
 */
class LabelOverlay : public OverlayLayer
{
    Q_OBJECT

public:
    explicit LabelOverlay(TaskRunner* runner, QObject* parent = nullptr);

    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    QColor color() const { return m_color; }
    void setColor(const QColor& color);
    bool showNumbers() const { return m_showNumbers; }
    void setShowNumbers(bool show);

    /** True when outlines() belong to the document's current label layer. */
    bool isReady() const;
    /** The traced outlines (of the label generation outlinesGeneration()), ascending by label. */
    const std::vector<ObjectOutline>& outlines() const { return *m_outlines; }
    quint64 outlinesGeneration() const { return m_generation; }

    void paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect) override;

    /** Statistics of the last paint() (for tests): objects outlined and numbers drawn. */
    int lastOutlinesDrawn() const { return m_lastOutlines; }
    int lastNumbersDrawn() const { return m_lastNumbers; }

    /** Planes up to this many pixels are traced on the GUI thread. */
    static constexpr qint64 kSyncPixels = 1024 * 1024;

signals:
    /** Outlines for the current label layer are available (isReady()). */
    void outlinesReady();

private:
    void rebuild();
    bool planeMatches() const;

    QPointer<TaskRunner> m_runner;
    QPointer<ImageDocument> m_document;
    QColor m_color = QColor(255, 255, 0);
    bool m_showNumbers = true;
    std::shared_ptr<const std::vector<ObjectOutline>> m_outlines;
    quint64 m_generation = 0;
    bool m_hasOutlines = false;
    int m_lastOutlines = 0;
    int m_lastNumbers = 0;
};

} // namespace tessera
