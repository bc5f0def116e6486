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
#include "tests/bench/NucleiBenchImage.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>

using namespace tessera;

namespace {
using bench::nucleiImage;

SegmentationParams benchParams()
{
    SegmentationParams p;
    p.preprocess = {PreprocessStep::gaussian(1.0)};
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

/** Disk median (scikit-image's median(image, disk(r))) on the 2048² 16-bit plane; state.range(0) = r. */
void BM_MedianDisk(benchmark::State& state)
{
    const cv::Mat plane = nucleiImage().plane(0);
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(Smoothing::medianDisk(plane, int(state.range(0)), task));
    }
}
BENCHMARK(BM_MedianDisk)
    ->Arg(2)
    ->Arg(5)
    ->Arg(10)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

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
