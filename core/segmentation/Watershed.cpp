#include "core/segmentation/Watershed.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Watershed)
};

constexpr int kCancelStride = 1 << 16;

struct QueueEntry
{
    float value;
    std::uint32_t order;
    std::int32_t index;
};

struct LaterFirst
{
    // std::push_heap builds a max-heap; "greater" puts the lowest (value, order) on top.
    bool operator()(const QueueEntry& a, const QueueEntry& b) const
    {
        return a.value > b.value || (a.value == b.value && a.order > b.order);
    }
};

Status checkMaskFor(const cv::Mat& mask, const cv::Mat& image)
{
    if (!mask.empty() && (mask.type() != CV_8UC1 || mask.size() != image.size())) {
        return Status::invalid(Tr::tr("The mask must be 8-bit and the same size as the image."));
    }
    return Status::ok();
}

/** The checks every entry point makes after its own: the mask's type and size (checkMaskFor()), the plane's size. */
Status checkPlaneAndMask(const cv::Mat& plane, const cv::Mat& mask)
{
    const Status maskOk = checkMaskFor(mask, plane);
    if (!maskOk.isOk()) {
        return maskOk;
    }
    return checkSegmentationPlaneSize(plane.size());
}

/** m as one continuous block: m itself when it is, else a copy. */
cv::Mat continuous(const cv::Mat& m)
{
    return m.isContinuous() ? m : m.clone();
}

/** The pixels to flood: mask (continuous), or every pixel of an image of size when mask is empty. */
cv::Mat insideMask(const cv::Mat& mask, cv::Size size)
{
    return mask.empty() ? cv::Mat(size, CV_8U, cv::Scalar(255)) : continuous(mask);
}

cv::Mat toFloat(const cv::Mat& plane)
{
    cv::Mat f;
    plane.convertTo(f, CV_32F);
    return f;
}

} // namespace

Expected<cv::Mat> floodIntegerLevels(const cv::Mat& level, int nLevels, const cv::Mat& markers, const cv::Mat& inside,
                                     Connectivity connectivity, TaskContext& task)
{
    const int w = level.cols;
    const int h = level.rows;
    const int* lv = level.ptr<int>();
    const uchar* in = inside.ptr<uchar>();
    cv::Mat out(level.size(), CV_32S, cv::Scalar(0));
    int* lab = out.ptr<int>();
    std::vector<std::int32_t> head(size_t(nLevels), -1);
    std::vector<std::int32_t> tail(size_t(nLevels), -1);
    std::vector<std::int32_t> next(size_t(w) * size_t(h));
    int current = nLevels;
    auto push = [&](std::int32_t p) {
        const int l = lv[p];
        next[size_t(p)] = -1;
        if (head[size_t(l)] < 0) {
            head[size_t(l)] = p;
        } else {
            next[size_t(tail[size_t(l)])] = p;
        }
        tail[size_t(l)] = p;
        current = std::min(current, l);
    };
    for (int y = 0; y < h; ++y) {
        const int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            const int i = y * w + x;
            if (m[x] > 0 && in[i]) {
                lab[i] = m[x];
                push(i);
            }
        }
    }
    const int dx8[8] = {-1, 1, 0, 0, -1, 1, -1, 1};
    const int dy8[8] = {0, 0, -1, 1, -1, -1, 1, 1};
    const int nNeighbours = connectivity == Connectivity::Eight ? 8 : 4;
    const double total = double(cv::countNonZero(inside)) + 1.0;
    qint64 processed = 0;
    for (;;) {
        while (current < nLevels && head[size_t(current)] < 0) {
            ++current;
        }
        if (current >= nLevels) {
            break;
        }
        const std::int32_t p = head[size_t(current)];
        head[size_t(current)] = next[size_t(p)];
        if (head[size_t(current)] < 0) {
            tail[size_t(current)] = -1;
        }
        if ((++processed & (kCancelStride - 1)) == 0) {
            if (!task.setProgress(double(processed) / total)) {
                return Status::cancelled();
            }
        }
        const int x = p % w;
        const int y = p / w;
        const int label = lab[p];
        for (int k = 0; k < nNeighbours; ++k) {
            const int nx = x + dx8[k];
            const int ny = y + dy8[k];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                continue;
            }
            const int j = ny * w + nx;
            if (lab[j] != 0 || !in[j]) {
                continue;
            }
            lab[j] = label;
            push(j);
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

Status SeedParams::validate() const
{
    if (!(tolerance >= 0) || !std::isfinite(tolerance)) {
        return Status::invalid(Tr::tr("The seed tolerance must be a finite number >= 0 (got %1).").arg(tolerance));
    }
    if (minDistance < 0) {
        return Status::invalid(Tr::tr("The minimum seed distance must be >= 0 pixels (got %1).").arg(minDistance));
    }
    if (std::isnan(threshold)) {
        return Status::invalid(Tr::tr("The seed threshold must be a number."));
    }
    return Status::ok();
}

Expected<cv::Mat> markerWatershed(const cv::Mat& relief, const cv::Mat& markers, const cv::Mat& mask,
                                  Connectivity connectivity, TaskContext& task)
{
    if (relief.empty() || relief.type() != CV_32FC1) {
        return Status::invalid(Tr::tr("The watershed relief must be a non-empty 32-bit float image."));
    }
    if (markers.type() != CV_32SC1 || markers.size() != relief.size()) {
        return Status::invalid(Tr::tr("The watershed markers must be a 32-bit label image of the relief's size."));
    }
    if (const Status inputOk = checkPlaneAndMask(relief, mask); !inputOk.isOk()) {
        return inputOk;
    }
    const int w = relief.cols;
    const int h = relief.rows;
    const cv::Mat f = continuous(relief);
    const cv::Mat inside = insideMask(mask, relief.size());
    cv::Mat out(relief.size(), CV_32S, cv::Scalar(0));
    const float* fv = f.ptr<float>();
    const uchar* in = inside.ptr<uchar>();
    int* lab = out.ptr<int>();

    std::vector<QueueEntry> heap;
    heap.reserve(size_t(w) * size_t(h) / 8 + 16);
    std::uint32_t order = 0;
    const LaterFirst cmp;
    for (int y = 0; y < h; ++y) {
        const int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            const int i = y * w + x;
            if (m[x] > 0 && in[i]) {
                lab[i] = m[x];
                heap.push_back({fv[i], order++, i});
                std::push_heap(heap.begin(), heap.end(), cmp);
            }
        }
    }
    const int dx8[8] = {-1, 1, 0, 0, -1, 1, -1, 1};
    const int dy8[8] = {0, 0, -1, 1, -1, -1, 1, 1};
    const int nNeighbours = connectivity == Connectivity::Eight ? 8 : 4;
    const double total = double(cv::countNonZero(inside)) + 1.0;
    qint64 processed = 0;
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), cmp);
        const QueueEntry e = heap.back();
        heap.pop_back();
        if ((++processed & (kCancelStride - 1)) == 0) {
            if (!task.setProgress(double(processed) / total)) {
                return Status::cancelled();
            }
        }
        const int x = e.index % w;
        const int y = e.index / w;
        const int label = lab[e.index];
        for (int k = 0; k < nNeighbours; ++k) {
            const int nx = x + dx8[k];
            const int ny = y + dy8[k];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                continue;
            }
            const int j = ny * w + nx;
            if (lab[j] != 0 || !in[j]) {
                continue;
            }
            lab[j] = label;
            heap.push_back({fv[j], order++, j});
            std::push_heap(heap.begin(), heap.end(), cmp);
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

