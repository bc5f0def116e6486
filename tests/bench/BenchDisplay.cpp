// Display and histogram benchmarks through the GUI's code paths (Release build, offscreen Qt platform):
//  - BM_RenderPlane4096: renderDisplay() of a 4096² 16-bit plane (what DisplayRenderer runs on its worker); /1 with
//    the buffer reused as DisplayRenderer does from the second step of a drag on;
//  - BM_RenderComposite3x2048: a 3-channel 2048² 16-bit composite;
//  - BM_OpenTiffToImage4096: a 4096² 16-bit TIFF read from disk, auto display range (as MainWindow's loader does),
//    ImageDocument created, rendered QImage delivered by DisplayRenderer (everything up to the viewer's paint);
//  - BM_HistogramRoi2048: HistogramPanel on a 4096² 16-bit plane, selecting a 2048² ROI: from the selection change to
//    histogramsUpdated (worker: mask, exact histogram and statistics; GUI: curves, markers, replot, table);
//  - BM_HistogramPlane4096: the plane's histogram and statistics (computed once per plane, then cached).
#include "core/io/ImageReader.h"
#include "core/io/TiffWriter.h"
#include "core/task/TaskContext.h"
#include "tests/bench/BenchGuiSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/histogram/HistogramPanel.h"
#include "ui/viewer/DisplayRenderer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <benchmark/benchmark.h>

#include <opencv2/imgproc.hpp>

using namespace tessera;

namespace {

/** The shared 4096² benchmark plane, made once. */
const Image& image4096()
{
    static const Image img = bench::smoothNoisyImage16(4096);
    return img;
}

using bench::spinUntil;

void BM_RenderPlane4096(benchmark::State& state)
{
    const Image& image = image4096();
    ChannelView view;
    view.range = autoDisplayRange(image.plane(0));
    const DisplayState ds = makeDisplayState(image, {}, {view}, false, false);
    QImage buffer;
    for (auto _ : state) {
        if (state.range(0) == 1) {
            buffer = renderDisplay(image, ds, nullptr, std::move(buffer)); // as DisplayRenderer during a drag
        } else {
            benchmark::DoNotOptimize(renderDisplay(image, ds));
        }
    }
    state.SetLabel(state.range(0) == 1 ? "4096x4096 uint16 -> RGB32, buffer reused" : "4096x4096 uint16 -> RGB32");
}
BENCHMARK(BM_RenderPlane4096)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RenderComposite3x2048(benchmark::State& state)
{
    Image image = Image::create(PixelType::UInt16, 2048, 2048, 3).value();
    for (int c = 0; c < 3; ++c) {
        cv::resize(image4096().plane(0)(cv::Rect(c * 1024, 0, 2048, 2048)), image.plane(c), cv::Size(2048, 2048));
    }
    QList<ChannelView> views;
    const QColor colors[] = {Qt::red, Qt::green, Qt::blue};
    for (int c = 0; c < 3; ++c) {
        ChannelView v;
        v.range = {500, 3500};
        v.color = colors[c];
        views.append(v);
    }
    const DisplayState ds = makeDisplayState(image, {}, views, true, false);
    for (auto _ : state) {
        benchmark::DoNotOptimize(renderDisplay(image, ds));
    }
    state.SetLabel("3 x 2048x2048 uint16 additive");
}
BENCHMARK(BM_RenderComposite3x2048)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OpenTiffToImage4096(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big16.tif"));
    if (!TiffWriter().write(image4096(), path).isOk()) {
        state.SkipWithError("cannot write the TIFF");
        return;
    }
    AppContext context(2);
    TaskRunner runner(context.threadPool());
    for (auto _ : state) {
        // Worker part of MainWindow::openFile: read + auto range.
        Expected<Image> read = ImageReader().read(path);
        Image image = std::move(read).value();
        image.displayRanges = {autoDisplayRange(image.plane(0))};
        // GUI part: document, renderer (render on the pool), until the viewer gets its QImage.
        ImageDocument doc(image);
        DisplayRenderer renderer(&runner);
        bool ready = false;
        QObject::connect(&renderer, &DisplayRenderer::imageReady,
                         [&ready](const QImage& img) { ready = !img.isNull(); });
        renderer.setDocument(&doc);
        spinUntil([&] { return ready; });
        if (!ready) {
            state.SkipWithError("no image");
            return;
        }
    }
    state.SetLabel("4096x4096 uint16 TIFF -> RGB32 QImage");
}
BENCHMARK(BM_OpenTiffToImage4096)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

void BM_HistogramRoi2048(benchmark::State& state)
{
    AppContext context(2);
    TaskRunner runner(context.threadPool());
    ImageDocument doc(image4096());
    const RoiId id = doc.allocateRoiId();
    doc.insertRois({{id, -1, Roi::rectangle(QStringLiteral("big"), 1024, 1024, 2048, 2048)}});
    HistogramPanel panel(&runner);
    panel.resize(500, 600);
    panel.show();
    int updates = 0;
    QObject::connect(&panel, &HistogramPanel::histogramsUpdated, [&updates] { ++updates; });
    panel.setDocument(&doc);
    spinUntil([&] { return updates > 0; }); // the plane's histogram, cached from now on
    for (auto _ : state) {
        state.PauseTiming();
        doc.clearSelection();
        const int before = updates;
        spinUntil([&] { return updates > before; });
        state.ResumeTiming();
        const int start = updates;
        doc.setSelection({id});
        spinUntil([&] { return updates > start; });
    }
    state.SetLabel("2048x2048 ROI on a 4096x4096 uint16 plane, selection -> plot + table");
    if (state.range(0) == 1) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            panel.plot()->replot();
        }
        fprintf(stderr, "replot alone: %.2f ms\n", t.nsecsElapsed() / 20e6);
    }
}
BENCHMARK(BM_HistogramRoi2048)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_HistogramPlane4096(benchmark::State& state)
{
    HistogramRequest request;
    request.plane = image4096().plane(0);
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(computeHistogramSet(request, task));
    }
    state.SetLabel("4096x4096 uint16 plane: exact histogram + statistics");
}
BENCHMARK(BM_HistogramPlane4096)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_HistogramRoi2048Worker(benchmark::State& state)
{
    HistogramRequest request;
    request.plane = image4096().plane(0);
    TaskContext planeTask;
    request.planeEntry = computeHistogramSet(request, planeTask).value().plane;
    request.rois.push_back({1, Roi::rectangle(QStringLiteral("big"), 1024, 1024, 2048, 2048), Qt::red});
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(computeHistogramSet(request, task));
    }
    state.SetLabel("worker part only: mask + exact histogram + statistics of a 2048x2048 ROI");
}
BENCHMARK(BM_HistogramRoi2048Worker)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return bench::runOffscreenBenchmarks(argc, argv);
}
