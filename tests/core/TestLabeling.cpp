#include "core/segmentation/ConnectedComponents.h"
#include "core/task/TaskContext.h"

#include <QtTest>

using namespace tessera;

class TestLabeling : public QObject
{
    Q_OBJECT
private slots:
    void connectivity_data()
    {
        QTest::addColumn<int>("connectivity");
        QTest::addColumn<int>("count");
        QTest::newRow("4") << 4 << 3;
        QTest::newRow("8") << 8 << 1;
    }
    void connectivity()
    {
        QFETCH(int, connectivity);
        QFETCH(int, count);
        // Three pixels touching only at corners: a diagonal.
        cv::Mat mask(5, 5, CV_8U, cv::Scalar(0));
        mask.at<uchar>(1, 1) = mask.at<uchar>(2, 2) = mask.at<uchar>(3, 3) = 1;
        TaskContext task;
        const Expected<LabelImage> r = labelComponents(mask, Connectivity(connectivity), task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, count);
        QCOMPARE(r->labels.type(), CV_32SC1);
        QCOMPARE(r->labels.at<int>(1, 1), 1);
        QCOMPARE(r->labels.at<int>(3, 3), count);
        QCOMPARE(r->labels.at<int>(0, 0), 0);
    }

    void labelsFollowRasterOrderOfFirstPixels()
    {
        cv::Mat mask(6, 10, CV_8U, cv::Scalar(0));
        mask(cv::Rect(6, 0, 2, 4)).setTo(255); // first pixel (6, 0) → label 1
        mask(cv::Rect(0, 2, 3, 3)).setTo(255); // first pixel (0, 2) → label 2
        mask(cv::Rect(4, 5, 5, 1)).setTo(255); // first pixel (4, 5) → label 3
        TaskContext task;
        const Expected<LabelImage> r = labelComponents(mask, Connectivity::Eight, task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, 3);
        QCOMPARE(r->labels.at<int>(0, 6), 1);
        QCOMPARE(r->labels.at<int>(2, 0), 2);
        QCOMPARE(r->labels.at<int>(5, 8), 3);
    }

    void noLimitAt65535Objects()
    {
        // 300 × 300 isolated pixels = 90000 objects.
        cv::Mat mask(600, 600, CV_8U, cv::Scalar(0));
        for (int y = 0; y < 600; y += 2) {
            for (int x = 0; x < 600; x += 2) {
                mask.at<uchar>(y, x) = 255;
            }
        }
        TaskContext task;
        const Expected<LabelImage> r = labelComponents(mask, Connectivity::Eight, task);
        QVERIFY(r.isOk());
        QCOMPARE(r->count, 90000);
        double maxLabel = 0;
        cv::minMaxLoc(r->labels, nullptr, &maxLabel);
        QCOMPARE(int(maxLabel), 90000);
        QCOMPARE(r->labels.at<int>(598, 598), 90000);
        const LabelStats stats = labelStats(r->labels, r->count);
        QCOMPARE(stats.area[90000], qint64(1));
        QCOMPARE(stats.box[90000], cv::Rect(598, 598, 1, 1));
    }

    void relabelWithKeepAndStats()
    {
        cv::Mat labels = (cv::Mat_<int>(3, 5) << 7, 7, 0, 3, 3, 0, 0, 0, 3, 9, 5, 5, 0, 0, 9);
        const LabelImage r = relabelSequential(labels, {true, true, true, false, true, true, true, true, true, true});
        // Label 3 dropped; the rest renumbered 7→1, 9→2, 5→3 in raster order.
        QCOMPARE(r.count, 3);
        const cv::Mat expected = (cv::Mat_<int>(3, 5) << 1, 1, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 0, 0, 2);
        QCOMPARE(cv::countNonZero(r.labels != expected), 0);
        const LabelStats s = labelStats(r.labels, r.count);
        QCOMPARE(s.area[1], qint64(2));
        QCOMPARE(s.box[2], cv::Rect(4, 1, 1, 2));
        QVERIFY(s.touchesBorder[1] && s.touchesBorder[2] && s.touchesBorder[3]);
    }

    void invalidAndCancelled()
    {
        TaskContext task;
        QCOMPARE(labelComponents(cv::Mat(), Connectivity::Eight, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(labelComponents(cv::Mat(4, 4, CV_16U, cv::Scalar(1)), Connectivity::Eight, task).status().code(),
                 StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(
            labelComponents(cv::Mat(4, 4, CV_8U, cv::Scalar(1)), Connectivity::Four, cancelled).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestLabeling)
#include "TestLabeling.moc"
