#include "core/roi/Roi.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Roi)
};

/** ImageJ's PolygonFiller shifts every edge crossing right by this much so exact ties round the same way. */
constexpr double kEdgeNudge = 1e-8;
} // namespace

QString roiShapeName(RoiShape shape)
{
    switch (shape) {
    case RoiShape::Rectangle:
        return QStringLiteral("rect");
    case RoiShape::Ellipse:
        return QStringLiteral("ellipse");
    case RoiShape::Polygon:
        return QStringLiteral("polygon");
    case RoiShape::Line:
        return QStringLiteral("line");
    case RoiShape::Points:
        return QStringLiteral("points");
    }
    return {};
}

Roi Roi::rectangle(const QString& name, double x, double y, double w, double h)
{
    Roi r;
    r.name = name;
    r.shape = RoiShape::Rectangle;
    r.bounds = QRectF(x, y, w, h);
    return r;
}

Roi Roi::ellipse(const QString& name, double x, double y, double w, double h)
{
    Roi r = rectangle(name, x, y, w, h);
    r.shape = RoiShape::Ellipse;
    return r;
}

Roi Roi::polygon(const QString& name, std::vector<QPointF> vertices)
{
    Roi r;
    r.name = name;
    r.shape = RoiShape::Polygon;
    r.vertices = std::move(vertices);
    r.bounds = r.boundingRect();
    return r;
}

Roi Roi::line(const QString& name, std::vector<QPointF> vertices)
{
    Roi r = polygon(name, std::move(vertices));
    r.shape = RoiShape::Line;
    return r;
}

Roi Roi::points(const QString& name, std::vector<QPointF> vertices)
{
    Roi r = polygon(name, std::move(vertices));
    r.shape = RoiShape::Points;
    return r;
}

QRectF Roi::boundingRect() const
{
    if (!hasVertices()) {
        return bounds;
    }
    if (vertices.empty()) {
        return {};
    }
    double x0 = vertices.front().x(), x1 = x0, y0 = vertices.front().y(), y1 = y0;
    for (const QPointF& p : vertices) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(x0, y0, x1 - x0, y1 - y0);
}

bool Roi::operator==(const Roi& o) const
{
    return name == o.name && className == o.className && shape == o.shape && bounds == o.bounds &&
           vertices == o.vertices && outline == o.outline && color == o.color && channel == o.channel &&
           slice == o.slice && frame == o.frame && stackPosition == o.stackPosition;
}

int RoiMask::pixelCount() const
{
    return mask.empty() ? 0 : cv::countNonZero(mask);
}

RoiMask RoiMask::whole(cv::Size imageSize)
{
    RoiMask m;
    m.box = cv::Rect(0, 0, imageSize.width, imageSize.height);
    m.mask = cv::Mat1b(imageSize, uchar(255));
    return m;
}

RoiMask RoiMask::fromLabel(const cv::Mat& labels, int label)
{
    CV_Assert(labels.type() == CV_32SC1);
    const cv::Mat1b eq = labels == label;
    RoiMask m;
    m.box = cv::boundingRect(eq);
    if (!m.box.empty()) {
        m.mask = eq(m.box).clone();
    }
    return m;
}

