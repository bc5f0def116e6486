#include "core/segmentation/LabelEditing.h"

#include "core/roi/Roi.h"
#include "core/task/TaskContext.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace tessera {
namespace {

Status checkLabels(const LabelImage& input)
{
    if (input.labels.empty() || input.labels.type() != CV_32SC1) {
        return Status::invalid(LabelEditing::tr("There are no objects to edit."));
    }
    return Status::ok();
}

/** The distinct labels of `labels`, each checked to be in use. */
Expected<std::vector<int>> checkInUse(const cv::Mat& image, const std::vector<int>& labels)
{
    const std::vector<int> used = labelsInUse(image);
    std::set<int> distinct(labels.begin(), labels.end());
    for (int l : distinct) {
        if (!std::binary_search(used.begin(), used.end(), l)) {
            return Status::invalid(LabelEditing::tr("There is no object %1.").arg(l));
        }
    }
    return std::vector<int>(distinct.begin(), distinct.end());
}

LabelImage withCount(cv::Mat labels)
{
    LabelImage out;
    out.count = largestLabel(labels);
    out.labels = std::move(labels);
    return out;
}

/** Calls visit(x, y) for every pixel square the segment a→b passes through (both pixels at an exact corner). */
template <typename F> void traverseSegment(const cv::Point2d& a, const cv::Point2d& b, F&& visit)
{
    int x = int(std::floor(a.x));
    int y = int(std::floor(a.y));
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const int stepX = dx > 0 ? 1 : (dx < 0 ? -1 : 0);
    const int stepY = dy > 0 ? 1 : (dy < 0 ? -1 : 0);
    constexpr double inf = std::numeric_limits<double>::infinity();
    double tMaxX = stepX > 0 ? (x + 1 - a.x) / dx : (stepX < 0 ? (a.x - x) / -dx : inf);
    double tMaxY = stepY > 0 ? (y + 1 - a.y) / dy : (stepY < 0 ? (a.y - y) / -dy : inf);
    const double tDeltaX = stepX != 0 ? 1.0 / std::abs(dx) : inf;
    const double tDeltaY = stepY != 0 ? 1.0 / std::abs(dy) : inf;
    visit(x, y);
    constexpr double eps = 1e-12;
    while (std::min(tMaxX, tMaxY) < 1.0 - eps) {
        if (std::abs(tMaxX - tMaxY) <= eps) {
            // Through a corner: the two pixels beside it, then the diagonal one.
            visit(x + stepX, y);
            visit(x, y + stepY);
            x += stepX;
            y += stepY;
            tMaxX += tDeltaX;
            tMaxY += tDeltaY;
        } else if (tMaxX < tMaxY) {
            x += stepX;
            tMaxX += tDeltaX;
        } else {
            y += stepY;
            tMaxY += tDeltaY;
        }
        visit(x, y);
    }
}

double distanceToSegment(const cv::Point2d& p, const cv::Point2d& a, const cv::Point2d& b)
{
    const cv::Point2d ab = b - a;
    const double len2 = ab.dot(ab);
    double t = len2 > 0 ? (p - a).dot(ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const cv::Point2d d = p - (a + t * ab);
    return std::sqrt(d.dot(d));
}

/** The cut of a polyline as a CV_8U mask of size (255 = cut). */
cv::Mat1b cutMask(cv::Size size, const std::vector<cv::Point2d>& polyline, double width)
{
    cv::Mat1b cut(size, uchar(0));
    const cv::Rect image(0, 0, size.width, size.height);
    auto mark = [&](int x, int y) {
        if (image.contains(cv::Point(x, y))) {
            cut(y, x) = 255;
        }
    };
    const double r = std::max(0.0, width) / 2;
    for (size_t i = 0; i + 1 < polyline.size(); ++i) {
        const cv::Point2d a = polyline[i];
        const cv::Point2d b = polyline[i + 1];
        traverseSegment(a, b, mark);
        if (r <= 0) {
            continue;
        }
        const int x0 = std::max(0, int(std::floor(std::min(a.x, b.x) - r - 1)));
        const int x1 = std::min(size.width - 1, int(std::ceil(std::max(a.x, b.x) + r + 1)));
        const int y0 = std::max(0, int(std::floor(std::min(a.y, b.y) - r - 1)));
        const int y1 = std::min(size.height - 1, int(std::ceil(std::max(a.y, b.y) + r + 1)));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                if (distanceToSegment({x + 0.5, y + 0.5}, a, b) <= r) {
                    cut(y, x) = 255;
                }
            }
        }
    }
    if (polyline.size() == 1) {
        traverseSegment(polyline[0], polyline[0], mark);
    }
    return cut;
}

