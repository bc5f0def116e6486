#include "ui/roi/tools/RoiToolGeometry.h"

#include <algorithm>
#include <cmath>

namespace tessera::RoiToolGeometry {
namespace {

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    if (len2 <= 0.0) {
        return std::hypot(p.x() - a.x(), p.y() - a.y());
    }
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
    const QPointF q = a + t * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

// Marks the points of [first, last] to keep (iterative, so long traces cannot overflow the stack).
void douglasPeucker(const std::vector<QPointF>& pts, size_t first, size_t last, double tolerance,
                    std::vector<bool>& keep)
{
    std::vector<std::pair<size_t, size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1.0;
        size_t at = a;
        for (size_t i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(pts[i], pts[a], pts[b]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (worst > tolerance) {
            keep[at] = true;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
    }
}

} // namespace

double snap(double v)
{
    return std::floor(v + 0.5);
}

QPointF snap(const QPointF& p)
{
    return {snap(p.x()), snap(p.y())};
}

QRectF dragBox(const QPointF& a, const QPointF& b, bool square)
{
    const QPointF p = snap(a);
    QPointF q = snap(b);
    if (square) {
        const double side = std::max(std::abs(q.x() - p.x()), std::abs(q.y() - p.y()));
        q = QPointF(p.x() + (q.x() < p.x() ? -side : side), p.y() + (q.y() < p.y() ? -side : side));
    }
    return QRectF(p, q).normalized();
}

QRectF fixedBox(const QPointF& c, int w, int h)
{
    return QRectF(snap(c.x() - w / 2.0), snap(c.y() - h / 2.0), w, h);
}

QRectF resizedBox(const QRectF& box, int handle, const QPointF& p)
{
    double left = box.left();
    double top = box.top();
    double right = box.right();
    double bottom = box.bottom();
    const QPointF s = snap(p);
    if (handle == 0 || handle == 6 || handle == 7) {
        left = s.x();
    }
    if (handle == 2 || handle == 3 || handle == 4) {
        right = s.x();
    }
    if (handle == 0 || handle == 1 || handle == 2) {
        top = s.y();
    }
    if (handle == 4 || handle == 5 || handle == 6) {
        bottom = s.y();
    }
    QRectF out = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
    if (out.width() < 1.0) {
        out.setWidth(1.0);
    }
    if (out.height() < 1.0) {
        out.setHeight(1.0);
    }
    return out;
}

std::vector<QPointF> simplifyClosedTrace(const std::vector<QPointF>& points, double tolerance)
{
    if (points.size() < 3) {
        return {};
    }
    // Split the closed trace at the point farthest from the start, simplify both halves as open polylines.
    size_t far = 0;
    double farDist = -1.0;
    for (size_t i = 1; i < points.size(); ++i) {
        const double d = std::hypot(points[i].x() - points[0].x(), points[i].y() - points[0].y());
        if (d > farDist) {
            farDist = d;
            far = i;
        }
    }
    std::vector<bool> keep(points.size(), false);
    keep[0] = true;
    keep[far] = true;
    douglasPeucker(points, 0, far, tolerance, keep);
    std::vector<QPointF> closed(points);
    closed.push_back(points[0]);
    std::vector<bool> keepClosed(keep);
    keepClosed.push_back(true);
    douglasPeucker(closed, far, closed.size() - 1, tolerance, keepClosed);

    std::vector<QPointF> out;
    for (size_t i = 0; i < points.size(); ++i) {
        if (keepClosed[i]) {
            const QPointF s = snap(points[i]);
            if (out.empty() || out.back() != s) {
                out.push_back(s);
            }
        }
    }
    while (out.size() > 1 && out.front() == out.back()) {
        out.pop_back();
    }
    return out;
}

} // namespace tessera::RoiToolGeometry
