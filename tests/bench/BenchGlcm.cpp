// GLCM / Haralick benchmarks (issue 4 performance targets), on synthetic 16-bit images from a fixed seed:
//  - 1,000 ROIs of 50×50 on 2048², 128 levels, distance 7, four orientations, all 19 features (target ≤ 60 ms);
//  - the whole 4096² plane, 256 levels, distance 1, four orientations (target ≤ 150 ms).
// The end-to-end comparison with scikit-image is tests/bench/compare_skimage_glcm.py.
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"

#include <benchmark/benchmark.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <ctime>

namespace {

/** CPU seconds of the whole process (all threads), to report compute independently of other load. */
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/** Smooth texture (blurred noise plus a slow wave) with fine Gaussian noise, 16-bit, deterministic. */
cv::Mat syntheticPlane(int size)
{
    cv::RNG rng(20261121);
    cv::Mat noise(size, size, CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat smooth;
    cv::GaussianBlur(noise, smooth, cv::Size(0, 0), 4.0);
    cv::Mat fine(size, size, CV_32F);
    rng.fill(fine, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat plane(size, size, CV_16U);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double wave = std::sin(x * 0.02) * std::cos(y * 0.015);
            const double v = 20000.0 + 60000.0 * smooth.at<float>(y, x) + 4000.0 * wave + 800.0 * fine.at<float>(y, x);
            plane.at<ushort>(y, x) = cv::saturate_cast<ushort>(v);
        }
    }
    return plane;
}

std::vector<tessera::NamedRoiMask> randomRois(cv::Size image, int count, int side)
{
    cv::RNG rng(7);
    std::vector<tessera::NamedRoiMask> rois;
    for (int k = 0; k < count; ++k) {
        tessera::NamedRoiMask r;
        r.name = QStringLiteral("r%1").arg(k);
        r.mask.box = cv::Rect(rng.uniform(0, image.width - side), rng.uniform(0, image.height - side), side, side);
        r.mask.mask = cv::Mat1b(side, side, uchar(255));
        rois.push_back(r);
    }
    return rois;
}

void BM_Glcm1000Rois50(benchmark::State& state)
{
    static const cv::Mat plane = syntheticPlane(2048);
    static const std::vector<tessera::NamedRoiMask> rois = randomRois(plane.size(), 1000, 50);
    tessera::GlcmParams params;
    params.levels = 128;
    params.distances = {7};
    const int previousThreads = cv::getNumThreads();
    cv::setNumThreads(int(state.range(0))); // 1: serial compute cost; 2: both cores of the target machine
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        tessera::TaskContext task;
        auto table = tessera::computeGlcmTable(plane, rois, params, task);
        if (!table.isOk()) {
            state.SkipWithError("computeGlcmTable failed");
            return;
        }
        benchmark::DoNotOptimize(table->rois.data());
    }
    state.counters["cpu_ms_all_threads"] = 1000.0 * (processCpuSeconds() - cpu0) / double(state.iterations());
    cv::setNumThreads(previousThreads);
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_Glcm1000Rois50)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GlcmWhole4096(benchmark::State& state)
{
    static const cv::Mat plane = syntheticPlane(4096);
    tessera::NamedRoiMask whole;
    whole.name = QStringLiteral("image");
    whole.mask.box = cv::Rect(0, 0, plane.cols, plane.rows);
    tessera::GlcmParams params;
    params.levels = 256;
    params.distances = {1};
    const int previousThreads = cv::getNumThreads();
    cv::setNumThreads(int(state.range(0))); // 1: serial compute cost; 2: both cores of the target machine
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        tessera::TaskContext task;
        auto table = tessera::computeGlcmTable(plane, {whole}, params, task);
        if (!table.isOk()) {
            state.SkipWithError("computeGlcmTable failed");
            return;
        }
        benchmark::DoNotOptimize(table->rois.data());
    }
    state.counters["cpu_ms_all_threads"] = 1000.0 * (processCpuSeconds() - cpu0) / double(state.iterations());
    cv::setNumThreads(previousThreads);
}
BENCHMARK(BM_GlcmWhole4096)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
