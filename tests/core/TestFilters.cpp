#include "core/filters/Contrast.h"
#include "core/filters/Edges.h"
#include "core/filters/Smoothing.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace tessera;

namespace {
cv::Mat randomPlane(int rows, int cols, int type, double lo, double hi)
{
    cv::Mat m(rows, cols, type);
    cv::RNG rng(12345);
    rng.fill(m, cv::RNG::UNIFORM, lo, hi);
    return m;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_INF);
}
} // namespace

class TestFilters : public QObject
{
    Q_OBJECT
private slots:
    void gaussianImpulseResponse_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::newRow("0.7") << 0.7;
        QTest::newRow("2") << 2.0;
        QTest::newRow("5") << 5.0;
    }
    void gaussianImpulseResponse()
    {
        QFETCH(double, sigma);
        cv::Mat impulse(81, 81, CV_32F, cv::Scalar(0));
        impulse.at<float>(40, 40) = 1.0f;
        TaskContext task;
        const Expected<cv::Mat> g = Smoothing::gaussian(impulse, sigma, task);
        QVERIFY(g.isOk());
        // Sums to 1 and has variance σ² along x (a sampled, normalised Gaussian truncated at 4σ).
        QVERIFY(std::abs(cv::sum(g.value())[0] - 1.0) < 1e-5);
        double var = 0;
        for (int y = 0; y < 81; ++y) {
            for (int x = 0; x < 81; ++x) {
                var += g->at<float>(y, x) * (x - 40.0) * (x - 40.0);
            }
        }
        QVERIFY2(std::abs(var - sigma * sigma) < 0.02 * sigma * sigma + 0.01, qPrintable(QString::number(var)));
        QCOMPARE(task.progress(), 1.0);
    }

    void bandsGiveTheWholeImageResult_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("8-bit") << int(CV_8U);
        QTest::newRow("16-bit") << int(CV_16U);
        QTest::newRow("float") << int(CV_32F);
    }
    void bandsGiveTheWholeImageResult()
    {
        QFETCH(int, type);
        // 1500 rows of 700 columns → several bands; results must equal whole-image OpenCV filters.
        const cv::Mat plane = randomPlane(1500, 700, type, 0, type == CV_8U ? 255 : 4000);
        TaskContext task;
        const double sigma = 3.0;
        const int r = int(std::ceil(4 * sigma));
        const cv::Mat k = cv::getGaussianKernel(2 * r + 1, sigma, CV_64F);
        cv::Mat expected;
        cv::sepFilter2D(plane, expected, plane.depth(), k, k, cv::Point(-1, -1), 0, cv::BORDER_REFLECT_101);
        const Expected<cv::Mat> g = Smoothing::gaussian(plane, sigma, task);
        QVERIFY(g.isOk());
        QCOMPARE(g->type(), plane.type());
        QVERIFY(maxAbsDiff(g.value(), expected) <= 1e-3);

        cv::Mat mean;
        cv::blur(plane, mean, cv::Size(7, 7), cv::Point(-1, -1), cv::BORDER_REFLECT_101);
        QVERIFY(maxAbsDiff(Smoothing::mean(plane, 3, task).value(), mean) <= 1e-3);
    }

    void medianRemovesSaltAndMatchesAcrossTypes()
    {
        cv::Mat plane(60, 60, CV_16U, cv::Scalar(100));
        for (int i = 0; i < 40; ++i) {
            plane.at<ushort>((i * 37) % 60, (i * 53) % 60) = 60000;
        }
        TaskContext task;
        const Expected<cv::Mat> m = Smoothing::median(plane, 3, task);
        QVERIFY(m.isOk());
        double maxValue = 0;
        cv::minMaxLoc(m.value(), nullptr, &maxValue);
        QCOMPARE(maxValue, 100.0);
        // Exact selection (16-bit, radius 3) equals OpenCV's 8-bit histogram median on the same values.
        const cv::Mat values = randomPlane(50, 70, CV_8U, 0, 255);
        cv::Mat values16;
        values.convertTo(values16, CV_16U);
        const Expected<cv::Mat> m8 = Smoothing::median(values, 3, task);
        const Expected<cv::Mat> m16 = Smoothing::median(values16, 3, task);
        QVERIFY(m8.isOk() && m16.isOk());
        cv::Mat m8as16;
        m8->convertTo(m8as16, CV_16U);
        QCOMPARE(maxAbsDiff(m8as16, m16.value()), 0.0);
        QCOMPARE(Smoothing::median(values, 51, task).status().code(), StatusCode::InvalidInput);
    }

    void unsharpMaskAndBackground()
    {
        TaskContext task;
        const cv::Mat flat(40, 40, CV_16U, cv::Scalar(500));
        QCOMPARE(maxAbsDiff(Smoothing::unsharpMask(flat, 2.0, 0.6, task).value(), flat), 0.0);
        const cv::Mat plane = randomPlane(40, 40, CV_32F, 0, 100);
        QVERIFY(maxAbsDiff(Smoothing::unsharpMask(plane, 2.0, 0.0, task).value(), plane) < 1e-4);
        QCOMPARE(Smoothing::unsharpMask(plane, 2.0, 1.0, task).status().code(), StatusCode::InvalidInput);

        // A small spot on a linear ramp: the rolling disk removes the ramp and keeps the spot.
        cv::Mat ramp(120, 120, CV_32F);
        for (int y = 0; y < 120; ++y) {
            for (int x = 0; x < 120; ++x) {
                ramp.at<float>(y, x) = float(100 + x);
            }
        }
        cv::circle(ramp, cv::Point(60, 60), 3, cv::Scalar(1000), cv::FILLED);
        const Expected<cv::Mat> b = Smoothing::subtractBackground(ramp, 10, false, task);
        QVERIFY(b.isOk());
        QVERIFY(std::abs(b->at<float>(30, 30)) < 1e-3);
        QVERIFY(b->at<float>(60, 60) > 800);
    }

    void pointTransforms()
    {
        cv::Mat plane(2, 3, CV_16U);
        plane.at<ushort>(0, 0) = 0;
        plane.at<ushort>(0, 1) = 100;
        plane.at<ushort>(0, 2) = 200;
        plane.at<ushort>(1, 0) = 300;
        plane.at<ushort>(1, 1) = 400;
        plane.at<ushort>(1, 2) = 400;
        TaskContext task;
        const Expected<cv::Mat> g = Contrast::gamma(plane, 2.0, task);
        QVERIFY(g.isOk());
        QCOMPARE(g->type(), CV_32F);
        QVERIFY(std::abs(g->at<float>(0, 2) - 100.0f) < 1e-3); // 400·(200/400)²
        QVERIFY(std::abs(g->at<float>(1, 1) - 400.0f) < 1e-3);
        const Expected<cv::Mat> l = Contrast::log(plane, task);
        QVERIFY(std::abs(l->at<float>(0, 1) - float(std::log(101.0))) < 1e-5);
        const Expected<cv::Mat> s = Contrast::sigmoid(plane, 0.5, 10, task);
        QVERIFY(std::abs(s->at<float>(0, 2) - 0.5f) < 1e-6); // (200 − 0)/400 = cutoff
        QVERIFY(s->at<float>(1, 1) > 0.99f && s->at<float>(0, 0) < 0.01f);
        QCOMPARE(Contrast::gamma(plane, 0.0, task).status().code(), StatusCode::InvalidInput);
    }

    void equalizeAndClahe()
    {
        // Two levels equalise to the ends of the range.
        cv::Mat two(10, 10, CV_8U, cv::Scalar(50));
        two(cv::Rect(0, 0, 10, 5)).setTo(60);
        TaskContext task;
        const Expected<cv::Mat> e = Contrast::equalizeHistogram(two, task);
        QVERIFY(e.isOk());
        QCOMPARE(e->at<uchar>(9, 9), uchar(0));
        QCOMPARE(e->at<uchar>(0, 0), uchar(255));
        cv::Mat two16;
        two.convertTo(two16, CV_16U, 10);
        QCOMPARE(Contrast::equalizeHistogram(two16, task)->at<ushort>(0, 0), ushort(65535));

        // CLAHE spreads a low-contrast image.
        const cv::Mat low = randomPlane(256, 256, CV_8U, 100, 120);
        const Expected<cv::Mat> c = Contrast::clahe(low, ClaheParams(), task);
        QVERIFY(c.isOk());
        QCOMPARE(c->type(), CV_8UC1);
        cv::Scalar m0, s0, m1, s1;
        cv::meanStdDev(low, m0, s0);
        cv::meanStdDev(c.value(), m1, s1);
        QVERIFY(s1[0] > 2 * s0[0]);
        cv::Mat lowF;
        low.convertTo(lowF, CV_32F);
        const Expected<cv::Mat> cf = Contrast::clahe(lowF, ClaheParams(), task);
        double lo = 0, hi = 0;
        cv::minMaxLoc(cf.value(), &lo, &hi);
        QVERIFY(lo >= 0 && hi <= 1);
        ClaheParams bad;
        bad.clipLimit = 0.5;
        QCOMPARE(Contrast::clahe(low, bad, task).status().code(), StatusCode::InvalidInput);
    }

    void edgesOnAStep()
    {
        // Vertical step of height 1 between columns 9 and 10.
        cv::Mat step(20, 20, CV_32F, cv::Scalar(0));
        step.colRange(10, 20).setTo(1);
        TaskContext task;
        const Expected<cv::Mat> s = Edges::sobel(step, task);
        const Expected<cv::Mat> p = Edges::prewitt(step, task);
        QVERIFY(s.isOk() && p.isOk());
        QCOMPARE(s->at<float>(10, 9), 4.0f);  // 1 + 2 + 1
        QCOMPARE(p->at<float>(10, 10), 3.0f); // 1 + 1 + 1
        QCOMPARE(s->at<float>(10, 3), 0.0f);

        // LoG: a bright disk of radius σ√2 gives a positive peak at its centre; a constant image gives 0.
        cv::Mat blob(61, 61, CV_32F, cv::Scalar(10));
        cv::circle(blob, cv::Point(30, 30), 4, cv::Scalar(110), cv::FILLED);
        const Expected<cv::Mat> log = Edges::laplacianOfGaussian(blob, 4 / std::sqrt(2.0), task);
        QVERIFY(log.isOk());
        cv::Point maxAt;
        cv::minMaxLoc(log.value(), nullptr, nullptr, nullptr, &maxAt);
        QCOMPARE(maxAt, cv::Point(30, 30));
        QVERIFY(log->at<float>(30, 30) > 0);
        QVERIFY(std::abs(log->at<float>(5, 5)) < 1e-3);
    }

    void invalidAndCancelled()
    {
        TaskContext task;
        QCOMPARE(Smoothing::gaussian(cv::Mat(), 1.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(Smoothing::gaussian(cv::Mat(4, 4, CV_8UC3), 1.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(Smoothing::gaussian(cv::Mat(4, 4, CV_8U), -1.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(Edges::laplacianOfGaussian(cv::Mat(4, 4, CV_8U), 0.0, task).status().code(), StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        const cv::Mat m(300, 300, CV_16U, cv::Scalar(5));
        QVERIFY(Smoothing::gaussian(m, 2.0, cancelled).status().isCancelled());
        QVERIFY(Smoothing::median(m, 3, cancelled).status().isCancelled());
        QVERIFY(Edges::sobel(m, cancelled).status().isCancelled());
        QVERIFY(Contrast::log(m, cancelled).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestFilters)
#include "TestFilters.moc"
