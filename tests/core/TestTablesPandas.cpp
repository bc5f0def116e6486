// Tessera's tables as pandas reads them: every table (tessera-cli segment and glcm, and the writer itself on awkward
// values) in both dialects and with the comment header is read by Debian's python3-pandas (read_csv as docs/tables.md
// recommends) in tests/core/read_tables_with_pandas.py and compared with a JSON reference of the table Tessera
// computed, written here from the in-memory table (recomputed through the core for the CLI runs), not from the CSV:
// headers with units intact, numeric columns float64 with the identical doubles (NaN, ±∞ and -0 included), text as
// text. The pooled table (an `image` column before two images' GLCM rows) is what the GUI's "All images" export and
// tessera-cli run's combined tables write.
#include "core/batch/BatchRunner.h"
#include "core/io/ImageReader.h"
#include "core/measure/TableWriter.h"
#include "core/roi/RoiFile.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"
#include "tests/core/CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <limits>

using namespace tessera;
using namespace tessera::test;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** A double as a C99 hex float ("0x1.8p+1", "-0x0p+0", "inf", "-inf", "nan"): exact, and no decimal formatting. */
QString hexFloat(double v)
{
    if (std::isnan(v)) {
        return QStringLiteral("nan");
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", v); // QString::asprintf has no %a
    return QString::fromLatin1(buf);
}

/** The reference of table: headers as written, which columns are numeric, and the cells. */
QByteArray referenceJson(const MeasurementTable& table)
{
    QJsonArray headers;
    QJsonArray numeric;
    for (int c = 0; c < table.columnCount(); ++c) {
        headers.append(csvColumnHeader(table.column(c)));
        bool anyNumber = false;
        bool onlyNumbersOrEmpty = true;
        for (int r = 0; r < table.rowCount(); ++r) {
            const MeasurementCell& cell = table.cell(r, c);
            if (std::holds_alternative<double>(cell)) {
                anyNumber = true;
            } else if (!std::get<QString>(cell).isEmpty()) {
                onlyNumbersOrEmpty = false;
            }
        }
        numeric.append(anyNumber && onlyNumbersOrEmpty);
    }
    QJsonArray rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        QJsonArray row;
        for (int c = 0; c < table.columnCount(); ++c) {
            const MeasurementCell& cell = table.cell(r, c);
            row.append(std::holds_alternative<double>(cell) ? hexFloat(std::get<double>(cell))
                                                            : std::get<QString>(cell));
        }
        rows.append(row);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("headers"), headers},
                                     {QStringLiteral("numeric"), numeric},
                                     {QStringLiteral("rows"), rows}})
        .toJson();
}

/** Names with every character the dialects must quote, and values that test exactness and the special forms. */
MeasurementTable awkwardTable()
{
    MeasurementTable t;
    t.addColumn(QStringLiteral("Name"));
    t.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"));
    t.addColumn(QStringLiteral("Perim."), QStringLiteral("µm"));
    t.addColumn(QStringLiteral("PixelCount"), QStringLiteral("pixel"));
    t.addColumn(QStringLiteral("Mean"));
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const struct
    {
        const char* name;
        double area, perimeter, pixels, mean;
    } rows[] = {
        {"cell #3", 0.1 + 0.2, 1.0 / 3.0, 45, nan},
        {"a,b", 5e-324, 1.7976931348623157e308, 1, inf},
        {"a;b", -0.0, 2.2250738585072014e-308, 0, -inf},
        {"say \"hi\"", 123456789.125, 1e21, 100000, 1e-7},
        {"Zellkern ä µ²", 1e-5, 0.30000000000000004, 7, -2.5},
        {"two\nlines", 6.02214076e23, 1e-300, 3, 12345.678901234567},
    };
    for (const auto& row : rows) {
        const int r = t.addRow();
        t.setText(r, 0, QString::fromUtf8(row.name));
        t.setValue(r, 1, row.area);
        t.setValue(r, 2, row.perimeter);
        t.setValue(r, 3, row.pixels);
        t.setValue(r, 4, row.mean);
    }
    return t;
}

