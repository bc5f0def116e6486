#pragma once
// The synthetic nuclei image shared by the segmentation benchmarks (BenchSegmentation, BenchSegmentPreview).

#include "core/image/Image.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdint>

namespace tessera::bench {

/** Small deterministic generator (64-bit LCG, Knuth's constants), identical on every platform. */
struct Lcg
{
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    double uniform() // [0, 1)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) * (1.0 / 9007199254740992.0);
    }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
};

/** 31×31 grid of jittered elliptical nuclei, every 8th with a touching neighbour; blurred, noisy, 16-bit. */
inline const Image& nucleiImage()
{
    static const Image image = [] {
        const int size = 2048;
        cv::Mat f(size, size, CV_32F, cv::Scalar(0));
        Lcg rng;
        const int cells = 31;
        const double cell = double(size) / cells;
        int index = 0;
        auto draw = [&](double cx, double cy, double a, double b, double angle, double amplitude) {
            cv::ellipse(f, cv::Point(int(cx), int(cy)), cv::Size(int(a), int(b)), angle, 0, 360, cv::Scalar(amplitude),
                        cv::FILLED);
        };
        for (int gy = 0; gy < cells; ++gy) {
            for (int gx = 0; gx < cells; ++gx, ++index) {
                const double a = rng.range(9, 14);
                const double b = a * rng.range(0.7, 1.0);
                const double angle = rng.range(0, 180);
                const double cx = (gx + 0.5) * cell + rng.range(-8, 8);
                const double cy = (gy + 0.5) * cell + rng.range(-8, 8);
                draw(cx, cy, a, b, angle, rng.range(1500, 3000));
                if (index % 8 == 0) {
                    const double theta = rng.range(0, 2 * 3.14159265358979);
                    const double r2 = rng.range(8, 11);
                    const double d = (a + r2) * 0.85;
                    draw(cx + d * std::cos(theta), cy + d * std::sin(theta), r2, r2, 0, rng.range(1500, 3000));
                }
            }
        }
        cv::GaussianBlur(f, f, cv::Size(0, 0), 1.5);
        for (int y = 0; y < size; ++y) {
            float* p = f.ptr<float>(y);
            for (int x = 0; x < size; ++x) {
                p[x] += float(300.0 + rng.range(-60, 60));
            }
        }
        Expected<Image> img = Image::create(PixelType::UInt16, size, size);
        f.convertTo(img->plane(0), CV_16U);
        return img.value();
    }();
    return image;
}

} // namespace tessera::bench
