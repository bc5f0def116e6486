// Session save and load (core/session): 10,000 ROIs (rectangles, ellipses and 24-vertex polygons, with classes) and a
// 2048 × 2048 label layer of ~4,000 disk-shaped objects plus a mask layer; the target is <= 300 ms each.
// Argument 0: everything; 1: the ROIs only (JSON); 2: the layers only.
#include "core/session/Session.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace tessera;

namespace {

Session bigSession(const QString& imagePath)
{
    SessionImage im;
    im.path = imagePath;
    im.width = 2048;
    im.height = 2048;
    im.sha256 = QString(64, QLatin1Char('0'));
    im.classes = {{QStringLiteral("cell"), QStringLiteral("#ff0000")},
                  {QStringLiteral("background"), QStringLiteral("#0000ff")}};
    cv::RNG rng(2026);
    for (int i = 0; i < 10000; ++i) {
        const double x = rng.uniform(0.0, 2000.0);
        const double y = rng.uniform(0.0, 2000.0);
        const QString name = QStringLiteral("roi %1").arg(i + 1);
        Roi roi;
        if (i % 3 == 0) {
            roi = Roi::rectangle(name, x, y, rng.uniform(2.0, 40.0), rng.uniform(2.0, 40.0));
        } else if (i % 3 == 1) {
            roi = Roi::ellipse(name, x, y, rng.uniform(2.0, 40.0), rng.uniform(2.0, 40.0));
        } else {
            std::vector<QPointF> points;
            for (int k = 0; k < 24; ++k) {
                const double a = 2 * M_PI * k / 24;
                const double r = rng.uniform(8.0, 20.0);
                points.emplace_back(x + 20 + r * std::cos(a), y + 20 + r * std::sin(a));
            }
            roi = Roi::polygon(name, std::move(points));
        }
        roi.className = i % 2 ? QStringLiteral("cell") : QStringLiteral("background");
        im.rois.push_back(std::move(roi));
    }
    im.labelLayer = cv::Mat(2048, 2048, CV_32S, cv::Scalar(0));
    int label = 0;
    for (int y = 16; y < 2048; y += 32) {
        for (int x = 16; x < 2048; x += 32) {
            cv::circle(im.labelLayer, {x + rng.uniform(-3, 3), y + rng.uniform(-3, 3)}, rng.uniform(6, 14),
                       cv::Scalar(++label), -1);
        }
    }
    im.labelCount = label;
    cv::compare(im.labelLayer, 0, im.maskLayer, cv::CMP_GT);
    Session s;
    s.images = {im};
    return s;
}

/** What is saved: 0 = everything, 1 = ROIs only (JSON), 2 = layers only. */
Session part(Session s, int what)
{
    if (what == 1) {
        s.images[0].labelLayer.release();
        s.images[0].maskLayer.release();
    } else if (what == 2) {
        s.images[0].rois.clear();
    }
    return s;
}

void BM_SessionSave(benchmark::State& state)
{
    QTemporaryDir dir;
    const Session session = part(bigSession(dir.filePath(QStringLiteral("image.tif"))), int(state.range(0)));
    const QString path = dir.filePath(QStringLiteral("big.tessera"));
    for (auto _ : state) {
        const Status status = SessionFile::write(session, path);
        if (!status.isOk()) {
            state.SkipWithError(qPrintable(status.message()));
        }
    }
}
BENCHMARK(BM_SessionSave)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SessionLoad(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tessera"));
    SessionFile::write(part(bigSession(dir.filePath(QStringLiteral("image.tif"))), int(state.range(0))), path);
    for (auto _ : state) {
        Expected<Session> s = SessionFile::read(path);
        if (!s.isOk()) {
            state.SkipWithError(qPrintable(s.status().message()));
        }
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_SessionLoad)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
