#include "ui/viewer/ImageView.h"
#include "ui/viewer/PlaneRenderer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tessera;

class TestImageView : public QObject
{
    Q_OBJECT
private slots:
    void renderMapsDisplayRange_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("expectedIndex");
        QTest::newRow("below") << 50 << 0;
        QTest::newRow("min") << 100 << 0;
        QTest::newRow("interior") << 160 << 153; // 255·60/100 = 153
        QTest::newRow("max") << 200 << 255;
        QTest::newRow("above") << 60000 << 255;
    }
    void renderMapsDisplayRange()
    {
        QFETCH(int, value);
        QFETCH(int, expectedIndex);
        cv::Mat plane(3, 4, CV_16UC1, cv::Scalar(value));
        const QImage img = renderPlane(plane, {100, 200}, Lut::grays());
        QCOMPARE(img.size(), QSize(4, 3));
        QCOMPARE(img.pixelIndex(2, 1), expectedIndex);
    }
    void floatNaNRendersAsMinimum()
    {
        cv::Mat plane(2, 2, CV_32FC1, cv::Scalar(1.0f));
        plane.at<float>(0, 0) = std::numeric_limits<float>::quiet_NaN();
        const QImage img = renderPlane(plane, {0.0, 1.0}, Lut::grays());
        QCOMPARE(img.pixelIndex(0, 0), 0);
        QCOMPARE(img.pixelIndex(1, 1), 255);
    }
    void wheelZoomKeepsPointUnderCursor()
    {
        ImageView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(QImage(200, 100, QImage::Format_Indexed8));
        QCOMPARE(view.scale(), 2.0); // fitted: min(400/200, 300/100)
        const QPointF anchor(123, 77);
        const QPointF before = view.widgetToImage(anchor);
        QWheelEvent wheel(anchor, view.mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(view.scale() > 2.0);
        const QPointF after = view.widgetToImage(anchor);
        QVERIFY(qAbs(before.x() - after.x()) < 1e-9 && qAbs(before.y() - after.y()) < 1e-9);
        view.zoomActualSize();
        QCOMPARE(view.scale(), 1.0);
        view.fitToWindow();
        QCOMPARE(view.scale(), 2.0);
    }
    void dragPansAndCursorIsReported()
    {
        ImageView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(QImage(200, 100, QImage::Format_Indexed8));
        QSignalSpy spy(&view, &ImageView::cursorMoved);
        const QPointF p0 = view.widgetToImage(QPointF(200, 150));
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
        QTest::mouseMove(&view, QPoint(240, 170));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(240, 170));
        const QPointF p1 = view.widgetToImage(QPointF(240, 170));
        QVERIFY(qAbs(p1.x() - p0.x()) < 1e-9 && qAbs(p1.y() - p0.y()) < 1e-9); // the image moved with the mouse
        QVERIFY(!spy.isEmpty());
        QVERIFY(spy.last().at(1).toBool());
    }
};

QTEST_MAIN(TestImageView)
#include "TestImageView.moc"
