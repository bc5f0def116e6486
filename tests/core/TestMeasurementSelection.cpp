#include "core/measure/MeasurementSelection.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"

#include <QtTest>

#include <cmath>

using namespace tessera;

namespace {
/** Two objects on a 12 × 10 image: label 1 a 4 × 3 rectangle at (1, 1), label 2 an L of 5 pixels at (7, 5). */
cv::Mat twoObjects()
{
    cv::Mat labels(10, 12, CV_32S, cv::Scalar(0));
    labels(cv::Rect(1, 1, 4, 3)).setTo(1);
    labels(cv::Rect(7, 5, 1, 3)).setTo(2);
    labels(cv::Rect(8, 7, 2, 1)).setTo(2);
    return labels;
}

/** Two channels of distinct values; channel 2 is 0 on two pixels of object 1 and one of object 2. */
std::vector<IntensityChannel> twoChannels()
{
    cv::Mat a(10, 12, CV_8U), b(10, 12, CV_16U);
    for (int y = 0; y < 10; ++y) {
        for (int x = 0; x < 12; ++x) {
            a.at<uchar>(y, x) = uchar(10 + 3 * x + 7 * y);
            b.at<ushort>(y, x) = ushort(100 * x + y + 1);
        }
    }
    b.at<ushort>(1, 1) = 0;
    b.at<ushort>(2, 3) = 0;
    b.at<ushort>(6, 7) = 0;
    return {{QStringLiteral("_C1"), a}, {QStringLiteral("_C2"), b}};
}

MeasurementTable measure(const MeasurementSelection& s, const ObjectGlcmInput& glcm = {})
{
    TaskContext task;
    const cv::Mat labels = twoObjects();
    Expected<MeasurementTable> t = measureSelectedObjects(labels, 2, twoChannels(), Calibration(), s, glcm, task);
    if (!t.isOk()) {
        qFatal("%s", qPrintable(t.status().message()));
    }
    return t.value();
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list) {
        out << QString::fromUtf8(n);
    }
    return out;
}

QStringList columnNames(const MeasurementTable& t)
{
    QStringList names;
    for (const MeasurementColumn& c : t.columns()) {
        names << c.name;
    }
    return names;
}
} // namespace

