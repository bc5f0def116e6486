#include "core/histogram/Histogram.h"
#include "core/task/TaskContext.h"
#include "tests/core/TestImages.h"

#include <QElapsedTimer>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cmath>
#include <limits>

using namespace tessera;
using tessera::test::firstPlane;

namespace {
/** A deterministic pseudo-random mask selecting roughly half the pixels. */
cv::Mat scatterMask(cv::Size size)
{
    cv::Mat mask(size, CV_8U);
    cv::RNG rng(12345);
    rng.fill(mask, cv::RNG::UNIFORM, 0, 2);
    return mask * 255;
}

/** Reference: a plain loop counting every value (independent of the parallel kernel). */
template <typename T> std::vector<quint64> naiveCounts(const cv::Mat& plane, const cv::Mat& mask, int bins)
{
    std::vector<quint64> h(size_t(bins), 0);
    for (int r = 0; r < plane.rows; ++r) {
        for (int c = 0; c < plane.cols; ++c) {
            if (mask.empty() || mask.at<uchar>(r, c)) {
                ++h[plane.at<T>(r, c)];
            }
        }
    }
    return h;
}
} // namespace

class TestHistogram : public QObject
{
    Q_OBJECT
private slots:
    void exact8BitMatchesOpenCv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("masked");
        QTest::newRow("textures") << QStringLiteral("synthetic/textures8.tif") << false;
        QTest::newRow("textures masked") << QStringLiteral("synthetic/textures8.tif") << true;
        QTest::newRow("nuclei") << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif")
                                << false;
        QTest::newRow("haralick 20x20") << QStringLiteral("imagej-ops_haralick_test_img.tif") << true;
    }
    void exact8BitMatchesOpenCv()
    {
        QFETCH(QString, file);
        QFETCH(bool, masked);
        const cv::Mat plane = firstPlane(file);
        QVERIFY(!plane.empty());
        const cv::Mat mask = masked ? scatterMask(plane.size()) : cv::Mat();
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, mask, HistogramParams(), task);
        QVERIFY(h.isOk());
        QCOMPARE(h->binCount(), 256);
        QCOMPARE(h->binStart, 0.0);
        QCOMPARE(h->binWidth, 1.0);
        // OpenCV's calcHist is the independent reference.
        cv::Mat ref;
        const int channels[] = {0};
        const int sizes[] = {256};
        const float range[] = {0, 256};
        const float* ranges[] = {range};
        cv::calcHist(&plane, 1, channels, mask, ref, 1, sizes, ranges);
        quint64 total = 0;
        for (int i = 0; i < 256; ++i) {
            QCOMPARE(h->counts[size_t(i)], quint64(ref.at<float>(i)));
            total += quint64(ref.at<float>(i));
        }
        QCOMPARE(h->total, total);
        double mn = 0;
        double mx = 0;
        cv::minMaxLoc(plane, &mn, &mx, nullptr, nullptr, mask);
        QCOMPARE(h->dataMin, mn);
        QCOMPARE(h->dataMax, mx);
    }

    void exact16BitHas65536Bins_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("masked");
        QTest::newRow("pyimagej") << QStringLiteral("pyimagej_test_still.tif") << false;
        QTest::newRow("disks masked") << QStringLiteral("synthetic/disks16.tif") << true;
    }
    void exact16BitHas65536Bins()
    {
        QFETCH(QString, file);
        QFETCH(bool, masked);
        const cv::Mat plane = firstPlane(file);
        QVERIFY(!plane.empty() && plane.depth() == CV_16U);
        const cv::Mat mask = masked ? scatterMask(plane.size()) : cv::Mat();
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, mask, HistogramParams(), task);
        QVERIFY(h.isOk());
        QCOMPARE(h->binCount(), 65536);
        QVERIFY(h->counts == naiveCounts<ushort>(plane, mask, 65536));
        QCOMPARE(h->total, quint64(masked ? cv::countNonZero(mask) : plane.total()));
    }

    void rebinnedOnRequest()
    {
        const cv::Mat plane = firstPlane(QStringLiteral("pyimagej_test_still.tif"));
        HistogramParams p;
        p.bins = 100;
        p.useRange = true;
        p.rangeMin = 1000;
        p.rangeMax = 5000;
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(), p, task);
        QVERIFY(h.isOk());
        QCOMPARE(h->binCount(), 100);
        QCOMPARE(h->binWidth, 40.0);
        // Reference: bin = floor((v - 1000) / 40), v = 5000 in the last bin, others outside.
        std::vector<quint64> ref(100, 0);
        quint64 outside = 0;
        for (int r = 0; r < plane.rows; ++r) {
            for (int c = 0; c < plane.cols; ++c) {
                const int v = plane.at<ushort>(r, c);
                if (v < 1000 || v > 5000) {
                    ++outside;
                } else {
                    ++ref[size_t(std::min(99, (v - 1000) / 40))];
                }
            }
        }
        QVERIFY(h->counts == ref);
        QCOMPARE(h->outside, outside);
        QCOMPARE(h->total + h->outside, quint64(plane.total()));
        QCOMPARE(h->dataMin, 658.0); // the documented range of this image (tests/data/README.md)
        QCOMPARE(h->dataMax, 6157.0);
    }

    void rebinnedOverDataRangeByDefault()
    {
        const cv::Mat plane = firstPlane(QStringLiteral("synthetic/textures8.tif"));
        HistogramParams p;
        p.bins = 16;
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(), p, task);
        QVERIFY(h.isOk());
        QCOMPARE(h->binCount(), 16);
        QCOMPARE(h->total, quint64(plane.total()));
        QCOMPARE(h->outside, quint64(0));
        QCOMPARE(h->binStart, h->dataMin);
        QCOMPARE(h->binStart + 16 * h->binWidth, h->dataMax);
    }

    void floatBinsNaNAndEdges()
    {
        // 10 values 0..9, one NaN, one value exactly at the top of the range, one outside.
        cv::Mat plane(1, 13, CV_32F);
        for (int i = 0; i < 10; ++i) {
            plane.at<float>(0, i) = float(i);
        }
        plane.at<float>(0, 10) = std::nanf("");
        plane.at<float>(0, 11) = 10.0f;
        plane.at<float>(0, 12) = 11.0f;
        HistogramParams p;
        p.bins = 5;
        p.useRange = true;
        p.rangeMin = 0;
        p.rangeMax = 10;
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(), p, task);
        QVERIFY(h.isOk());
        QCOMPARE(h->counts, (std::vector<quint64>{2, 2, 2, 2, 3}));
        QCOMPARE(h->nanCount, quint64(1));
        QCOMPARE(h->outside, quint64(1));
        QCOMPARE(h->total, quint64(11));
        QCOMPARE(h->dataMin, 0.0);
        QCOMPARE(h->dataMax, 11.0);
        // Default: 256 bins over the data's min..max.
        const Expected<Histogram> d = computeHistogram(plane, cv::Mat(), HistogramParams(), task);
        QVERIFY(d.isOk());
        QCOMPARE(d->binCount(), 256);
        QCOMPARE(d->total, quint64(12));
        QCOMPARE(d->counts.front(), quint64(1));
        QCOMPARE(d->counts.back(), quint64(1));
    }

    void infinitiesAreIgnoredLikeNaN()
    {
        cv::Mat plane(1, 5, CV_32F);
        const float vals[] = {1.0f, std::numeric_limits<float>::infinity(), 2.0f,
                              -std::numeric_limits<float>::infinity(), 3.0f};
        for (int i = 0; i < 5; ++i) {
            plane.at<float>(0, i) = vals[i];
        }
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(), HistogramParams(), task);
        QVERIFY(h.isOk());
        QCOMPARE(h->total, quint64(3));
        QCOMPARE(h->nanCount, quint64(2));
        QCOMPARE(h->dataMin, 1.0);
        QCOMPARE(h->dataMax, 3.0);
        const Expected<ImageJHistogram> ij = computeImageJHistogram(plane, cv::Mat(), task);
        QVERIFY(ij.isOk());
        QCOMPARE(ij->total, qint64(3));
        QCOMPARE(ij->counts[0], qint64(1));
        QCOMPARE(ij->counts[128], qint64(1)); // (2 - 1) * 255 / 2 + 0.5 = 128
        QCOMPARE(ij->counts[255], qint64(1));
    }

    void imageJHistogramOf16Bit()
    {
        // ImageJ's 8-bit conversion of a 16-bit plane spanning exactly 256 * k levels maps k levels to each bin.
        cv::Mat plane(1, 1024, CV_16U);
        for (int i = 0; i < 1024; ++i) {
            plane.at<ushort>(0, i) = ushort(3000 + i);
        }
        TaskContext task;
        const Expected<ImageJHistogram> h = computeImageJHistogram(plane, cv::Mat(), task);
        QVERIFY(h.isOk());
        QCOMPARE(h->min, 3000.0);
        QCOMPARE(h->max, 4023.0);
        QCOMPARE(h->total, qint64(1024));
        // scale = 256 / 1024: v - min = 4b + {0,1} -> bin b; {2,3} -> bin b + 1 (rounding), the last bin is capped.
        QCOMPARE(h->counts[0], qint64(2));
        for (int b = 1; b < 255; ++b) {
            QCOMPARE(h->counts[size_t(b)], qint64(4));
        }
        QCOMPARE(h->counts[255], qint64(6));
    }

    void imageJHistogramOfFloatIgnoresNaN()
    {
        cv::Mat plane(1, 256, CV_32F);
        for (int i = 0; i < 256; ++i) {
            plane.at<float>(0, i) = float(i) * 0.5f - 10.0f;
        }
        plane.at<float>(0, 7) = std::nanf("");
        TaskContext task;
        const Expected<ImageJHistogram> h = computeImageJHistogram(plane, cv::Mat(), task);
        QVERIFY(h.isOk());
        QCOMPARE(h->total, qint64(255));
        QCOMPARE(h->min, -10.0);
        QCOMPARE(h->max, 117.5);
        // 256 equally spaced values over min..max: one per bin (scale 255/(max-min)), the NaN's bin is empty.
        for (int b = 0; b < 256; ++b) {
            QCOMPARE(h->counts[size_t(b)], qint64(b == 7 ? 0 : 1));
        }
    }

    void badInputs()
    {
        TaskContext task;
        QCOMPARE(computeHistogram(cv::Mat(), cv::Mat(), HistogramParams(), task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(
            computeHistogram(cv::Mat(3, 3, CV_64F, cv::Scalar(0)), cv::Mat(), HistogramParams(), task).status().code(),
            StatusCode::InvalidInput);
        QCOMPARE(computeHistogram(cv::Mat(3, 3, CV_8U, cv::Scalar(0)), cv::Mat(3, 4, CV_8U, cv::Scalar(1)),
                                  HistogramParams(), task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
        HistogramParams p;
        p.bins = -1;
        QVERIFY(!p.validate().isOk());
        p.bins = 10;
        p.useRange = true;
        p.rangeMin = 5;
        p.rangeMax = 5;
        QVERIFY(!p.validate().isOk());
        QCOMPARE(computeHistogram(cv::Mat(3, 3, CV_8U, cv::Scalar(0)), cv::Mat(), p, task).status().code(),
                 StatusCode::InvalidInput);
        QVERIFY(!rebinHistogram(Histogram(), 0, 0, 1).isOk());
    }

    void emptyMaskGivesEmptyHistogram()
    {
        const cv::Mat plane(10, 10, CV_16U, cv::Scalar(7));
        TaskContext task;
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(10, 10, CV_8U, cv::Scalar(0)), {}, task);
        QVERIFY(h.isOk());
        QCOMPARE(h->total, quint64(0));
    }

    void sameResultWithOneThread()
    {
        const cv::Mat plane = firstPlane(QStringLiteral("synthetic/disks16.tif"));
        TaskContext task;
        const Expected<Histogram> a = computeHistogram(plane, cv::Mat(), HistogramParams(), task);
        const int threads = cv::getNumThreads();
        cv::setNumThreads(1);
        const Expected<Histogram> b = computeHistogram(plane, cv::Mat(), HistogramParams(), task);
        cv::setNumThreads(threads);
        QVERIFY(a.isOk() && b.isOk());
        QVERIFY(a->counts == b->counts);
    }

    void cancelledBeforeStart()
    {
        const cv::Mat plane(64, 64, CV_16U, cv::Scalar(1));
        TaskContext task;
        task.cancel();
        QVERIFY(computeHistogram(plane, cv::Mat(), HistogramParams(), task).status().isCancelled());
        QVERIFY(computeImageJHistogram(plane, cv::Mat(), task).status().isCancelled());
    }

    void cancelTakesEffectQuickly()
    {
        // A float histogram of a 4096 x 4096 plane, cancelled from its own progress report once a quarter is done;
        // it must return Cancelled well within 100 ms of the request.
        cv::Mat plane(4096, 4096, CV_32F);
        cv::randu(plane, 0.0f, 1.0f);
        HistogramParams p;
        p.bins = 1000;
        QElapsedTimer clock;
        std::atomic<qint64> cancelledAt{-1};
        TaskContext* self = nullptr;
        TaskContext task([&](double fraction, const QString&) {
            if (fraction >= 0.25 && cancelledAt.load() < 0) {
                cancelledAt.store(clock.nsecsElapsed());
                self->cancel();
            }
        });
        self = &task;
        clock.start();
        const Expected<Histogram> h = computeHistogram(plane, cv::Mat(), p, task);
        const qint64 returnedAt = clock.nsecsElapsed();
        QVERIFY(h.status().isCancelled());
        QVERIFY(cancelledAt.load() >= 0);
        const double ms = (returnedAt - cancelledAt.load()) / 1e6;
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
    }

    void progressIsReported()
    {
        const cv::Mat plane = firstPlane(QStringLiteral("synthetic/disks16.tif"));
        TaskContext task;
        QVERIFY(computeHistogram(plane, cv::Mat(), HistogramParams(), task).isOk());
        QCOMPARE(task.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestHistogram)
#include "TestHistogram.moc"
