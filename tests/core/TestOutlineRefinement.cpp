#include "core/segmentation/OutlineRefinement.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace tessera;

namespace {
constexpr double kBackground = 400.0;

/** Adds amplitude to the pixels whose centre lies within radius of centre (a sampled disk). */
void paintDisk(cv::Mat& image, cv::Point2d centre, double radius, double value)
{
    for (int y = 0; y < image.rows; ++y) {
        for (int x = 0; x < image.cols; ++x) {
            if (std::hypot(x - centre.x, y - centre.y) <= radius) {
                image.at<float>(y, x) = float(value);
            }
        }
    }
}

/** Blurs like a microscope (Gaussian PSF, sigma 1.5 px). */
cv::Mat blurred(const cv::Mat& image)
{
    cv::Mat out;
    cv::GaussianBlur(image, out, cv::Size(0, 0), 1.5, 1.5, cv::BORDER_REPLICATE);
    return out;
}

/** Labels: one disk of the given radius (the outline a threshold would give). */
LabelImage diskLabels(cv::Size size, cv::Point2d centre, double radius)
{
    LabelImage l;
    l.labels = cv::Mat(size, CV_32S, cv::Scalar(0));
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            if (std::hypot(x - centre.x, y - centre.y) <= radius) {
                l.labels.at<int>(y, x) = 1;
            }
        }
    }
    l.count = 1;
    return l;
}
} // namespace

