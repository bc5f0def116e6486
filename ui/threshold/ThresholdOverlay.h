#pragma once

#include "ui/threshold/ThresholdSettings.h"
#include "ui/viewer/OverlayLayer.h"

#include <QImage>
#include <QPointer>
#include <QRect>

namespace tessera {

class ImageDocument;

/**
 * The threshold layer of the viewer (OverlayZ::ThresholdMask), drawn from the document alone:
 * - the applied mask layer (ImageDocument::maskLayer()) right after Apply (or undo/redo of it), until the threshold
 *   settings change again;
 * - otherwise, when ThresholdSettings::preview is on, the preview of the settings (AnalysisKind::Threshold): global
 * mode colours the pixels within [lower, upper]; local mode shows the document's LocalThresholdPreview result of the
 * current plane. Pixels are drawn in the settings' colour at ThresholdMaskRenderer::alpha(). Only the visible part of
 * the image is computed (through a value → colour lookup table), and the last region is cached, so a slider step costs
 * one pass over the visible pixels (BenchThresholdPreview).
 *
 * Object name: "thresholdOverlay". Connect setDocument() to the window's document.
 */
class ThresholdOverlay : public OverlayLayer
{
    Q_OBJECT

public:
    explicit ThresholdOverlay(QObject* parent = nullptr);

    void paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect) override;

    /** True when the applied mask layer is what the layer draws (else the preview, or nothing). */
    bool showsAppliedMask() const;
    /** Foreground pixels of what the layer draws, over the whole plane (0 when it draws nothing). */
    qint64 foregroundPixelCount();
    /** What the layer draws over region (image coordinates), ARGB32 premultiplied; null when nothing. */
    QImage renderRegion(const QRect& region);

public slots:
    void setDocument(tessera::ImageDocument* document);

private:
    /** Points the renderer at what to draw now; false when nothing. */
    bool prepare();
    void invalidate();

    QPointer<ImageDocument> m_document;
    bool m_showApplied = false;
    ThresholdMaskRenderer m_renderer;
    QImage m_cache;
    QRect m_cacheRegion;
    bool m_cacheValid = false;
};

} // namespace tessera