/** The table `tessera-cli segment disks16.tif --method Otsu --watershed` computes, through the core. */
MeasurementTable segmentTable(const QString& image)
{
    ImageReader reader;
    const Expected<Image> img = reader.read(image);
    SegmentationParams params;
    params.method = ThresholdMethod::Otsu;
    params.watershed = WatershedMode::DistanceTransform;
    TaskContext task;
    const Expected<SegmentationResult> result = SegmentationPipeline::run(img.value(), params, task);
    return result.value().table;
}

/** The table `tessera-cli glcm IMAGE --roi ... --with-range` computes, through the core. */
MeasurementTable glcmTable(const QString& image, const QStringList& roiSpecs)
{
    ImageReader reader;
    const Expected<Image> img = reader.read(image);
    std::vector<Roi> rois;
    for (const QString& spec : roiSpecs) {
        rois.push_back(parseRoiSpec(spec, RoiShape::Rectangle).value());
    }
    const cv::Mat plane = img->plane(0, 0, 0);
    TaskContext task;
    const Expected<GlcmTable> table =
        computeGlcmTable(plane, rasterizeNamedRois(rois, plane.size()), GlcmParams(), task);
    GlcmRowOptions rows;
    rows.withRange = true;
    return glcmMeasurementTable(table.value(), rows);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestTablesPandas : public QObject
{
    Q_OBJECT
private slots:
    void pandasReadsTables_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("european");
        QTest::addColumn<bool>("comment");
        QTest::addColumn<QStringList>("headers"); // names that must be there, units included
        const QStringList awkward{QStringLiteral("Area [µm²]"), QStringLiteral("Perim. [µm]"),
                                  QStringLiteral("PixelCount [px]")};
        const QStringList objects{QStringLiteral("Area [µm²]"), QStringLiteral("Perim. [µm]"),
                                  QStringLiteral("Angle [°]"), QStringLiteral("Mean")};
        const QStringList glcm{QStringLiteral("distance [px]"), QStringLiteral("Contrast")};
        QTest::newRow("writer") << QStringLiteral("writer") << false << false << awkward;
        QTest::newRow("writer european") << QStringLiteral("writer") << true << false << awkward;
        QTest::newRow("writer comment header") << QStringLiteral("writer") << false << true << awkward;
        QTest::newRow("segment") << QStringLiteral("segment") << false << false << objects;
        QTest::newRow("segment european") << QStringLiteral("segment") << true << false << objects;
        QTest::newRow("segment european comment") << QStringLiteral("segment") << true << true << objects;
        QTest::newRow("glcm") << QStringLiteral("glcm") << false << false << glcm;
        QTest::newRow("glcm european comment") << QStringLiteral("glcm") << true << true << glcm;
        // The GUI's pooled export ("All images") and tessera-cli run's combined tables: combineTables() + writeTable.
        const QStringList pooled{QStringLiteral("image"), QStringLiteral("distance [px]"), QStringLiteral("Contrast")};
        QTest::newRow("pooled") << QStringLiteral("pooled") << false << false << pooled;
        QTest::newRow("pooled european comment") << QStringLiteral("pooled") << true << true << pooled;
    }
    void pandasReadsTables()
    {
        QFETCH(QString, source);
        QFETCH(bool, european);
        QFETCH(bool, comment);
        QFETCH(QStringList, headers);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("table.csv"));
        QStringList tableOptions;
        if (european) {
            tableOptions << QStringLiteral("--european");
        }
        if (comment) {
            tableOptions << QStringLiteral("--comment-header");
        }
        MeasurementTable reference;
        if (source == QLatin1String("writer")) {
            reference = awkwardTable();
            TableWriteOptions options;
            options.csv = european ? CsvOptions::european() : CsvOptions();
            options.provenance = comment ? ProvenanceMode::CommentHeader : ProvenanceMode::Sidecar;
            TableProvenance provenance;
            provenance.program = QStringLiteral("TestTablesPandas");
            QVERIFY(writeTable(reference, csv, options, provenance).isOk());
        } else if (source == QLatin1String("segment")) {
            const QString image = dataDir + QStringLiteral("/synthetic/disks16.tif");
            const CliRun r = runCliWith(QStringList{QStringLiteral("segment"), image, QStringLiteral("--method"),
                                                    QStringLiteral("Otsu"), QStringLiteral("--watershed"),
                                                    QStringLiteral("--out"), csv} +
                                        tableOptions);
            QVERIFY2(r.status == 0, qPrintable(r.err));
            reference = segmentTable(image);
            QVERIFY(reference.rowCount() > 10);
        } else if (source == QLatin1String("pooled")) {
            // Two images' GLCM tables under names that need quoting, stacked with an image column.
            const QString image = dataDir + QStringLiteral("/pyimagej_test_still.tif");
            const MeasurementTable control = glcmTable(image, {QStringLiteral("c1=10,10,40,40")});
            const MeasurementTable treated =
                glcmTable(image, {QStringLiteral("t1=60,60,30,30"), QStringLiteral("t2=100,40,50,50")});
            reference = combineTables(
                {{QStringLiteral("control/a,b.tif"), &control}, {QStringLiteral("treated/Zelle #2 ä.tif"), &treated}});
            TableWriteOptions options;
            options.csv = european ? CsvOptions::european() : CsvOptions();
            options.provenance = comment ? ProvenanceMode::CommentHeader : ProvenanceMode::Sidecar;
            TableProvenance provenance;
            provenance.program = QStringLiteral("TestTablesPandas");
            for (const QString& name : {QStringLiteral("control/a,b.tif"), QStringLiteral("treated/Zelle #2 ä.tif")}) {
                TableImage entry;
                entry.name = name;
                entry.path = image;
                provenance.images.push_back(entry);
            }
            QVERIFY(writeTable(reference, csv, options, provenance).isOk());
            QCOMPARE(reference.rowCount(), control.rowCount() + treated.rowCount());
        } else {
            const QString image = dataDir + QStringLiteral("/pyimagej_test_still.tif");
            // A name with a comma, one with '#', and a ROI outside the image (its rows have empty cells, status 2).
            const QStringList rois{QStringLiteral("a,b=10,10,40,40"), QStringLiteral("cell #3=60,60,30,30"),
                                   QStringLiteral("outside=5000,5000,10,10")};
            QStringList args{QStringLiteral("glcm"), image, QStringLiteral("--with-range"), QStringLiteral("--out"),
                             csv};
            for (const QString& roi : rois) {
                args << QStringLiteral("--roi") << roi;
            }
            const CliRun r = runCliWith(args + tableOptions);
            QCOMPARE(r.status, 2);
            reference = glcmTable(image, rois);
        }
        QCOMPARE(QFile::exists(csv + QStringLiteral(".json")), !comment); // sidecar by default, not with comments
        const QString referencePath = dir.filePath(QStringLiteral("reference.json"));
        QVERIFY(writeFile(referencePath, referenceJson(reference)));
        const QJsonArray manifest{
            QJsonObject{{QStringLiteral("csv"), csv},
                        {QStringLiteral("reference"), referencePath},
                        {QStringLiteral("dialect"), european ? QStringLiteral("european") : QStringLiteral("standard")},
                        {QStringLiteral("comment"), comment},
                        {QStringLiteral("headers"), QJsonArray::fromStringList(headers)}}};
        const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
        QVERIFY(writeFile(manifestPath, QJsonDocument(manifest).toJson()));

        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral(TESSERA_TEST_PYTHON),
                     {QStringLiteral(TESSERA_TEST_SOURCE "/core/read_tables_with_pandas.py"), manifestPath});
        QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
        const QString output = QString::fromUtf8(python.readAll());
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String(": ok")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTablesPandas)
#include "TestTablesPandas.moc"
