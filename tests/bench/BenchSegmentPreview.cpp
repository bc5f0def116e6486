// Segment panel benchmarks on the synthetic 2048×2048 16-bit nuclei image (NucleiBenchImage.h), Release build:
//  - BM_PreviewCold: computeSegmentationPreview() of a 1024² visible region (plus the panel's 48 px margin) with an
//    empty cache, i.e. the first preview: pre-processing and threshold of the whole plane, then fill holes, distance
//    watershed with seeds, outline refinement and the outline image of the region (target ≤ 200 ms);
//  - BM_PreviewWarm: the same with the cache of a previous preview (what a watershed, size or refinement change
//    costs);
//  - BM_FullRun: SegmentationPipeline::run() of the whole plane as the panel's Run does (measurements included,
//    target ≤ 500 ms); BM_FullRunMedian5 with "median:5,gaussian:1".
// Wall time (real) and process CPU time are reported; run with --benchmark_repetitions=5 and read the medians.
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"
#include "tests/bench/NucleiBenchImage.h"
#include "ui/segmentation/SegmentationPreview.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {
SegmentationParams panelParams()
{
    SegmentationParams p; // gaussian:1, fill holes, refinement 3 px
    p.method = ThresholdMethod::Otsu;
    p.watershed = WatershedMode::DistanceTransform;
    return p;
}

SegmentationPreviewRequest request()
{
    SegmentationPreviewRequest r;
    r.plane = bench::nucleiImage().plane(0);
    r.params = panelParams();
    r.params.measure = false;
    r.region = QRect(512 - 48, 512 - 48, 1024 + 96, 1024 + 96);
    return r;
}

void BM_PreviewCold(benchmark::State& state)
{
    const SegmentationPreviewRequest r = request();
    int objects = 0;
    size_t seeds = 0;
    for (auto _ : state) {
        TaskContext task;
        const Expected<SegmentationPreview> p = computeSegmentationPreview(r, task);
        objects = p->objects;
        seeds = p->seeds.size();
    }
    state.counters["objects"] = objects;
    state.counters["seeds"] = double(seeds);
}
BENCHMARK(BM_PreviewCold)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_PreviewWarm(benchmark::State& state)
{
    SegmentationPreviewRequest r = request();
    TaskContext t0;
    r.cache = computeSegmentationPreview(r, t0)->cache;
    int objects = 0;
    for (auto _ : state) {
        TaskContext task;
        objects = computeSegmentationPreview(r, task)->objects;
    }
    state.counters["objects"] = objects;
}
BENCHMARK(BM_PreviewWarm)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void fullRun(benchmark::State& state, const SegmentationParams& params)
{
    int objects = 0;
    for (auto _ : state) {
        TaskContext task;
        objects = SegmentationPipeline::run(bench::nucleiImage(), params, task)->labels.count;
    }
    state.counters["objects"] = objects;
}

void BM_FullRun(benchmark::State& state)
{
    fullRun(state, panelParams());
}
BENCHMARK(BM_FullRun)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_FullRunMedian5(benchmark::State& state)
{
    SegmentationParams p = panelParams();
    p.preprocess = Preprocess::parse(QStringLiteral("median:5,gaussian:1")).value();
    fullRun(state, p);
}
BENCHMARK(BM_FullRunMedian5)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
} // namespace

BENCHMARK_MAIN();