Expected<LabelImage> findSeeds(const cv::Mat& surface, const cv::Mat& mask, const SeedParams& params, TaskContext& task)
{
    const Status valid = params.validate();
    if (!valid.isOk()) {
        return valid;
    }
    if (surface.empty() || surface.type() != CV_32FC1) {
        return Status::invalid(Tr::tr("Seeds are searched on a non-empty 32-bit float image."));
    }
    if (const Status inputOk = checkPlaneAndMask(surface, mask); !inputOk.isOk()) {
        return inputOk;
    }
    const int w = surface.cols;
    const int h = surface.rows;
    const cv::Mat f = continuous(surface);
    const cv::Mat inside = insideMask(mask, surface.size());
    const float* fv = f.ptr<float>();
    const uchar* in = inside.ptr<uchar>();

    // 1. Candidates: in-mask pixels above the threshold and >= all their 8 neighbours.
    std::vector<std::int32_t> candidates;
    for (int y = 0; y < h; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        for (int x = 0; x < w; ++x) {
            const int i = y * w + x;
            const float v = fv[i];
            if (!in[i] || !(double(v) > params.threshold) || std::isnan(v)) {
                continue;
            }
            bool isMax = true;
            for (int dy = -1; dy <= 1 && isMax; ++dy) {
                const int ny = y + dy;
                if (ny < 0 || ny >= h) {
                    continue;
                }
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx;
                    if (nx < 0 || nx >= w || (dx == 0 && dy == 0)) {
                        continue;
                    }
                    const int j = ny * w + nx;
                    if (in[j] && fv[j] > v) {
                        isMax = false;
                        break;
                    }
                }
            }
            if (isMax) {
                candidates.push_back(i);
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [fv](std::int32_t a, std::int32_t b) { return fv[a] > fv[b]; });
    task.setProgress(0.3);

    // 2. Tolerance test (MaximumFinder's definition), highest maxima first.
    std::vector<std::int32_t> claimed(size_t(w) * size_t(h), 0);
    std::vector<std::int32_t> queue;
    std::vector<std::int32_t> seeds;
    std::int32_t floodId = 0;
    const float tol = float(params.tolerance);
    for (size_t c = 0; c < candidates.size(); ++c) {
        if ((c & 1023) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const std::int32_t start = candidates[c];
        if (claimed[size_t(start)] != 0) {
            continue;
        }
        ++floodId;
        const float v0 = fv[start];
        const float level = v0 - tol;
        bool isMax = true;
        queue.clear();
        queue.push_back(start);
        claimed[size_t(start)] = floodId;
        for (size_t q = 0; q < queue.size() && isMax; ++q) {
            const int p = queue[q];
            const int x = p % w;
            const int y = p / w;
            for (int dy = -1; dy <= 1 && isMax; ++dy) {
                const int ny = y + dy;
                if (ny < 0 || ny >= h) {
                    continue;
                }
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx;
                    if (nx < 0 || nx >= w || (dx == 0 && dy == 0)) {
                        continue;
                    }
                    const int j = ny * w + nx;
                    if (!in[j] || claimed[size_t(j)] == floodId) {
                        continue;
                    }
                    const float vj = fv[j];
                    if (!(vj >= level)) {
                        continue;
                    }
                    if (vj > v0 || claimed[size_t(j)] != 0) {
                        isMax = false;
                        break;
                    }
                    claimed[size_t(j)] = floodId;
                    queue.push_back(j);
                }
            }
        }
        if (isMax) {
            seeds.push_back(start);
        }
    }
    task.setProgress(0.8);

    // 3. Minimum distance: greedy in decreasing height, a grid of buckets makes the neighbour query O(1).
    if (params.minDistance > 0 && !seeds.empty()) {
        const int d = std::min(params.minDistance, std::max(w, h)); // no overflow in the grid size below
        const int cell = d;
        const int gw = (w + cell - 1) / cell;
        const int gh = (h + cell - 1) / cell;
        std::vector<std::vector<std::int32_t>> grid(size_t(gw) * size_t(gh));
        std::vector<std::int32_t> kept;
        for (const std::int32_t s : seeds) {
            const int x = s % w;
            const int y = s / w;
            const int gx = x / cell;
            const int gy = y / cell;
            bool tooClose = false;
            for (int cy = std::max(0, gy - 1); cy <= std::min(gh - 1, gy + 1) && !tooClose; ++cy) {
                for (int cx = std::max(0, gx - 1); cx <= std::min(gw - 1, gx + 1) && !tooClose; ++cx) {
                    for (const std::int32_t o : grid[size_t(cy) * size_t(gw) + size_t(cx)]) {
                        if (std::abs(o % w - x) <= d && std::abs(o / w - y) <= d) {
                            tooClose = true;
                            break;
                        }
                    }
                }
            }
            if (!tooClose) {
                kept.push_back(s);
                grid[size_t(gy) * size_t(gw) + size_t(gx)].push_back(s);
            }
        }
        seeds.swap(kept);
    }

    std::sort(seeds.begin(), seeds.end());
    LabelImage out;
    out.labels = cv::Mat(surface.size(), CV_32S, cv::Scalar(0));
    int* lab = out.labels.ptr<int>();
    for (const std::int32_t s : seeds) {
        lab[s] = ++out.count;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

Expected<LabelImage> intensityWatershed(const cv::Mat& smoothed, const cv::Mat& mask, const SeedParams& seeds,
                                        bool useGradient, Connectivity floodConnectivity, TaskContext& task,
                                        LabelImage* seedMarkers)
{
    const Status valid = seeds.validate();
    if (!valid.isOk()) {
        return valid;
    }
    if (smoothed.empty() || smoothed.channels() != 1 ||
        (smoothed.depth() != CV_8U && smoothed.depth() != CV_16U && smoothed.depth() != CV_32F)) {
        return Status::invalid(Tr::tr("The intensity watershed needs an 8-bit, 16-bit or float single-channel image."));
    }
    if (const Status inputOk = checkPlaneAndMask(smoothed, mask); !inputOk.isOk()) {
        return inputOk;
    }
    const cv::Mat f = toFloat(smoothed);
    SubTask seedTask(task, 0.0, 0.4);
    Expected<LabelImage> markers = findSeeds(f, mask, seeds, seedTask);
    if (!markers.isOk()) {
        return markers.status();
    }
    if (seedMarkers) {
        *seedMarkers = markers.value();
    }
    cv::Mat relief;
    if (useGradient) {
        cv::Mat gx, gy;
        cv::Sobel(f, gx, CV_32F, 1, 0, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
        cv::Sobel(f, gy, CV_32F, 0, 1, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
        cv::magnitude(gx, gy, relief);
    } else {
        relief = -f;
    }
    SubTask floodTask(task, 0.4, 0.95);
    Expected<cv::Mat> flooded = markerWatershed(relief, markers->labels, mask, floodConnectivity, floodTask);
    if (!flooded.isOk()) {
        return flooded.status();
    }
    LabelImage out = relabelSequential(flooded.value());
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

} // namespace tessera
