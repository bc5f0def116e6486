// Object editing benchmarks (Release build, offscreen Qt platform) on a 2048² label layer with 1024 round objects
// (radius 20–27 px on a 64 px grid, jittered); run with --benchmark_repetitions and read the median:
//  - BM_ObjectOutlines2048: tracing every object's outline (LabelOverlay's worker, once per label generation);
//  - BM_OverlayPaintFit / BM_OverlayPaintZoom: painting the label overlay (outlines, numbers, 3 selected objects) in a
//    1024² ImageView with the whole plane fitted / zoomed 4× (256² image pixels visible): GUI thread, every repaint;
//  - BM_Delete / BM_Merge / BM_Split / BM_Draw / BM_Relabel: the LabelEditing call of each edit (GUI thread, once
//    per edit).
#include "core/segmentation/LabelEditing.h"
#include "core/segmentation/LabelOutlines.h"
#include "core/task/TaskContext.h"
#include "tests/bench/BenchGuiSupport.h"
#include "ui/document/ImageDocument.h"
#include "ui/objects/LabelOverlay.h"
#include "ui/viewer/ImageView.h"

#include <QImage>

#include <opencv2/imgproc.hpp>

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

const LabelImage& labels2048()
{
    static const LabelImage layer = [] {
        LabelImage l;
        l.labels = cv::Mat(2048, 2048, CV_32S, cv::Scalar(0));
        cv::RNG rng(7);
        int label = 0;
        for (int gy = 0; gy < 32; ++gy) {
            for (int gx = 0; gx < 32; ++gx) {
                const cv::Point c(gx * 64 + 32 + rng.uniform(-4, 5), gy * 64 + 32 + rng.uniform(-4, 5));
                cv::circle(l.labels, c, rng.uniform(20, 28), cv::Scalar(++label), cv::FILLED);
            }
        }
        l.count = label;
        return l;
    }();
    return layer;
}

void BM_ObjectOutlines2048(benchmark::State& state)
{
    TaskContext task;
    for (auto _ : state) {
        auto r = objectOutlines(labels2048().labels, task);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ObjectOutlines2048)->Unit(benchmark::kMillisecond)->UseRealTime();

void overlayPaint(benchmark::State& state, double zoom)
{
    ImageDocument doc(Image::fromPlane(cv::Mat(2048, 2048, CV_8U, cv::Scalar(40))).value());
    doc.setLabelLayer(labels2048());
    doc.setSelectedObjects({1, 500, 1000});
    ImageView view;
    view.resize(1024, 1024);
    QImage gray(2048, 2048, QImage::Format_Grayscale8);
    gray.fill(64);
    view.setImage(gray);
    LabelOverlay overlay(nullptr); // no runner: traced here, before the timing
    overlay.setDocument(&doc);
    view.addOverlay(&overlay, int(OverlayZ::Labels));
    view.fitToWindow();
    if (zoom > 1) {
        view.setScale(view.scale() * zoom, QPointF(512, 512));
    }
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.render(&target);
        benchmark::DoNotOptimize(target.constBits());
    }
    state.counters["outlines"] = overlay.lastOutlinesDrawn();
    state.counters["numbers"] = overlay.lastNumbersDrawn();
}

void BM_OverlayPaintFit(benchmark::State& state)
{
    overlayPaint(state, 1.0);
}
BENCHMARK(BM_OverlayPaintFit)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OverlayPaintZoom(benchmark::State& state)
{
    overlayPaint(state, 4.0);
}
BENCHMARK(BM_OverlayPaintZoom)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Delete(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(deleteObjects(labels2048(), {12}));
    }
}
BENCHMARK(BM_Delete)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Merge(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(mergeObjects(labels2048(), {12, 13}));
    }
}
BENCHMARK(BM_Merge)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Split(benchmark::State& state)
{
    // Object 1 is centred near (32, 32): a vertical cut through it.
    for (auto _ : state) {
        benchmark::DoNotOptimize(splitObject(labels2048(), 1, {{32.5, 0}, {32.5, 64}}));
    }
}
BENCHMARK(BM_Split)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Draw(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(addObject(labels2048(), {{0, 0}, {64, 0}, {64, 64}, {0, 64}}));
    }
}
BENCHMARK(BM_Draw)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Relabel(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(relabelObjects(labels2048()));
    }
}
BENCHMARK(BM_Relabel)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return bench::runOffscreenBenchmarks(argc, argv);
}
