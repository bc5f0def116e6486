#include "ui/document/ImageDocument.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/PlaneRenderer.h"
#include "ui/viewer/RoiOverlay.h"

#include <QPainter>

#include <QSignalSpy>
#include <QtTest>

using namespace tessera;

namespace {

/** A layer that records when and with what it was painted. */
class RecordingLayer : public OverlayLayer
{
public:
    RecordingLayer(QString name, QStringList* log) : m_name(std::move(name)), m_log(log) {}
    void paint(QPainter&, const ViewTransform& t, const QRectF& visible) override
    {
        m_log->append(m_name);
        lastVisible = visible;
        lastScale = t.scale;
    }
    QRectF lastVisible;
    double lastScale = 0;

private:
    QString m_name;
    QStringList* m_log;
};

/** A tool that takes left-button presses and remembers where. */
class ClickTool : public ViewTool
{
public:
    bool mousePress(ImageView&, QMouseEvent* event, const QPointF& imagePos) override
    {
        if (event->button() != Qt::LeftButton) {
            return false;
        }
        presses.append(imagePos);
        return true;
    }
    QList<QPointF> presses;
};

bool isWhite(QRgb c)
{
    return qRed(c) == 255 && qGreen(c) == 255 && qBlue(c) == 255;
}

} // namespace

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
    void overlaysPaintInZOrderWithVisibleRect()
    {
        ImageView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(QImage(200, 100, QImage::Format_Indexed8));
        QStringList log;
        RecordingLayer rois(QStringLiteral("rois"), &log);
        RecordingLayer mask(QStringLiteral("mask"), &log);
        RecordingLayer labels(QStringLiteral("labels"), &log);
        view.addOverlay(&rois, int(OverlayZ::Rois));
        view.addOverlay(&mask, int(OverlayZ::ThresholdMask));
        view.addOverlay(&labels, int(OverlayZ::Labels));
        QCOMPARE(view.overlays(), (QList<OverlayLayer*>{&mask, &labels, &rois}));
        view.setScale(8.0, QPointF(0, 0));
        log.clear();
        view.repaint();
        QCOMPARE(log, (QStringList{QStringLiteral("mask"), QStringLiteral("labels"), QStringLiteral("rois")}));
        // At 8× only 400/8 × 300/8 image pixels are on screen, starting where widget (0, 0) maps to.
        const QPointF topLeft = view.widgetToImage(QPointF(0, 0));
        QCOMPARE(rois.lastScale, 8.0);
        QCOMPARE(rois.lastVisible, QRectF(topLeft, QSizeF(50, 37.5)).intersected(QRectF(0, 0, 200, 100)));
        mask.setVisible(false);
        log.clear();
        view.repaint();
        QCOMPARE(log, (QStringList{QStringLiteral("labels"), QStringLiteral("rois")}));
        view.removeOverlay(&labels);
        log.clear();
        view.repaint();
        QCOMPARE(log, QStringList{QStringLiteral("rois")});
    }
    void toolGetsMouseFirst()
    {
        ImageView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(QImage(200, 100, QImage::Format_Indexed8));
        ClickTool tool;
        view.setTool(&tool);
        const QPointF origin = view.imageToWidget(QPointF(0, 0));
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
        QTest::mouseMove(&view, QPoint(240, 170));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(240, 170));
        QCOMPARE(tool.presses.size(), 1);
        QCOMPARE(tool.presses.first(), view.widgetToImage(QPointF(200, 150)));
        QCOMPARE(view.imageToWidget(QPointF(0, 0)), origin); // the tool used the drag: no panning
        QTest::mousePress(&view, Qt::MiddleButton, Qt::NoModifier, QPoint(200, 150));
        QTest::mouseMove(&view, QPoint(230, 150));
        QTest::mouseRelease(&view, Qt::MiddleButton, Qt::NoModifier, QPoint(230, 150));
        QCOMPARE(view.imageToWidget(QPointF(0, 0)), origin + QPointF(30, 0)); // the middle button always pans
        view.setTool(nullptr);
        QCOMPARE(view.tool(), nullptr);
    }
    void roiLayerDrawsClassColoursAndHandles_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::newRow("not selected") << false;
        QTest::newRow("selected") << true;
    }
    void roiLayerDrawsClassColoursAndHandles()
    {
        QFETCH(bool, selected);
        ImageDocument doc(Image::create(PixelType::UInt8, 100, 100).value());
        Roi roi = Roi::rectangle(QStringLiteral("crop"), 10, 10, 20, 20);
        roi.className = QStringLiteral("cell");
        auto* add = new AddRoisCommand(&doc, {roi});
        doc.undoStack()->push(add);
        if (selected) {
            doc.setSelection({add->ids().first()});
        }
        ImageView view;
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QImage black(100, 100, QImage::Format_Indexed8);
        black.setColorTable(Lut::grays().colors);
        black.fill(0);
        view.setImage(black);
        QCOMPARE(view.scale(), 4.0);
        RoiOverlay layer;
        layer.setDocument(&doc);
        layer.setShowNames(false);
        QVERIFY(!doc.roiNamesShown());
        view.addOverlay(&layer, int(OverlayZ::Rois));
        const QImage shot = view.grab().toImage();
        // The left edge (image x = 10 → widget x = 40), between handles, is drawn in the class colour (a red).
        QVERIFY(doc.classColor(QStringLiteral("cell")).red() > 2 * doc.classColor(QStringLiteral("cell")).green());
        const QPoint onEdge = view.imageToWidget(QPointF(10, 15)).toPoint();
        bool found = false;
        for (int dx = -1; dx <= 1; ++dx) {
            const QColor c = shot.pixelColor(onEdge + QPoint(dx, 0));
            found |= c.red() > 100 && c.red() > 2 * c.green() && c.red() > 2 * c.blue();
        }
        QVERIFY2(found, "no outline in the class colour");
        QCOMPARE(shot.pixelColor(view.imageToWidget(QPointF(20, 20)).toPoint()), QColor(Qt::black)); // not filled
        // A selected ROI shows white handles at its corners.
        const QPoint corner = view.imageToWidget(QPointF(10, 10)).toPoint() + QPoint(1, 1);
        QCOMPARE(isWhite(shot.pixel(corner)), selected);
        // Recolouring the class repaints in the new colour.
        QSignalSpy repaint(&layer, &OverlayLayer::changed);
        doc.setClass(QStringLiteral("cell"), {QStringLiteral("cell"), QColor(0, 0, 255)});
        QVERIFY(!repaint.isEmpty());
    }
};

QTEST_MAIN(TestImageView)
#include "TestImageView.moc"
