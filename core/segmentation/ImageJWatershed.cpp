#include "core/segmentation/ImageJWatershed.h"

#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ImageJWatershed)
};

constexpr float kSqrt2 = 1.4142135624f;
constexpr int kDx[8] = {0, 1, 1, 1, 0, -1, -1, -1}; // up, up-right, right, ... clockwise
constexpr int kDy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};

/** Estimated ridge height of pixel (x, y) of the distance map (step 2 of the contract). */
float ridgeHeight(const cv::Mat1f& d, int x, int y)
{
    const float v = d(y, x);
    if (x == 0 || y == 0 || x == d.cols - 1 || y == d.rows - 1 || v == 0) {
        return v;
    }
    float h = v + 0.5f * kSqrt2;
    bool ridge = false;
    for (int k = 0; k < 4; ++k) {
        const float a = d(y + kDy[k], x + kDx[k]);
        const float b = d(y + kDy[k + 4], x + kDx[k + 4]);
        float hk = 0;
        if (v >= a && v >= b) {
            ridge = true;
            hk = (a + b) / 2;
        } else {
            hk = std::min(a, b);
        }
        hk += (k % 2 == 0) ? 1.0f : kSqrt2;
        h = std::min(h, hk);
    }
    return ridge ? h : v;
}

enum : uint8_t
{
    Listed = 1,
    Processed = 2,
    SeedArea = 4,
    Lowered = 8,
};

/**
 * Candidates that did not become seeds (highest first): the area reachable from the candidate without going below
 * a level L, for L = its level, level − 1, …, until that area touches a seed area or an already lowered area of level
 * >= L, is set to level L (the saddle), so that the dilation does not start a basin there.
 */
void lowerToSaddles(std::vector<uint8_t>& levels, std::vector<uint8_t>& type, const std::vector<int>& candidates, int w,
                    int h)
{
    std::vector<int> area;
    for (const int start : candidates) {
        if (type[size_t(start)] & (SeedArea | Lowered)) {
            continue;
        }
        area.assign(1, start);
        type[size_t(start)] |= Listed;
        int low = levels[size_t(start)] + 1;
        size_t higher = 1; // the area strictly above the saddle level
        bool saddle = false;
        while (!saddle && low > 0) {
            --low;
            higher = area.size();
            for (size_t i = 0; i < area.size() && !saddle; ++i) {
                const int x = area[i] % w;
                const int y = area[i] / w;
                for (int k = 0; k < 8; ++k) {
                    const int nx = x + kDx[k];
                    const int ny = y + kDy[k];
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                        continue;
                    }
                    const size_t n = size_t(ny) * size_t(w) + size_t(nx);
                    if (type[n] & Listed) {
                        continue;
                    }
                    if ((type[n] & SeedArea) || ((type[n] & Lowered) && levels[n] >= low)) {
                        saddle = true;
                        break;
                    }
                    if (levels[n] >= low && !(type[n] & Lowered)) {
                        area.push_back(int(n));
                        type[n] |= Listed;
                    }
                }
            }
        }
        for (const int p : area) {
            type[size_t(p)] &= uint8_t(~Listed);
        }
        for (size_t i = 0; i < higher; ++i) {
            levels[size_t(area[i])] = uint8_t(low);
            type[size_t(area[i])] |= Lowered;
        }
    }
}

/**
 * Which passes may set a pixel to 255 for each occupancy pattern of its 8 neighbours (bit k = neighbour k set, k in
 * the order of kDx/kDy): pass k when the neighbour opposite to direction k is set, and never when the set neighbours
 * (a set side pixel also covering its two corners) form two or more separate runs around the pixel, which would
 * join two particles.
 */
std::array<uint8_t, 256> dilationRules()
{
    std::array<uint8_t, 256> rules{};
    for (int pattern = 0; pattern < 256; ++pattern) {
        bool set[8];
        uint8_t passes = 0;
        for (int k = 0; k < 8; ++k) {
            set[k] = (pattern >> k) & 1;
        }
        for (int k = 0; k < 8; ++k) {
            if (set[(k + 4) % 8]) {
                passes |= uint8_t(1 << k);
            }
        }
        for (int k = 0; k < 8; k += 2) {
            if (set[k]) {
                set[(k + 1) % 8] = true;
                set[(k + 7) % 8] = true;
            }
        }
        int changes = 0;
        for (int k = 0; k < 8; ++k) {
            changes += set[k] != set[(k + 1) % 8] ? 1 : 0;
        }
        rules[size_t(pattern)] = changes >= 4 ? 0 : passes;
    }
    return rules;
}