class TestMeasurementSelection : public QObject
{
    Q_OBJECT
private slots:
    void groupGivesImageJColumns_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("columns");
        // ImageJ's result column names of each Set Measurements check box (intensity ones per channel).
        QTest::newRow("area") << QStringLiteral("area") << names({"Label", "Area", "PixelCount"});
        QTest::newRow("mean") << QStringLiteral("mean") << names({"Label", "Mean_C1", "Mean_C2"});
        QTest::newRow("stddev") << QStringLiteral("stddev") << names({"Label", "StdDev_C1", "StdDev_C2"});
        QTest::newRow("mode") << QStringLiteral("mode") << names({"Label", "Mode_C1", "Mode_C2"});
        QTest::newRow("min-max") << QStringLiteral("min-max")
                                 << names({"Label", "Min_C1", "Max_C1", "Min_C2", "Max_C2"});
        QTest::newRow("centroid") << QStringLiteral("centroid") << names({"Label", "X", "Y"});
        QTest::newRow("center-of-mass") << QStringLiteral("center-of-mass")
                                        << names({"Label", "XM_C1", "YM_C1", "XM_C2", "YM_C2"});
        QTest::newRow("perimeter") << QStringLiteral("perimeter") << names({"Label", "Perim."});
        QTest::newRow("bounding") << QStringLiteral("bounding") << names({"Label", "BX", "BY", "Width", "Height"});
        QTest::newRow("ellipse") << QStringLiteral("ellipse") << names({"Label", "Major", "Minor", "Angle"});
        QTest::newRow("shape") << QStringLiteral("shape") << names({"Label", "Circ.", "AR", "Round", "Solidity"});
        QTest::newRow("feret") << QStringLiteral("feret")
                               << names({"Label", "Feret", "FeretX", "FeretY", "FeretAngle", "MinFeret"});
        QTest::newRow("integrated") << QStringLiteral("integrated")
                                    << names({"Label", "IntDen_C1", "RawIntDen_C1", "IntDen_C2", "RawIntDen_C2"});
        QTest::newRow("median") << QStringLiteral("median") << names({"Label", "Median_C1", "Median_C2"});
        QTest::newRow("skewness") << QStringLiteral("skewness") << names({"Label", "Skew_C1", "Skew_C2"});
        QTest::newRow("kurtosis") << QStringLiteral("kurtosis") << names({"Label", "Kurt_C1", "Kurt_C2"});
        QTest::newRow("area-fraction") << QStringLiteral("area-fraction") << names({"Label", "%Area_C1", "%Area_C2"});
        QTest::newRow("none") << QString() << names({"Label"});
    }
    void groupGivesImageJColumns()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, columns);
        const Expected<MeasurementSelection> s = MeasurementSelection::fromKeys({key});
        QVERIFY2(s.isOk(), qPrintable(s.status().message()));
        const MeasurementTable t = measure(s.value());
        QCOMPARE(columnNames(t), columns);
        QCOMPARE(t.rowCount(), 2);
        // Values are those of the full table (same rows, same cells).
        TaskContext task;
        const MeasurementTable full =
            ObjectMeasurements::measureLabels(twoObjects(), 2, twoChannels(), Calibration(), task).value();
        for (int c = 0; c < t.columnCount(); ++c) {
            const int fc = full.columnIndex(t.column(c).name);
            if (fc < 0) {
                continue; // computed on top (%Area)
            }
            for (int r = 0; r < 2; ++r) {
                const double a = t.value(r, c), b = full.value(r, fc);
                QVERIFY((std::isnan(a) && std::isnan(b)) || a == b);
            }
        }
    }

    void defaultIsTheFullTable()
    {
        TaskContext task;
        const MeasurementTable full =
            ObjectMeasurements::measureLabels(twoObjects(), 2, twoChannels(), Calibration(), task).value();
        QVERIFY(measure(MeasurementSelection()) == full);
        QVERIFY(MeasurementSelection().isDefault());
        QVERIFY(!MeasurementSelection().has(MeasurementGroup::AreaFraction));
        QVERIFY(!MeasurementSelection().has(MeasurementGroup::GlcmFeatures));
    }

    void keysRoundTrip()
    {
        MeasurementSelection s = MeasurementSelection::none();
        s.set(MeasurementGroup::Feret, true);
        s.set(MeasurementGroup::Mean, true);
        QCOMPARE(s.keys(), names({"mean", "feret"}));
        QCOMPARE(MeasurementSelection::fromKeys(s.keys()).value(), s);
        QCOMPARE(MeasurementSelection::fromKeys(names({"all"})).value(), MeasurementSelection::all());
        QCOMPARE(MeasurementSelection::fromKeys(names({"default"})).value(), MeasurementSelection());
        QCOMPARE(MeasurementSelection::fromKeys(names({" Min-Max "})).value().keys(), names({"min-max"}));
        const Expected<MeasurementSelection> bad = MeasurementSelection::fromKeys(names({"mean", "colour"}));
        QVERIFY(!bad.isOk());
        QVERIFY(bad.status().message().contains(QLatin1String("colour")));
    }

    void areaFractionCountsNonZeroPixels()
    {
        MeasurementSelection s = MeasurementSelection::none();
        s.set(MeasurementGroup::AreaFraction, true);
        const MeasurementTable t = measure(s);
        // Channel 1 has no 0 in the objects; channel 2 has 2 of 12 pixels of object 1 and 1 of 5 of object 2 at 0.
        QCOMPARE(t.value(0, QStringLiteral("%Area_C1")), 100.0);
        QCOMPARE(t.value(1, QStringLiteral("%Area_C1")), 100.0);
        QCOMPARE(t.value(0, QStringLiteral("%Area_C2")), 100.0 * 10.0 / 12.0);
        QCOMPARE(t.value(1, QStringLiteral("%Area_C2")), 100.0 * 4.0 / 5.0);
    }

    void glcmFeaturesPerObject()
    {
        MeasurementSelection s = MeasurementSelection::none();
        s.set(MeasurementGroup::GlcmFeatures, true);
        ObjectGlcmInput glcm;
        glcm.plane = twoChannels()[0].plane;
        glcm.params.levels = 8;
        const MeasurementTable t = measure(s, glcm);
        QCOMPARE(t.columnCount(), 1 + kHaralickFeatureCount);
        QCOMPARE(t.column(1).name, QStringLiteral("GLCM_ASM"));
        // Cross-check object 1 with single matrices of its rectangle (computeGlcm), averaged over the orientations.
        RoiMask rect;
        rect.box = cv::Rect(1, 1, 4, 3);
        rect.mask = cv::Mat1b(3, 4, uchar(255));
        for (HaralickFeature f : allHaralickFeatures()) {
            double sum = 0;
            for (GlcmOrientation o : glcm.params.orientations) {
                const Expected<GlcmSingleResult> one = computeGlcm(glcm.plane, rect, 1, o, glcm.params);
                QVERIFY(one.isOk());
                sum += one->features[f];
            }
            const double expected = sum / double(glcm.params.orientations.size());
            const double actual = t.value(0, QStringLiteral("GLCM_") + haralickFeatureName(f));
            QVERIFY2((std::isnan(expected) && std::isnan(actual)) ||
                         std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
                     qPrintable(haralickFeatureName(f)));
        }
        // Without a plane, GLCM features are refused with a message.
        TaskContext task;
        const Expected<MeasurementTable> refused =
            measureSelectedObjects(twoObjects(), 2, twoChannels(), Calibration(), s, ObjectGlcmInput{}, task);
        QVERIFY(!refused.isOk());
    }
};

QTEST_GUILESS_MAIN(TestMeasurementSelection)
#include "TestMeasurementSelection.moc"
