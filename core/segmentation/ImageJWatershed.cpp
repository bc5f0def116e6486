#include "core/segmentation/ImageJWatershed.h"

#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <algorithm>
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
};
} // namespace

Expected<LabelImage> imagejBinaryWatershed(const cv::Mat& mask, TaskContext& task)
{
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(Tr::tr("The watershed needs a non-empty 8-bit mask."));
    }
    if (cv::countNonZero(mask) == int(mask.total())) {
        return labelComponents(mask, Connectivity::Eight, task);
    }
    Expected<cv::Mat> squared = squaredDistanceTransform(mask, task);
    if (!squared.isOk()) {
        return squared.status();
    }
    const int w = mask.cols;
    const int h = mask.rows;
    cv::Mat1f d(h, w);
    for (int y = 0; y < h; ++y) {
        const int* s = squared->ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            d(y, x) = float(std::sqrt(double(s[x])));
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
                candidates.emplace_back(int64_t(int(ridge(y, x) * keyFactor)), y * w + x);
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

    // 4. Seed areas as markers; flood the integer levels of the distance map from the highest.
    cv::Mat seedMask(h, w, CV_8U, cv::Scalar(0));
    for (int p = 0; p < w * h; ++p) {
        if (type[size_t(p)] & SeedArea) {
            seedMask.at<uchar>(p / w, p % w) = 255;
        }
    }
    Expected<LabelImage> markers = labelComponents(seedMask, Connectivity::Eight, task);
    if (!markers.isOk()) {
        return markers.status();
    }
    // ImageJ's 8-bit levels 1..254 (at most one level per pixel of distance); seed areas are level 255.
    const double range = std::max(double(globalMax) - 1.0, 1e-9);
    const double factor = std::min(1.0, 253.0 / range);
    const double offset = 1.0 - range * (1.0 / 253 / 2 - 1e-6);
    const int top = 255;
    cv::Mat level(h, w, CV_32S);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const long v = 1 + std::lround((double(d(y, x)) - offset) * factor);
            level.at<int>(y, x) = seedMask.at<uchar>(y, x) ? 0 : top - int(std::clamp(v, 1L, 254L));
        }
    }
    Expected<cv::Mat> flooded = floodIntegerLevels(level, top + 1, markers->labels, mask, Connectivity::Four, task);
    if (!flooded.isOk()) {
        return flooded.status();
    }
    return relabelSequential(flooded.value());
}

} // namespace tessera
