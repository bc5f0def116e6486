// Threshold preview benchmarks (Release build, offscreen Qt platform), one slider step each on a 2048² 16-bit plane;
// run with --benchmark_repetitions (default 10 here) and read the median:
//  - BM_PreviewRender2048: the overlay's work for a step with the whole plane visible: rebuild the 65536-entry
//    value → colour table for the new levels and one pass over the 2048² pixels (ThresholdMaskRenderer);
//  - BM_PreviewRegion1024: the same for a 1024² visible region (zoomed in);
//  - BM_PreviewSliderStep2048: the whole GUI path of a step: the lower spin box of ThresholdPanel changes (one
//    SetParametersCommand merged into the gesture), the document signals, ThresholdOverlay recomputes the visible
//    region and a 1024×1024 ImageView (image + overlay, plane fitted) paints into a QImage.
#include "tests/bench/BenchGuiSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/threshold/ThresholdOverlay.h"
#include "ui/threshold/ThresholdPanel.h"
#include "ui/viewer/ImageView.h"

#include <QDoubleSpinBox>
#include <QImage>

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

/** The shared 2048² benchmark plane, made once. */
const Image& image2048()
{
    static const Image img = bench::smoothNoisyImage16(2048);
    return img;
}

void previewRender(benchmark::State& state, int side)
{
    ThresholdMaskRenderer renderer;
    renderer.setSource(image2048().plane(0), false);
    int step = 0;
    for (auto _ : state) {
        renderer.setLevels(1500.0 + (step++ % 200), 3000.0, QColor(255, 0, 0)); // a new level every step
        QImage out = renderer.render(QRect(0, 0, side, side));
        benchmark::DoNotOptimize(out.constBits());
    }
}

void BM_PreviewRender2048(benchmark::State& state)
{
    previewRender(state, 2048);
}
BENCHMARK(BM_PreviewRender2048)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(10);

void BM_PreviewRegion1024(benchmark::State& state)
{
    previewRender(state, 1024);
}
BENCHMARK(BM_PreviewRegion1024)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(10);

void BM_PreviewSliderStep2048(benchmark::State& state)
{
    ImageDocument doc(image2048());
    AppContext context(2);
    TaskRunner runner(context.threadPool());
    ThresholdPanel panel(&runner);
    panel.setDocument(&doc);
    ImageView view;
    view.resize(1024, 1024);
    QImage gray(2048, 2048, QImage::Format_Grayscale8);
    gray.fill(64);
    view.setImage(gray);
    auto* overlay = new ThresholdOverlay(&view);
    overlay->setDocument(&doc);
    view.addOverlay(overlay, int(OverlayZ::ThresholdMask));
    view.fitToWindow();
    auto* lower = panel.findChild<QDoubleSpinBox*>(QStringLiteral("lowerSpin"));
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        lower->setValue(1500.0 + (step++ % 200));
        view.render(&target);
        benchmark::DoNotOptimize(target.constBits());
    }
    state.counters["undoSteps"] = doc.undoStack()->count();
    runner.shutdown();
}
BENCHMARK(BM_PreviewSliderStep2048)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(10);

} // namespace

int main(int argc, char** argv)
{
    return bench::runOffscreenBenchmarks(argc, argv);
}
