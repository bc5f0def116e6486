#include "core/segmentation/Watershed.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

// The distance-map watershed of Watershed.h: exact Euclidean distance transform and the per-component flood on
// distance levels. The flooding primitives (floodIntegerLevels(), findSeeds()) are in Watershed.cpp.

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Watershed) // the same translation context as Watershed.cpp
};

/**
 * Integer flood levels for the pixels of inside (CV_8U) from squared distances d2 (CV_64F, whole numbers or +inf):
 * 0 for the largest value, and increasing with decreasing value, so that floodIntegerLevels() visits the pixels in
 * the order of decreasing distance. Writes level (CV_32S, 0 outside inside) and returns the number of levels. When
 * the values span no more than a few times the pixel count, the level is maxK − d2 (O(N)); otherwise (long thin
 * objects, whose d2 reaches 10^10 with few pixels) it is the rank of d2 among the distinct values (O(N log N)), so
 * the level count never exceeds the pixel count (or 2^30) and cannot overflow.
 */
int descendingLevels(const cv::Mat& d2, const cv::Mat& inside, cv::Mat& level)
{
    level = cv::Mat(d2.size(), CV_32S, cv::Scalar(0));
    double minK = std::numeric_limits<double>::infinity();
    double maxK = 0;
    qint64 count = 0;
    for (int y = 0; y < d2.rows; ++y) {
        const double* v = d2.ptr<double>(y);
        const uchar* in = inside.ptr<uchar>(y);
        for (int x = 0; x < d2.cols; ++x) {
            if (in[x]) {
                minK = std::min(minK, v[x]);
                maxK = std::max(maxK, v[x]);
                ++count;
            }
        }
    }
    if (count == 0) {
        return 1;
    }
    const double span = maxK - minK; // NaN when maxK is infinite
    const bool direct = span <= std::min(4.0 * double(count) + 65536.0, double(1 << 30));
    std::vector<double> values; // the distinct values, largest first (only when !direct)
    if (!direct) {
        values.reserve(size_t(count));
        for (int y = 0; y < d2.rows; ++y) {
            const double* v = d2.ptr<double>(y);
            const uchar* in = inside.ptr<uchar>(y);
            for (int x = 0; x < d2.cols; ++x) {
                if (in[x]) {
                    values.push_back(v[x]);
                }
            }
        }
        std::sort(values.begin(), values.end(), std::greater<double>());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    }
    for (int y = 0; y < d2.rows; ++y) {
        const double* v = d2.ptr<double>(y);
        const uchar* in = inside.ptr<uchar>(y);
        int* l = level.ptr<int>(y);
        for (int x = 0; x < d2.cols; ++x) {
            if (!in[x]) {
                continue;
            }
            l[x] = direct ? int(maxK - v[x])
                          : int(std::lower_bound(values.begin(), values.end(), v[x], std::greater<double>()) -
                                values.begin());
        }
    }
    return direct ? int(span) + 1 : int(values.size());
}

} // namespace

