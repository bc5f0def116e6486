#include "core/measure/RegionOutline.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace tessera {

std::vector<cv::Point> traceOutline(const cv::Mat1b& padded, cv::Point first)
{
    auto inside = [&padded](int x, int y) { return padded(y + 1, x + 1) != 0; };
    static const int stepX[4] = {1, 0, -1, 0};
    static const int stepY[4] = {0, 1, 0, -1};
    std::vector<cv::Point> vertices;
    const cv::Point start = first;
    cv::Point v = start;
    int d = 0; // heading +x along the top edge of the first pixel, region on the right
    vertices.push_back(start);
    const size_t limit = size_t(4) * size_t(padded.rows) * size_t(padded.cols) + 8;
    for (size_t guard = 0; guard < limit; ++guard) {
        v.x += stepX[d];
        v.y += stepY[d];
        bool frontLeft = false;
        bool frontRight = false;
        switch (d) {
        case 0:
            frontLeft = inside(v.x, v.y - 1);
            frontRight = inside(v.x, v.y);
            break;
        case 1:
            frontLeft = inside(v.x, v.y);
            frontRight = inside(v.x - 1, v.y);
            break;
        case 2:
            frontLeft = inside(v.x - 1, v.y);
            frontRight = inside(v.x - 1, v.y - 1);
            break;
        default:
            frontLeft = inside(v.x - 1, v.y - 1);
            frontRight = inside(v.x, v.y - 1);
            break;
        }
        // 8-connected region: a diagonal neighbour in front-left belongs to the region, so turn towards it.
        const int nd = frontLeft ? (d + 3) % 4 : (frontRight ? d : (d + 1) % 4);
        if (v == start) {
            break;
        }
        if (nd != d) {
            vertices.push_back(v);
        }
        d = nd;
    }
    // vertices[0] is the top-left corner of the top run and vertices[1] its top-right corner (the top edge is
    // straight). ImageJ's Wand starts below that corner, going down, so its polygon is this one rotated by two.
    if (vertices.size() > 2) {
        std::rotate(vertices.begin(), vertices.begin() + 2, vertices.end());
    }
    return vertices;
}

double tracedPerimeter(const std::vector<cv::Point>& p, double pw, double ph)
{
    const int n = int(p.size());
    if (n < 4) {
        return 0.0;
    }
    long sumdx = 0;
    long sumdy = 0;
    int nCorners = 0;
    int dx1 = p[0].x - p[size_t(n - 1)].x;
    int dy1 = p[0].y - p[size_t(n - 1)].y;
    int side1 = std::abs(dx1) + std::abs(dy1);
    bool corner = false;
    for (int i = 0; i < n; ++i) {
        const int next = (i + 1) % n;
        const int dx2 = p[size_t(next)].x - p[size_t(i)].x;
        const int dy2 = p[size_t(next)].y - p[size_t(i)].y;
        sumdx += std::abs(dx1);
        sumdy += std::abs(dy1);
        const int side2 = std::abs(dx2) + std::abs(dy2);
        if (side1 > 1 || !corner) {
            corner = true;
            ++nCorners;
        } else {
            corner = false;
        }
        dx1 = dx2;
        dy1 = dy2;
        side1 = side2;
    }
    return double(sumdx) * pw + double(sumdy) * ph - nCorners * (pw + ph - std::sqrt(pw * pw + ph * ph));
}

namespace {
long long cross(cv::Point o, cv::Point a, cv::Point b)
{
    return (long long)(a.x - o.x) * (b.y - o.y) - (long long)(a.y - o.y) * (b.x - o.x);
}
} // namespace

std::vector<cv::Point> convexHullImageJOrder(std::vector<cv::Point> points)
{
    std::sort(points.begin(), points.end(),
              [](cv::Point a, cv::Point b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3) {
        return points;
    }
    // Andrew's monotone chain; popping on cross <= 0 drops collinear points.
    std::vector<cv::Point> hull(2 * points.size());
    size_t k = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0) {
            --k;
        }
        hull[k++] = points[i];
    }
    for (size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0) {
            --k;
        }
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    // Counter-clockwise on screen (y down) has a negative shoelace sum.
    long long twiceArea = 0;
    for (size_t i = 0; i < hull.size(); ++i) {
        const cv::Point a = hull[i];
        const cv::Point b = hull[(i + 1) % hull.size()];
        twiceArea += (long long)a.x * b.y - (long long)b.x * a.y;
    }
    if (twiceArea > 0) {
        std::reverse(hull.begin(), hull.end());
    }
    const auto top = std::min_element(hull.begin(), hull.end(),
                                      [](cv::Point a, cv::Point b) { return a.y < b.y || (a.y == b.y && a.x < b.x); });
    std::rotate(hull.begin(), top, hull.end());
    return hull;
}

FeretValues feretValues(const std::vector<cv::Point>& hull, double pw, double ph)
{
    FeretValues f;
    if (hull.empty()) {
        return f;
    }
    size_t p1 = 0, p2 = 0;
    double best = 0.0;
    for (size_t i = 0; i < hull.size(); ++i) {
        for (size_t j = i + 1; j < hull.size(); ++j) {
            const double dx = double(hull[i].x - hull[j].x) * pw;
            const double dy = double(hull[i].y - hull[j].y) * ph;
            const double d2 = dx * dx + dy * dy;
            if (d2 > best) {
                best = d2;
                p1 = i;
                p2 = j;
            }
        }
    }
    if (hull[p1].x > hull[p2].x) {
        std::swap(p1, p2);
    }
    const cv::Point a = hull[p1];
    const cv::Point b = hull[p2];
    f.feret = std::sqrt(best);
    f.angle = (180.0 / 3.14159265358979323846) * std::atan2(double(a.y - b.y) * ph, double(b.x - a.x) * pw);
    if (f.angle < 0.0) {
        f.angle += 180.0;
    }
    f.start = a;
    double minWidth = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < hull.size(); ++i) {
        const cv::Point2d e0(hull[i].x * pw, hull[i].y * ph);
        const cv::Point2d e1(hull[(i + 1) % hull.size()].x * pw, hull[(i + 1) % hull.size()].y * ph);
        const double len = std::hypot(e1.x - e0.x, e1.y - e0.y);
        if (len <= 0) {
            continue;
        }
        double widest = 0;
        for (const cv::Point& c : hull) {
            const cv::Point2d q(c.x * pw, c.y * ph);
            widest = std::max(widest, std::abs((e1.x - e0.x) * (q.y - e0.y) - (e1.y - e0.y) * (q.x - e0.x)) / len);
        }
        minWidth = std::min(minWidth, widest);
    }
    f.minFeret = std::isfinite(minWidth) ? minWidth : 0.0;
    return f;
}

} // namespace tessera
