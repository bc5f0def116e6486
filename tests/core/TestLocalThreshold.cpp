#include "core/task/TaskContext.h"
#include "core/threshold/LocalThreshold.h"
#include "tests/core/TestImages.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

using namespace tessera;
using tessera::test::firstPlane;

namespace {
LocalThresholdParams paramsFor(LocalThresholdMethod m, int radius)
{
    LocalThresholdParams p;
    p.method = m;
    p.radius = radius;
    return p;
}

cv::Mat run(const cv::Mat& plane, const LocalThresholdParams& p)
{
    TaskContext task;
    Expected<cv::Mat> r = computeLocalThreshold(plane, p, task);
    return r.isOk() ? r.value() : cv::Mat();
}

/** Is (dx, dy) inside ImageJ's RankFilters circle of radius r (row half-width floor(sqrt(r^2 + 1 - dy^2)))? */
bool inKernel(int dx, int dy, int r)
{
    return std::abs(dy) <= r && std::abs(dx) <= int(std::sqrt(double(r) * r + 1.0 - double(dy) * dy));
}

/**
 * Brute-force reference: enumerate each pixel's window (edge pixels replicated) and apply the method's rule as
 * documented for Fiji's Auto Local Threshold.
 */
cv::Mat bruteForce(const cv::Mat& img, const LocalThresholdParams& p, cv::Mat& ambiguous)
{
    ambiguous = cv::Mat(img.size(), CV_8U, cv::Scalar(0));
    const int r = p.radius;
    const double p1 = p.effectiveParameter1();
    const double p2 = p.effectiveParameter2();
    cv::Mat out(img.size(), CV_8U);
    std::vector<int> w;
    for (int y = 0; y < img.rows; ++y) {
        for (int x = 0; x < img.cols; ++x) {
            w.clear();
            for (int dy = -r; dy <= r; ++dy) {
                for (int dx = -r; dx <= r; ++dx) {
                    if (inKernel(dx, dy, r)) {
                        const int yy = std::clamp(y + dy, 0, img.rows - 1);
                        const int xx = std::clamp(x + dx, 0, img.cols - 1);
                        w.push_back(img.at<uchar>(yy, xx));
                    }
                }
            }
            std::sort(w.begin(), w.end());
            const double n = double(w.size());
            double sum = 0;
            double sum2 = 0;
            for (int v : w) {
                sum += v;
                sum2 += double(v) * v;
            }
            const double mean = sum / n;
            const double sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
            const int mn = w.front();
            const int mx = w.back();
            const int median = w[w.size() / 2];
            const int v = img.at<uchar>(y, x);
            bool object = false;
            switch (p.method) {
            case LocalThresholdMethod::Bernsen:
                object = (mx - mn) < p1 ? (mx + mn) / 2 >= 128 : v >= (mx + mn) / 2;
                break;
            case LocalThresholdMethod::Contrast:
                object = std::abs(mx - v) <= std::abs(v - mn);
                break;
            case LocalThresholdMethod::Mean:
                object = v > mean - p1;
                break;
            case LocalThresholdMethod::Median:
                object = v > median - p1;
                break;
            case LocalThresholdMethod::MidGrey:
                object = v > (mx + mn) / 2.0 - p1;
                break;
            case LocalThresholdMethod::Niblack:
                object = v > mean + p1 * sd - p2;
                break;
            case LocalThresholdMethod::Otsu: {
                // Otsu: maximise the between-class variance, proportional to (n s0 - n0 S)^2 / (n0 n1) for class 0 =
                // values <= t, compared exactly in integers. Exactly tied maxima (symmetric windows) may be resolved
                // either way by floating-point rounding, so pixels between the tied thresholds are left out.
                qint64 bestNum = -1;
                qint64 bestDen = 1;
                int tFirst = 0;
                int tLast = 0;
                const qint64 ni = qint64(w.size());
                const qint64 si = qint64(sum);
                for (int s = 0; s < 256; ++s) {
                    qint64 n0 = 0;
                    qint64 s0 = 0;
                    for (int u : w) {
                        if (u <= s) {
                            ++n0;
                            s0 += u;
                        }
                    }
                    const qint64 n1 = ni - n0;
                    if (n0 == 0 || n1 == 0) {
                        continue;
                    }
                    const qint64 d = qint64(ni) * s0 - qint64(n0) * si;
                    const qint64 num = d * d;
                    const qint64 den = qint64(n0) * n1;
                    if (num * bestDen > bestNum * den) {
                        bestNum = num;
                        bestDen = den;
                        tFirst = tLast = s;
                    } else if (num * bestDen == bestNum * den && bestNum >= 0 && w.back() > s) {
                        tLast = s;
                    }
                }
                if (v > tFirst && v <= tLast) {
                    ambiguous.at<uchar>(y, x) = 255;
                }
                object = v > tFirst;
                break;
            }
            case LocalThresholdMethod::Phansalkar: {
                const double m = mean / 255.0;
                const double s = sd / 255.0;
                object = v / 255.0 > m * (1.0 + 2.0 * std::exp(-10.0 * m) + p1 * (s / p2 - 1.0));
                break;
            }
            case LocalThresholdMethod::Sauvola:
                object = v > mean * (1.0 + p1 * (sd / p2 - 1.0));
                break;
            }
            out.at<uchar>(y, x) = object == p.darkBackground ? 255 : 0;
        }
    }
    return out;
}
} // namespace

