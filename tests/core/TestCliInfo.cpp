#include "tests/core/CliTestSupport.h"
#include "tests/core/CorruptCorpus.h"

#include "core/io/TiffWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <limits>

using namespace tessera;
using tessera::test::CliRun;
using tessera::test::runCliWith;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNan = std::numeric_limits<float>::quiet_NaN();

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray encoded(const char* ext, const cv::Mat& m)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, m, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}
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
    /** min/max are the finite range; the NaN and ±inf counts are reported; no finite value → null and a warning. */
    void floatRangesIgnoreInfinities_data()
    {
        QTest::addColumn<QVector<float>>("pixels"); // a 2 × 3 float image, two planes (slices) of 3 pixels
        QTest::addColumn<QVariant>("min");          // null when no finite value
        QTest::addColumn<QVariant>("max");
        QTest::addColumn<int>("finite");
        QTest::addColumn<int>("nans");
        QTest::addColumn<int>("posInf");
        QTest::addColumn<int>("negInf");
        QTest::newRow("+inf and -inf") << QVector<float>{kInf, -kInf, 1.5f, 2, -3, 7} << QVariant(-3.0) << QVariant(7.0)
                                       << 4 << 0 << 1 << 1;
        QTest::newRow("only +inf") << QVector<float>{kInf, 3, 1, 2, kInf, 0.25f} << QVariant(0.25) << QVariant(3.0) << 4
                                   << 0 << 2 << 0;
        QTest::newRow("only -inf") << QVector<float>{-kInf, 3, 1, -2, 5, -kInf} << QVariant(-2.0) << QVariant(5.0) << 4
                                   << 0 << 0 << 2;
        QTest::newRow("nan and infinities")
            << QVector<float>{kNan, kInf, -8, kNan, -kInf, 9} << QVariant(-8.0) << QVariant(9.0) << 2 << 2 << 1 << 1;
        QTest::newRow("one finite value in the second plane") << QVector<float>{kNan, kInf, -kInf, kNan, 42, kNan}
                                                              << QVariant(42.0) << QVariant(42.0) << 1 << 3 << 1 << 1;
        QTest::newRow("all nan") << QVector<float>{kNan, kNan, kNan, kNan, kNan, kNan} << QVariant() << QVariant() << 0
                                 << 6 << 0 << 0;
        QTest::newRow("all infinite") << QVector<float>{kInf, -kInf, kInf, kInf, -kInf, kInf} << QVariant()
                                      << QVariant() << 0 << 0 << 4 << 2;
        QTest::newRow("nan and inf only")
            << QVector<float>{kNan, kInf, kNan, -kInf, kNan, kNan} << QVariant() << QVariant() << 0 << 4 << 1 << 1;
    }
    void floatRangesIgnoreInfinities()
    {
        QFETCH(QVector<float>, pixels);
        QFETCH(QVariant, min);
        QFETCH(QVariant, max);
        QFETCH(int, finite);
        QFETCH(int, nans);
        QFETCH(int, posInf);
        QFETCH(int, negInf);
        Image image = Image::create(PixelType::Float32, 3, 1, 1, 2, 1).value();
        for (int i = 0; i < 6; ++i) {
            image.plane(0, i / 3).at<float>(0, i % 3) = pixels[i];
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("float.tif"));
        QVERIFY(TiffWriter().write(image, path).isOk());
        const CliRun r = runCliWith({QStringLiteral("info"), path});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(r.out));
        if (min.isValid()) {
            QCOMPARE(o.value(QStringLiteral("min")).toDouble(qQNaN()), min.toDouble());
            QCOMPARE(o.value(QStringLiteral("max")).toDouble(qQNaN()), max.toDouble());
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        } else {
            QVERIFY(o.value(QStringLiteral("min")).isNull());
            QVERIFY(o.value(QStringLiteral("max")).isNull());
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.contains(QStringLiteral("warning")) && r.err.contains(QStringLiteral("no finite value")),
                     qPrintable(r.err));
        }
        QCOMPARE(o.value(QStringLiteral("finite")).toInt(-1), finite);
        QCOMPARE(o.value(QStringLiteral("nan")).toInt(-1), nans);
        QCOMPARE(o.value(QStringLiteral("posInf")).toInt(-1), posInf);
        QCOMPARE(o.value(QStringLiteral("negInf")).toInt(-1), negInf);
    }
    void integerImagesCountEveryPixelFinite()
    {
        const CliRun r =
            runCliWith({QStringLiteral("info"), dataDir + QStringLiteral("/synthetic/encodings/uint8.tif")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("finite")).toInt(), 300 * 200);
        QCOMPARE(o.value(QStringLiteral("nan")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("posInf")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("negInf")).toInt(-1), 0);
    }
    void helpDocumentsNonFiniteValues()
    {
        const CliRun r = runCliWith({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.simplified().contains(QStringLiteral("posInf")));
        QVERIFY(r.out.simplified().contains(QStringLiteral("no finite value")));
    }

    /**
     * Decoder libraries print to the process's stderr (libpng: "libpng error: ..."): tessera-cli must say it in its
     * own one line instead. A cut PNG named .tif gives one error naming the format; a good PNG named .tif reads
     * silently; a cut JPEG (libjpeg fills the missing rows) reads with a warning, never silently.
     */
    void decoderMessagesBecomeTesserasOwn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // empty: nothing on stderr
        cv::Mat gradient(64, 64, CV_8UC1);
        for (int r = 0; r < gradient.rows; ++r) {
            for (int c = 0; c < gradient.cols; ++c) {
                gradient.at<uchar>(r, c) = uchar((r * 7 + c * 3) % 256);
            }
        }
        const QByteArray png = encoded(".png", gradient);
        const QByteArray jpeg = encoded(".jpg", gradient);
        QTest::newRow("png renamed .tif") << png << 0 << QString();
        QTest::newRow("cut png renamed .tif")
            << png.left(png.size() / 2) << 2 << QStringLiteral("it is a PNG image, but corrupt or truncated");
        QTest::newRow("jpeg renamed .tif") << jpeg << 0 << QString();
        QTest::newRow("cut jpeg renamed .tif")
            << jpeg.left(jpeg.size() / 2) << 2 << QStringLiteral("the JPEG data is truncated");
        // An ancillary chunk with a wrong CRC: libpng prints "libpng warning: tEXt: CRC error" and decodes the image.
        QByteArray badCrc = png;
        badCrc.insert(8 + 25, QByteArray("\0\0\0\x05tEXta\0bcd\0\0\0\0", 17)); // after the signature and IHDR
        QTest::newRow("png with a bad ancillary CRC")
            << badCrc << 0 << QStringLiteral("warning: \"image.tif\": the PNG decoder reported: libpng warning");
        QTest::newRow("unknown bytes") << QByteArray("P5\n2 2\n255\n\x01\x02\x03\x04", 15) << 2
                                       << QStringLiteral("not a TIFF, PNG, JPEG or BMP image");
    }
    void decoderMessagesBecomeTesserasOwn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("image.tif"));
        QVERIFY(writeBytes(path, bytes));
        CliRun r;
        const QByteArray leaked = test::captureStandardError([&] { r = runCliWith({QStringLiteral("info"), path}); });
        QVERIFY2(leaked.isEmpty(), leaked.constData());
        QCOMPARE(r.status, status);
        QCOMPARE(r.out.isEmpty(), status != 0);
        if (message.isEmpty()) {
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        } else {
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.startsWith(QStringLiteral("tessera-cli info: ")), qPrintable(r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
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
        QCOMPARE(r.status, 2);
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
