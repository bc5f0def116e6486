#pragma once

#include "core/roi/Roi.h"
#include "ui/document/DocumentTypes.h"
#include "ui/viewer/OverlayLayer.h"

#include <QPainterPath>
#include <QPointer>

namespace tessera {

class ImageDocument;

/**
 * The ROI layer: every ROI of a document outlined in its class colour, optionally with its name; selected ROIs drawn
 * thicker with their handles. Only ROIs whose box meets the visible rectangle are drawn. Repaints on the document's
 * ROI, selection and class signals.
 *
 * The static helpers give tools and hit tests the same geometry the layer draws.
 */
class RoiOverlay : public OverlayLayer
{
    Q_OBJECT

public:
    explicit RoiOverlay(QObject* parent = nullptr);

    /** The document drawn (nullptr = nothing). */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    /** Names next to the outlines: the document's roiNamesShown() (ROI manager "Show names", View menu). */
    bool showNames() const;
    /** Sets the document's roiNamesShown(); the layer repaints on its signal. No-op without a document. */
    void setShowNames(bool show);

    void paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect) override;

    /** Handle size in widget pixels (square side). */
    static constexpr double kHandleSize = 7.0;
    /** The outline of roi in image coordinates (rectangle, ellipse or closed polygon). */
    static QPainterPath roiPath(const Roi& roi);
    /** Handle positions in image coordinates: the 8 box handles (corners and edge midpoints, clockwise from the
     *  top-left) for rectangles and ellipses, the vertices for polygons. */
    static QList<QPointF> handlePositions(const Roi& roi);

private:
    QPointer<ImageDocument> m_document;
};

} // namespace tessera