Expected<cv::Mat> squaredDistanceTransform(const cv::Mat& mask, TaskContext& task)
{
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(Tr::tr("The distance transform needs a non-empty 8-bit mask."));
    }
    const int w = mask.cols;
    const int h = mask.rows;
    // Column distances are at most h - 1 < INT_MAX; INT_MAX marks "no background in this column" (above or below).
    constexpr int kNone = INT_MAX;
    // Pass 1, per column (computed row by row for cache-friendly, vectorisable loops): distance to the nearest
    // background pixel in the same column, downwards then upwards.
    cv::Mat g(mask.size(), CV_32S);
    for (int y = 0; y < h; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const uchar* m = mask.ptr<uchar>(y);
        const int* above = y > 0 ? g.ptr<int>(y - 1) : nullptr;
        int* out = g.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            out[x] = m[x] == 0 ? 0 : (above && above[x] != kNone ? above[x] + 1 : kNone);
        }
    }
    for (int y = h - 2; y >= 0; --y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* below = g.ptr<int>(y + 1);
        int* out = g.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            if (below[x] != kNone) {
                out[x] = std::min(out[x], below[x] + 1);
            }
        }
    }
    task.setProgress(0.3);
    // Pass 2, per row: lower envelope of the parabolas (x − q)² + g(q)² (P. F. Felzenszwalb and D. P. Huttenlocher,
    // "Distance Transforms of Sampled Functions", Theory of Computing 8, 2012). Rows are independent: parallel.
    // Squared distances need 64 bits: a pixel 46,341 px from the background already exceeds INT_MAX. Doubles hold
    // every integer up to 2^53 exactly, i.e. every distance below 94 million pixels.
    constexpr double kNoBackground = 1e30; // larger than any squared distance of an image (< 2^63)
    const double infinity = std::numeric_limits<double>::infinity();
    cv::Mat out(mask.size(), CV_64F);
    std::atomic<bool> cancelled{false};
    std::atomic<int> rowsDone{0};
    cv::parallel_for_(cv::Range(0, h), [&](const cv::Range& rows) {
        std::vector<double> f(static_cast<size_t>(w));
        std::vector<int> v(static_cast<size_t>(w));
        std::vector<double> z(size_t(w) + 1);
        for (int y = rows.start; y < rows.end; ++y) {
            if (((y - rows.start) & 63) == 0 && (cancelled || task.isCancelled())) {
                cancelled = true;
                return;
            }
            const int* gy = g.ptr<int>(y);
            for (int x = 0; x < w; ++x) {
                f[size_t(x)] = gy[x] == kNone ? kNoBackground : double(gy[x]) * double(gy[x]);
            }
            int k = 0;
            v[0] = 0;
            z[0] = -1e300;
            z[1] = 1e300;
            for (int q = 1; q < w; ++q) {
                const double fq = f[size_t(q)] + double(q) * q;
                auto intersect = [&](int p) { return (fq - (f[size_t(p)] + double(p) * p)) / (2.0 * (q - p)); };
                double sIntersect = intersect(v[size_t(k)]);
                while (sIntersect <= z[size_t(k)]) { // z[0] = −∞ stops the loop at k = 0
                    --k;
                    sIntersect = intersect(v[size_t(k)]);
                }
                ++k;
                v[size_t(k)] = q;
                z[size_t(k)] = sIntersect;
                z[size_t(k) + 1] = 1e300;
            }
            double* o = out.ptr<double>(y);
            k = 0;
            for (int x = 0; x < w; ++x) {
                while (z[size_t(k) + 1] < x) {
                    ++k;
                }
                const int p = v[size_t(k)];
                o[x] = f[size_t(p)] >= kNoBackground ? infinity : double(x - p) * double(x - p) + f[size_t(p)];
            }
            const int done = ++rowsDone;
            if ((done & 255) == 0) {
                task.setProgress(0.3 + 0.7 * double(done) / double(h));
            }
        }
    });
    if (cancelled || task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

Expected<LabelImage> distanceTransformWatershed(const cv::Mat& mask, const SeedParams& seeds,
                                                Connectivity floodConnectivity, TaskContext& task,
                                                LabelImage* seedMarkers)
{
    const Status valid = seeds.validate();
    if (!valid.isOk()) {
        return valid;
    }
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(Tr::tr("The distance-transform watershed needs a non-empty 8-bit mask."));
    }
    const Status sizeOk = checkSegmentationPlaneSize(mask.size());
    if (!sizeOk.isOk()) {
        return sizeOk;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat binary;
    cv::compare(mask, 0, binary, cv::CMP_NE);
    SubTask edtTask(task, 0.0, 0.15);
    Expected<cv::Mat> squared = squaredDistanceTransform(binary, edtTask);
    if (!squared.isOk()) {
        return squared.status();
    }
    cv::Mat distance;
    cv::sqrt(squared.value(), distance);
    distance.convertTo(distance, CV_32F);
    if (!task.setProgress(0.15)) {
        return Status::cancelled();
    }
    SubTask seedTask(task, 0.15, 0.4);
    Expected<LabelImage> markers = findSeeds(distance, binary, seeds, seedTask);
    if (!markers.isOk()) {
        return markers.status();
    }
    if (seedMarkers) {
        *seedMarkers = markers.value();
    }
    // Components of the mask flood independently: a component with one seed is that seed's object, and only
    // components with several seeds (touching objects) are flooded, each in its bounding box, in parallel.
    cv::Mat components, stats, centroids;
    const int nComponents =
        cv::connectedComponentsWithStats(binary, components, stats, centroids, int(floodConnectivity), CV_32S);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    std::vector<int> seedCount(size_t(nComponents), 0);
    std::vector<int> seedLabel(size_t(nComponents), 0);
    for (int y = 0; y < binary.rows; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* m = markers->labels.ptr<int>(y);
        const int* c = components.ptr<int>(y);
        for (int x = 0; x < binary.cols; ++x) {
            if (m[x] > 0 && c[x] > 0) {
                ++seedCount[size_t(c[x])];
                seedLabel[size_t(c[x])] = m[x];
            }
        }
    }
    cv::Mat flooded(binary.size(), CV_32S, cv::Scalar(0));
    for (int y = 0; y < binary.rows; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* c = components.ptr<int>(y);
        int* o = flooded.ptr<int>(y);
        for (int x = 0; x < binary.cols; ++x) {
            if (c[x] > 0 && seedCount[size_t(c[x])] == 1) {
                o[x] = seedLabel[size_t(c[x])];
            }
        }
    }
    std::vector<int> touching;
    for (int c = 1; c < nComponents; ++c) {
        if (seedCount[size_t(c)] > 1) {
            touching.push_back(c);
        }
    }
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    cv::parallel_for_(cv::Range(0, int(touching.size())), [&](const cv::Range& range) {
        for (int i = range.start; i < range.end && !cancelled; ++i) {
            const int c = touching[size_t(i)];
            const cv::Rect box(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP),
                               stats.at<int>(c, cv::CC_STAT_WIDTH), stats.at<int>(c, cv::CC_STAT_HEIGHT));
            // Flooding −distance ranks pixels by the exact integer d², so a bucket queue on the ranks of d² (largest
            // distance first) gives the heap's order.
            cv::Mat inside(box.size(), CV_8U, cv::Scalar(0));
            cv::Mat seedsInBox(box.size(), CV_32S, cv::Scalar(0));
            for (int y = 0; y < box.height; ++y) {
                const int* comp = components.ptr<int>(box.y + y) + box.x;
                const int* m = markers->labels.ptr<int>(box.y + y) + box.x;
                for (int x = 0; x < box.width; ++x) {
                    if (comp[x] == c) {
                        inside.at<uchar>(y, x) = 255;
                        seedsInBox.at<int>(y, x) = m[x];
                    }
                }
            }
            cv::Mat level;
            const int nLevels = descendingLevels(squared.value()(box), inside, level);
            SubTask sub(task, 0.4, 0.4); // cancellation only; progress is reported per component below
            Expected<cv::Mat> r = floodIntegerLevels(level, nLevels, seedsInBox, inside, floodConnectivity, sub);
            if (!r.isOk()) {
                cancelled = true;
                return;
            }
            for (int y = 0; y < box.height; ++y) {
                const uchar* in = inside.ptr<uchar>(y);
                const int* l = r->ptr<int>(y);
                int* o = flooded.ptr<int>(box.y + y) + box.x;
                for (int x = 0; x < box.width; ++x) {
                    if (in[x]) {
                        o[x] = l[x];
                    }
                }
            }
            task.setProgress(0.4 + 0.55 * double(++done) / double(touching.size()));
        }
    });
    if (cancelled || task.isCancelled()) {
        return Status::cancelled();
    }
    LabelImage out = relabelSequential(flooded);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

} // namespace tessera