/**
 * Grows the 255 areas level by level from 254 down to 1: within a level, passes in the directions 7, 3, 1, 5, 0, 4,
 * 2, 6 (diagonals first, repeated until 8 passes in a row change nothing) set every pixel of that level that
 * dilationRules() allows for the neighbours set before the pass. Pixels of a level never reached are handed to the next
 * lower level when they lie on the image border or next to background; the others stay unset (ImageJ's lines and
 * gaps).
 */
void dilateLevels(std::vector<uint8_t>& levels, int w, int h)
{
    static const int order[8] = {7, 3, 1, 5, 0, 4, 2, 6};
    const std::array<uint8_t, 256> rules = dilationRules();
    std::array<std::vector<int>, 255> pending;
    for (int p = 0; p < w * h; ++p) {
        const uint8_t v = levels[size_t(p)];
        if (v > 0 && v < 255) {
            pending[v].push_back(p);
        }
    }
    std::vector<int> toSet;
    std::vector<int> kept;
    auto occupied = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h && levels[size_t(y) * w + x] == 255;
    };
    for (int level = 254; level >= 1; --level) {
        std::vector<int>& list = pending[size_t(level)];
        int idle = 0;
        for (int pass = 0; !list.empty() && idle < 8; ++pass) {
            const int direction = order[pass % 8];
            toSet.clear();
            kept.clear();
            for (const int p : list) {
                const int x = p % w;
                const int y = p / w;
                int pattern = 0;
                for (int k = 0; k < 8; ++k) {
                    if (occupied(x + kDx[k], y + kDy[k])) {
                        pattern |= 1 << k;
                    }
                }
                (rules[size_t(pattern)] >> direction & 1 ? toSet : kept).push_back(p);
            }
            for (const int p : toSet) {
                levels[size_t(p)] = 255;
            }
            list.swap(kept);
            idle = toSet.empty() ? idle + 1 : 0;
        }
        if (list.empty() || level == 1) {
            continue;
        }
        int next = level - 1;
        while (next > 1 && pending[size_t(next)].empty()) {
            --next;
        }
        for (const int p : list) {
            const int x = p % w;
            const int y = p / w;
            bool handOn = x == 0 || y == 0 || x == w - 1 || y == h - 1;
            for (int k = 0; k < 8 && !handOn; ++k) {
                handOn = levels[size_t(y + kDy[k]) * w + size_t(x + kDx[k])] == 0;
            }
            if (handOn) {
                pending[size_t(next)].push_back(p);
            }
        }
    }
}
} // namespace

