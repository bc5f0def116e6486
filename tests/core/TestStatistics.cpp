#include "core/histogram/Statistics.h"
#include "core/task/TaskContext.h"
#include "tests/core/TestImages.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace tessera;
using tessera::test::firstPlane;

namespace {
PlaneStatistics stats(const cv::Mat& plane, const cv::Mat& mask = cv::Mat(), StatisticsParams p = {})
{
    TaskContext task;
    Expected<PlaneStatistics> s = computeStatistics(plane, mask, p, task);
    return s.isOk() ? s.value() : PlaneStatistics{};
}

/** Central moments from the definition, in long double, as an independent reference. */
struct Reference
{
    long double n = 0, mean = 0, m2 = 0, m3 = 0, m4 = 0;
    explicit Reference(const std::vector<double>& v)
    {
        n = v.size();
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        for (double x : v) {
            const long double d = x - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
    }
    double sampleSd() const { return double(std::sqrt(m2 * n / (n - 1))); }
    double skewness() const { return double(m3 / std::pow(m2, 1.5L)); }
    double kurtosis() const { return double(m4 / (m2 * m2) - 3); }
};

std::vector<double> values(const cv::Mat& plane, const cv::Mat& mask = cv::Mat())
{
    std::vector<double> v;
    cv::Mat f;
    plane.convertTo(f, CV_64F);
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.cols; ++c) {
            if ((mask.empty() || mask.at<uchar>(r, c)) && !std::isnan(f.at<double>(r, c))) {
                v.push_back(f.at<double>(r, c));
            }
        }
    }
    return v;
}

