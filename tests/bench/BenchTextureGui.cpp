// GUI-path benchmarks of the texture workbench (issue 8 targets), offscreen:
//  - GlcmGuiPath: 1,000 ROIs of 50×50 on a 2048² 16-bit plane, PyImageJ tutorial parameters (128 levels, d = 7,
//    four orientations): GlcmPanel::run() → TaskRunner on the app pool → result stored in the document → results
//    table rebuilt and scatter plot rebuilt and painted (target ≤ 200 ms);
//  - ScatterRebuild10k: rebuilding and painting the scatter plot for 10,000 ROIs (target ≤ 30 ms), and
//    ScatterSelection10k: a selection change (highlight only) with 10,000 points.
#include "core/image/Image.h"
#include "tests/ui/GlcmTestSupport.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/results/ResultsTable.h"
#include "ui/results/ResultsTableModel.h"
#include "ui/texture/GlcmPanel.h"

#include <QApplication>
#include <QEventLoop>

#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"

#include <ctime>

#include <benchmark/benchmark.h>

#include <opencv2/imgproc.hpp>

#include <qcustomplot.h>

using namespace tessera;

namespace {

/** CPU seconds of the whole process (all threads): compute cost independent of other load on the machine. */
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/** Smoothed noise, 16-bit, deterministic. */
Image syntheticImage(int size)
{
    cv::RNG rng(20261202);
    cv::Mat noise(size, size, CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat smooth;
    cv::GaussianBlur(noise, smooth, cv::Size(0, 0), 3.0);
    cv::Mat plane;
    smooth.convertTo(plane, CV_16U, 60000.0, 20000.0);
    return Image::fromPlane(plane).value();
}

/** The tutorial preset and n rectangles of 50×50 at seeded random places on a 2048² document; with classes, the
 *  ROIs alternate "cell" and "background". */
void prepareGlcmDocument(ImageDocument& doc, int n, bool withClasses)
{
    doc.setParameters(AnalysisKind::Glcm, GlcmPanel::tutorialPreset());
    std::vector<Roi> rois;
    cv::RNG rng(7);
    for (int i = 0; i < n; ++i) {
        Roi r = Roi::rectangle(QStringLiteral("r%1").arg(i), rng.uniform(0, 1998), rng.uniform(0, 1998), 50, 50);
        if (withClasses) {
            r.className = i % 2 ? QStringLiteral("background") : QStringLiteral("cell");
        }
        rois.push_back(r);
    }
    test::addRois(doc, rois);
}

/** The scatter plot (700×500) and the results table (900×400) on doc, shown, pending events processed. */
struct ResultViews
{
    ScatterPlot plot;
    ResultsTable table;

    explicit ResultViews(ImageDocument& doc)
    {
        plot.resize(700, 500);
        plot.setDocument(&doc);
        plot.show();
        table.resize(900, 400);
        table.setDocument(&doc);
        table.show();
        QCoreApplication::processEvents();
    }
};

void GlcmGuiPath(benchmark::State& state)
{
    const int n = int(state.range(0));
    AppContext context;
    TaskRunner runner(context.threadPool());
    ImageDocument doc(syntheticImage(2048));
    prepareGlcmDocument(doc, n, true);
    GlcmPanel panel(&runner);
    panel.setAutoRun(false);
    panel.setDocument(&doc);
    ResultViews views(doc);
    ScatterPlot& plot = views.plot;
    ResultsTable& table = views.table;
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        QEventLoop loop;
        QObject::connect(&panel, &GlcmPanel::runFinished, &loop, &QEventLoop::quit);
        panel.run();
        loop.exec(); // result → document → table and plot rebuilt (synchronously on resultChanged)
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh); // and painted
        QCoreApplication::processEvents();
        if (plot.points().size() != n || table.model()->rowCount() != n) {
            state.SkipWithError("the plot or the table did not update");
            break;
        }
    }
    state.counters["process_cpu_ms"] = 1000.0 * (processCpuSeconds() - cpu0) / double(state.iterations());
}

/** The GUI-thread part alone: storing a computed 1,000-ROI result → table model rebuilt, view resized, plot rebuilt
 *  and painted. */
void GlcmGuiUpdateOnly(benchmark::State& state)
{
    const int n = int(state.range(0));
    ImageDocument doc(syntheticImage(2048));
    prepareGlcmDocument(doc, n, true);
    TaskContext task;
    auto result = std::make_shared<const GlcmResult>(computeGlcmJob(makeGlcmJob(doc), task).value());
    ResultViews views(doc);
    for (auto _ : state) {
        doc.setResult<GlcmResult>(AnalysisKind::Glcm, result, doc.stamp(AnalysisKind::Glcm));
        views.plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCoreApplication::processEvents();
    }
}
BENCHMARK(GlcmGuiUpdateOnly)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

/** Times work(job, task) on the calling thread for a GlcmJob of state.range(0) unclassed ROIs on the 2048² plane;
 *  reports the process CPU time per iteration as well. */
template <typename Work> void runGlcmJobBenchmark(benchmark::State& state, Work work)
{
    ImageDocument doc(syntheticImage(2048));
    prepareGlcmDocument(doc, int(state.range(0)), false);
    const GlcmJob job = makeGlcmJob(doc);
    const double cpu0 = processCpuSeconds();
    for (auto _ : state) {
        TaskContext task;
        benchmark::DoNotOptimize(work(job, task));
    }
    state.counters["process_cpu_ms"] = 1000.0 * (processCpuSeconds() - cpu0) / double(state.iterations());
}

/** The worker part alone (rasterise, GLCM, statistics), on the calling thread's TaskContext. */
void GlcmJobOnly(benchmark::State& state)
{
    runGlcmJobBenchmark(state, [](const GlcmJob& job, TaskContext& task) { return computeGlcmJob(job, task); });
}
BENCHMARK(GlcmJobOnly)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

/** For comparison: the core analysis alone (rasterise + computeGlcmTable), no statistics. */
void GlcmCoreOnly(benchmark::State& state)
{
    runGlcmJobBenchmark(state, [](const GlcmJob& job, TaskContext& task) {
        return computeGlcmTable(job.plane, rasterizeNamedRois(job.rois, job.plane.size()), job.params, task);
    });
}
BENCHMARK(GlcmCoreOnly)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(GlcmGuiPath)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void ScatterRebuild(benchmark::State& state)
{
    const int n = int(state.range(0));
    ImageDocument doc(syntheticImage(512));
    test::addSyntheticResult(doc, n);
    ScatterPlot plot;
    plot.resize(700, 500);
    plot.setDocument(&doc);
    plot.show();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        plot.rebuild();
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    if (plot.points().size() != n) {
        state.SkipWithError("wrong point count");
    }
}
BENCHMARK(ScatterRebuild)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

void ScatterSelection(benchmark::State& state)
{
    const int n = int(state.range(0));
    ImageDocument doc(syntheticImage(512));
    const RoiIdList ids = test::addSyntheticResult(doc, n);
    ScatterPlot plot;
    plot.resize(700, 500);
    plot.setDocument(&doc);
    plot.show();
    QCoreApplication::processEvents();
    int k = 0;
    for (auto _ : state) {
        doc.setSelection({ids[k++ % n]});
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}
BENCHMARK(ScatterSelection)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