Expected<LabelImage> imagejBinaryWatershed(const cv::Mat& mask, TaskContext& task, cv::Mat* imagejResult)
{
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(Tr::tr("The watershed needs a non-empty 8-bit mask."));
    }
    const Status sizeOk = checkSegmentationPlaneSize(mask.size()); // pixel indices below are int
    if (!sizeOk.isOk()) {
        return sizeOk;
    }
    if (cv::countNonZero(mask) == int(mask.total())) {
        if (imagejResult) {
            *imagejResult = mask.clone();
        }
        return labelComponents(mask, Connectivity::Eight, task);
    }
    Expected<cv::Mat> squared = squaredDistanceTransform(mask, task);
    if (!squared.isOk()) {
        return squared.status();
    }
    const int w = mask.cols;
    const int h = mask.rows;
    // squaredDistanceTransform() gives exact squared distances as 64-bit floats; ImageJ's EDM is single precision.
    CV_Assert(squared->type() == CV_64F);
    cv::Mat1f d(h, w);
    for (int y = 0; y < h; ++y) {
        const double* s = squared->ptr<double>(y);
        for (int x = 0; x < w; ++x) {
            d(y, x) = float(std::sqrt(s[x]));
        }
    }
    cv::Mat1f ridge(h, w);
    float globalMax = 0;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            ridge(y, x) = ridgeHeight(d, x, y);
            globalMax = std::max(globalMax, d(y, x));
        }
    }
    auto inImage = [w, h](int x, int y) { return x >= 0 && y >= 0 && x < w && y < h; };

    // 3. Candidate maxima, sorted by height quantised like a 32-bit key, then by pixel index.
    std::vector<std::pair<int64_t, int>> candidates;
    const float keyFactor = float(2e9 / double(globalMax)); // the map's minimum is 0 (there is background)
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const float v = d(y, x);
            if (v == 0) {
                continue;
            }
            bool isMax = true;
            for (int k = 0; k < 8 && isMax; ++k) {
                const int nx = x + kDx[k];
                const int ny = y + kDy[k];
                if (inImage(nx, ny) && d(ny, nx) > v && ridge(ny, nx) > ridge(y, x)) {
                    isMax = false;
                }
            }
            if (isMax) {
                // A 32-bit key as ImageJ's (saturating: a ridge height can exceed the map's maximum by √2/2).
                const float scaled = ridge(y, x) * keyFactor;
                candidates.emplace_back(scaled >= 2147483647.0f ? int64_t(INT_MAX) : int64_t(scaled), y * w + x);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    if (task.isCancelled()) {
        return Status::cancelled();
    }

    const float tolerance = 0.5f;
    const float sortingSlack = 1.1f * kSqrt2 / 2.0f;
    std::vector<uint8_t> type(size_t(w) * size_t(h), 0);
    std::vector<int> list;
    list.reserve(1024);
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        int start = it->second;
        if (type[size_t(start)] & Processed) {
            continue;
        }
        float v0 = ridge(start / w, start % w);
        bool restart = true;
        bool isMaximum = true;
        while (restart) {
            restart = false;
            isMaximum = true;
            list.assign(1, start);
            type[size_t(start)] |= Listed;
            for (size_t i = 0; i < list.size(); ++i) {
                const int x = list[i] % w;
                const int y = list[i] / w;
                for (int k = 0; k < 8; ++k) {
                    const int nx = x + kDx[k];
                    const int ny = y + kDy[k];
                    if (!inImage(nx, ny)) {
                        continue;
                    }
                    const int n = ny * w + nx;
                    if ((type[size_t(n)] & Listed) || d(ny, nx) <= 0) {
                        continue;
                    }
                    if (type[size_t(n)] & Processed) {
                        isMaximum = false; // reached the area of a higher maximum
                        break;
                    }
                    const float v2 = ridge(ny, nx);
                    if (v2 > v0 + sortingSlack) {
                        isMaximum = false; // reached a clearly higher point
                        break;
                    }
                    if (v2 >= v0 - tolerance) {
                        if (v2 > v0) { // a slightly higher point: flood again from there
                            restart = true;
                            start = n;
                            v0 = v2;
                        }
                        list.push_back(n);
                        type[size_t(n)] |= Listed;
                    }
                }
            }
            if (restart) {
                for (const int p : list) {
                    type[size_t(p)] = 0;
                }
            }
        }
        for (const int p : list) {
            type[size_t(p)] = uint8_t((type[size_t(p)] & ~Listed) | Processed | (isMaximum ? SeedArea : 0));
        }
        if (task.isCancelled()) {
            return Status::cancelled();
        }
    }

    // 4. ImageJ's 8-bit levels; other candidates lowered to their saddle. 5. Dilation level by level.
    const double range = double(globalMax) - 1.0;
    const double factor = range > 0 ? std::min(1.0, 253.0 / range) : 1.0;
    const double offset = 1.0 - std::max(range, 0.0) * (1.0 / 253 / 2 - 1e-6);
    std::vector<uint8_t> levels(size_t(w) * size_t(h), 0);
    for (int p = 0; p < w * h; ++p) {
        const float v = d(p / w, p % w);
        if (v < 0.5f) {
            continue;
        }
        if (type[size_t(p)] & SeedArea) {
            levels[size_t(p)] = 255;
        } else {
            const double q = 1.0 + std::floor((double(v) - offset) * factor + 0.5);
            levels[size_t(p)] = uint8_t(std::clamp(q, 1.0, 254.0));
        }
    }
    std::vector<int> candidateOrder;
    candidateOrder.reserve(candidates.size());
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        candidateOrder.push_back(it->second);
    }
    lowerToSaddles(levels, type, candidateOrder, w, h);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    dilateLevels(levels, w, h);

    // 6. ImageJ's particles (8-connected 255 areas); its line pixels and any pixel it left out join a neighbour.
    cv::Mat particles(h, w, CV_8U);
    for (int p = 0; p < w * h; ++p) {
        particles.at<uchar>(p / w, p % w) = levels[size_t(p)] == 255 ? 255 : 0;
    }
    if (imagejResult) {
        *imagejResult = particles.clone();
    }
    Expected<LabelImage> objects = labelComponents(particles, Connectivity::Eight, task);
    if (!objects.isOk()) {
        return objects.status();
    }
    const cv::Mat flat(h, w, CV_32S, cv::Scalar(0));
    Expected<cv::Mat> filled = floodIntegerLevels(flat, 1, objects->labels, mask, Connectivity::Eight, task);
    if (!filled.isOk()) {
        return filled.status();
    }
    return relabelSequential(filled.value());
}

} // namespace tessera
