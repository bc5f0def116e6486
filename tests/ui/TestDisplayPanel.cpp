// The display dock driven through its widgets; expected values computed by hand or brute force in the test.
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/display/DisplayPanel.h"
#include "ui/document/ImageDocument.h"
#include "ui/viewer/DisplayRenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QtTest>

#include <limits>

using namespace tessera;

namespace {

/** A w × h image of type with pixel (x, y) = lo + (x + y·w) · step (float: plus NaN at (0, 0) when withNaN). */
Image rampImage(PixelType type, int w, int h, double lo, double step, int channels = 1, bool withNaN = false)
{
    Image image = Image::create(type, w, h, channels).value();
    for (int c = 0; c < channels; ++c) {
        cv::Mat p = image.plane(c);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const double v = lo + (x + y * w) * step * (c + 1);
                if (type == PixelType::UInt8) {
                    p.at<uchar>(y, x) = uchar(v);
                } else if (type == PixelType::UInt16) {
                    p.at<quint16>(y, x) = quint16(v);
                } else {
                    p.at<float>(y, x) = float(v);
                }
            }
        }
        if (withNaN && type == PixelType::Float32) {
            p.at<float>(0, 0) = std::numeric_limits<float>::quiet_NaN();
        }
    }
    return image;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qFatal("missing child %s", name);
    }
    return w;
}

} // namespace

class TestDisplayPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sliderSetsRange_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("expectedMin");
        // 8-bit sliders span 0..255: 255 · 0.08 = 20.4 → 20
        QTest::newRow("8-bit") << int(PixelType::UInt8) << 10.0 << 1.0 << 80 << 20.0;
        // 16-bit: the plane's data range 200 .. 200 + 15·50 = 950
        QTest::newRow("16-bit") << int(PixelType::UInt16) << 200.0 << 50.0 << 250 << 387.0; // 200 + 0.25·750 = 387.5
        // float: data 0 .. 1.5, 300/1000 of the way = 0.45
        QTest::newRow("float") << int(PixelType::Float32) << 0.0 << 0.1 << 300 << 0.45;
    }
    void sliderSetsRange()
    {
        QFETCH(int, type);
        QFETCH(double, lo);
        QFETCH(double, step);
        QFETCH(int, position);
        QFETCH(double, expectedMin);
        Image image = rampImage(PixelType(type), 4, 4, lo, step);
        image.displayRanges = {DisplayRange{lo, lo + 15 * step}};
        ImageDocument doc(image);
        DisplayPanel panel(nullptr);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* minSlider = child<QSlider>(&panel, "minSlider");
        minSlider->setValue(position);
        const DisplayRange r = doc.displayRange(0);
        if (PixelType(type) == PixelType::UInt16) {
            QVERIFY(r.min == 387.0 || r.min == 388.0); // 387.5 rounds to a whole level
        } else {
            QVERIFY2(qAbs(r.min - expectedMin) < 1e-9, qPrintable(QString::number(r.min)));
        }
        QCOMPARE(r.max, lo + 15 * step); // untouched
        QCOMPARE(child<QDoubleSpinBox>(&panel, "minSpin")->value(), r.min);

        // The max slider at its end = the scale's top.
        child<QSlider>(&panel, "maxSlider")->setValue(DisplayPanel::sliderSteps());
        QCOMPARE(doc.displayRange(0).max, PixelType(type) == PixelType::UInt8 ? 255.0 : lo + 15 * step);
    }

    void spinBoxesSetRangeAndPushTheOtherEnd()
    {
        ImageDocument doc(rampImage(PixelType::UInt16, 8, 8, 0.0, 100.0));
        DisplayPanel panel(nullptr);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* minSpin = child<QDoubleSpinBox>(&panel, "minSpin");
        auto* maxSpin = child<QDoubleSpinBox>(&panel, "maxSpin");
        QCOMPARE(minSpin->decimals(), 0);
        maxSpin->setValue(5000);
        minSpin->setValue(1200);
        QCOMPARE(doc.displayRange(0), (DisplayRange{1200, 5000}));
        // The slider follows: (1200 − 0) / 6300 of the way.
        QCOMPARE(child<QSlider>(&panel, "minSlider")->value(), int(std::lround(1200.0 / 6300.0 * 1000)));
        minSpin->setValue(6000); // above max: max is pushed up by one level
        QCOMPARE(doc.displayRange(0), (DisplayRange{6000, 6001}));
        maxSpin->setValue(100); // below min: min is pushed down
        QCOMPARE(doc.displayRange(0), (DisplayRange{99, 100}));
        // Not an undo step (like ImageJ's B&C).
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void floatSpinBoxesKeepDecimals()
    {
        ImageDocument doc(rampImage(PixelType::Float32, 4, 4, 0.0, 0.001, 1, true));
        DisplayPanel panel(nullptr);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* minSpin = child<QDoubleSpinBox>(&panel, "minSpin");
        QVERIFY(minSpin->decimals() >= 4);
        minSpin->setValue(0.0042);
        QVERIFY(qAbs(doc.displayRange(0).min - 0.0042) < 1e-12);
        // Reset: the finite data range 0.001 .. 0.015 (the NaN at (0, 0) is ignored).
        QTest::mouseClick(child<QPushButton>(&panel, "resetButton"), Qt::LeftButton);
        QVERIFY(qAbs(doc.displayRange(0).min - 0.001) < 1e-7);
        QVERIFY(qAbs(doc.displayRange(0).max - 0.015) < 1e-7);
    }

    void autoEqualsAutoDisplayRange_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("large");
        QTest::newRow("0.35 %") << 0.35 << false;
        QTest::newRow("2 %") << 2.0 << false;
        QTest::newRow("10 %, on the runner") << 10.0 << true;
    }
    void autoEqualsAutoDisplayRange()
    {
        QFETCH(double, percent);
        QFETCH(bool, large);
        const int side = large ? 1100 : 64;
        Image image = Image::create(PixelType::UInt16, side, side).value();
        cv::RNG rng(7);
        rng.fill(image.plane(0), cv::RNG::UNIFORM, 0, 4000);
        image.displayRanges = {DisplayRange{0, 65535}};
        ImageDocument doc(image);
        AppContext context(2);
        TaskRunner runner(context.threadPool());
        DisplayPanel panel(&runner);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        child<QDoubleSpinBox>(&panel, "saturatedSpin")->setValue(percent);
        QSignalSpy spy(&panel, &DisplayPanel::autoApplied);
        QTest::mouseClick(child<QPushButton>(&panel, "autoButton"), Qt::LeftButton);
        if (large) {
            QVERIFY(spy.wait(10000));
        }
        QCOMPARE(spy.count(), 1);
        const DisplayRange expected = autoDisplayRange(image.plane(0), percent / 100.0);
        QCOMPARE(doc.displayRange(0), expected);
        // Independent check of the saturation: about percent % of the pixels lie outside [min, max].
        const cv::Mat p = image.plane(0);
        const int outside = cv::countNonZero(p < expected.min) + cv::countNonZero(p > expected.max);
        QVERIFY2(qAbs(100.0 * outside / double(p.total()) - percent) < 0.2 + percent * 0.1,
                 qPrintable(QString::number(100.0 * outside / double(p.total()))));
    }

    void resetGivesFullRange_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("expectedMin");
        QTest::addColumn<double>("expectedMax");
        QTest::newRow("8-bit: 0..255 as ImageJ") << int(PixelType::UInt8) << 0.0 << 255.0;
        QTest::newRow("16-bit: data range") << int(PixelType::UInt16) << 300.0 << 300.0 + 63 * 7.0;
    }
    void resetGivesFullRange()
    {
        QFETCH(int, type);
        QFETCH(double, expectedMin);
        QFETCH(double, expectedMax);
        ImageDocument doc(rampImage(PixelType(type), 8, 8, PixelType(type) == PixelType::UInt8 ? 3 : 300,
                                    PixelType(type) == PixelType::UInt8 ? 2 : 7));
        doc.setDisplayRange(0, {40, 50});
        DisplayPanel panel(nullptr);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::mouseClick(child<QPushButton>(&panel, "resetButton"), Qt::LeftButton);
        QCOMPARE(doc.displayRange(0), (DisplayRange{expectedMin, expectedMax}));
    }

    void controlsChangeRenderedPixels()
    {
        // Two 8-bit channels, pixel (1, 0): channel 1 = 1·10 + 1 = 11... use constant planes for hand-computation.
        Image image = Image::create(PixelType::UInt8, 3, 2, 2).value();
        image.plane(0).setTo(100);
        image.plane(1).setTo(60);
        image.displayRanges = {DisplayRange{0, 200}, DisplayRange{0, 120}};
        ImageDocument doc(image);
        DisplayPanel panel(nullptr);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        DisplayRenderer renderer(nullptr);
        renderer.setDocument(&doc);
        auto pixel = [&] { return QColor(renderer.image().pixel(2, 1)); };
        QCOMPARE(pixel(), QColor(128, 128, 128)); // channel 0 alone: 255 · 100/200 = 127.5 → 128 (half to even)

        auto* lut = child<QComboBox>(&panel, "lutCombo");
        lut->setCurrentIndex(lut->findData(QStringLiteral("Green")));
        QCOMPARE(doc.channelView(0).lut, QStringLiteral("Green"));
        QCOMPARE(pixel(), QColor(0, 128, 0));

        QTest::mouseClick(child<QCheckBox>(&panel, "invertCheck"), Qt::LeftButton);
        QVERIFY(doc.isInverted());
        QCOMPARE(pixel(), QColor(0, 127, 0)); // reversed Green: entry 255 − 128

        QTest::mouseClick(child<QCheckBox>(&panel, "invertCheck"), Qt::LeftButton);
        auto* composite = child<QCheckBox>(&panel, "compositeCheck");
        QVERIFY(composite->isEnabled());
        QTest::mouseClick(composite, Qt::LeftButton);
        QVERIFY(doc.isComposite());
        // Default colours: channel 0 red, channel 1 green; channel 1 index 255 · 60/120 = 127.5 → 128.
        QCOMPARE(pixel(), QColor(128, 128, 0));

        // Channel 2's colour → blue, through the channel combo and the colour combo.
        child<QComboBox>(&panel, "channelCombo")->setCurrentIndex(1);
        QCOMPARE(doc.position().c, 1);
        auto* color = child<QComboBox>(&panel, "colorCombo");
        color->setCurrentIndex(2); // Blue
        QCOMPARE(doc.channelView(1).color, QColor(0, 0, 255));
        QCOMPARE(pixel(), QColor(128, 0, 128));

        // Hide channel 2.
        QTest::mouseClick(child<QCheckBox>(&panel, "visibleCheck"), Qt::LeftButton);
        QVERIFY(!doc.channelView(1).visible);
        QCOMPARE(pixel(), QColor(128, 0, 0));

        // The panel follows the document (e.g. a change from the histogram's markers).
        doc.setDisplayRange(1, {10, 20});
        QCOMPARE(child<QDoubleSpinBox>(&panel, "minSpin")->value(), 10.0);
        QCOMPARE(child<QDoubleSpinBox>(&panel, "maxSpin")->value(), 20.0);
    }

    void withoutDocumentDisabled()
    {
        DisplayPanel panel(nullptr);
        QVERIFY(!panel.widget()->isEnabled());
        ImageDocument doc(rampImage(PixelType::UInt8, 4, 4, 0, 1));
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.widget()->isEnabled());
        QVERIFY(!child<QCheckBox>(&panel, "compositeCheck")->isEnabled()); // one channel
        panel.setDocument(nullptr);
        QVERIFY(!panel.widget()->isEnabled());
        // Every control explains itself.
        const QList<QWidget*> controls = panel.findChildren<QWidget*>();
        for (QWidget* w : controls) {
            if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestDisplayPanel)
#include "TestDisplayPanel.moc"
