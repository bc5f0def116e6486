// Segmentation benchmarks on a synthetic 2048×2048 16-bit image of ~1000 nuclei-like blobs (some touching).
// Run: BenchSegmentation [--write-tiff PATH] [benchmark flags]. --write-tiff saves the exact image for
// tests/bench/compare_skimage_segmentation.py (scikit-image doing the same work).

#include "core/filters/Smoothing.h"
#include "core/image/Image.h"
#include "core/io/TiffWriter.h"
#include "core/measure/ObjectMeasurements.h"
#include "core/morphology/BinaryMorphology.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"

#include <benchmark/benchmark.h>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace tessera;

namespace {
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
const Image& nucleiImage()
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

SegmentationParams benchParams()
{
    SegmentationParams p;
    p.smoothSigma = 1.0;
    p.method = ThresholdMethod::Otsu;
    p.fillHoles = true;
    p.watershed = WatershedMode::DistanceTransform;
    return p;
}

void BM_Gaussian(benchmark::State& state)
{
    const cv::Mat plane = nucleiImage().plane(0);
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(Smoothing::gaussian(plane, 1.0, task));
    }
}
BENCHMARK(BM_Gaussian)->Unit(benchmark::kMillisecond);

void BM_Otsu(benchmark::State& state)
{
    const cv::Mat plane = nucleiImage().plane(0);
    AutoThresholdParams tp;
    tp.method = ThresholdMethod::Otsu;
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(computeAutoThreshold(plane, cv::Mat(), tp, task));
    }
}
BENCHMARK(BM_Otsu)->Unit(benchmark::kMillisecond);

cv::Mat benchMask()
{
    TaskContext task;
    const Expected<SegmentationResult> r = [&] {
        SegmentationParams p = benchParams();
        p.watershed = WatershedMode::None;
        p.measure = false;
        return SegmentationPipeline::run(nucleiImage(), p, task);
    }();
    return r->labels.labels > 0;
}

void BM_FillHoles(benchmark::State& state)
{
    const cv::Mat mask = benchMask();
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(BinaryMorphology::fillHoles(mask, task));
    }
}
BENCHMARK(BM_FillHoles)->Unit(benchmark::kMillisecond);

void BM_DistanceTransformWatershed(benchmark::State& state)
{
    const cv::Mat mask = benchMask();
    int count = 0;
    for (auto _ : state) {
        TaskContext task;
        const Expected<LabelImage> r = distanceTransformWatershed(mask, SeedParams(), Connectivity::Eight, task);
        count = r->count;
    }
    state.counters["objects"] = count;
}
BENCHMARK(BM_DistanceTransformWatershed)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_Measurements(benchmark::State& state)
{
    TaskContext t0;
    const Expected<SegmentationResult> seg = SegmentationPipeline::run(nucleiImage(), benchParams(), t0);
    const std::vector<IntensityChannel> channels = intensityChannels(nucleiImage(), 0, 0);
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(ObjectMeasurements::measureLabels(seg->labels.labels, seg->labels.count, channels,
                                                                   nucleiImage().calibration, task));
    }
    state.counters["objects"] = seg->labels.count;
}
BENCHMARK(BM_Measurements)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

/** The target: Gaussian + Otsu + fill holes + distance-transform watershed + measurements ≤ 400 ms. */
void BM_FullPipeline(benchmark::State& state)
{
    int count = 0;
    for (auto _ : state) {
        TaskContext task;
        const Expected<SegmentationResult> r = SegmentationPipeline::run(nucleiImage(), benchParams(), task);
        count = r->labels.count;
    }
    state.counters["objects"] = count;
}
BENCHMARK(BM_FullPipeline)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--write-tiff") == 0) {
            TiffWriter writer;
            const Status s = writer.write(nucleiImage(), QString::fromLocal8Bit(argv[i + 1]));
            if (!s.isOk()) {
                std::fprintf(stderr, "%s\n", qPrintable(s.message()));
                return 2;
            }
            for (int j = i; j + 2 <= argc; ++j) { // drop the two arguments
                argv[j] = j + 2 < argc ? argv[j + 2] : nullptr;
            }
            argc -= 2;
            break;
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
