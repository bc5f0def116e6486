#include "core/segmentation/ImageJWatershed.h"
#include "core/segmentation/OutlineRefinement.h"
#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <climits>
#include <cmath>
#include <limits>

using namespace tessera;

namespace {
/** Two disks of radius r centred dx apart on one row, as a mask. */
cv::Mat twoDisks(int r1, int r2, int distance)
{
    cv::Mat m(120, 160, CV_8U, cv::Scalar(0));
    cv::circle(m, cv::Point(50, 60), r1, cv::Scalar(255), cv::FILLED);
    cv::circle(m, cv::Point(50 + distance, 60), r2, cv::Scalar(255), cv::FILLED);
    return m;
}
/**
 * A 9-pixel-wide strip of the given height, all foreground except a notch (rows 3..5, columns 0..4) near the top:
 * the strip above the notch holds a small distance maximum, the long part below one whose distance grows with the
 * row (beyond 46,341 px the squared distance no longer fits in 32 bits).
 */
cv::Mat notchedStrip(int height)
{
    cv::Mat m(height, 9, CV_8U, cv::Scalar(255));
    m(cv::Rect(0, 3, 5, 3)).setTo(0);
    return m;
}
} // namespace

class TestWatershed : public QObject
{
    Q_OBJECT
private slots:
    void splitsTouchingDisks_data()
    {
        QTest::addColumn<int>("r1");
        QTest::addColumn<int>("r2");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal, overlapping") << 20 << 20 << 34;
        QTest::newRow("unequal") << 25 << 15 << 36;
    }
    void splitsTouchingDisks()
    {
        QFETCH(int, r1);
        QFETCH(int, r2);
        QFETCH(int, distance);
        const cv::Mat mask = twoDisks(r1, r2, distance);
        cv::Mat components;
        QCOMPARE(cv::connectedComponents(mask, components, 8, CV_32S), 2); // one merged object + background
        TaskContext task;
        const Expected<LabelImage> r = distanceTransformWatershed(mask, SeedParams(), Connectivity::Eight, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        QCOMPARE(r->count, 2);
        QCOMPARE(task.progress(), 1.0);
        // Every mask pixel keeps a label: no separating line.
        QCOMPARE(cv::countNonZero(r->labels), cv::countNonZero(mask));
        QCOMPARE(cv::countNonZero((r->labels > 0) != (mask > 0)), 0);
        // The split runs near the neck: the chord through the two circles' intersection points (radical line).
        const double neckX = 50 + (distance * distance + r1 * r1 - r2 * r2) / (2.0 * distance);
        int wrong = 0;
        for (int y = 0; y < mask.rows; ++y) {
            for (int x = 0; x < mask.cols; ++x) {
                const int l = r->labels.at<int>(y, x);
                if (l == 0 || std::abs(x + 0.5 - neckX) < 2.0) {
                    continue;
                }
                wrong += (l == 1) != (x + 0.5 < neckX) ? 1 : 0;
            }
        }
        QVERIFY2(wrong == 0, qPrintable(QString::number(wrong)));
    }

    void squaredDistanceTransformIsExact_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("density"); // fraction of background pixels
        QTest::newRow("sparse background") << 1 << 0.002;
        QTest::newRow("dense background") << 2 << 0.2;
        QTest::newRow("no background") << 3 << 0.0;
    }
    void squaredDistanceTransformIsExact()
    {
        QFETCH(int, seed);
        QFETCH(double, density);
        cv::Mat mask(173, 251, CV_8U, cv::Scalar(255));
        cv::RNG rng(static_cast<uint64>(seed));
        for (int y = 0; y < mask.rows; ++y) {
            for (int x = 0; x < mask.cols; ++x) {
                if (rng.uniform(0.0, 1.0) < density) {
                    mask.at<uchar>(y, x) = 0;
                }
            }
        }
        TaskContext task;
        const Expected<cv::Mat> d2 = squaredDistanceTransform(mask, task);
        QVERIFY(d2.isOk());
        QCOMPARE(d2->type(), CV_64FC1);
        if (density == 0.0) {
            QCOMPARE(cv::countNonZero(d2.value() != std::numeric_limits<double>::infinity()), 0);
            return;
        }
        // Brute force: the squared distance to the nearest background pixel centre.
        std::vector<cv::Point> background;
        cv::findNonZero(mask == 0, background);
        for (int y = 0; y < mask.rows; y += 3) {
            for (int x = 0; x < mask.cols; x += 2) {
                int best = INT_MAX;
                for (const cv::Point& b : background) {
                    best = std::min(best, (b.x - x) * (b.x - x) + (b.y - y) * (b.y - y));
                }
                QCOMPARE(d2->at<double>(y, x), double(best));
            }
        }
    }