bool finitePoints(const std::vector<cv::Point2d>& points)
{
    return std::all_of(points.begin(), points.end(),
                       [](const cv::Point2d& p) { return std::isfinite(p.x) && std::isfinite(p.y); });
}

} // namespace

std::vector<int> labelsInUse(const cv::Mat& labels)
{
    std::vector<int> out;
    if (labels.empty() || labels.type() != CV_32SC1) {
        return out;
    }
    double maxValue = 0;
    cv::minMaxLoc(labels, nullptr, &maxValue);
    std::vector<bool> seen(size_t(std::max(0.0, maxValue)) + 1, false);
    for (int y = 0; y < labels.rows; ++y) {
        const int* row = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (row[x] > 0) {
                seen[size_t(row[x])] = true;
            }
        }
    }
    for (size_t l = 1; l < seen.size(); ++l) {
        if (seen[l]) {
            out.push_back(int(l));
        }
    }
    return out;
}

int largestLabel(const cv::Mat& labels)
{
    if (labels.empty()) {
        return 0;
    }
    double maxValue = 0;
    cv::minMaxLoc(labels, nullptr, &maxValue);
    return std::max(0, int(maxValue));
}

Expected<LabelImage> deleteObjects(const LabelImage& input, const std::vector<int>& labels)
{
    if (Status s = checkLabels(input); !s.isOk()) {
        return s;
    }
    if (labels.empty()) {
        return Status::invalid(LabelEditing::tr("No object is selected."));
    }
    const Expected<std::vector<int>> distinct = checkInUse(input.labels, labels);
    if (!distinct.isOk()) {
        return distinct.status();
    }
    std::vector<bool> drop(size_t(largestLabel(input.labels)) + 1, false);
    for (int l : distinct.value()) {
        drop[size_t(l)] = true;
    }
    cv::Mat out = input.labels.clone();
    out.forEach<int>([&](int& v, const int*) {
        if (v > 0 && drop[size_t(v)]) {
            v = 0;
        }
    });
    return withCount(out);
}

Expected<LabelImage> mergeObjects(const LabelImage& input, const std::vector<int>& labels)
{
    if (Status s = checkLabels(input); !s.isOk()) {
        return s;
    }
    const Expected<std::vector<int>> distinct = checkInUse(input.labels, labels);
    if (!distinct.isOk()) {
        return distinct.status();
    }
    if (distinct->size() < 2) {
        return Status::invalid(LabelEditing::tr("Select at least two objects to merge."));
    }
    const int target = distinct->front();
    std::vector<bool> merged(size_t(largestLabel(input.labels)) + 1, false);
    for (int l : distinct.value()) {
        merged[size_t(l)] = true;
    }
    const cv::Mat& in = input.labels;
    const int w = in.cols;
    const int h = in.rows;
    auto at = [&](int x, int y) { return (x < 0 || y < 0 || x >= w || y >= h) ? 0 : in.at<int>(y, x); };
    auto isMerged = [&](int l) { return l > 0 && merged[size_t(l)]; };
    // Only the box of the merged objects changes (a separating line pixel lies between two of their pixels).
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; ++y) {
        const int* row = in.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            if (row[x] > 0 && merged[size_t(row[x])]) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = y;
            }
        }
    }
    cv::Mat out = in.clone();
    static constexpr int kOpposite[4][4] = {{-1, 0, 1, 0}, {0, -1, 0, 1}, {-1, -1, 1, 1}, {1, -1, -1, 1}};
    for (int y = y0; y <= y1; ++y) {
        const int* row = in.ptr<int>(y);
        int* o = out.ptr<int>(y);
        for (int x = x0; x <= x1; ++x) {
            const int l = row[x];
            if (l > 0) {
                if (merged[size_t(l)]) {
                    o[x] = target;
                }
                continue;
            }
            bool line = false;
            for (const auto& d : kOpposite) {
                const int a = at(x + d[0], y + d[1]);
                const int b = at(x + d[2], y + d[3]);
                if (isMerged(a) && isMerged(b) && a != b) {
                    line = true;
                    break;
                }
            }
            if (!line) {
                continue;
            }
            bool foreign = false;
            for (int dy = -1; dy <= 1 && !foreign; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int n = at(x + dx, y + dy);
                    if (n > 0 && !merged[size_t(n)]) {
                        foreign = true;
                        break;
                    }
                }
            }
            if (!foreign) {
                o[x] = target;
            }
        }
    }
    return withCount(out);
}

