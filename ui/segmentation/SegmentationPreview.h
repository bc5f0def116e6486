#pragma once

#include "core/segmentation/SegmentationPipeline.h"
#include "ui/viewer/OverlayLayer.h"

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QStringList>

#include <vector>

namespace tessera {

/**
 * The whole-plane intermediate results a preview reuses while only watershed, size or outline parameters change:
 * the pre-processed plane (for params.preprocess) and the foreground mask (the given mask layer, or the threshold of
 * the pre-processed plane). Values (cv::Mat shares its pixels): a worker returns an updated copy, the panel keeps it.
 */
struct SegmentationPreviewCache
{
    cv::Mat plane;     ///< the plane it was made from (kept, so that identity by data pointer is safe)
    cv::Mat maskLayer; ///< the mask layer it was made from (empty: threshold)
    PreprocessChain chain;
    cv::Mat preprocessed;           ///< empty until needed
    SegmentationParams thresholdOf; ///< threshold fields the foreground was made with
    cv::Mat foreground;             ///< CV_8U 255/0, empty until made
    QStringList warnings;           ///< from the threshold (e.g. no threshold found)
};

/** What a preview worker needs; all values. */
struct SegmentationPreviewRequest
{
    cv::Mat plane;     ///< the current plane
    cv::Mat maskLayer; ///< the document's mask layer, or empty to threshold with params
    SegmentationParams params;
    double pixelArea = 1.0; ///< of params.sizeUnit (1 for pixels)
    QRect region;           ///< image pixels to segment (the visible part plus a margin), clipped by the worker
    SegmentationPreviewCache cache;
};

/** A preview: outlines and seeds of the objects in one region of the plane. */
struct SegmentationPreview
{
    QRect region;               ///< image pixels covered
    QImage outlines;            ///< region-sized ARGB32 premultiplied: outline pixels opaque, the rest transparent
    std::vector<QPointF> seeds; ///< image coordinates of the pixel centres of the seeds
    int objects = 0;            ///< objects in the region (cut ones included)
    QStringList warnings;
    SegmentationPreviewCache cache; ///< updated for the next request
};

/** Colour of preview outlines and seeds. */
QColor segmentationPreviewColor();

/**
 * Segments request.region of the plane as SegmentationPipeline::run() would the whole plane (pre-processing and
 * threshold on the whole plane, reused from the cache when they still apply; fill holes, split, refinement and size
 * filter on the region only, so objects cut by the region's border may differ there — the panel adds a margin).
 * excludeEdges removes objects touching the image's border, not the region's. Thread-safe (pure function); polls
 * cancellation.
 */
Expected<SegmentationPreview> computeSegmentationPreview(const SegmentationPreviewRequest& request, TaskContext& task);

/**
 * The viewer layer (OverlayZ::Seeds) that draws a SegmentationPreview: outlines of the objects and a cross on every
 * seed (crosses keep their screen size at every zoom). When the visible part of the image is not covered by the
 * preview it emits regionWanted(visible part) from paint(), so the owner can compute a new one.
 * Object name: "segmentationPreviewOverlay".
 */
class SegmentationPreviewOverlay : public OverlayLayer
{
    Q_OBJECT

public:
    explicit SegmentationPreviewOverlay(QObject* parent = nullptr);

    void paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect) override;

    void setPreview(const SegmentationPreview& preview);
    /** Draws nothing until the next setPreview(). */
    void clear();
    bool hasPreview() const { return m_has; }
    const SegmentationPreview& preview() const { return m_preview; }
    /** The visible image rectangle of the last paint (empty before). */
    QRect lastVisibleRegion() const { return m_lastVisible; }

signals:
    /** The visible part of the image (image pixels) is not (fully) covered by the preview. */
    void regionWanted(const QRect& visible);

private:
    SegmentationPreview m_preview;
    bool m_has = false;
    QRect m_lastVisible;
};

} // namespace tessera
