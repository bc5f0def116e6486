// Viewer benchmarks through the GUI's code paths (Release build, offscreen Qt platform), on a 4096² 16-bit plane:
//  - BM_OpenTiffToFirstPaint4096: a 4096² 16-bit TIFF (written by TiffWriter in a temporary directory) read from disk,
//    auto display range, ImageDocument, DisplayRenderer (renders on the pool), ImageView::setImage (fits the image to
//    the 1200×900 view) and the view painted into an offscreen QImage: open to first paint. Target ≤ 300 ms.
//  - BM_ViewerRepaint: one pan step (a 40-pixel middle-button drag) or one zoom step (zoomIn/zoomOut alternately) of a
//    1200×900 ImageView showing the rendered 4096² plane, then the widget painted into a QImage of its size; at 1:1
//    and at fit. Target ≤ 16 ms.
#include "core/io/ImageReader.h"
#include "core/io/TiffWriter.h"
#include "tests/bench/BenchGuiSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/ImageView.h"

#include <QMouseEvent>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

const QSize kViewSize(1200, 900);

/** The shared 4096² benchmark plane, made once. */
const Image& image4096()
{
    static const Image img = bench::smoothNoisyImage16(4096);
    return img;
}

using bench::spinUntil;

/** Paints the whole view into an offscreen image of its size (what a repaint of the window does for the viewer). */
void paintView(ImageView& view, QImage& target)
{
    if (target.size() != view.size()) {
        target = QImage(view.size(), QImage::Format_RGB32);
    }
    view.render(&target);
}

void BM_OpenTiffToFirstPaint4096(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big16.tif"));
    if (!TiffWriter().write(image4096(), path).isOk()) {
        state.SkipWithError("cannot write the TIFF");
        return;
    }
    AppContext context(2);
    TaskRunner runner(context.threadPool());
    QImage target;
    for (auto _ : state) {
        Expected<Image> read = ImageReader().read(path);
        if (!read.isOk()) {
            state.SkipWithError("cannot read the TIFF");
            return;
        }
        Image image = std::move(read).value();
        image.displayRanges = {autoDisplayRange(image.plane(0))};
        ImageDocument doc(image);
        ImageView view; // a new view per open: setImage fits the first image to the window
        view.resize(kViewSize);
        DisplayRenderer renderer(&runner);
        QObject::connect(&renderer, &DisplayRenderer::imageReady, &view, &ImageView::setImage);
        renderer.setDocument(&doc);
        spinUntil([&] { return !view.image().isNull(); });
        if (view.image().isNull()) {
            state.SkipWithError("no image");
            return;
        }
        paintView(view, target);
        benchmark::DoNotOptimize(target.constBits());
    }
    state.SetLabel("4096x4096 uint16 TIFF -> read -> render -> ImageView 1200x900 painted (fit)");
}
BENCHMARK(BM_OpenTiffToFirstPaint4096)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

/** Sends one middle-button drag of dx pixels to the view (the pan gesture). */
void panStep(ImageView& view, int dx)
{
    const QPointF from(600, 450);
    const QPointF to = from + QPointF(dx, 0);
    QMouseEvent press(QEvent::MouseButtonPress, from, view.mapToGlobal(from), Qt::MiddleButton, Qt::MiddleButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &press);
    QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, view.mapToGlobal(to), Qt::MiddleButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &release);
}

/** range(0): 0 = pan step, 1 = zoom step; range(1): 0 = at 1:1, 1 = at fit. */
void BM_ViewerRepaint(benchmark::State& state)
{
    const bool zoom = state.range(0) == 1;
    const bool fit = state.range(1) == 1;
    ChannelView channel;
    channel.range = autoDisplayRange(image4096().plane(0));
    const QImage rendered = renderDisplay(image4096(), makeDisplayState(image4096(), {}, {channel}, false, false));
    ImageView view;
    view.resize(kViewSize);
    view.setImage(rendered);
    if (fit) {
        view.fitToWindow();
    } else {
        view.zoomActualSize();
    }
    QImage target;
    paintView(view, target); // warm up
    int step = 0;
    for (auto _ : state) {
        const bool forward = (step++ % 2) == 0; // alternate, so the view stays around its starting place and scale
        if (zoom) {
            forward ? view.zoomIn() : view.zoomOut();
        } else {
            panStep(view, forward ? 40 : -40);
        }
        paintView(view, target);
        benchmark::DoNotOptimize(target.constBits());
    }
    state.SetLabel(QStringLiteral("%1 step at %2, 1200x900 view of 4096x4096")
                       .arg(zoom ? QStringLiteral("zoom") : QStringLiteral("pan"),
                            fit ? QStringLiteral("fit") : QStringLiteral("1:1"))
                       .toStdString());
}
BENCHMARK(BM_ViewerRepaint)
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return bench::runOffscreenBenchmarks(argc, argv);
}
