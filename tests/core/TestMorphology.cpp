#include "core/morphology/BinaryMorphology.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace tessera;

namespace {
cv::Mat squareMask(int size, cv::Rect r)
{
    cv::Mat m(size, size, CV_8U, cv::Scalar(0));
    m(r).setTo(1); // non-zero but not 255: outputs must be normalised to 255
    return m;
}
} // namespace

class TestMorphology : public QObject
{
    Q_OBJECT
private slots:
    void erodeDilateSquare_data()
    {
        QTest::addColumn<int>("radius");
        QTest::newRow("r0") << 0;
        QTest::newRow("r1") << 1;
        QTest::newRow("r3") << 3;
    }
    void erodeDilateSquare()
    {
        QFETCH(int, radius);
        const cv::Mat m = squareMask(40, cv::Rect(10, 12, 15, 11));
        TaskContext task;
        const Expected<cv::Mat> e = BinaryMorphology::erode(m, radius, KernelShape::Square, task);
        const Expected<cv::Mat> d = BinaryMorphology::dilate(m, radius, KernelShape::Square, task);
        QVERIFY(e.isOk() && d.isOk());
        // A (2r+1)² square element shrinks/grows a rectangle by r on every side.
        QCOMPARE(cv::countNonZero(e.value()), (15 - 2 * radius) * (11 - 2 * radius));
        QCOMPARE(cv::countNonZero(d.value()), (15 + 2 * radius) * (11 + 2 * radius));
        double maxValue = 0;
        cv::minMaxLoc(d.value(), nullptr, &maxValue);
        QCOMPARE(maxValue, 255.0);
        QCOMPARE(e->at<uchar>(12 + radius, 10 + radius), uchar(255));
    }

    void diskElementIsRound()
    {
        cv::Mat m(21, 21, CV_8U, cv::Scalar(0));
        m.at<uchar>(10, 10) = 255;
        TaskContext task;
        const Expected<cv::Mat> d = BinaryMorphology::dilate(m, 5, KernelShape::Disk, task);
        QVERIFY(d.isOk());
        QCOMPARE(d->at<uchar>(10, 15), uchar(255)); // on the axis at distance 5
        QCOMPARE(d->at<uchar>(5, 10), uchar(255));
        QCOMPARE(d->at<uchar>(5, 5), uchar(0)); // corner of the square at distance 7.07
        QCOMPARE(d->at<uchar>(15, 15), uchar(0));
    }

    void openRemovesSpecksCloseFillsGaps()
    {
        cv::Mat m = squareMask(30, cv::Rect(5, 5, 10, 10));
        m.at<uchar>(25, 25) = 255;         // a speck
        m(cv::Rect(9, 5, 1, 10)).setTo(0); // a one-pixel slit through the square
        TaskContext task;
        const Expected<cv::Mat> opened = BinaryMorphology::open(m, 1, KernelShape::Square, task);
        QVERIFY(opened.isOk());
        QCOMPARE(opened->at<uchar>(25, 25), uchar(0));
        const Expected<cv::Mat> closed = BinaryMorphology::close(m, 1, KernelShape::Square, task);
        QVERIFY(closed.isOk());
        QCOMPARE(closed->at<uchar>(10, 9), uchar(255));
        QCOMPARE(cv::countNonZero(closed.value()), 100 + 1);
    }

    void fillHoles()
    {
        cv::Mat m(20, 20, CV_8U, cv::Scalar(0));
        cv::rectangle(m, cv::Rect(2, 2, 8, 8), cv::Scalar(255), 1);   // closed ring: 6×6 hole
        cv::rectangle(m, cv::Rect(12, -1, 6, 6), cv::Scalar(255), 1); // ring cut by the top border: no hole
        // A background pixel enclosed by 8-connected (diagonal) foreground only counts as a hole (4-connected
        // background): a diamond around (15, 15).
        m.at<uchar>(14, 15) = m.at<uchar>(16, 15) = m.at<uchar>(15, 14) = m.at<uchar>(15, 16) = 255;
        TaskContext task;
        const Expected<cv::Mat> f = BinaryMorphology::fillHoles(m, task);
        QVERIFY(f.isOk());
        QCOMPARE(cv::countNonZero(f.value()), cv::countNonZero(m) + 36 + 1);
        QCOMPARE(f->at<uchar>(5, 5), uchar(255));
        QCOMPARE(f->at<uchar>(1, 14), uchar(0));
        QCOMPARE(f->at<uchar>(15, 15), uchar(255));
    }

