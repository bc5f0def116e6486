#pragma once
// Shared setup of the GUI-path benchmarks (BenchDisplay, BenchViewer, BenchThresholdPreview): the synthetic 16-bit
// plane, waiting on the event loop, and main() with an offscreen QApplication.

#include "core/image/Image.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <opencv2/imgproc.hpp>

namespace tessera::bench {

/** A side² 16-bit image with smooth structure (a (side/64)² uniform grid in [500, 3500], cubic upsampling) plus
 *  normal noise (σ = 60), seeded: the same pixels on every run. */
inline Image smoothNoisyImage16(int side)
{
    Image image = Image::create(PixelType::UInt16, side, side).value();
    const int cells = side / 64;
    cv::Mat small(cells, cells, CV_32F);
    cv::RNG rng(2026);
    rng.fill(small, cv::RNG::UNIFORM, 500.0, 3500.0);
    cv::Mat big;
    cv::resize(small, big, cv::Size(side, side), 0, 0, cv::INTER_CUBIC);
    cv::Mat noise(big.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 60.0);
    big += noise;
    big.convertTo(image.plane(0), CV_16U);
    return image;
}

/** Runs the event loop until cond() holds (checked after each event batch) or 10 s; sleeps while idle, so the CPU
 *  time counted is the GUI thread's work. */
template <typename Cond> void spinUntil(Cond cond)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the blocking wait now and then, so the timeout holds
    tick.start(20);
    while (!cond() && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

/** The body of main(): a QApplication on the offscreen platform, then the registered benchmarks. */
inline int runOffscreenBenchmarks(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace tessera::bench
