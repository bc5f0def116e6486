#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace tessera {

/**
 * Maps image coordinates (pixel (c, r) covers [c, c+1) × [r, r+1)) to widget coordinates of an ImageView and back:
 * widget = image · scale + origin. A value type handed to overlay layers and tools for painting and hit testing.
 */
struct ViewTransform
{
    double scale = 1.0;
    QPointF origin; ///< widget position of image point (0, 0)

    QPointF toWidget(const QPointF& p) const { return p * scale + origin; }
    QRectF toWidget(const QRectF& r) const { return QRectF(toWidget(r.topLeft()), r.size() * scale); }
    QPointF toImage(const QPointF& p) const { return (p - origin) / scale; }
    QRectF toImage(const QRectF& r) const { return QRectF(toImage(r.topLeft()), r.size() / scale); }
    /** The same mapping as a QTransform (image → widget). */
    QTransform transform() const { return QTransform(scale, 0, 0, scale, origin.x(), origin.y()); }
};

} // namespace tessera
