#include "core/segmentation/OutlineRefinement.h"

#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <numeric>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OutlineRefinement)
};
/** Union-find root with path halving. */
int findRoot(std::vector<int>& parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

/** New label of one band pixel (index into the whole image). */
struct BandPixel
{
    std::int32_t index;
    std::int32_t label;
};

/**
 * Meyer's flood of relief from the marker pixels over the unmarked pixels of floodMask, 4-connected: relief is
 * quantised to kLevels integer levels between 0 and its maximum in the mask (NaN to the last level) and flooded by
 * floodIntegerLevels(). markers is updated in place at the pixels of floodMask.
 */
Status floodBand(const cv::Mat& relief, cv::Mat& markers, const cv::Mat& floodMask, TaskContext& task)
{
    constexpr int kLevels = 4096;
    double maxRelief = 0;
    cv::minMaxLoc(relief, nullptr, &maxRelief, nullptr, nullptr, floodMask);
    // In double: 4095 / a denormal float maximum is still finite, and the level is clamped before the int
    // conversion (a float→int conversion of an out-of-range value is undefined behaviour).
    const double scale = maxRelief > 0 && std::isfinite(maxRelief) ? double(kLevels - 1) / maxRelief : 0.0;
    cv::Mat level(relief.size(), CV_32S);
    for (int y = 0; y < relief.rows; ++y) {
        const float* r = relief.ptr<float>(y);
        int* l = level.ptr<int>(y);
        for (int x = 0; x < relief.cols; ++x) {
            const double q = double(r[x]) * scale;
            l[x] = q >= 0 ? int(std::min(double(kLevels - 1), q)) : (q < 0 ? 0 : kLevels - 1); // NaN: last
        }
    }
    Expected<cv::Mat> flooded = floodIntegerLevels(level, kLevels, markers, floodMask, Connectivity::Four, task);
    if (!flooded.isOk()) {
        return flooded.status();
    }
    flooded.value().copyTo(markers, floodMask);
    return Status::ok();
}

/**
 * Sobel gradient magnitude sqrt(gx² + gy²) (in double) of plane (3×3 kernels as cv::Sobel: gx = [−1 0 1] ⊗ [1 2 1]ᵀ, gy
 * its transpose; BORDER_REPLICATE) at the pixels of box where `where` is non-zero; out is CV_32F of box's size.
 */
template <typename T> void sobelMagnitude(const cv::Mat& plane, const cv::Rect& box, const cv::Mat& where, cv::Mat& out)
{
    const int wAll = plane.cols;
    const int hAll = plane.rows;
    for (int y = 0; y < box.height; ++y) {
        const int yy = box.y + y;
        const T* r0 = plane.ptr<T>(std::max(yy - 1, 0));
        const T* r1 = plane.ptr<T>(yy);
        const T* r2 = plane.ptr<T>(std::min(yy + 1, hAll - 1));
        const uchar* wh = where.ptr<uchar>(y);
        float* o = out.ptr<float>(y);
        for (int x = 0; x < box.width; ++x) {
            if (!wh[x]) {
                continue;
            }
            const int xx = box.x + x;
            const int xl = std::max(xx - 1, 0);
            const int xr = std::min(xx + 1, wAll - 1);
            const float gx = (float(r0[xr]) + 2.0f * float(r1[xr]) + float(r2[xr])) -
                             (float(r0[xl]) + 2.0f * float(r1[xl]) + float(r2[xl]));
            const float gy = (float(r2[xl]) + 2.0f * float(r2[xx]) + float(r2[xr])) -
                             (float(r0[xl]) + 2.0f * float(r0[xx]) + float(r0[xr]));
            o[x] = float(std::sqrt(double(gx) * gx + double(gy) * gy)); // no underflow for tiny float values
        }
    }
}

/**
 * Refines the objects of group g (labels whose groupOf entry is g) inside box of labels and appends the new labels of
 * its band pixels to band. Pixels of other labels in the box are treated as background: by construction they are
 * more than `distance` + 1 pixels away from every member. Reads labels only; writes the hasCore entries of its members
 * (distinct elements per group, so concurrent groups never share one).
 */
Status refineGroup(const cv::Mat& smoothed, const cv::Mat& labels, const std::vector<int>& groupOf, int g,
                   const cv::Rect& box, const cv::Mat& disk, int count, std::vector<char>& hasCore,
                   std::vector<BandPixel>& band, TaskContext& task)
{
    const int w = box.width;
    const int h = box.height;
    const int background = count + 1; // marker label of the background while flooding
    auto member = [&](int v) { return v > 0 && v <= count && groupOf[size_t(v)] == g; };
    // Local labels (members only), interior pixels (a member pixel whose in-image 4-neighbours all have its label)
    // and background.
    cv::Mat local(box.size(), CV_32S);
    for (int y = 0; y < h; ++y) {
        if ((y & 127) == 127 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = labels.ptr<int>(box.y + y) + box.x;
        int* o = local.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            o[x] = member(l[x]) ? l[x] : 0;
        }
    }
    const bool imageTop = box.y == 0;
    const bool imageBottom = box.y + h == labels.rows;
    const bool imageLeft = box.x == 0;
    const bool imageRight = box.x + w == labels.cols;
    cv::Mat interior(box.size(), CV_8U, cv::Scalar(0));
    cv::Mat backgroundMask(box.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < h; ++y) {
        if ((y & 127) == 127 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = local.ptr<int>(y);
        // Outside the box is background (no member there) except outside the image, which copies the pixel.
        const int* up = y > 0 ? local.ptr<int>(y - 1) : nullptr;
        const int* down = y + 1 < h ? local.ptr<int>(y + 1) : nullptr;
        uchar* in = interior.ptr<uchar>(y);
        uchar* bg = backgroundMask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            const int v = l[x];
            if (v == 0) {
                bg[x] = 255;
                continue;
            }
            const int left = x > 0 ? l[x - 1] : (imageLeft ? v : 0);
            const int right = x + 1 < w ? l[x + 1] : (imageRight ? v : 0);
            const int above = up ? up[x] : (imageTop ? v : 0);
            const int below = down ? down[x] : (imageBottom ? v : 0);
            in[x] = (left == v && right == v && above == v && below == v) ? 255 : 0;
        }
    }
    // "Farther than distance from every outline / object pixel" is an erosion by the Euclidean disk of that radius
    // (the offsets with dx² + dy² <= distance²). Outside the image counts as neither outline nor object; outside the
    // box (inside the image) there is no member within reach of a pixel that matters.
    cv::Mat core, farBackground;
    cv::erode(interior, core, disk, cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(255));
    cv::erode(backgroundMask, farBackground, disk, cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(255));
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    // Markers: cores, far background; members without a core keep all their pixels.
    cv::Mat markers(box.size(), CV_32S, cv::Scalar(0));
    for (int y = 0; y < h; ++y) {
        if ((y & 127) == 127 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = local.ptr<int>(y);
        const uchar* c = core.ptr<uchar>(y);
        const uchar* b = farBackground.ptr<uchar>(y);
        int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            const int v = l[x];
            if (v == 0) {
                m[x] = b[x] ? background : 0;
            } else if (c[x]) {
                m[x] = v;
                hasCore[size_t(v)] = 1;
            }
        }
    }
    for (int y = 0; y < h; ++y) {
        if ((y & 127) == 127 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = local.ptr<int>(y);
        int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            if (l[x] != 0 && m[x] == 0 && !hasCore[size_t(l[x])]) {
                m[x] = l[x];
            }
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    // The band to flood (unmarked pixels: 2) plus the marker pixels that touch it (the only ones that can spread: 1).
    cv::Mat floodMask(box.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < h; ++y) {
        if ((y & 127) == 127 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* m = markers.ptr<int>(y);
        const int* up = y > 0 ? markers.ptr<int>(y - 1) : nullptr;
        const int* down = y + 1 < h ? markers.ptr<int>(y + 1) : nullptr;
        uchar* f = floodMask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            if (m[x] == 0) {
                f[x] = 2;
            } else if ((x > 0 && m[x - 1] == 0) || (x + 1 < w && m[x + 1] == 0) || (up && up[x] == 0) ||
                       (down && down[x] == 0)) {
                f[x] = 1;
            }
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    // Relief: Sobel gradient magnitude of the whole plane, evaluated at the flooded pixels only.
    cv::Mat relief(box.size(), CV_32F, cv::Scalar(0));
    switch (smoothed.depth()) {
    case CV_8U:
        sobelMagnitude<uchar>(smoothed, box, floodMask, relief);
        break;
    case CV_16U:
        sobelMagnitude<ushort>(smoothed, box, floodMask, relief);
        break;
    default:
        sobelMagnitude<float>(smoothed, box, floodMask, relief);
        break;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    const Status s = floodBand(relief, markers, floodMask, task);
    if (!s.isOk()) {
        return s;
    }
    for (int y = 0; y < h; ++y) {
        const uchar* f = floodMask.ptr<uchar>(y);
        const int* r = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            if (f[x] == 2) {
                band.push_back({(box.y + y) * labels.cols + box.x + x, r[x] == background ? 0 : r[x]});
            }
        }
    }
    return Status::ok();
}
} // namespace

Expected<LabelImage> refineOutlines(const cv::Mat& smoothed, LabelImage objects, double distance, TaskContext& task)
{
    if (smoothed.empty() || smoothed.channels() != 1 ||
        (smoothed.depth() != CV_8U && smoothed.depth() != CV_16U && smoothed.depth() != CV_32F)) {
        return Status::invalid(Tr::tr("Outline refinement needs an 8-bit, 16-bit or float single-channel image."));
    }
    if (objects.labels.type() != CV_32SC1 || objects.labels.size() != smoothed.size()) {
        return Status::invalid(Tr::tr("Outline refinement needs 32-bit labels of the image's size."));
    }
    const Status sizeOk = checkSegmentationPlaneSize(smoothed.size());
    if (!sizeOk.isOk()) {
        return sizeOk;
    }
    if (!(distance >= 0.5 && distance <= 50)) {
        return Status::invalid(
            Tr::tr("The outline refinement distance must be between 0.5 and 50 pixels (got %1).").arg(distance));
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    if (objects.count <= 0) {
        task.setProgress(1.0);
        return objects;
    }
    if (!objects.labels.isContinuous()) {
        objects.labels = objects.labels.clone();
    }
    const cv::Mat& labels = objects.labels;
    const int count = objects.count;
    const cv::Rect image(0, 0, labels.cols, labels.rows);

    // 1. Bounding box of every label.
    std::vector<int> x0(size_t(count) + 1, INT_MAX), y0(size_t(count) + 1, INT_MAX), x1(size_t(count) + 1, -1),
        y1(size_t(count) + 1, -1);
    for (int y = 0; y < labels.rows; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            const int v = l[x];
            if (v > 0 && v <= count) {
                x0[size_t(v)] = std::min(x0[size_t(v)], x);
                x1[size_t(v)] = std::max(x1[size_t(v)], x);
                y0[size_t(v)] = std::min(y0[size_t(v)], y);
                y1[size_t(v)] = std::max(y1[size_t(v)], y);
            }
        }
    }
    // 2. Groups: objects whose boxes, grown by ceil(distance) + 1, overlap (directly or through others) are refined
    //    together; other objects are then farther than distance + 1 apart and cannot compete for a band pixel.
    const int margin = int(std::ceil(distance)) + 1;
    std::vector<cv::Rect> grownBox(size_t(count) + 1);
    std::vector<int> parent(size_t(count) + 1);
    std::iota(parent.begin(), parent.end(), 0);
    constexpr int kCell = 64;
    const int gw = (labels.cols + kCell - 1) / kCell;
    const int gh = (labels.rows + kCell - 1) / kCell;
    std::vector<std::vector<int>> grid(size_t(gw) * size_t(gh));
    for (int l = 1; l <= count; ++l) {
        if (x1[size_t(l)] < 0) {
            continue; // label not present
        }
        const cv::Rect r = cv::Rect(cv::Point(x0[size_t(l)] - margin, y0[size_t(l)] - margin),
                                    cv::Point(x1[size_t(l)] + margin + 1, y1[size_t(l)] + margin + 1)) &
                           image;
        grownBox[size_t(l)] = r;
        for (int cy = r.y / kCell; cy <= (r.y + r.height - 1) / kCell; ++cy) {
            for (int cx = r.x / kCell; cx <= (r.x + r.width - 1) / kCell; ++cx) {
                std::vector<int>& cell = grid[size_t(cy) * size_t(gw) + size_t(cx)];
                for (const int o : cell) {
                    if ((grownBox[size_t(o)] & r).area() > 0) {
                        parent[size_t(findRoot(parent, o))] = findRoot(parent, l);
                    }
                }
                cell.push_back(l);
            }
        }
    }
    std::vector<int> groupOf(size_t(count) + 1, -1);
    std::vector<cv::Rect> groupBox;
    for (int l = 1; l <= count; ++l) {
        if (x1[size_t(l)] < 0) {
            continue;
        }
        const int root = findRoot(parent, l);
        if (groupOf[size_t(root)] < 0) {
            groupOf[size_t(root)] = int(groupBox.size());
            groupBox.push_back(grownBox[size_t(l)]);
        }
        const int g = groupOf[size_t(root)];
        groupOf[size_t(l)] = g;
        groupBox[size_t(g)] |= grownBox[size_t(l)];
    }
    if (!task.setProgress(0.2)) {
        return Status::cancelled();
    }

    // 3. Refine every group in its box, in parallel.
    const int reach = int(std::floor(distance));
    cv::Mat disk(2 * reach + 1, 2 * reach + 1, CV_8U, cv::Scalar(0));
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            disk.at<uchar>(dy + reach, dx + reach) = double(dx * dx + dy * dy) <= distance * distance ? 1 : 0;
        }
    }
    // Phase 1 reads the labels only (groups' boxes may overlap), phase 2 writes the band pixels (disjoint sets).
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failed{false};
    std::atomic<int> done{0};
    const int nGroups = int(groupBox.size());
    std::vector<std::vector<BandPixel>> bands(static_cast<size_t>(nGroups));
    std::vector<char> hasCore(size_t(count) + 1, 0);
    cv::parallel_for_(cv::Range(0, nGroups), [&](const cv::Range& range) {
        SubTask sub(task, 0.2, 0.2); // cancellation only; progress is reported per group below
        for (int g = range.start; g < range.end && !cancelled && !failed; ++g) {
            if (task.isCancelled()) {
                cancelled = true;
                return;
            }
            const Status s = refineGroup(smoothed, labels, groupOf, g, groupBox[size_t(g)], disk, count, hasCore,
                                         bands[size_t(g)], sub);
            if (!s.isOk()) {
                (s.isCancelled() ? cancelled : failed) = true;
                return;
            }
            const int n = ++done;
            if ((n & 63) == 0) {
                task.setProgress(0.2 + 0.75 * double(n) / double(nGroups));
            }
        }
    });
    if (cancelled || task.isCancelled()) {
        return Status::cancelled();
    }
    if (failed) {
        return Status::invalid(Tr::tr("Outline refinement failed."));
    }
    int* out = objects.labels.ptr<int>();
    for (const std::vector<BandPixel>& b : bands) {
        for (const BandPixel& p : b) {
            out[p.index] = p.label;
        }
    }
    task.setProgress(1.0);
    return objects;
}

} // namespace tessera