    void squaredDistanceBeyond32Bits_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        // Background only at pixel 0: d² = i² along the line, up to 1.44e12 (INT_MAX is 2.1e9; the column pass once
        // took distances beyond 2^20 for "no background").
        QTest::newRow("column 1 x 1200000") << 1 << 1200000;
        QTest::newRow("row 120000 x 1") << 120000 << 1;
    }
    void squaredDistanceBeyond32Bits()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        cv::Mat mask(height, width, CV_8U, cv::Scalar(255));
        mask.at<uchar>(0, 0) = 0;
        TaskContext task;
        const Expected<cv::Mat> d2 = squaredDistanceTransform(mask, task);
        QVERIFY(d2.isOk());
        const double* d = d2->ptr<double>();
        for (int i = 0; i < width * height; ++i) {
            if (d[i] != double(i) * double(i)) {
                QFAIL(qPrintable(QStringLiteral("pixel %1: %2").arg(i).arg(d[i], 0, 'g', 17)));
            }
        }
    }

    void watershedOnVeryLongObject()
    {
        // Regression: a foreground pixel more than 46,341 px from the background made the squared distance saturate
        // at INT_MAX and the bucket queue ask for INT_MIN levels (std::length_error, abort). The split near the notch
        // must not depend on how long the strip is: compare with a strip short enough for 32-bit levels.
        TaskContext task;
        const cv::Mat longStrip = notchedStrip(120000);
        const Expected<LabelImage> r = distanceTransformWatershed(longStrip, SeedParams(), Connectivity::Four, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        QCOMPARE(r->count, 2);
        QCOMPARE(cv::countNonZero(r->labels), cv::countNonZero(longStrip));
        const cv::Mat shortStrip = notchedStrip(2000);
        const Expected<LabelImage> s = distanceTransformWatershed(shortStrip, SeedParams(), Connectivity::Four, task);
        QVERIFY(s.isOk());
        QCOMPARE(s->count, 2);
        const cv::Rect top(0, 0, 9, 200);
        QCOMPARE(cv::countNonZero(r->labels(top) != s->labels(top)), 0);
        QCOMPARE(cv::countNonZero(r->labels(top) == 1), cv::countNonZero(s->labels == 1)); // object 1 is near the top
        const cv::Rect rest(0, 200, 9, longStrip.rows - 200);
        QCOMPARE(cv::countNonZero(r->labels(rest) != 2), 0);
    }

    void refusesPlanesBeyond32BitIndices()
    {
        // Pixel indices and labels are 32-bit: planes above 2^31 - 1 pixels are refused before any pixel is read
        // (the headers below point at a tiny buffer, so reading them would crash).
        QVERIFY(checkSegmentationPlaneSize(cv::Size(46340, 46340)).isOk());
        QVERIFY(checkSegmentationPlaneSize(cv::Size(65536, 32767)).isOk());
        QCOMPARE(checkSegmentationPlaneSize(cv::Size(65536, 32768)).code(), StatusCode::TooLarge);
        static float buffer[16] = {};
        const cv::Mat huge8(32768, 65536, CV_8U, buffer);
        const cv::Mat huge32f(32768, 65536, CV_32F, buffer);
        const cv::Mat huge32s(32768, 65536, CV_32S, buffer);
        TaskContext task;
        QCOMPARE(labelComponents(huge8, Connectivity::Four, task).status().code(), StatusCode::TooLarge);
        QCOMPARE(distanceTransformWatershed(huge8, SeedParams(), Connectivity::Four, task).status().code(),
                 StatusCode::TooLarge);
        QCOMPARE(findSeeds(huge32f, cv::Mat(), SeedParams(), task).status().code(), StatusCode::TooLarge);
        QCOMPARE(markerWatershed(huge32f, huge32s, cv::Mat(), Connectivity::Four, task).status().code(),
                 StatusCode::TooLarge);
        QCOMPARE(intensityWatershed(huge8, cv::Mat(), SeedParams(), false, Connectivity::Four, task).status().code(),
                 StatusCode::TooLarge);
        QCOMPARE(imagejBinaryWatershed(huge8, task).status().code(), StatusCode::TooLarge);
        LabelImage labels;
        labels.labels = huge32s;
        labels.count = 1;
        QCOMPARE(refineOutlines(huge8, labels, 3.0, task).status().code(), StatusCode::TooLarge);
    }

    void deterministic()
    {
        const cv::Mat mask = twoDisks(22, 18, 35);
        TaskContext t1, t2;
        const Expected<LabelImage> a = distanceTransformWatershed(mask, SeedParams(), Connectivity::Four, t1);
        const Expected<LabelImage> b = distanceTransformWatershed(mask, SeedParams(), Connectivity::Four, t2);
        QVERIFY(a.isOk() && b.isOk());
        QCOMPARE(cv::countNonZero(a->labels != b->labels), 0);
    }

    void toleranceMergesShallowMaxima_data()
    {
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<int>("seeds");
        QTest::newRow("h 0.2 keeps both") << 0.2 << 2;
        QTest::newRow("h 0.5 merges") << 0.5 << 1;
        QTest::newRow("h 0 keeps both") << 0.0 << 2;
    }
    void toleranceMergesShallowMaxima()
    {
        QFETCH(double, tolerance);
        QFETCH(int, seeds);
        // A 1-pixel-high ridge: peaks 5.0 and 4.8 separated by a saddle at 4.5 (prominence of the lower one: 0.3).
        cv::Mat f(3, 9, CV_32F, cv::Scalar(0));
        const float row[9] = {1, 3, 5.0f, 4.5f, 4.5f, 4.8f, 3, 2, 1};
        for (int x = 0; x < 9; ++x) {
            f.at<float>(1, x) = row[x];
        }
        SeedParams p;
        p.tolerance = tolerance;
        TaskContext task;
        const Expected<LabelImage> r = findSeeds(f, cv::Mat(), p, task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, seeds);
        QCOMPARE(r->labels.at<int>(1, 2), 1);
        if (seeds == 2) {
            QCOMPARE(r->labels.at<int>(1, 5), 2);
        }
    }

    void minDistanceSuppressesCloseSeeds()
    {
        cv::Mat f(20, 30, CV_32F, cv::Scalar(0));
        f.at<float>(10, 10) = 5; // highest wins
        f.at<float>(10, 16) = 4; // 6 px away
        f.at<float>(10, 25) = 3; // 15 px away
        SeedParams p;
        p.tolerance = 0.1;
        TaskContext task;
        QCOMPARE(findSeeds(f, cv::Mat(), p, task)->count, 3);
        p.minDistance = 6;
        const Expected<LabelImage> r = findSeeds(f, cv::Mat(), p, task);
        QCOMPARE(r->count, 2);
        QCOMPARE(r->labels.at<int>(10, 10), 1);
        QCOMPARE(r->labels.at<int>(10, 16), 0);
        QCOMPARE(r->labels.at<int>(10, 25), 2);
        // A distance beyond the image keeps only the highest seed (INT_MAX once overflowed the bucket grid's size).
        for (const int huge : {30, 1000000, INT_MAX}) {
            p.minDistance = huge;
            const Expected<LabelImage> one = findSeeds(f, cv::Mat(), p, task);
            QVERIFY(one.isOk());
            QCOMPARE(one->count, 1);
            QCOMPARE(one->labels.at<int>(10, 10), 1);
        }
    }

    void markerWatershedFollowsRidgesAndMask()
    {
        // Relief with a ridge at x = 6; seeds at both ends; the mask excludes the last column, and a separate
        // island without a seed stays unlabelled.
        cv::Mat relief(4, 12, CV_32F);
        for (int x = 0; x < 12; ++x) {
            relief.col(x).setTo(float(6 - std::abs(x - 6)));
        }
        cv::Mat markers(4, 12, CV_32S, cv::Scalar(0));
        markers.at<int>(0, 0) = 7;
        markers.at<int>(3, 10) = 9;
        cv::Mat mask(4, 12, CV_8U, cv::Scalar(255));
        mask.col(11).setTo(0);
        TaskContext task;
        const Expected<cv::Mat> r = markerWatershed(relief, markers, mask, Connectivity::Four, task);
        QVERIFY(r.isOk());
        for (int y = 0; y < 4; ++y) {
            for (int x = 0; x < 6; ++x) {
                QCOMPARE(r->at<int>(y, x), 7);
            }
            for (int x = 7; x < 11; ++x) {
                QCOMPARE(r->at<int>(y, x), 9);
            }
            QCOMPARE(r->at<int>(y, 11), 0);
            QVERIFY(r->at<int>(y, 6) == 7 || r->at<int>(y, 6) == 9);
        }
    }

    void intensityWatershedSplitsTwoBlobs_data()
    {
        QTest::addColumn<bool>("gradient");
        QTest::addColumn<double>("secondX");
        // Flooding −intensity splits overlapping blobs at the saddle; flooding the gradient magnitude splits at the
        // gradient ridges, so it is tested on blobs joined only by a dim bridge.
        QTest::newRow("intensity") << false << 75.0;
        QTest::newRow("gradient") << true << 90.0;
    }
    void intensityWatershedSplitsTwoBlobs()
    {
        QFETCH(bool, gradient);
        QFETCH(double, secondX);
        cv::Mat img(80, 130, CV_32F, cv::Scalar(0));
        for (int y = 0; y < img.rows; ++y) {
            for (int x = 0; x < img.cols; ++x) {
                const double a = std::exp(-((x - 40.0) * (x - 40.0) + (y - 40.0) * (y - 40.0)) / 200.0);
                const double b = std::exp(-((x - secondX) * (x - secondX) + (y - 40.0) * (y - 40.0)) / 200.0);
                img.at<float>(y, x) = float(100 * (a + b));
            }
        }
        const cv::Mat mask = img > (gradient ? 1 : 20);
        TaskContext task;
        SeedParams p;
        p.tolerance = 1.0;
        const Expected<LabelImage> r = intensityWatershed(img, mask, p, gradient, Connectivity::Four, task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, 2);
        QCOMPARE(cv::countNonZero(r->labels), cv::countNonZero(mask));
        const int sx = int(secondX);
        QVERIFY(r->labels.at<int>(40, 40) != r->labels.at<int>(40, sx));
        QCOMPARE(r->labels.at<int>(40, 46), r->labels.at<int>(40, 40));
        QCOMPARE(r->labels.at<int>(40, sx - 6), r->labels.at<int>(40, sx));
    }

    void manyObjectsAndCancel()
    {
        // 2048² mask with ~1600 disks: runs, labels all pixels, and stops promptly when cancelled.
        cv::Mat mask(2048, 2048, CV_8U, cv::Scalar(0));
        int n = 0;
        for (int y = 30; y < 2020; y += 50) {
            for (int x = 30; x < 2020; x += 50) {
                cv::circle(mask, cv::Point(x, y), 16 + (x + y) % 7, cv::Scalar(255), cv::FILLED);
                ++n;
            }
        }
        TaskContext task;
        const Expected<LabelImage> r = distanceTransformWatershed(mask, SeedParams(), Connectivity::Four, task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, n);
        QCOMPARE(cv::countNonZero(r->labels), cv::countNonZero(mask));
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(distanceTransformWatershed(mask, SeedParams(), Connectivity::Four, cancelled).status().isCancelled());
    }

    void invalidInput()
    {
        TaskContext task;
        SeedParams bad;
        bad.tolerance = -1;
        QVERIFY(!bad.validate().isOk());
        QCOMPARE(distanceTransformWatershed(cv::Mat(4, 4, CV_8U), bad, Connectivity::Four, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(markerWatershed(cv::Mat(4, 4, CV_8U), cv::Mat(4, 4, CV_32S), cv::Mat(), Connectivity::Four, task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
        QCOMPARE(markerWatershed(cv::Mat(4, 4, CV_32F), cv::Mat(5, 4, CV_32S), cv::Mat(), Connectivity::Four, task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestWatershed)
#include "TestWatershed.moc"
