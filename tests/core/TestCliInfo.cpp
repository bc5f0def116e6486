#include "tests/core/CliTestSupport.h"
#include "tests/core/CorruptCorpus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tessera;
using tessera::test::CliRun;
using tessera::test::runCliWith;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);
} // namespace

class TestCliInfo : public QObject
{
    Q_OBJECT
private slots:
    void infoReportsEveryField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QString>("pixelType");
        QTest::addColumn<double>("pixelSize");
        QTest::addColumn<double>("pixelDepth");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        // Every file in tests/data. Dimensions, types and value ranges as python3-tifffile reads them (the LZW
        // files hold the same pixels as plain.tif, encodings/expected.npy); calibrations from tests/data/README.md
        // (0.325 µm for disks16 and pyimagej, whose Info says dCalibration = 0.325; 0.2 µm and 0.5 µm spacing for
        // the hyperstack). The CellProfiler file's 72 dpi is a screen default, not a calibration (as in ImageJ).
        const QString um = QString(QChar(0x00B5)) + QLatin1Char('m');
        const QString px = QStringLiteral("pixel");
        const QString u16 = QStringLiteral("uint16");
        const QString u8 = QStringLiteral("uint8");
        QTest::newRow("pyimagej") << QStringLiteral("pyimagej_test_still.tif") << 300 << 300 << 1 << 1 << 1 << u16
                                  << 0.325 << 1.0 << um << 658.0 << 6157.0;
        QTest::newRow("cellprofiler") << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif")
                                      << 512 << 512 << 1 << 1 << 1 << u8 << 1.0 << 1.0 << px << 7.0 << 255.0;
        QTest::newRow("haralick") << QStringLiteral("imagej-ops_haralick_test_img.tif") << 20 << 20 << 1 << 1 << 1 << u8
                                  << 1.0 << 1.0 << px << 1.0 << 254.0;
        QTest::newRow("hyperstack") << QStringLiteral("synthetic/hyperstack.tif") << 160 << 128 << 2 << 5 << 1 << u16
                                    << 0.2 << 0.5 << um << 137.0 << 11504.0;
        QTest::newRow("disks") << QStringLiteral("synthetic/disks16.tif") << 512 << 512 << 1 << 1 << 1 << u16 << 0.325
                               << 1.0 << um << 239.0 << 4222.0;
        QTest::newRow("disk labels") << QStringLiteral("synthetic/disks16_labels.tif") << 512 << 512 << 1 << 1 << 1
                                     << u16 << 1.0 << 1.0 << px << 0.0 << 45.0;
        QTest::newRow("textures") << QStringLiteral("synthetic/textures8.tif") << 512 << 512 << 1 << 1 << 1 << u8 << 1.0
                                  << 1.0 << px << 20.0 << 220.0;
        for (const char* f :
             {"plain", "lzw", "lzw_pred", "deflate", "packbits", "tiled", "bigendian", "bigtiff", "strips1"}) {
            QTest::newRow(f) << QStringLiteral("synthetic/encodings/%1.tif").arg(QLatin1String(f)) << 300 << 200 << 1
                             << 1 << 1 << u16 << 1.0 << 1.0 << px << 247.0 << 3720.0;
        }
        QTest::newRow("uint8") << QStringLiteral("synthetic/encodings/uint8.tif") << 300 << 200 << 1 << 1 << 1 << u8
                               << 1.0 << 1.0 << px << 0.0 << 14.0;
        // float32.tif = value / 7 for the uint16 range 247..3720, stored as float32.
        QTest::newRow("float32") << QStringLiteral("synthetic/encodings/float32.tif") << 300 << 200 << 1 << 1 << 1
                                 << QStringLiteral("float32") << 1.0 << 1.0 << px << double(247.0f / 7.0f)
                                 << double(3720.0f / 7.0f);
        QTest::newRow("rgb contig") << QStringLiteral("synthetic/encodings/rgb_contig.tif") << 300 << 200 << 3 << 1 << 1
                                    << u8 << 1.0 << 1.0 << px << 0.0 << 255.0;
        QTest::newRow("rgb planar") << QStringLiteral("synthetic/encodings/rgb_planar.tif") << 300 << 200 << 3 << 1 << 1
                                    << u8 << 1.0 << 1.0 << px << 0.0 << 255.0;
    }
    void infoReportsEveryField()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, channels);
        QFETCH(int, slices);
        QFETCH(int, frames);
        QFETCH(QString, pixelType);
        QFETCH(double, pixelSize);
        QFETCH(double, pixelDepth);
        QFETCH(QString, unit);
        QFETCH(double, min);
        QFETCH(double, max);
        const CliRun r = runCliWith({QStringLiteral("info"), dataDir + QLatin1Char('/') + file});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // ordinary files read silently
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("width")).toInt(), width);
        QCOMPARE(o.value(QStringLiteral("height")).toInt(), height);
        QCOMPARE(o.value(QStringLiteral("channels")).toInt(), channels);
        QCOMPARE(o.value(QStringLiteral("slices")).toInt(), slices);
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), frames);
        QCOMPARE(o.value(QStringLiteral("pixelType")).toString(), pixelType);
        QCOMPARE(o.value(QStringLiteral("pixelWidth")).toDouble(), pixelSize); // exact: 0.325, not 0.3249999…
        QCOMPARE(o.value(QStringLiteral("pixelHeight")).toDouble(), pixelSize);
        QCOMPARE(o.value(QStringLiteral("pixelDepth")).toDouble(), pixelDepth);
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), unit);
        QCOMPARE(o.value(QStringLiteral("min")).toDouble(), min);
        QCOMPARE(o.value(QStringLiteral("max")).toDouble(), max);
    }
    void frameIntervalIsReportedAsWritten()
    {
        // pyimagej_test_still.tif's description says "finterval=1800.0028076171875" (seconds, ImageJ's default
        // time unit) although it holds one frame: info reports the value the file states.
        const CliRun r = runCliWith({QStringLiteral("info"), dataDir + QStringLiteral("/pyimagej_test_still.tif")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("frameInterval")).toDouble(), 1800.0028076171875);
        QCOMPARE(o.value(QStringLiteral("timeUnit")).toString(), QStringLiteral("s"));
        const CliRun plain =
            runCliWith({QStringLiteral("info"), dataDir + QStringLiteral("/synthetic/encodings/plain.tif")});
        QVERIFY(!QJsonDocument::fromJson(plain.out.toUtf8()).object().contains(QStringLiteral("frameInterval")));
    }
    void errorsGiveOneLineAndStatus2_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << dataDir + QStringLiteral("/no-such-file.tif") << QStringLiteral("does not exist");
        QTest::newRow("folder") << dataDir + QStringLiteral("/synthetic") << QStringLiteral("folder");
        QTest::newRow("not an image") << dataDir + QStringLiteral("/README.md") << QStringLiteral("README.md");
        QTest::newRow("npy") << dataDir + QStringLiteral("/synthetic/encodings/expected.npy")
                             << QStringLiteral("expected.npy");
    }
    void errorsGiveOneLineAndStatus2()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const CliRun r = runCliWith({QStringLiteral("info"), path});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    }
    void corruptFilesFailNamingTheirPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        const QVector<test::CorruptFile> corpus = test::corruptCorpus(dataDir);
        QVERIFY2(corpus.size() >= 18, "tests/data/corrupt/manifest.csv is missing or short");
        for (const test::CorruptFile& c : corpus) {
            QTest::newRow(qPrintable(c.file)) << c.file << test::corruptPlace(c);
        }
    }
    void corruptFilesFailNamingTheirPlace()
    {
        // Damaged strips and tiles never give exit status 0 (with wrong pixels): one error line naming the place.
        QFETCH(QString, file);
        QFETCH(QString, place);
        const CliRun r = runCliWith({QStringLiteral("info"), dataDir + QStringLiteral("/corrupt/") + file});
        QVERIFY2(r.status != 0, qPrintable(r.out));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(file) && r.err.contains(place), qPrintable(r.err));
    }
    void helpListsCommands()
    {
        const CliRun r = runCliWith({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("info")));
        const CliRun h = runCliWith({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(h.status, 0);
        QVERIFY(h.out.contains(QStringLiteral("IMAGE")));
    }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "TestCliInfo.moc"
