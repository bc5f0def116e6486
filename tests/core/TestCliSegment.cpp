#include "app/cli/CliCommand.h"
#include "core/io/ImageReader.h"
#include "core/io/TiffWriter.h"
#include "tests/core/CliTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using tessera::test::CliRun;
using tessera::test::runCliWith;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

} // namespace

class TestCliSegment : public QObject
{
    Q_OBJECT
private slots:
    void segmentWritesTableAndLabels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("objects.csv"));
        const QString tif = dir.filePath(QStringLiteral("labels.tif"));
        const CliRun r = runCliWith({QStringLiteral("segment"), dataDir + QStringLiteral("/synthetic/disks16.tif"),
                                     QStringLiteral("--method"), QStringLiteral("Otsu"), QStringLiteral("--watershed"),
                                     QStringLiteral("--out"), csv, QStringLiteral("--labels"), tif});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("objects")).toInt(), 45);

        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 46);
        const QStringList header = lines.first().split(QLatin1Char(','));
        // Units in the header follow the calibration (0.325 µm per pixel); pixel coordinates stay in px.
        for (const QString& name :
             {QStringLiteral("Label"),         QStringLiteral("Area [µm²]"),   QStringLiteral("PixelCount [px]"),
              QStringLiteral("Mean"),          QStringLiteral("StdDev"),       QStringLiteral("Mode"),
              QStringLiteral("Min"),           QStringLiteral("Max"),          QStringLiteral("X [µm]"),
              QStringLiteral("Y [µm]"),        QStringLiteral("XM [µm]"),      QStringLiteral("YM [µm]"),
              QStringLiteral("Perim. [µm]"),   QStringLiteral("BX [µm]"),      QStringLiteral("BY [µm]"),
              QStringLiteral("Width [µm]"),    QStringLiteral("Height [µm]"),  QStringLiteral("Major [µm]"),
              QStringLiteral("Minor [µm]"),    QStringLiteral("Angle [°]"),    QStringLiteral("Circ."),
              QStringLiteral("Feret [µm]"),    QStringLiteral("IntDen [µm²]"), QStringLiteral("Median"),
              QStringLiteral("Skew"),          QStringLiteral("Kurt"),         QStringLiteral("RawIntDen"),
              QStringLiteral("FeretX [px]"),   QStringLiteral("FeretY [px]"),  QStringLiteral("FeretAngle [°]"),
              QStringLiteral("MinFeret [µm]"), QStringLiteral("AR"),           QStringLiteral("Round"),
              QStringLiteral("Solidity")}) {
            QVERIFY2(header.contains(name), qPrintable(name));
        }
        // The provenance sidecar: the input, its plane and calibration, the segmentation parameters.
        QFile sidecarFile(csv + QStringLiteral(".json"));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
        QCOMPARE(sidecar.value(QStringLiteral("schemaVersion")).toInt(), 2);
        QCOMPARE(sidecar.value(QStringLiteral("analysis")).toString(), QStringLiteral("segmentation"));
        QCOMPARE(sidecar.value(QStringLiteral("regions")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("segmentation"));
        QCOMPARE(sidecar.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("µm"));
        const QJsonObject parameters = sidecar.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("watershed")).toString(), QStringLiteral("distance"));
        // The session's form of the parameters (docs/tables.md): flat, 0-based plane, "Infinity" for no limit.
        QCOMPARE(parameters.value(QStringLiteral("method")).toString(), QStringLiteral("Otsu"));
        QCOMPARE(parameters.value(QStringLiteral("autoThreshold")), QJsonValue(true));
        QCOMPARE(parameters.value(QStringLiteral("channel")), QJsonValue(0));
        QCOMPARE(parameters.value(QStringLiteral("maxSize")), QJsonValue(QStringLiteral("Infinity")));

        ImageReader reader;
        const Expected<Image> labels = reader.read(tif);
        QVERIFY2(labels.isOk(), qPrintable(labels.status().message()));
        QCOMPARE(labels->pixelType(), PixelType::UInt16);
        double maxLabel = 0;
        cv::minMaxLoc(labels->plane(0), nullptr, &maxLabel);
        QCOMPARE(int(maxLabel), 45);
        QVERIFY(qAbs(labels->calibration.pixelWidth - 0.325) < 1e-6);
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::newRow("no watershed merges pairs") << QStringList{} << 0;
        QTest::newRow("manual lower") << QStringList{QStringLiteral("--lower"), QStringLiteral("1500"),
                                                     QStringLiteral("--watershed")}
                                      << 0;
        QTest::newRow("min area") << QStringList{QStringLiteral("--watershed"), QStringLiteral("--min-area"),
                                                 QStringLiteral("600"), QStringLiteral("--exclude-edges")}
                                  << 0;
        QTest::newRow("no refinement") << QStringList{QStringLiteral("--watershed"), QStringLiteral("--no-refine")}
                                       << 0;
        QTest::newRow("refine distance") << QStringList{QStringLiteral("--watershed"),
                                                        QStringLiteral("--refine-distance"), QStringLiteral("5")}
                                         << 0;
        QTest::newRow("bad refine distance")
            << QStringList{QStringLiteral("--refine-distance"), QStringLiteral("0")} << 2;
        QTest::newRow("bad method") << QStringList{QStringLiteral("--method"), QStringLiteral("Nope")} << 2;
        QTest::newRow("bad number") << QStringList{QStringLiteral("--smooth"), QStringLiteral("x")} << 2;
        QTest::newRow("pre chain") << QStringList{QStringLiteral("--pre"), QStringLiteral("median:3,gaussian:1"),
                                                  QStringLiteral("--watershed")}
                                   << 0;
        QTest::newRow("pre none") << QStringList{QStringLiteral("--pre"), QStringLiteral("none")} << 0;
        QTest::newRow("pre bad step") << QStringList{QStringLiteral("--pre"), QStringLiteral("blur:2")} << 2;
        QTest::newRow("pre bad value") << QStringList{QStringLiteral("--pre"), QStringLiteral("median:0")} << 2;
        QTest::newRow("pre and smooth") << QStringList{QStringLiteral("--pre"), QStringLiteral("gaussian:2"),
                                                       QStringLiteral("--smooth"), QStringLiteral("2")}
                                        << 2;
        QTest::newRow("bad channel") << QStringList{QStringLiteral("--channel"), QStringLiteral("2")} << 2;
        QTest::newRow("min > max") << QStringList{QStringLiteral("--min-area"), QStringLiteral("10"),
                                                  QStringLiteral("--max-area"), QStringLiteral("5")}
                                   << 2;
    }
    void options()
    {
        QFETCH(QStringList, options);
        QFETCH(int, status);
        const CliRun r = runCliWith(
            QStringList{QStringLiteral("segment"), dataDir + QStringLiteral("/synthetic/disks16.tif")} + options);
        QCOMPARE(r.status, status);
        if (status == 0) {
            QVERIFY(r.err.isEmpty());
            const int n = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("objects")).toInt();
            QVERIFY2(n > 0 && n <= 45, qPrintable(r.out));
            if (options.contains(QStringLiteral("--min-area"))) {
                QVERIFY(n < 45);
            }
        } else {
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
    }

    void missingFileFails()
    {
        const CliRun r = runCliWith({QStringLiteral("segment"), dataDir + QStringLiteral("/nope.tif")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        const CliRun h = runCliWith({QStringLiteral("segment"), QStringLiteral("--help")});
        QCOMPARE(h.status, 0);
        QVERIFY(h.out.contains(QStringLiteral("--watershed")));
        QVERIFY(h.out.contains(QStringLiteral("--no-refine")));
        QVERIFY(h.out.contains(QStringLiteral("--refine-distance")));
    }

    void noRefineKeepsThresholdOutlines()
    {
        // --no-refine gives the thresholded outlines: the same 45 objects, different pixels than the default.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ImageReader reader;
        std::vector<cv::Mat> labels;
        for (const bool refine : {true, false}) {
            const QString tif = dir.filePath(refine ? QStringLiteral("refined.tif") : QStringLiteral("raw.tif"));
            QStringList args{QStringLiteral("segment"), dataDir + QStringLiteral("/synthetic/disks16.tif"),
                             QStringLiteral("--watershed"), QStringLiteral("--labels"), tif};
            if (!refine) {
                args << QStringLiteral("--no-refine");
            }
            const CliRun r = runCliWith(args);
            QVERIFY2(r.status == 0, qPrintable(r.err));
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("objects")).toInt(), 45);
            const Expected<Image> image = reader.read(tif);
            QVERIFY2(image.isOk(), qPrintable(image.status().message()));
            labels.push_back(image->plane(0).clone());
        }
        QVERIFY(cv::countNonZero(labels[0] != labels[1]) > 0);
    }

    void blankImageGivesNoObjectsAndAWarning_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("all zero") << 0 << QStringList{};
        QTest::newRow("constant, watershed") << 77 << QStringList{QStringLiteral("--watershed")};
        QTest::newRow("constant, Li") << 77 << QStringList{QStringLiteral("--method"), QStringLiteral("Li")};
    }
    void blankImageGivesNoObjectsAndAWarning()
    {
        // `threshold` reports found: false on such images; segment used to report one object covering the frame.
        QFETCH(int, value);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tif = dir.filePath(QStringLiteral("blank.tif"));
        const QString csv = dir.filePath(QStringLiteral("objects.csv"));
        Expected<Image> image = Image::fromPlane(cv::Mat(40, 50, CV_8U, cv::Scalar(value)));
        QVERIFY(image.isOk());
        TiffWriter writer;
        QVERIFY(writer.write(image.value(), tif).isOk());
        const CliRun r =
            runCliWith(QStringList{QStringLiteral("segment"), tif, QStringLiteral("--out"), csv} + options);
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("objects")).toInt(-1), 0);
        QVERIFY2(r.err.contains(QLatin1String("warning")) && r.err.contains(QLatin1String("No threshold found")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);                                                             // the header only
        QVERIFY(lines.first().split(QLatin1Char(',')).contains(QStringLiteral("Area [px²]"))); // uncalibrated
    }

    void measureSelectsColumns_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("header");
        // ImageJ's column names of the Set Measurements groups, in the full table's order.
        QTest::newRow("area,mean") << QStringLiteral("area,mean") << QStringLiteral("Label,Area,PixelCount,Mean");
        QTest::newRow("feret,centroid") << QStringLiteral("feret,centroid")
                                        << QStringLiteral("Label,X,Y,Feret,FeretX,FeretY,FeretAngle,MinFeret");
        QTest::newRow("min-max,area-fraction")
            << QStringLiteral("min-max,area-fraction") << QStringLiteral("Label,Min,Max,%Area");
    }
    void measureSelectsColumns()
    {
        QFETCH(QString, measure);
        QFETCH(QString, header);
        const QString image = dataDir + QStringLiteral("/synthetic/disks16.tif");
        const CliRun full =
            runCliWith({QStringLiteral("segment"), image, QStringLiteral("--out"), QStringLiteral("-")});
        const CliRun some = runCliWith({QStringLiteral("segment"), image, QStringLiteral("--measure"), measure,
                                        QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(full.status == 0 && some.status == 0, qPrintable(full.err + some.err));
        const QStringList fullLines = full.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList lines = some.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), fullLines.size());
        QString names = lines.first();
        names.remove(QRegularExpression(QStringLiteral(" \\[[^\\]]*\\]"))); // header cells are "Name [unit]"
        QCOMPARE(names, header);
        // Every selected column holds the full table's values.
        const QStringList fullHeader = fullLines.first().split(QLatin1Char(','));
        const QStringList columns = header.split(QLatin1Char(','));
        for (int r = 1; r < lines.size(); ++r) {
            const QStringList cells = lines[r].split(QLatin1Char(','));
            const QStringList fullCells = fullLines[r].split(QLatin1Char(','));
            for (int c = 0; c < columns.size(); ++c) {
                const int fc = fullHeader.indexOf(lines.first().split(QLatin1Char(','))[c]);
                if (fc >= 0) {
                    QCOMPARE(cells[c], fullCells[fc]);
                } else {
                    QCOMPARE(cells[c].toDouble(), 100.0); // %Area: every pixel of a bright disk is not 0
                }
            }
        }
    }

    void measureRefusesUnknownGroup()
    {
        const CliRun r = runCliWith({QStringLiteral("segment"), dataDir + QStringLiteral("/synthetic/disks16.tif"),
                                     QStringLiteral("--measure"), QStringLiteral("area,colour")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("\"colour\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSegment)
#include "TestCliSegment.moc"