bool close(double a, double b, double rel)
{
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void twoLevelPlaneFromDefinitions()
    {
        // Half 0, half 10: mean 5, population sd 5, skewness 0, excess kurtosis -2; ImageJ's histogram median is
        // the first level whose cumulative count exceeds n/2 (10); the mode is the smaller tied level (0).
        cv::Mat plane(10, 10, CV_8U, cv::Scalar(0));
        plane(cv::Rect(0, 0, 10, 5)).setTo(10);
        const PlaneStatistics s = stats(plane);
        QCOMPARE(s.count, qint64(100));
        QCOMPARE(s.mean, 5.0);
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 10.0);
        QVERIFY(close(s.stdDev, 5.0 * std::sqrt(100.0 / 99.0), 1e-12));
        QVERIFY(std::fabs(s.skewness) < 1e-12);
        QVERIFY(close(s.kurtosis, -2.0, 1e-12));
        QCOMPARE(s.median, 10.0);
        QCOMPARE(s.mode, 0.0);
        QCOMPARE(s.rawIntegratedDensity, 500.0);
        QCOMPARE(s.integratedDensity, 500.0);
        QCOMPARE(s.area, 100.0);
    }

    void uniformLevelsFromDefinitions()
    {
        // Every 8-bit level once: mean 127.5, population variance (256^2 - 1) / 12, skewness 0, excess kurtosis
        // -6 (N^2 + 1) / (5 (N^2 - 1)) of a discrete uniform distribution with N = 256.
        cv::Mat plane(16, 16, CV_8U);
        for (int i = 0; i < 256; ++i) {
            plane.at<uchar>(i / 16, i % 16) = uchar(i);
        }
        const PlaneStatistics s = stats(plane);
        const double var = (256.0 * 256.0 - 1.0) / 12.0;
        QCOMPARE(s.mean, 127.5);
        QVERIFY(close(s.stdDev, std::sqrt(var * 256.0 / 255.0), 1e-12));
        QVERIFY(std::fabs(s.skewness) < 1e-9);
        QVERIFY(close(s.kurtosis, -6.0 * (65537.0) / (5.0 * 65535.0), 1e-9));
        QCOMPARE(s.median, 128.0); // cumulative count 129 > 128 first at level 128
        QCOMPARE(s.mode, 0.0);
    }

    void realImagesAgainstReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("masked");
        QTest::newRow("nuclei 8-bit") << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif")
                                      << false;
        QTest::newRow("pyimagej 16-bit") << QStringLiteral("pyimagej_test_still.tif") << false;
        QTest::newRow("disks 16-bit masked") << QStringLiteral("synthetic/disks16.tif") << true;
        QTest::newRow("float32") << QStringLiteral("synthetic/encodings/float32.tif") << false;
        QTest::newRow("float32 masked") << QStringLiteral("synthetic/encodings/float32.tif") << true;
    }
    void realImagesAgainstReference()
    {
        QFETCH(QString, file);
        QFETCH(bool, masked);
        const cv::Mat plane = firstPlane(file);
        QVERIFY(!plane.empty());
        cv::Mat mask;
        if (masked) {
            mask = cv::Mat(plane.size(), CV_8U, cv::Scalar(0));
            cv::circle(mask, cv::Point(plane.cols / 2, plane.rows / 2), plane.rows / 3, cv::Scalar(255), -1);
        }
        const PlaneStatistics s = stats(plane, mask);
        std::vector<double> v = values(plane, mask);
        const Reference ref(v);
        QCOMPARE(s.count, qint64(v.size()));
        QVERIFY(close(s.mean, double(ref.mean), 1e-12));
        QVERIFY(close(s.stdDev, ref.sampleSd(), 1e-9));
        QVERIFY(close(s.skewness, ref.skewness(), 1e-6));
        QVERIFY(close(s.kurtosis, ref.kurtosis(), 1e-6));
        std::sort(v.begin(), v.end());
        QCOMPARE(s.min, v.front());
        QCOMPARE(s.max, v.back());
        const size_t n = v.size();
        if (plane.depth() == CV_32F) {
            const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            QCOMPARE(s.median, median);
        } else {
            // first level whose cumulative count exceeds n/2 = the sorted value at index floor(n/2)
            QCOMPARE(s.median, v[n / 2]);
        }
        QVERIFY(close(s.rawIntegratedDensity, double(ref.mean * ref.n), 1e-12));
    }

    /** computeMoments(): the same moments from the definitions, on the whole plane and on a crop (a strided view). */
    void momentsAgainstReference_data() { realImagesAgainstReference_data(); }
    void momentsAgainstReference()
    {
        QFETCH(QString, file);
        QFETCH(bool, masked);
        const cv::Mat full = firstPlane(file);
        QVERIFY(!full.empty());
        for (const cv::Rect box : {cv::Rect(0, 0, full.cols, full.rows), cv::Rect(7, 11, 50, 40)}) {
            const cv::Mat plane = full(box);
            cv::Mat mask;
            if (masked) {
                mask = cv::Mat(plane.size(), CV_8U, cv::Scalar(0));
                cv::circle(mask, cv::Point(plane.cols / 2, plane.rows / 2), plane.rows / 3, cv::Scalar(255), -1);
            }
            StatisticsParams p;
            p.pixelWidth = 0.5;
            p.pixelHeight = 0.25;
            Expected<PlaneStatistics> s = computeMoments(plane, mask, p);
            QVERIFY(s.isOk());
            std::vector<double> v = values(plane, mask);
            const Reference ref(v);
            QCOMPARE(s->count, qint64(v.size()));
            QCOMPARE(s->area, double(v.size()) * 0.125);
            QVERIFY(close(s->mean, double(ref.mean), 1e-12));
            QVERIFY(close(s->stdDev, ref.sampleSd(), 1e-9));
            QVERIFY(close(s->skewness, ref.skewness(), 1e-6));
            QVERIFY(close(s->kurtosis, ref.kurtosis(), 1e-6));
            QCOMPARE(s->min, *std::min_element(v.begin(), v.end()));
            QCOMPARE(s->max, *std::max_element(v.begin(), v.end()));
            QVERIFY(std::isnan(s->median) && std::isnan(s->mode));
        }
        // no pixel: an error, as computeStatistics()
        const cv::Mat none(full.size(), CV_8U, cv::Scalar(0));
        QVERIFY(!computeMoments(full, none, {}).isOk());
    }

    void calibratedAreaAndIntegratedDensity()
    {
        const cv::Mat plane = firstPlane(QStringLiteral("synthetic/disks16.tif"));
        StatisticsParams p;
        p.pixelWidth = 0.325;
        p.pixelHeight = 0.325;
        const PlaneStatistics s = stats(plane, cv::Mat(), p);
        QVERIFY(close(s.area, 512.0 * 512.0 * 0.325 * 0.325, 1e-12));
        QVERIFY(close(s.integratedDensity, s.area * s.mean, 1e-12));
        QVERIFY(close(s.rawIntegratedDensity, s.mean * 512 * 512, 1e-12));
    }

    void floatNaNIgnoredAndModeBin()
    {
        cv::Mat plane(1, 6, CV_32F);
        const float vals[] = {1.0f, 2.0f, 2.0f, std::nanf(""), 3.0f, 9.0f};
        for (int i = 0; i < 6; ++i) {
            plane.at<float>(0, i) = vals[i];
        }
        const PlaneStatistics s = stats(plane);
        QCOMPARE(s.count, qint64(5));
        QCOMPARE(s.nanCount, qint64(1));
        QCOMPARE(s.mean, 17.0 / 5.0);
        QCOMPARE(s.median, 2.0);
        // 256 bins over 1..9 (width 1/32): the fullest is the bin starting at 2.
        QCOMPARE(s.mode, 2.0);
        cv::Mat even = plane(cv::Rect(0, 0, 3, 1)).clone(); // 1, 2, 2 + append 3 below -> 1,2,2,3
        cv::hconcat(even, cv::Mat(1, 1, CV_32F, cv::Scalar(3.0f)), even);
        QCOMPARE(stats(even).median, 2.0);
        cv::Mat pair(1, 2, CV_32F);
        pair.at<float>(0, 0) = 1.0f;
        pair.at<float>(0, 1) = 4.0f;
        QCOMPARE(stats(pair).median, 2.5);
    }

    void constantPlaneHasUndefinedShape()
    {
        const PlaneStatistics s = stats(cv::Mat(5, 5, CV_16U, cv::Scalar(300)));
        QCOMPARE(s.mean, 300.0);
        QCOMPARE(s.stdDev, 0.0);
        QCOMPARE(s.median, 300.0);
        QCOMPARE(s.mode, 300.0);
        QVERIFY(std::isnan(s.skewness));
        QVERIFY(std::isnan(s.kurtosis));
        const PlaneStatistics one = stats(cv::Mat(1, 1, CV_8U, cv::Scalar(9)));
        QCOMPARE(one.count, qint64(1));
        QCOMPARE(one.stdDev, 0.0);
    }

    void errors()
    {
        TaskContext task;
        const cv::Mat plane(4, 4, CV_8U, cv::Scalar(1));
        QCOMPARE(computeStatistics(plane, cv::Mat(4, 4, CV_8U, cv::Scalar(0)), {}, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(
            computeStatistics(cv::Mat(2, 2, CV_32F, cv::Scalar(std::nan(""))), cv::Mat(), {}, task).status().code(),
            StatusCode::InvalidInput);
        StatisticsParams bad;
        bad.pixelWidth = 0;
        QVERIFY(!bad.validate().isOk());
        QCOMPARE(computeStatistics(plane, cv::Mat(), bad, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(computeStatistics(cv::Mat(2, 2, CV_16S, cv::Scalar(0)), cv::Mat(), {}, task).status().code(),
                 StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(computeStatistics(plane, cv::Mat(), {}, cancelled).status().isCancelled());
        QVERIFY(
            computeStatistics(cv::Mat(64, 64, CV_32F, cv::Scalar(1)), cv::Mat(), {}, cancelled).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "TestStatistics.moc"