class TestLocalThreshold : public QObject
{
    Q_OBJECT
private slots:
    void namesAndDefaults()
    {
        QCOMPARE(localThresholdMethodNames().size(), 9);
        for (const QString& n : localThresholdMethodNames()) {
            QCOMPARE(localThresholdMethodName(*localThresholdMethodFromName(n.toLower())), n);
        }
        QVERIFY(!localThresholdMethodFromName(QStringLiteral("Otsu2")).has_value());
        // Fiji's documented defaults
        QCOMPARE(paramsFor(LocalThresholdMethod::Bernsen, 15).effectiveParameter1(), 15.0);
        QCOMPARE(paramsFor(LocalThresholdMethod::Niblack, 15).effectiveParameter1(), 0.2);
        QCOMPARE(paramsFor(LocalThresholdMethod::Niblack, 15).effectiveParameter2(), 0.0);
        QCOMPARE(paramsFor(LocalThresholdMethod::Phansalkar, 15).effectiveParameter1(), 0.25);
        QCOMPARE(paramsFor(LocalThresholdMethod::Phansalkar, 15).effectiveParameter2(), 0.5);
        QCOMPARE(paramsFor(LocalThresholdMethod::Sauvola, 15).effectiveParameter1(), 0.5);
        QCOMPARE(paramsFor(LocalThresholdMethod::Sauvola, 15).effectiveParameter2(), 128.0);
        QCOMPARE(paramsFor(LocalThresholdMethod::Mean, 15).effectiveParameter1(), 0.0);
        LocalThresholdParams p = paramsFor(LocalThresholdMethod::Mean, 15);
        p.parameter1 = -3.0;
        QCOMPARE(p.effectiveParameter1(), -3.0);
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("radius");
        QTest::addColumn<bool>("dark");
        for (const QString& m : localThresholdMethodNames()) {
            for (int r : {1, 3, 7}) {
                QTest::addRow("%s r=%d", qPrintable(m), r) << m << r << true;
            }
            QTest::addRow("%s r=4 light", qPrintable(m)) << m << 4 << false;
        }
    }
    void matchesBruteForce()
    {
        QFETCH(QString, method);
        QFETCH(int, radius);
        QFETCH(bool, dark);
        // A 48 x 40 crop of real nuclei (edges, flat background and texture).
        const cv::Mat full = firstPlane(QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif"));
        QVERIFY(!full.empty());
        const cv::Mat img = full(cv::Rect(200, 180, 48, 40)).clone();
        LocalThresholdParams p = paramsFor(*localThresholdMethodFromName(method), radius);
        p.darkBackground = dark;
        const cv::Mat got = run(img, p);
        QVERIFY(!got.empty());
        QCOMPARE(got.type(), CV_8U);
        cv::Mat ambiguous;
        const cv::Mat ref = bruteForce(img, p, ambiguous);
        QCOMPARE(cv::countNonZero((got != ref) & (ambiguous == 0)), 0);
        QVERIFY(cv::countNonZero(ambiguous) < img.rows * img.cols / 4);
    }

    void windowIsImageJsCircle_data()
    {
        QTest::addColumn<int>("radius");
        QTest::addColumn<int>("pixels");
        // ImageJ RankFilters kernel sizes: radius 1 = 3x3 (9), radius 2 = 21, radius 3 = 37 pixels.
        QTest::newRow("r=1") << 1 << 9;
        QTest::newRow("r=2") << 2 << 21;
        QTest::newRow("r=3") << 3 << 37;
        QTest::newRow("r=6") << 6 << -1;
    }
    void windowIsImageJsCircle()
    {
        QFETCH(int, radius);
        QFETCH(int, pixels);
        // One bright pixel on a flat background: with Mean and a tiny C, exactly the pixels whose window contains
        // the bright pixel fall below their local mean, so the background of the result is the kernel itself.
        cv::Mat img(41, 41, CV_8U, cv::Scalar(100));
        img.at<uchar>(20, 20) = 255;
        LocalThresholdParams p = paramsFor(LocalThresholdMethod::Mean, radius);
        p.parameter1 = 1e-9;
        const cv::Mat out = run(img, p);
        QVERIFY(!out.empty());
        int count = 0;
        for (int y = 0; y < 41; ++y) {
            for (int x = 0; x < 41; ++x) {
                const bool inside = inKernel(x - 20, y - 20, radius);
                const bool expectedBackground = inside && !(x == 20 && y == 20);
                QCOMPARE(out.at<uchar>(y, x) == 0, expectedBackground);
                count += inside ? 1 : 0;
            }
        }
        if (pixels > 0) {
            QCOMPARE(count, pixels);
        }
    }

    void constantImageGivesUniformResult()
    {
        for (int value : {0, 50, 200, 255}) {
            const cv::Mat img(30, 30, CV_8U, cv::Scalar(value));
            for (const QString& m : localThresholdMethodNames()) {
                const cv::Mat out = run(img, paramsFor(*localThresholdMethodFromName(m), 5));
                QVERIFY(!out.empty());
                const int on = cv::countNonZero(out);
                QVERIFY2(on == 0 || on == 900, qPrintable(QStringLiteral("%1 on %2").arg(m).arg(value)));
            }
            // Bernsen on a flat window: object iff the mid-grey is >= 128.
            const cv::Mat b = run(img, paramsFor(LocalThresholdMethod::Bernsen, 5));
            QCOMPARE(cv::countNonZero(b), value >= 128 ? 900 : 0);
        }
    }

    void stepEdgeSeparatesSides()
    {
        // Left half 40, right half 210: near the step, pixels on the bright side are objects and on the dark side
        // background for every method comparing with a local centre (C = 0).
        cv::Mat img(20, 40, CV_8U, cv::Scalar(40));
        img(cv::Rect(20, 0, 20, 20)).setTo(210);
        // (Not Median: with C = 0 a pixel equal to its window's median is background.)
        for (LocalThresholdMethod m :
             {LocalThresholdMethod::Bernsen, LocalThresholdMethod::Contrast, LocalThresholdMethod::Mean,
              LocalThresholdMethod::MidGrey, LocalThresholdMethod::Otsu}) {
            const cv::Mat out = run(img, paramsFor(m, 3));
            for (int y = 0; y < 20; ++y) {
                QVERIFY2(out.at<uchar>(y, 18) == 0 && out.at<uchar>(y, 19) == 0,
                         qPrintable(localThresholdMethodName(m)));
                QVERIFY2(out.at<uchar>(y, 20) == 255 && out.at<uchar>(y, 21) == 255,
                         qPrintable(localThresholdMethodName(m)));
            }
        }
    }

    void sixteenBitUsesImageJ8BitConversion()
    {
        const cv::Mat p16 = firstPlane(QStringLiteral("pyimagej_test_still.tif"));
        QVERIFY(!p16.empty());
        const cv::Mat p8 = toImageJ8Bit(p16);
        QCOMPARE(p8.type(), CV_8U);
        double mn = 0;
        double mx = 0;
        cv::minMaxLoc(p8, &mn, &mx);
        QCOMPARE(mn, 0.0);
        QCOMPARE(mx, 255.0);
        for (LocalThresholdMethod m : {LocalThresholdMethod::Sauvola, LocalThresholdMethod::Niblack}) {
            const cv::Mat a = run(p16, paramsFor(m, 5));
            const cv::Mat b = run(p8, paramsFor(m, 5));
            QVERIFY(!a.empty());
            QCOMPARE(cv::countNonZero(a != b), 0);
        }
        cv::Mat f;
        p16.convertTo(f, CV_32F, 0.01);
        f.at<float>(3, 3) = std::nanf("");
        QVERIFY(!run(f, paramsFor(LocalThresholdMethod::Otsu, 3)).empty());
    }

    void invalidParams()
    {
        TaskContext task;
        const cv::Mat img(10, 10, CV_8U, cv::Scalar(1));
        QCOMPARE(computeLocalThreshold(img, paramsFor(LocalThresholdMethod::Mean, 0), task).status().code(),
                 StatusCode::InvalidInput);
        LocalThresholdParams p = paramsFor(LocalThresholdMethod::Sauvola, 3);
        p.parameter2 = 0.0;
        QCOMPARE(computeLocalThreshold(img, p, task).status().code(), StatusCode::InvalidInput);
        p.parameter2 = std::nan("");
        QVERIFY(!p.validate().isOk());
        QCOMPARE(computeLocalThreshold(cv::Mat(), paramsFor(LocalThresholdMethod::Mean, 3), task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(computeLocalThreshold(cv::Mat(4, 4, CV_8UC3), paramsFor(LocalThresholdMethod::Mean, 3), task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
    }

    void cancelWithin100ms()
    {
        // Otsu with radius 15 on 4096 x 4096 takes seconds; a cancel requested from the first progress report must
        // end it within 100 ms.
        cv::Mat img(4096, 4096, CV_8U);
        cv::randu(img, 0, 256);
        QElapsedTimer clock;
        std::atomic<qint64> cancelledAt{-1};
        TaskContext* self = nullptr;
        TaskContext task([&](double, const QString&) {
            if (cancelledAt.load() < 0) {
                cancelledAt.store(clock.nsecsElapsed());
                self->cancel();
            }
        });
        self = &task;
        clock.start();
        const Expected<cv::Mat> r = computeLocalThreshold(img, paramsFor(LocalThresholdMethod::Otsu, 15), task);
        const qint64 returnedAt = clock.nsecsElapsed();
        QVERIFY(r.status().isCancelled());
        QVERIFY(cancelledAt.load() >= 0);
        const double ms = (returnedAt - cancelledAt.load()) / 1e6;
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestLocalThreshold)
#include "TestLocalThreshold.moc"