    void removeSmallObjects_data()
    {
        QTest::addColumn<int>("minPixels");
        QTest::addColumn<int>("connectivity");
        QTest::addColumn<int>("remaining");
        QTest::newRow("keep all") << 0 << 8 << 5 + 20 + 6;
        QTest::newRow("min 6, 8-conn") << 6 << 8 << 20 + 6;
        QTest::newRow("min 6, 4-conn") << 6 << 4 << 20; // the diagonal object splits into 3+3
        QTest::newRow("min 21") << 21 << 8 << 0;
    }
    void removeSmallObjects()
    {
        QFETCH(int, minPixels);
        QFETCH(int, connectivity);
        QFETCH(int, remaining);
        cv::Mat m(30, 30, CV_8U, cv::Scalar(0));
        m(cv::Rect(1, 1, 5, 1)).setTo(255);   // 5 px
        m(cv::Rect(10, 10, 4, 5)).setTo(255); // 20 px
        m(cv::Rect(20, 20, 3, 1)).setTo(255); // 3 px + 3 px touching diagonally
        m(cv::Rect(23, 21, 3, 1)).setTo(255);
        TaskContext task;
        const Expected<cv::Mat> r =
            BinaryMorphology::removeSmallObjects(m, minPixels, Connectivity(connectivity), task);
        QVERIFY(r.isOk());
        QCOMPARE(cv::countNonZero(r.value()), remaining);
    }

    void clearBorder()
    {
        cv::Mat m(20, 20, CV_8U, cv::Scalar(0));
        m(cv::Rect(0, 5, 3, 3)).setTo(255);   // touches the left edge
        m(cv::Rect(8, 8, 3, 3)).setTo(255);   // inside
        m(cv::Rect(17, 17, 3, 3)).setTo(255); // touches the bottom-right corner
        m.at<uchar>(3, 3) = 255;              // diagonal neighbour of (4, 2)
        m.at<uchar>(4, 2) = 255;              // 4-neighbour of (5, 2), part of the left object
        TaskContext task;
        const Expected<cv::Mat> r8 = BinaryMorphology::clearBorderObjects(m, Connectivity::Eight, task);
        QVERIFY(r8.isOk());
        // 8-connectivity: (4,2) joins the left object and (3,3) joins (4,2): all removed, only the inner 3×3 stays.
        QCOMPARE(cv::countNonZero(r8.value()), 9);
        const Expected<cv::Mat> r4 = BinaryMorphology::clearBorderObjects(m, Connectivity::Four, task);
        QVERIFY(r4.isOk());
        // 4-connectivity: (4,2) is 4-adjacent to (5,2) of the left object and goes; (3,3) is only diagonal: it stays.
        QCOMPARE(cv::countNonZero(r4.value()), 9 + 1);
    }

    void invalidAndCancelled()
    {
        TaskContext task;
        QCOMPARE(BinaryMorphology::erode(cv::Mat(), 1, KernelShape::Disk, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(BinaryMorphology::erode(cv::Mat(3, 3, CV_8U), -1, KernelShape::Disk, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(BinaryMorphology::fillHoles(cv::Mat(3, 3, CV_32F), task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(
            BinaryMorphology::removeSmallObjects(cv::Mat(3, 3, CV_8U), -2, Connectivity::Eight, task).status().code(),
            StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        const cv::Mat m(8, 8, CV_8U, cv::Scalar(255));
        QVERIFY(BinaryMorphology::dilate(m, 1, KernelShape::Square, cancelled).status().isCancelled());
        QVERIFY(BinaryMorphology::fillHoles(m, cancelled).status().isCancelled());
        QVERIFY(BinaryMorphology::clearBorderObjects(m, Connectivity::Eight, cancelled).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestMorphology)
#include "TestMorphology.moc"