std::vector<std::pair<int, qint64>> objectsUnderCut(const cv::Mat& labels, const std::vector<cv::Point2d>& polyline,
                                                    double width)
{
    std::vector<std::pair<int, qint64>> out;
    if (labels.empty() || labels.type() != CV_32SC1 || polyline.empty() || !finitePoints(polyline)) {
        return out;
    }
    const cv::Mat1b cut = cutMask(labels.size(), polyline, width);
    std::map<int, qint64> counts;
    for (int y = 0; y < labels.rows; ++y) {
        const uchar* c = cut.ptr<uchar>(y);
        const int* l = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (c[x] && l[x] > 0) {
                ++counts[l[x]];
            }
        }
    }
    out.assign(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

Expected<LabelImage> splitObject(const LabelImage& input, int label, const std::vector<cv::Point2d>& polyline,
                                 double width)
{
    if (Status s = checkLabels(input); !s.isOk()) {
        return s;
    }
    const Expected<std::vector<int>> inUse = checkInUse(input.labels, {label});
    if (!inUse.isOk()) {
        return inUse.status();
    }
    if (polyline.size() < 2 || !finitePoints(polyline) || !(width >= 0) || !std::isfinite(width)) {
        return Status::invalid(LabelEditing::tr("Draw a line across the object to split it."));
    }
    const cv::Mat1b object = input.labels == label;
    const cv::Rect box = cv::boundingRect(object);
    const cv::Mat1b cut = cutMask(input.labels.size(), polyline, width);
    cv::Mat1b rest = object(box) & ~cut(box);
    TaskContext task;
    const Expected<LabelImage> pieces = labelComponents(rest, Connectivity::Eight, task);
    if (!pieces.isOk() || pieces->count < 2) {
        return Status::invalid(LabelEditing::tr("The line does not cut object %1 into two or more pieces.").arg(label));
    }
    const int count = largestLabel(input.labels);
    if (qint64(count) + pieces->count - 1 > std::numeric_limits<int>::max()) {
        return Status::tooLarge(LabelEditing::tr("Too many objects."));
    }
    cv::Mat out = input.labels.clone();
    cv::Mat region = out(box);
    for (int y = 0; y < box.height; ++y) {
        int* o = region.ptr<int>(y);
        const int* p = pieces->labels.ptr<int>(y);
        const uchar* obj = object.ptr<uchar>(box.y + y) + box.x;
        for (int x = 0; x < box.width; ++x) {
            if (!obj[x]) {
                continue;
            }
            o[x] = p[x] == 0 ? 0 : (p[x] == 1 ? label : count + p[x] - 1);
        }
    }
    return withCount(out);
}

Expected<LabelImage> addObject(const LabelImage& input, const std::vector<cv::Point2d>& polygon)
{
    if (Status s = checkLabels(input); !s.isOk()) {
        return s;
    }
    if (polygon.size() < 3 || !finitePoints(polygon)) {
        return Status::invalid(LabelEditing::tr("Draw a closed outline around the new object."));
    }
    std::vector<QPointF> vertices;
    vertices.reserve(polygon.size());
    for (const cv::Point2d& p : polygon) {
        vertices.emplace_back(p.x, p.y);
    }
    const Expected<RoiMask> mask = rasterize(Roi::polygon(QString(), std::move(vertices)), input.labels.size());
    if (!mask.isOk()) {
        return Status::invalid(LabelEditing::tr("The outline contains no pixel of the image."));
    }
    const int count = largestLabel(input.labels);
    if (count == std::numeric_limits<int>::max()) {
        return Status::tooLarge(LabelEditing::tr("Too many objects."));
    }
    cv::Mat out = input.labels.clone();
    cv::Mat region = out(mask->box);
    qint64 painted = 0;
    for (int y = 0; y < mask->box.height; ++y) {
        int* o = region.ptr<int>(y);
        const uchar* m = mask->mask.ptr<uchar>(y);
        for (int x = 0; x < mask->box.width; ++x) {
            if (m[x] && o[x] == 0) {
                o[x] = count + 1;
                ++painted;
            }
        }
    }
    if (painted == 0) {
        return Status::invalid(LabelEditing::tr("The outline holds no background pixel: objects cannot overlap."));
    }
    return withCount(out);
}

Expected<LabelImage> relabelObjects(const LabelImage& input)
{
    if (Status s = checkLabels(input); !s.isOk()) {
        return s;
    }
    cv::Mat clipped;
    cv::max(input.labels, 0, clipped);
    return relabelSequential(clipped);
}

} // namespace tessera