class TestOutlineRefinement : public QObject
{
    Q_OBJECT
private slots:
    void outlineMovesToTrueRadius_data()
    {
        QTest::addColumn<double>("radius");      // true disk radius (pixel centres within it are the disk)
        QTest::addColumn<double>("amplitude");   // above the background
        QTest::addColumn<double>("startRadius"); // outline given to refineOutlines (a threshold's result)
        QTest::addColumn<double>("distance");
        QTest::addColumn<double>("scale"); // every pixel value is multiplied by this
        // A high global threshold cuts a dim blurred disk inside its edge, a low one outside it.
        QTest::newRow("dim disk, outline 2 px inside") << 12.0 << 600.0 << 10.0 << 3.0 << 1.0;
        QTest::newRow("outline 2 px outside") << 12.0 << 2000.0 << 14.0 << 3.0 << 1.0;
        QTest::newRow("small disk, outline 3 px inside") << 7.0 << 1000.0 << 4.0 << 4.0 << 1.0;
        QTest::newRow("already right") << 15.0 << 1500.0 << 15.0 << 3.0 << 1.0;
        // Regression: a gradient maximum below FLT_MIN made the level scale 4095 / max infinite and the
        // float→int conversion of the levels undefined (a negative bucket index).
        QTest::newRow("denormal float values") << 12.0 << 600.0 << 10.0 << 3.0 << 1e-41;
    }
    void outlineMovesToTrueRadius()
    {
        QFETCH(double, radius);
        QFETCH(double, amplitude);
        QFETCH(double, startRadius);
        QFETCH(double, distance);
        QFETCH(double, scale);
        const cv::Point2d centre(48.3, 47.6);
        cv::Mat image(96, 96, CV_32F, cv::Scalar(kBackground));
        paintDisk(image, centre, radius, kBackground + amplitude);
        const cv::Mat smooth = blurred(image) * scale;
        const LabelImage start = diskLabels(image.size(), centre, startRadius);
        TaskContext task;
        const Expected<LabelImage> r = refineOutlines(smooth, start, distance, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        QCOMPARE(r->count, 1);
        QCOMPARE(task.progress(), 1.0);
        // The steepest edge of a blurred step is the step itself: the refined outline lies at the true radius ± 1 px.
        for (int y = 0; y < image.rows; ++y) {
            for (int x = 0; x < image.cols; ++x) {
                const double d = std::hypot(x - centre.x, y - centre.y);
                const int l = r->labels.at<int>(y, x);
                if (d <= radius - 1.0) {
                    QVERIFY2(l == 1,
                             qPrintable(QStringLiteral("(%1, %2) at %3 px is not labelled").arg(x).arg(y).arg(d)));
                } else if (d > radius + 1.0) {
                    QVERIFY2(l == 0, qPrintable(QStringLiteral("(%1, %2) at %3 px is labelled").arg(x).arg(y).arg(d)));
                }
            }
        }
    }

    void touchingObjectsSplitAtIntensityEdge()
    {
        // Disk B (brighter) overlaps disk A and is on top: the overlap lens belongs to B. A distance-map split puts
        // the boundary on the bisector x = 50; the intensity edge is B's circle, which crosses the axis at x = 48.
        const double radius = 12.0;
        const cv::Point2d a(40.0, 48.0);
        const cv::Point2d b(60.0, 48.0);
        cv::Mat image(96, 100, CV_32F, cv::Scalar(kBackground));
        paintDisk(image, a, radius, kBackground + 1000.0);
        paintDisk(image, b, radius, kBackground + 2000.0);
        const cv::Mat smooth = blurred(image);
        LabelImage start;
        start.labels = cv::Mat(image.size(), CV_32S, cv::Scalar(0));
        start.count = 2;
        for (int y = 0; y < image.rows; ++y) {
            for (int x = 0; x < image.cols; ++x) {
                if (std::hypot(x - a.x, y - a.y) <= radius || std::hypot(x - b.x, y - b.y) <= radius) {
                    start.labels.at<int>(y, x) = x < 50 ? 1 : 2;
                }
            }
        }
        TaskContext task;
        const Expected<LabelImage> r = refineOutlines(smooth, start, 3.0, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        QCOMPARE(r->count, 2);
        int lensPixels = 0;
        for (int y = 0; y < image.rows; ++y) {
            for (int x = 0; x < image.cols; ++x) {
                const double da = std::hypot(x - a.x, y - a.y);
                const double db = std::hypot(x - b.x, y - b.y);
                const int l = r->labels.at<int>(y, x);
                if (db <= radius - 1.0) {
                    QVERIFY2(l == 2, qPrintable(QStringLiteral("(%1, %2) in B is %3").arg(x).arg(y).arg(l)));
                    lensPixels += da <= radius && x < 50 ? 1 : 0;
                } else if (da <= radius - 1.0 && db > radius + 1.0) {
                    QVERIFY2(l == 1, qPrintable(QStringLiteral("(%1, %2) in A is %3").arg(x).arg(y).arg(l)));
                } else if (da > radius + 1.0 && db > radius + 1.0) {
                    QVERIFY2(l == 0, qPrintable(QStringLiteral("(%1, %2) outside is %3").arg(x).arg(y).arg(l)));
                }
            }
        }
        QVERIFY(lensPixels > 0); // the check above really moved pixels from A's side of the bisector to B
    }

    void neverLosesAnObject()
    {
        // A 3-px wide bar and a single pixel have no core farther than 3 px from their outline: they keep all their
        // pixels as marker. Flat image: nothing else changes either way.
        cv::Mat image(40, 60, CV_16U, cv::Scalar(500));
        LabelImage start;
        start.labels = cv::Mat(image.size(), CV_32S, cv::Scalar(0));
        start.labels(cv::Rect(5, 10, 30, 3)).setTo(1);
        start.labels.at<int>(30, 50) = 2;
        start.count = 2;
        TaskContext task;
        const Expected<LabelImage> r = refineOutlines(image, start, 3.0, task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        QCOMPARE(r->count, 2);
        QCOMPARE(cv::countNonZero(r->labels == 1) >= 90, true);
        QCOMPARE(r->labels.at<int>(30, 50), 2);
    }

    void invalidInputAndCancel()
    {
        const cv::Mat image(32, 32, CV_32F, cv::Scalar(1.0));
        const LabelImage start = diskLabels(image.size(), cv::Point2d(16, 16), 6);
        TaskContext task;
        QCOMPARE(refineOutlines(image, start, 0.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(refineOutlines(image, start, 51.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(refineOutlines(cv::Mat(32, 32, CV_64F), start, 3.0, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(refineOutlines(cv::Mat(16, 16, CV_32F), start, 3.0, task).status().code(), StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(refineOutlines(image, start, 3.0, cancelled).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestOutlineRefinement)
#include "TestOutlineRefinement.moc"
