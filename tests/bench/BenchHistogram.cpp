// Histogram, statistics and threshold benchmarks on a 2048 x 2048 16-bit image (Release build, both cores).
// The image is the pyimagej sample scaled up bilinearly with fixed-seed noise, so the histogram is realistic.
// Set TESSERA_BENCH_DUMP=<path> to write the image as raw little-endian uint16 (2048 x 2048, row-major) for
// tests/bench/compare_skimage_threshold.py, which times scikit-image on the same pixels.
#include "core/histogram/Histogram.h"
#include "core/histogram/Statistics.h"
#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/AutoThresholdMethods.h"
#include "core/threshold/LocalThreshold.h"

#include <benchmark/benchmark.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <cstdlib>

using namespace tessera;

namespace {
const cv::Mat& image16()
{
    static const cv::Mat img = [] {
        ImageReader reader;
        Expected<Image> src = reader.read(QStringLiteral(TESSERA_TEST_DATA "/pyimagej_test_still.tif"));
        cv::Mat big;
        if (!src.isOk()) {
            big = cv::Mat(2048, 2048, CV_16U);
            cv::randu(big, 0, 4096);
            return big;
        }
        cv::Mat f;
        src->plane(0).convertTo(f, CV_32F);
        cv::resize(f, f, cv::Size(2048, 2048), 0, 0, cv::INTER_LINEAR);
        cv::Mat noise(f.size(), CV_32F);
        cv::RNG rng(2026);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, 40.0);
        f += noise;
        f.convertTo(big, CV_16U); // saturating
        if (const char* dump = std::getenv("TESSERA_BENCH_DUMP")) {
            if (FILE* out = std::fopen(dump, "wb")) {
                std::fwrite(big.data, 2, big.total(), out);
                std::fclose(out);
            }
        }
        return big;
    }();
    return img;
}

const cv::Mat& image8()
{
    static const cv::Mat img = toImageJ8Bit(image16());
    return img;
}

void BM_Histogram16Full(benchmark::State& state)
{
    const cv::Mat& img = image16();
    TaskContext task;
    for (auto _ : state) {
        Expected<Histogram> h = computeHistogram(img, cv::Mat(), HistogramParams(), task);
        benchmark::DoNotOptimize(h);
    }
    state.SetItemsProcessed(state.iterations() * qint64(img.total()));
}
BENCHMARK(BM_Histogram16Full)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Histogram16FullOneThread(benchmark::State& state)
{
    const cv::Mat& img = image16();
    TaskContext task;
    const int threads = cv::getNumThreads();
    cv::setNumThreads(1);
    for (auto _ : state) {
        Expected<Histogram> h = computeHistogram(img, cv::Mat(), HistogramParams(), task);
        benchmark::DoNotOptimize(h);
    }
    cv::setNumThreads(threads);
}
BENCHMARK(BM_Histogram16FullOneThread)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Histogram16Masked(benchmark::State& state)
{
    const cv::Mat& img = image16();
    cv::Mat mask(img.size(), CV_8U, cv::Scalar(0));
    cv::circle(mask, cv::Point(1024, 1024), 900, cv::Scalar(255), -1);
    TaskContext task;
    for (auto _ : state) {
        Expected<Histogram> h = computeHistogram(img, mask, HistogramParams(), task);
        benchmark::DoNotOptimize(h);
    }
}
BENCHMARK(BM_Histogram16Masked)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Histogram16Rebinned256(benchmark::State& state)
{
    const cv::Mat& img = image16();
    HistogramParams p;
    p.bins = 256;
    TaskContext task;
    for (auto _ : state) {
        Expected<Histogram> h = computeHistogram(img, cv::Mat(), p, task);
        benchmark::DoNotOptimize(h);
    }
}
BENCHMARK(BM_Histogram16Rebinned256)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImageJHistogram16(benchmark::State& state)
{
    const cv::Mat& img = image16();
    TaskContext task;
    for (auto _ : state) {
        Expected<ImageJHistogram> h = computeImageJHistogram(img, cv::Mat(), task);
        benchmark::DoNotOptimize(h);
    }
}
BENCHMARK(BM_ImageJHistogram16)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Histogram8(benchmark::State& state)
{
    const cv::Mat& img = image8();
    TaskContext task;
    for (auto _ : state) {
        Expected<Histogram> h = computeHistogram(img, cv::Mat(), HistogramParams(), task);
        benchmark::DoNotOptimize(h);
    }
}
BENCHMARK(BM_Histogram8)->Unit(benchmark::kMillisecond)->UseRealTime();

/** One global method on the precomputed ImageJ 256-bin histogram (arg = method index). */
void BM_ThresholdFrom256Bins(benchmark::State& state)
{
    const ThresholdMethod m = *thresholdMethodFromName(thresholdMethodNames().at(int(state.range(0))));
    TaskContext task;
    const std::vector<qint64> h = computeImageJHistogram(image16(), cv::Mat(), task)->counts;
    for (auto _ : state) {
        benchmark::DoNotOptimize(autoThresholdIndex(m, h, task));
    }
    state.SetLabel(thresholdMethodName(m).toStdString());
}
BENCHMARK(BM_ThresholdFrom256Bins)->DenseRange(0, 17)->Unit(benchmark::kMicrosecond);

/** One global method on the full 65536-bin histogram (arg = method index). */
void BM_ThresholdFrom65536Bins(benchmark::State& state)
{
    const ThresholdMethod m = *thresholdMethodFromName(thresholdMethodNames().at(int(state.range(0))));
    TaskContext task;
    const Histogram full = computeHistogram(image16(), cv::Mat(), HistogramParams(), task).value();
    const std::vector<qint64> h(full.counts.begin(), full.counts.end());
    for (auto _ : state) {
        benchmark::DoNotOptimize(autoThresholdIndex(m, h, task));
    }
    state.SetLabel(thresholdMethodName(m).toStdString());
}
BENCHMARK(BM_ThresholdFrom65536Bins)->DenseRange(0, 17)->Unit(benchmark::kMicrosecond);

void BM_OtsuEndToEnd(benchmark::State& state)
{
    const cv::Mat& img = image16();
    AutoThresholdParams p;
    p.method = ThresholdMethod::Otsu;
    p.fullHistogram = state.range(0) != 0;
    TaskContext task;
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeAutoThreshold(img, cv::Mat(), p, task));
    }
    state.SetLabel(p.fullHistogram ? "full 65536 bins" : "ImageJ 256 bins");
}
BENCHMARK(BM_OtsuEndToEnd)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Statistics16(benchmark::State& state)
{
    const cv::Mat& img = image16();
    TaskContext task;
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeStatistics(img, cv::Mat(), StatisticsParams(), task));
    }
}
BENCHMARK(BM_Statistics16)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LocalThreshold(benchmark::State& state)
{
    const cv::Mat img = image8()(cv::Rect(0, 0, 1024, 1024)).clone();
    LocalThresholdParams p;
    p.method = static_cast<LocalThresholdMethod>(state.range(0));
    p.radius = 15;
    TaskContext task;
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeLocalThreshold(img, p, task));
    }
    state.SetLabel(localThresholdMethodName(p.method).toStdString() + " 1024x1024 r=15");
}
BENCHMARK(BM_LocalThreshold)->DenseRange(0, 8)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