Expected<RoiMask> rasterize(const Roi& roi, cv::Size imageSize)
{
    if (!roi.hasArea()) {
        return Status::invalid(Tr::tr("ROI \"%1\" is a line or points and has no area.").arg(roi.name));
    }
    const QRectF b = roi.boundingRect();
    if (!(b.width() > 0 && b.height() > 0) || !std::isfinite(b.x()) || !std::isfinite(b.y()) ||
        !std::isfinite(b.width()) || !std::isfinite(b.height())) {
        return Status::invalid(Tr::tr("ROI \"%1\" has no area.").arg(roi.name));
    }
    // Pixels whose centres can lie inside: c from ceil(x0 - 0.5) to floor(x1 - 0.5) (exclusive of the far edge). A
    // polygon's centres on its left / top edge are outside and on its right / bottom edge inside (see below).
    const bool polygon = roi.shape == RoiShape::Polygon;
    const auto first = [polygon](double v) { return polygon ? std::floor(v + 0.5 + kEdgeNudge) : std::ceil(v - 0.5); };
    const double fx0 = first(b.left()), fx1 = first(b.right());
    const double fy0 = polygon ? std::floor(b.top() + 0.5) : std::ceil(b.top() - 0.5);
    const double fy1 = polygon ? std::floor(b.bottom() + 0.5) : std::ceil(b.bottom() - 0.5);
    const double cx0 = std::max(0.0, fx0), cx1 = std::min(double(imageSize.width), fx1);
    const double cy0 = std::max(0.0, fy0), cy1 = std::min(double(imageSize.height), fy1);
    if (cx1 <= cx0 || cy1 <= cy0) {
        return Status::invalid(Tr::tr("ROI \"%1\" lies outside the %2×%3 image.")
                                   .arg(roi.name)
                                   .arg(imageSize.width)
                                   .arg(imageSize.height));
    }
    RoiMask m;
    m.box = cv::Rect(int(cx0), int(cy0), int(cx1 - cx0), int(cy1 - cy0));
    m.clipped = cx0 > fx0 || cy0 > fy0 || cx1 < fx1 || cy1 < fy1;
    m.mask = cv::Mat1b(m.box.size(), uchar(0));
    switch (roi.shape) {
    case RoiShape::Rectangle:
        m.mask.setTo(255);
        break;
    case RoiShape::Ellipse: {
        const double a = b.width() / 2, bb = b.height() / 2;
        const double ex = b.left() + a, ey = b.top() + bb;
        for (int r = 0; r < m.box.height; ++r) {
            const double dy = (m.box.y + r + 0.5 - ey) / bb;
            uchar* row = m.mask.ptr<uchar>(r);
            for (int c = 0; c < m.box.width; ++c) {
                const double dx = (m.box.x + c + 0.5 - ex) / a;
                row[c] = dx * dx + dy * dy <= 1.0 ? 255 : 0;
            }
        }
        break;
    }
    case RoiShape::Line:
    case RoiShape::Points:
        break; // refused above
    case RoiShape::Polygon: {
        // Even-odd rule on pixel centres, with ImageJ's PolygonFiller conventions (so areas equal ImageJ's): an edge
        // from y1 to y2 crosses the rows round(y1) ≤ r < round(y2); it crosses row r at x(r + 0.5) + 1e-8, and the
        // pixels from round(left crossing) up to round(right crossing) (exclusive) are inside. A centre exactly on
        // a left or top edge is thus outside, one on a right or bottom edge inside.
        const auto& v = roi.vertices;
        const size_t n = v.size();
        std::vector<double> xs;
        for (int r = 0; r < m.box.height; ++r) {
            const double row0 = m.box.y + r;
            xs.clear();
            for (size_t i = 0, j = n - 1; i < n; j = i++) {
                QPointF a = v[j], c = v[i];
                if (a.y() > c.y()) {
                    std::swap(a, c);
                }
                const double r1 = std::floor(a.y() + 0.5), r2 = std::floor(c.y() + 0.5);
                if (r1 <= row0 && row0 < r2) {
                    xs.push_back(a.x() + (row0 + 0.5 - a.y()) * (c.x() - a.x()) / (c.y() - a.y()) + kEdgeNudge);
                }
            }
            std::sort(xs.begin(), xs.end());
            uchar* row = m.mask.ptr<uchar>(r);
            for (size_t k = 0; k + 1 < xs.size(); k += 2) {
                const int c0 = std::max(0, int(std::floor(xs[k] + 0.5)) - m.box.x);
                const int c1 = std::min(m.box.width, int(std::floor(xs[k + 1] + 0.5)) - m.box.x);
                for (int c = c0; c < c1; ++c) {
                    row[c] = 255;
                }
            }
        }
        break;
    }
    }
    if (cv::countNonZero(m.mask) == 0) {
        return Status::invalid(Tr::tr("ROI \"%1\" contains no pixel.").arg(roi.name));
    }
    return m;
}

} // namespace tessera
