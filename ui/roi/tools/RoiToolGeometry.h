#pragma once

#include "core/roi/Roi.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace tessera {

/**
 * Pure geometry of the ROI tools (no widgets), shared by the tools and their tests. Image coordinates: pixel (c, r)
 * covers [c, c+1) × [r, r+1). Every rule that snaps to whole pixels rounds half up: snap(v) = floor(v + 0.5).
 */
namespace RoiToolGeometry {

/** floor(v + 0.5): the nearest pixel edge, halves rounded up. */
double snap(double v);
QPointF snap(const QPointF& p);

/**
 * The box dragged from a to b, corners snapped to the nearest pixel edges (snap()). square: the longer side is used
 * for both, growing from a in the direction of the drag (Shift = square / circle). May be empty (a click).
 */
QRectF dragBox(const QPointF& a, const QPointF& b, bool square);

/**
 * The fixed-size box centred on the cursor c, snapped to whole pixels: x = snap(c.x − w/2), y = snap(c.y − h/2),
 * size w × h. Clicking the centre of a pixel with w = h = 50 puts that pixel at (25, 25) of the crop.
 */
QRectF fixedBox(const QPointF& c, int w, int h);

/**
 * Box handle i (0 = top-left, clockwise like RoiOverlay::handlePositions(): 1 top, 2 top-right, 3 right,
 * 4 bottom-right, 5 bottom, 6 bottom-left, 7 left) dragged to p: the edges that handle holds move to snap(p), the
 * others stay; the result is normalised (dragging across the opposite edge flips) and at least 1 × 1 pixel.
 */
QRectF resizedBox(const QRectF& box, int handle, const QPointF& p);

/**
 * Ramer–Douglas–Peucker simplification of a closed freehand trace: keeps the points that deviate more than tolerance
 * from the simplified outline, snaps them to whole pixels and drops repeated points. Returns fewer than 3 points when
 * the trace encloses nothing.
 */
std::vector<QPointF> simplifyClosedTrace(const std::vector<QPointF>& points, double tolerance);

} // namespace RoiToolGeometry
} // namespace tessera
