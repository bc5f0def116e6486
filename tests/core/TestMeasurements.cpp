#include "core/measure/ObjectMeasurements.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <cmath>

using namespace tessera;

namespace {
const double kPi = 3.14159265358979323846;
const double kCorner = 2.0 - std::sqrt(2.0); // ImageJ: each non-adjacent corner shortens the outline by 2 − √2

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

#define CHECK_NEAR(actual, expected, tol)                                                                              \
    QVERIFY2(near((actual), (expected), (tol)), qPrintable(QStringLiteral("%1 = %2, expected %3")                      \
                                                               .arg(QStringLiteral(#actual))                           \
                                                               .arg(actual, 0, 'g', 12)                                \
                                                               .arg(expected, 0, 'g', 12)))

MeasurementTable measureOne(const cv::Mat& labels, const std::vector<IntensityChannel>& channels,
                            const Calibration& cal = Calibration())
{
    TaskContext task;
    Expected<MeasurementTable> t = ObjectMeasurements::measureLabels(labels, 1, channels, cal, task);
    if (!t.isOk()) {
        qFatal("%s", qPrintable(t.status().message()));
    }
    return t.value();
}
} // namespace

class TestMeasurements : public QObject
{
    Q_OBJECT
private slots:
    void rectangleGeometry_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::addColumn<double>("pixelSize");
        QTest::newRow("40x10") << 5 << 7 << 40 << 10 << 1.0;
        QTest::newRow("10x30 tall") << 20 << 3 << 10 << 30 << 1.0;
        QTest::newRow("25x12 calibrated") << 0 << 0 << 25 << 12 << 0.325;
    }
    void rectangleGeometry()
    {
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(int, w);
        QFETCH(int, h);
        QFETCH(double, pixelSize);
        cv::Mat labels(64, 80, CV_32S, cv::Scalar(0));
        labels(cv::Rect(x, y, w, h)).setTo(1);
        Calibration cal;
        cal.pixelWidth = cal.pixelHeight = pixelSize;
        cal.unit = QStringLiteral("µm");
        const MeasurementTable t = measureOne(labels, {}, cal);
        QCOMPARE(t.rowCount(), 1);
        const double s = pixelSize;
        const double area = w * h * s * s;
        CHECK_NEAR(t.value(0, QStringLiteral("Area")), area, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("PixelCount")), double(w * h), 0);
        CHECK_NEAR(t.value(0, QStringLiteral("X")), (x + w / 2.0) * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Y")), (y + h / 2.0) * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("BX")), x * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("BY")), y * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Width")), w * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Height")), h * s, 1e-9);
        // Traced outline: 4 vertices, every side longer than 1 pixel, so all 4 corners count.
        const double perim = (2.0 * (w + h) - 4 * kCorner) * s;
        CHECK_NEAR(t.value(0, QStringLiteral("Perim.")), perim, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Circ.")), std::min(1.0, 4 * kPi * area / (perim * perim)), 1e-9);
        // Same-moments ellipse of a w×h rectangle: variances w²/12, h²/12 → Major = 2w/√π, Minor = 2h/√π.
        const double major = 2.0 * std::max(w, h) / std::sqrt(kPi) * s;
        const double minor = 2.0 * std::min(w, h) / std::sqrt(kPi) * s;
        CHECK_NEAR(t.value(0, QStringLiteral("Major")), major, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Minor")), minor, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Angle")), w > h ? 0.0 : 90.0, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("AR")), double(std::max(w, h)) / std::min(w, h), 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Round")), double(std::min(w, h)) / std::max(w, h), 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Solidity")), 1.0, 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("Feret")), std::hypot(w, h) * s, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("MinFeret")), std::min(w, h) * s, 1e-9);
        const double diag = std::atan2(double(h), double(w)) * 180.0 / kPi;
        const double feretAngle = t.value(0, QStringLiteral("FeretAngle"));
        QVERIFY(near(feretAngle, diag, 1e-9) || near(feretAngle, 180.0 - diag, 1e-9));
        // The start point is a corner of the rectangle on its left side.
        CHECK_NEAR(t.value(0, QStringLiteral("FeretX")), double(x), 0);
        const double fy = t.value(0, QStringLiteral("FeretY"));
        QVERIFY(fy == y || fy == y + h);
    }

    void tinyShapesFollowImageJsPerimeterExamples_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<double>("perimeter");
        // The examples of ImageJ's PolygonRoi.getTracedPerimeter documentation.
        QTest::newRow("1x1") << 1 << 4.0 - 2 * kCorner;
        QTest::newRow("2x2") << 2 << 8.0 - 4 * kCorner;
    }
    void tinyShapesFollowImageJsPerimeterExamples()
    {
        QFETCH(int, size);
        QFETCH(double, perimeter);
        cv::Mat labels(10, 10, CV_32S, cv::Scalar(0));
        labels(cv::Rect(3, 4, size, size)).setTo(1);
        const MeasurementTable t = measureOne(labels, {});
        CHECK_NEAR(t.value(0, QStringLiteral("Perim.")), perimeter, 1e-12);
    }

    void diskAndEllipse_data()
    {
        QTest::addColumn<double>("a"); // semi-axis along x
        QTest::addColumn<double>("b"); // semi-axis along y
        QTest::newRow("disk r=20") << 20.0 << 20.0;
        QTest::newRow("ellipse 40x20") << 40.0 << 20.0;
        QTest::newRow("ellipse 15x35") << 15.0 << 35.0;
    }
    void diskAndEllipse()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        const double cx = 60, cy = 50;
        const Roi roi = Roi::ellipse(QStringLiteral("shape"), cx - a, cy - b, 2 * a, 2 * b);
        cv::Mat plane(100, 120, CV_16U, cv::Scalar(7));
        TaskContext task;
        const Expected<MeasurementTable> r = ObjectMeasurements::measureRois(
            {roi}, {IntensityChannel{QString(), plane}}, plane.size(), Calibration(), task);
        QVERIFY(r.isOk());
        const MeasurementTable& t = r.value();
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(std::get<QString>(t.cell(0, 0)), QStringLiteral("shape"));
        // Pixel count by the centre rule, counted here independently.
        int n = 0;
        for (int y = 0; y < plane.rows; ++y) {
            for (int x = 0; x < plane.cols; ++x) {
                const double dx = (x + 0.5 - cx) / a, dy = (y + 0.5 - cy) / b;
                n += dx * dx + dy * dy <= 1.0 ? 1 : 0;
            }
        }
        CHECK_NEAR(t.value(0, QStringLiteral("Area")), double(n), 0.5);
        QVERIFY(near(n, kPi * a * b, 0.02 * kPi * a * b));
        CHECK_NEAR(t.value(0, QStringLiteral("X")), cx, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Y")), cy, 1e-9);
        CHECK_NEAR(t.value(0, QStringLiteral("Major")), 2 * std::max(a, b), 0.02 * 2 * std::max(a, b));
        CHECK_NEAR(t.value(0, QStringLiteral("Minor")), 2 * std::min(a, b), 0.02 * 2 * std::min(a, b));
        CHECK_NEAR(t.value(0, QStringLiteral("AR")), std::max(a, b) / std::min(a, b),
                   0.03 * std::max(a, b) / std::min(a, b));
        if (a == b) {
            CHECK_NEAR(t.value(0, QStringLiteral("Major")), 2 * std::sqrt(n / kPi), 1e-9); // symmetric: λ1 = λ2
            CHECK_NEAR(t.value(0, QStringLiteral("Angle")), 0.0, 1e-9);
            QVERIFY(t.value(0, QStringLiteral("Circ.")) > 0.9);
        } else {
            CHECK_NEAR(t.value(0, QStringLiteral("Angle")), a > b ? 0.0 : 90.0, 1e-6);
        }
        CHECK_NEAR(t.value(0, QStringLiteral("Feret")), 2 * std::max(a, b), 1.5);
        CHECK_NEAR(t.value(0, QStringLiteral("MinFeret")), 2 * std::min(a, b), 1.5);
        QVERIFY2(t.value(0, QStringLiteral("Solidity")) > 0.94 && t.value(0, QStringLiteral("Solidity")) <= 1.0,
                 qPrintable(QString::number(t.value(0, QStringLiteral("Solidity")))));
        // A perfect ellipse perimeter (Ramanujan) vs ImageJ's traced perimeter: within a few percent.
        const double h = (a - b) * (a - b) / ((a + b) * (a + b));
        const double ramanujan = kPi * (a + b) * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
        CHECK_NEAR(t.value(0, QStringLiteral("Perim.")), ramanujan, 0.05 * ramanujan);
        CHECK_NEAR(t.value(0, QStringLiteral("Mean")), 7.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("StdDev")), 0.0, 0);
    }

    void diagonalBandAngle()
    {
        // A band from top-left to bottom-right: with y pointing up it runs at −45°, i.e. 135°.
        cv::Mat labels(80, 80, CV_32S, cv::Scalar(0));
        for (int i = 10; i < 70; ++i) {
            for (int k = -3; k <= 3; ++k) {
                labels.at<int>(i, std::clamp(i + k, 0, 79)) = 1;
            }
        }
        const MeasurementTable t = measureOne(labels, {});
        CHECK_NEAR(t.value(0, QStringLiteral("Angle")), 135.0, 0.5);
        CHECK_NEAR(t.value(0, QStringLiteral("FeretAngle")), 135.0, 6.0);
        QVERIFY(t.value(0, QStringLiteral("AR")) > 5);
    }

    void intensityStatistics()
    {
        // 4×5 block with values 1..20 in raster order: hand-derived statistics of the integers 1..20.
        cv::Mat plane(16, 16, CV_16U, cv::Scalar(1000));
        cv::Mat labels(16, 16, CV_32S, cv::Scalar(0));
        const int x0 = 3, y0 = 6;
        for (int r = 0; r < 5; ++r) {
            for (int c = 0; c < 4; ++c) {
                plane.at<ushort>(y0 + r, x0 + c) = ushort(1 + 4 * r + c);
                labels.at<int>(y0 + r, x0 + c) = 1;
            }
        }
        const MeasurementTable t = measureOne(labels, {IntensityChannel{QString(), plane}});
        CHECK_NEAR(t.value(0, QStringLiteral("Mean")), 10.5, 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("StdDev")), std::sqrt(35.0), 1e-12); // n(n+1)/12 = 35
        CHECK_NEAR(t.value(0, QStringLiteral("Min")), 1.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("Max")), 20.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("Median")), 11.0, 0); // rank 10 of 0..19
        CHECK_NEAR(t.value(0, QStringLiteral("Mode")), 1.0, 0);    // all unique: smallest
        CHECK_NEAR(t.value(0, QStringLiteral("Skew")), 0.0, 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("Kurt")), -6.0 * 401.0 / (5.0 * 399.0), 1e-12); // discrete uniform
        CHECK_NEAR(t.value(0, QStringLiteral("RawIntDen")), 210.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("IntDen")), 210.0, 1e-9);
        // Σv·c = 340 and Σv·r = 580 over the block (c, r local column and row).
        CHECK_NEAR(t.value(0, QStringLiteral("XM")), x0 + 340.0 / 210.0 + 0.5, 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("YM")), y0 + 580.0 / 210.0 + 0.5, 1e-12);
    }

    void modeAndSkewOnEightBit()
    {
        // Values {2, 2, 2, 5, 9}: mode 2, median 2 (rank 2), skew from the population moments.
        cv::Mat plane(4, 8, CV_8U, cv::Scalar(0));
        cv::Mat labels(4, 8, CV_32S, cv::Scalar(0));
        const int values[5] = {2, 9, 2, 5, 2};
        for (int i = 0; i < 5; ++i) {
            plane.at<uchar>(1, 1 + i) = uchar(values[i]);
            labels.at<int>(1, 1 + i) = 1;
        }
        const MeasurementTable t = measureOne(labels, {IntensityChannel{QString(), plane}});
        const double mean = 4.0;
        const double m2 = (3 * 4.0 + 1.0 + 25.0) / 5.0; // deviations −2,−2,−2,1,5
        const double m3 = (3 * -8.0 + 1.0 + 125.0) / 5.0;
        const double m4 = (3 * 16.0 + 1.0 + 625.0) / 5.0;
        CHECK_NEAR(t.value(0, QStringLiteral("Mean")), mean, 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("Mode")), 2.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("Median")), 2.0, 0);
        CHECK_NEAR(t.value(0, QStringLiteral("Skew")), m3 / std::pow(m2, 1.5), 1e-12);
        CHECK_NEAR(t.value(0, QStringLiteral("Kurt")), m4 / (m2 * m2) - 3.0, 1e-12);
    }

    void manyLabelsAndChannels()
    {
        // 300 labels (beyond 255) with two channels: one row each, channel suffixes, label order.
        cv::Mat labels(60, 200, CV_32S, cv::Scalar(0));
        cv::Mat c1(60, 200, CV_8U, cv::Scalar(0)), c2(60, 200, CV_32F, cv::Scalar(0));
        int label = 0;
        for (int gy = 0; gy < 6; ++gy) {
            for (int gx = 0; gx < 50; ++gx) {
                ++label;
                labels(cv::Rect(gx * 4, gy * 10, 3, 3)).setTo(label);
                c1(cv::Rect(gx * 4, gy * 10, 3, 3)).setTo(label % 200);
                c2(cv::Rect(gx * 4, gy * 10, 3, 3)).setTo(label * 0.5);
            }
        }
        TaskContext task;
        const Expected<MeasurementTable> r = ObjectMeasurements::measureLabels(
            labels, label, {{QStringLiteral("_C1"), c1}, {QStringLiteral("_C2"), c2}}, Calibration(), task);
        QVERIFY(r.isOk());
        QCOMPARE(r->rowCount(), 300);
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(r->value(i, QStringLiteral("Label")), double(i + 1));
            QCOMPARE(r->value(i, QStringLiteral("Mean_C1")), double((i + 1) % 200));
            QCOMPARE(r->value(i, QStringLiteral("Mean_C2")), (i + 1) * 0.5);
            QCOMPARE(r->value(i, QStringLiteral("PixelCount")), 9.0);
        }
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(ObjectMeasurements::measureLabels(labels, label, {}, Calibration(), cancelled).status().isCancelled());
        const cv::Mat wrongSize(10, 10, CV_8U);
        QCOMPARE(ObjectMeasurements::measureLabels(labels, label, {{QString(), wrongSize}}, Calibration(), task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "TestMeasurements.moc"
