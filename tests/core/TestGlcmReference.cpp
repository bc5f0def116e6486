// Reproduces the external reference values: imagej-ops' own Haralick unit test and the per-ROI reference CSV
// (tests/data/reference, provenance in tests/data/README.md). Every expected number is read from those files.
#include "core/io/ImageReader.h"
#include "core/roi/Roi.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** 1e-9 relative, or 1e-12 absolute near zero; NaN only matches NaN. */
bool closeEnough(double actual, double expected)
{
    if (std::isnan(expected) || std::isnan(actual)) {
        return std::isnan(expected) && std::isnan(actual);
    }
    return std::abs(actual - expected) <= std::max(1e-9 * std::abs(expected), 1e-12);
}

cv::Mat readPlane(const QString& file)
{
    ImageReader reader;
    Expected<Image> image = reader.read(dataDir + QLatin1Char('/') + file);
    if (!image.isOk()) {
        return {};
    }
    return image->plane(0).clone();
}
} // namespace

class TestGlcmReference : public QObject
{
    Q_OBJECT
private slots:
    void imagejOpsUnitTest_data()
    {
        QFile file(dataDir + QStringLiteral("/reference/imagej_ops_unit_test.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject expected = root.value(QStringLiteral("expected")).toObject();
        QCOMPARE(expected.size(), 17);
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("distance");
        QTest::addColumn<QString>("orientation");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<double>("value");
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QTest::newRow(qPrintable(it.key()))
                << root.value(QStringLiteral("image")).toString() << root.value(QStringLiteral("levels")).toInt()
                << root.value(QStringLiteral("distance")).toInt()
                << root.value(QStringLiteral("orientation")).toString() << it.key() << it.value().toDouble();
        }
    }
    void imagejOpsUnitTest()
    {
        QFETCH(QString, image);
        QFETCH(int, levels);
        QFETCH(int, distance);
        QFETCH(QString, orientation);
        QFETCH(QString, feature);
        QFETCH(double, value);
        const cv::Mat plane = readPlane(image);
        QVERIFY(!plane.empty());
        const std::optional<GlcmOrientation> o = glcmOrientationFromName(orientation);
        QVERIFY(o.has_value());
        GlcmParams params;
        params.levels = levels;
        Expected<GlcmSingleResult> r = computeGlcm(plane, RoiMask::whole(plane.size()), distance, *o, params);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        const std::optional<HaralickFeature> f = haralickFeatureFromName(feature);
        QVERIFY(f.has_value());
        const double actual = r->features[*f];
        QVERIFY2(
            closeEnough(actual, value),
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(feature).arg(actual, 0, 'g', 17).arg(value, 0, 'g', 17)));
    }

    /** Every row of glcm_reference.csv: all 17 features and the pair count, per orientation and MEAN. */
    void referenceCsv_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("fields");
        QFile file(dataDir + QStringLiteral("/reference/glcm_reference.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        int row = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const QStringList fields = line.split(QLatin1Char(','));
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3/%4 %5")
                                         .arg(++row)
                                         .arg(fields.value(1), fields.value(7), fields.value(8), fields.value(9))))
                << header << fields;
        }
        QCOMPARE(row, 120);
    }
    void referenceCsv()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, fields);
        QCOMPARE(fields.size(), header.size());
        auto field = [&](const char* name) { return fields.value(header.indexOf(QLatin1String(name))); };
        const cv::Mat plane = readPlane(field("image"));
        QVERIFY(!plane.empty());
        const double x = field("x").toDouble();
        const double y = field("y").toDouble();
        const double w = field("w").toDouble();
        const double h = field("h").toDouble();
        const Roi roi = field("shape") == QLatin1String("ellipse") ? Roi::ellipse(field("roi"), x, y, w, h)
                                                                   : Roi::rectangle(field("roi"), x, y, w, h);
        Expected<RoiMask> mask = rasterize(roi, plane.size());
        QVERIFY(mask.isOk());
        GlcmParams params;
        params.levels = field("levels").toInt();
        params.distances = {field("distance").toInt()};
        TaskContext task;
        Expected<GlcmTable> table = computeGlcmTable(plane, {{roi.name, mask.value()}}, params, task);
        QVERIFY2(table.isOk(), qPrintable(table.status().message()));
        QCOMPARE(table->rois.size(), std::size_t(1));
        const GlcmRoiResult& result = table->rois.front();
        QVERIFY(result.status.isOk());
        const QString orientation = field("orientation");
        qint64 pairs = 0;
        HaralickValues values;
        if (orientation == QLatin1String("MEAN")) {
            QCOMPARE(result.summaries.size(), std::size_t(1));
            pairs = result.summaries.front().pairs;
            values = result.summaries.front().mean;
        } else {
            const std::optional<GlcmOrientation> o = glcmOrientationFromName(orientation);
            QVERIFY(o.has_value());
            auto it = std::find_if(result.measurements.begin(), result.measurements.end(),
                                   [&](const GlcmMeasurement& m) { return m.orientation == *o; });
            QVERIFY(it != result.measurements.end());
            pairs = it->pairs;
            values = it->features;
        }
        QCOMPARE(pairs, field("pairs").toLongLong());
        int checked = 0;
        for (int k = header.indexOf(QStringLiteral("pairs")) + 1; k < header.size(); ++k) {
            const std::optional<HaralickFeature> f = haralickFeatureFromName(header[k]);
            QVERIFY2(f.has_value(), qPrintable(header[k]));
            const double expected = fields[k].toDouble();
            const double actual = values[*f];
            QVERIFY2(
                closeEnough(actual, expected),
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(header[k]).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            ++checked;
        }
        QCOMPARE(checked, 17);
    }
};

QTEST_GUILESS_MAIN(TestGlcmReference)
#include "TestGlcmReference.moc"
