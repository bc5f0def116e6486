#include "core/io/OmeMetadata.h"
#include "core/io/TiffRational.h"
#include "core/io/TiffReader.h"
#include "core/io/TiffWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <tiffio.h>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** Reads a little-endian uint16 C-order .npy file (the format of encodings/expected.npy). */
cv::Mat readNpyUInt16(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\x93NUMPY")) {
        return {};
    }
    const int major = bytes[6];
    const int headerLen = major == 1
                              ? int(quint8(bytes[8])) | (int(quint8(bytes[9])) << 8)
                              : int(quint8(bytes[8])) | (int(quint8(bytes[9])) << 8) | (int(quint8(bytes[10])) << 16);
    const int offset = (major == 1 ? 10 : 12) + headerLen;
    const QByteArray header = bytes.mid(major == 1 ? 10 : 12, headerLen);
    if (!header.contains("'<u2'") || header.contains("'fortran_order': True")) {
        return {};
    }
    const int open = header.indexOf('(');
    const QList<QByteArray> dims = header.mid(open + 1, header.indexOf(')') - open - 1).split(',');
    const int rows = dims.value(0).trimmed().toInt();
    const int cols = dims.value(1).trimmed().toInt();
    cv::Mat m(rows, cols, CV_16UC1);
    std::memcpy(m.data, bytes.constData() + offset, size_t(rows) * cols * 2);
    return m;
}

bool equalPixels(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

/**
 * Writes a multi-page 8-bit TIFF with libtiff (independent of Tessera's writer): page k is filled with
 * values[k]; the first page carries description.
 */
bool writePages(const QString& path, int width, int height, const std::vector<int>& values,
                const QByteArray& description)
{
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tif) {
        return false;
    }
    std::vector<uint8_t> row(static_cast<size_t>(width));
    for (size_t k = 0; k < values.size(); ++k) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(height));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(height));
        if (k == 0 && !description.isEmpty()) {
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, description.constData());
        }
        std::fill(row.begin(), row.end(), uint8_t(values[k]));
        for (int r = 0; r < height; ++r) {
            if (TIFFWriteScanline(tif, row.data(), uint32_t(r), 0) < 0) {
                TIFFClose(tif);
                return false;
            }
        }
        TIFFWriteDirectory(tif);
    }
    TIFFClose(tif);
    return true;
}

/** The value of "key=" in an ImageJ description, parsed here independently of the reader. */
double descriptionValue(const QString& description, const QString& key)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\n)%1=([^\\n]*)").arg(key));
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
}
} // namespace

class TestTiffReader : public QObject
{
    Q_OBJECT
private slots:
    void encodingsDecodeExactly_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f :
             {"plain", "lzw", "lzw_pred", "deflate", "packbits", "tiled", "bigendian", "bigtiff", "strips1"}) {
            QTest::newRow(f) << QString::fromLatin1(f);
        }
    }
    void encodingsDecodeExactly()
    {
        QFETCH(QString, file);
        const cv::Mat expected = readNpyUInt16(dataDir + QStringLiteral("/synthetic/encodings/expected.npy"));
        QVERIFY(!expected.empty());
        TiffReader reader;
        const Expected<Image> image = reader.read(dataDir + QStringLiteral("/synthetic/encodings/%1.tif").arg(file));
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->pixelType(), PixelType::UInt16);
        QCOMPARE(image->planeCount(), 1);
        QVERIFY(equalPixels(image->plane(0), expected));
    }
    void derivedTypesDecodeExactly()
    {
        const cv::Mat expected = readNpyUInt16(dataDir + QStringLiteral("/synthetic/encodings/expected.npy"));
        TiffReader reader;
        const QString dir = dataDir + QStringLiteral("/synthetic/encodings/");

        const Expected<Image> u8 = reader.read(dir + QStringLiteral("uint8.tif"));
        QVERIFY2(u8.isOk(), qPrintable(u8.status().message()));
        cv::Mat shifted;
        expected.convertTo(shifted, CV_32S);
        cv::Mat expected8(expected.size(), CV_8UC1);
        for (int r = 0; r < expected.rows; ++r) {
            for (int c = 0; c < expected.cols; ++c) {
                expected8.at<uchar>(r, c) = uchar(expected.at<quint16>(r, c) >> 8);
            }
        }
        QVERIFY(equalPixels(u8->plane(0), expected8));

        const Expected<Image> f32 = reader.read(dir + QStringLiteral("float32.tif"));
        QVERIFY2(f32.isOk(), qPrintable(f32.status().message()));
        QCOMPARE(f32->pixelType(), PixelType::Float32);
        cv::Mat expectedF(expected.size(), CV_32FC1);
        for (int r = 0; r < expected.rows; ++r) {
            for (int c = 0; c < expected.cols; ++c) {
                expectedF.at<float>(r, c) = float(expected.at<quint16>(r, c)) / 7.0f;
            }
        }
        QVERIFY(cv::norm(f32->plane(0), expectedF, cv::NORM_INF) <= 1e-3);

        for (const char* rgb : {"rgb_contig.tif", "rgb_planar.tif"}) {
            const Expected<Image> im = reader.read(dir + QString::fromLatin1(rgb));
            QVERIFY2(im.isOk(), qPrintable(im.status().message()));
            QCOMPARE(im->channels(), 3);
            QCOMPARE(im->slices(), 1);
            for (int r = 0; r < expected.rows; r += 7) {
                for (int c = 0; c < expected.cols; c += 5) {
                    const int v = expected.at<quint16>(r, c);
                    QCOMPARE(int(im->plane(0).at<uchar>(r, c)), v >> 8);
                    QCOMPARE(int(im->plane(1).at<uchar>(r, c)), (v >> 4) & 255);
                    QCOMPARE(int(im->plane(2).at<uchar>(r, c)), v & 255);
                }
            }
        }
    }
    void hyperstackDimensionsAndCalibration()
    {
        TiffReader reader;
        const Expected<Image> image = reader.read(dataDir + QStringLiteral("/synthetic/hyperstack.tif"));
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->channels(), 2);
        QCOMPARE(image->slices(), 5);
        QCOMPARE(image->frames(), 1);
        QCOMPARE(image->width(), 160);
        QCOMPARE(image->height(), 128);
        QCOMPARE(image->calibration.unit, QString(QChar(0x00B5)) + QLatin1Char('m'));
        QVERIFY(qAbs(image->calibration.pixelWidth - 0.2) < 1e-6);
        QVERIFY(qAbs(image->calibration.pixelHeight - 0.2) < 1e-6);
        QVERIFY(qAbs(image->calibration.pixelDepth - 0.5) < 1e-9);
    }

    // ---- calibration from RATIONAL resolution tags ----
    void pixelSizeFromRationalIsExact_data()
    {
        QTest::addColumn<quint32>("numerator");
        QTest::addColumn<quint32>("denominator");
        QTest::addColumn<double>("expected");
        // ImageJ's (int)(10^6/p)/10^6 (pyimagej_test_still.tif) and tifffile's best 32-bit fraction (disks16.tif)
        // for the 0.325 µm the data README gives; small exact fractions stay exact.
        QTest::newRow("imagej 0.325") << 3076923u << 1000000u << 0.325;
        QTest::newRow("tifffile 0.325") << 4294967295u << 1395864371u << 0.325;
        QTest::newRow("5/1") << 5u << 1u << 0.2;
        QTest::newRow("72 dpi") << 72u << 1u << 1.0 / 72.0;
        QTest::newRow("40/13") << 40u << 13u << 0.325;
        QTest::newRow("zero") << 0u << 1u << 0.0;
        QTest::newRow("zero denominator") << 1u << 0u << 0.0;
    }
    void pixelSizeFromRationalIsExact()
    {
        QFETCH(quint32, numerator);
        QFETCH(quint32, denominator);
        QFETCH(double, expected);
        QCOMPARE(pixelSizeFromResolution({numerator, denominator}), expected);
    }
    void resolutionRoundTripsExactly_data()
    {
        QTest::addColumn<double>("pixelSize");
        for (double p : {0.325, 0.2, 0.1, 0.065, 1.0, 2.5, 0.1234567, 1.0 / 3.0, 6.45, 1e-6, 1000.0, 0.0003}) {
            QTest::newRow(qPrintable(QString::number(p, 'g', 17))) << p;
        }
    }
    void resolutionRoundTripsExactly()
    {
        QFETCH(double, pixelSize);
        const TiffRational r = resolutionFromPixelSize(pixelSize);
        QVERIFY(r.numerator > 0 && r.denominator > 0);
        QCOMPARE(pixelSizeFromResolution(r), pixelSize);
    }
    void realFilesCalibration_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("pixelSize");
        QTest::addColumn<QString>("unit");
        const QString um = QString(QChar(0x00B5)) + QLatin1Char('m');
        // Values from tests/data/README.md (disks16: 0.325 µm/px; hyperstack: 0.2 µm) and pyimagej's own
        // metadata (dCalibration = 0.325 in its Info).
        QTest::newRow("disks16") << QStringLiteral("synthetic/disks16.tif") << 0.325 << um;
        QTest::newRow("pyimagej") << QStringLiteral("pyimagej_test_still.tif") << 0.325 << um;
        QTest::newRow("hyperstack") << QStringLiteral("synthetic/hyperstack.tif") << 0.2 << um;
        QTest::newRow("cellprofiler 72 dpi")
            << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif") << 1.0
            << QStringLiteral("pixel");
        QTest::newRow("labels") << QStringLiteral("synthetic/disks16_labels.tif") << 1.0 << QStringLiteral("pixel");
    }
    void realFilesCalibration()
    {
        QFETCH(QString, file);
        QFETCH(double, pixelSize);
        QFETCH(QString, unit);
        TiffReader reader;
        const Expected<Image> image = reader.read(dataDir + QLatin1Char('/') + file);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->calibration.pixelWidth, pixelSize);
        QCOMPARE(image->calibration.pixelHeight, pixelSize);
        QCOMPARE(image->calibration.unit, unit);
        // Ordinary files (including ImageJ's private tags and 16-bit LUT) read without warnings.
        QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
    }
    void frameIntervalAndDisplayRangeAreWhatTheFileSays()
    {
        TiffReader reader;
        const Expected<Image> image = reader.read(dataDir + QStringLiteral("/pyimagej_test_still.tif"));
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        const QString description = image->metadata.value(QStringLiteral("ImageDescription")).toString();
        const double finterval = descriptionValue(description, QStringLiteral("finterval"));
        QVERIFY(finterval > 0);
        QCOMPARE(image->calibration.frameInterval, finterval);
        QCOMPARE(image->calibration.timeUnit, QStringLiteral("s"));
        QCOMPARE(image->displayRanges.size(), 1);
        QCOMPARE(image->displayRanges[0].min, descriptionValue(description, QStringLiteral("min")));
        QCOMPARE(image->displayRanges[0].max, descriptionValue(description, QStringLiteral("max")));
    }

    // ---- OME-TIFF ----
    void omePlaneOrderAndCalibration_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("sizeC");
        QTest::addColumn<int>("sizeZ");
        QTest::addColumn<int>("sizeT");
        QTest::addColumn<QString>("tiffData");
        QTest::newRow("XYCZT") << QStringLiteral("XYCZT") << 2 << 3 << 2 << QString();
        QTest::newRow("XYZCT") << QStringLiteral("XYZCT") << 2 << 3 << 2 << QString();
        QTest::newRow("XYZTC") << QStringLiteral("XYZTC") << 3 << 2 << 2 << QString();
        QTest::newRow("XYTZC") << QStringLiteral("XYTZC") << 2 << 2 << 3 << QString();
        QTest::newRow("XYCTZ") << QStringLiteral("XYCTZ") << 3 << 2 << 2 << QString();
        QTest::newRow("single TiffData") << QStringLiteral("XYZCT") << 2 << 3 << 1
                                         << QStringLiteral("<TiffData IFD=\"0\" PlaneCount=\"6\"/>");
        QTest::newRow("one TiffData per plane")
            << QStringLiteral("XYCZT") << 2 << 2 << 1
            << QStringLiteral("<TiffData IFD=\"0\" FirstC=\"0\" FirstZ=\"0\"/><TiffData IFD=\"1\" FirstC=\"1\" "
                              "FirstZ=\"0\"/><TiffData IFD=\"2\" FirstC=\"0\" FirstZ=\"1\"/><TiffData IFD=\"3\" "
                              "FirstC=\"1\" FirstZ=\"1\"/>");
    }
    void omePlaneOrderAndCalibration()
    {
        QFETCH(QString, order);
        QFETCH(int, sizeC);
        QFETCH(int, sizeZ);
        QFETCH(int, sizeT);
        QFETCH(QString, tiffData);
        // Page k holds the k-th plane in DimensionOrder; its value encodes (c, z, t) so the test can check where
        // the reader put it.
        const int sizes[3] = {sizeC, sizeZ, sizeT};
        auto dim = [](QChar d) { return d == QLatin1Char('C') ? 0 : d == QLatin1Char('Z') ? 1 : 2; };
        const int d0 = dim(order[2]), d1 = dim(order[3]), d2 = dim(order[4]);
        const int n = sizeC * sizeZ * sizeT;
        std::vector<int> values;
        for (int k = 0; k < n; ++k) {
            int coord[3];
            coord[d0] = k % sizes[d0];
            coord[d1] = (k / sizes[d0]) % sizes[d1];
            coord[d2] = k / (sizes[d0] * sizes[d1]);
            values.push_back(1 + coord[0] + 10 * coord[1] + 100 * coord[2]);
        }
        const QString xml =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><OME "
                           "xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"><Image ID=\"Image:0\"><Pixels "
                           "ID=\"Pixels:0\" DimensionOrder=\"%1\" Type=\"uint8\" SizeX=\"6\" SizeY=\"4\" SizeC=\"%2\" "
                           "SizeZ=\"%3\" SizeT=\"%4\" PhysicalSizeX=\"0.1625\" PhysicalSizeXUnit=\"%5m\" "
                           "PhysicalSizeY=\"162.5\" PhysicalSizeYUnit=\"nm\" PhysicalSizeZ=\"0.5\" "
                           "TimeIncrement=\"250\" TimeIncrementUnit=\"ms\">%6</Pixels></Image></OME>")
                .arg(order)
                .arg(sizeC)
                .arg(sizeZ)
                .arg(sizeT)
                .arg(QChar(0x00B5))
                .arg(tiffData);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ome.ome.tif"));
        QVERIFY(writePages(path, 6, 4, values, xml.toUtf8()));
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->channels(), sizeC);
        QCOMPARE(image->slices(), sizeZ);
        QCOMPARE(image->frames(), sizeT);
        for (int t = 0; t < sizeT; ++t) {
            for (int z = 0; z < sizeZ; ++z) {
                for (int c = 0; c < sizeC; ++c) {
                    QCOMPARE(int(image->plane(c, z, t).at<uchar>(3, 5)), 1 + c + 10 * z + 100 * t);
                }
            }
        }
        QCOMPARE(image->calibration.unit, QString(QChar(0x00B5)) + QLatin1Char('m'));
        QCOMPARE(image->calibration.pixelWidth, 0.1625);
        QCOMPARE(image->calibration.pixelHeight, 0.1625); // 162.5 nm
        QCOMPARE(image->calibration.pixelDepth, 0.5);     // default unit µm
        QCOMPARE(image->calibration.frameInterval, 0.25); // 250 ms
        QCOMPARE(image->calibration.timeUnit, QStringLiteral("s"));
        QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
    }
    void omeRejectsMalformedXml_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("not xml") << QStringLiteral("<OME but not xml");
        QTest::newRow("no pixels") << QStringLiteral("<OME><Image/></OME>");
        QTest::newRow("bad order") << QStringLiteral("<OME><Image><Pixels DimensionOrder=\"XYCCT\" SizeX=\"1\" "
                                                     "SizeY=\"1\"/></Image></OME>");
        QTest::newRow("zero size") << QStringLiteral("<OME><Image><Pixels SizeX=\"1\" SizeY=\"1\" "
                                                     "SizeC=\"0\"/></Image></OME>");
        QTest::newRow("huge size") << QStringLiteral("<OME><Image><Pixels SizeX=\"1\" SizeY=\"1\" SizeC=\"100000\" "
                                                     "SizeZ=\"100000\" SizeT=\"100000\"/></Image></OME>");
    }
    void omeRejectsMalformedXml()
    {
        QFETCH(QString, xml);
        QVERIFY(!OmeMetadata::parse(xml).has_value());
    }
    void omeMismatchFallsBackToSlices()
    {
        // SizeC = 4 but only 2 pages: read every page as a slice, with a warning, instead of failing.
        const QString xml = QStringLiteral("<OME><Image><Pixels DimensionOrder=\"XYCZT\" SizeX=\"6\" SizeY=\"4\" "
                                           "SizeC=\"4\"/></Image></OME>");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.ome.tif"));
        QVERIFY(writePages(path, 6, 4, {7, 9}, xml.toUtf8()));
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->channels(), 1);
        QCOMPARE(image->slices(), 2);
        QCOMPARE(int(image->plane(0, 1).at<uchar>(0, 0)), 9);
        QVERIFY(!reader.warnings().isEmpty());
    }
    // ---- the fuzz seeds: small files in every layout, checked against libtiff's own RGBA decoder ----
    void eightBitSeedsMatchLibtiffRgba_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("channels");
        QTest::newRow("gray8 none") << QStringLiteral("gray8_none.tif") << 1;
        QTest::newRow("gray8 packbits") << QStringLiteral("gray8_packbits.tif") << 1;
        QTest::newRow("bilevel miniswhite") << QStringLiteral("bilevel.tif") << 1;
        QTest::newRow("rgb planar") << QStringLiteral("rgb8_planar.tif") << 3;
        QTest::newRow("rgb contig lzw") << QStringLiteral("rgb8_contig_lzw.tif") << 3;
        QTest::newRow("ycbcr jpeg") << QStringLiteral("ycbcr_jpeg.tif") << 3;
        QTest::newRow("bigtiff tiled deflate") << QStringLiteral("bigtiff_tiled_deflate.tif") << 1;
        QTest::newRow("imagej big-endian") << QStringLiteral("imagej_bigendian_8bit.tif") << 1;
    }
    void eightBitSeedsMatchLibtiffRgba()
    {
        QFETCH(QString, file);
        QFETCH(int, channels);
        const QString path = dataDir + QStringLiteral("/fuzz-seeds/") + file;
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(image->channels(), channels);
        QCOMPARE(image->pixelType(), PixelType::UInt8);

        TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "r");
        QVERIFY(tif);
        uint32_t w = 0, h = 0;
        TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
        TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
        std::vector<uint32_t> rgba(size_t(w) * h);
        const int ok = TIFFReadRGBAImageOriented(tif, w, h, rgba.data(), ORIENTATION_TOPLEFT, 0);
        TIFFClose(tif);
        QVERIFY(ok);
        QCOMPARE(image->width(), int(w));
        QCOMPARE(image->height(), int(h));
        for (uint32_t y = 0; y < h; ++y) {
            for (uint32_t x = 0; x < w; ++x) {
                const uint32_t px = rgba[size_t(y) * w + x];
                const int expected[3] = {int(TIFFGetR(px)), int(TIFFGetG(px)), int(TIFFGetB(px))};
                for (int c = 0; c < channels; ++c) {
                    QCOMPARE(int(image->plane(c).at<uchar>(int(y), int(x))), expected[c]);
                }
            }
        }
    }
    void seedHyperstacksHaveTheirMetadata()
    {
        TiffReader reader;
        const Expected<Image> ij = reader.read(dataDir + QStringLiteral("/fuzz-seeds/imagej_hyperstack.tif"));
        QVERIFY2(ij.isOk(), qPrintable(ij.status().message()));
        QCOMPARE(ij->channels(), 2);
        QCOMPARE(ij->slices(), 2);
        // Written by tifffile with per-channel "Ranges" (0, 100) and (5, 500) in ImageJ's tag 50839.
        QCOMPARE(ij->displayRanges, (QVector<DisplayRange>{{0.0, 100.0}, {5.0, 500.0}}));
        QCOMPARE(ij->calibration.pixelWidth, 0.325);
        const Expected<Image> ome = reader.read(dataDir + QStringLiteral("/fuzz-seeds/ome_tzyx.ome.tif"));
        QVERIFY2(ome.isOk(), qPrintable(ome.status().message()));
        QCOMPARE(ome->slices(), 2);
        QCOMPARE(ome->frames(), 3);
        QCOMPARE(ome->calibration.pixelWidth, 0.1625);
        QCOMPARE(ome->calibration.pixelDepth, 0.25); // 250 nm
    }
    void imagejSingleDirectoryStack()
    {
        // ImageJ stores stacks over 4 GiB with one directory and "images=N": the planes follow each other. Build
        // such a file from a one-plane TiffWriter file: make its description say 3 slices (same length) and
        // append two more planes after the first one's pixels, which end the file.
        Image image = Image::create(PixelType::UInt16, 6, 4).value();
        image.calibration.unit = QString(20, QLatin1Char('x'));
        for (int i = 0; i < 24; ++i) {
            image.plane(0).at<quint16>(i / 6, i % 6) = quint16(1000 + i);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big_stack.tif"));
        QVERIFY(TiffWriter().write(image, path).isOk());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const QByteArray from = "unit=" + QByteArray(20, 'x');
        const QByteArray to = "images=3\nslices=3\nunit=um";
        QCOMPARE(from.size(), to.size());
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        for (int k = 1; k < 3; ++k) {
            for (int i = 0; i < 24; ++i) {
                char b[2];
                qToLittleEndian(quint16(1000 * (k + 1) + i), b);
                bytes.append(b, 2);
            }
        }
        f.seek(0);
        f.write(bytes);
        f.close();
        TiffReader reader;
        const Expected<Image> stack = reader.read(path);
        QVERIFY2(stack.isOk(), qPrintable(stack.status().message()));
        QCOMPARE(stack->slices(), 3);
        for (int k = 0; k < 3; ++k) {
            for (int i = 0; i < 24; ++i) {
                QCOMPARE(int(stack->plane(0, k).at<quint16>(i / 6, i % 6)), 1000 * (k + 1) + i);
            }
        }
        // One plane short: a clear "truncated" error.
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 2));
        const Expected<Image> cut = reader.read(path);
        QVERIFY(!cut.isOk());
        QVERIFY2(cut.status().message().contains(QStringLiteral("truncated")), qPrintable(cut.status().message()));
    }
    void errorsNameNoUnrelatedLibtiffMessage_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("none") << int(COMPRESSION_NONE);
        QTest::newRow("packbits") << int(COMPRESSION_PACKBITS);
        QTest::newRow("deflate") << int(COMPRESSION_ADOBE_DEFLATE);
    }
    /**
     * Page 1 (strips) is fine, page 2 (one 64x64 tile over the 8x8 page) is refused by maxBytes: the message names
     * page 2 and carries no libtiff error from reading page 1 (such as "Cannot get "Predictor" tag as plugin is not
     * configured", which libtiff logs when the predictor is asked for on a codec that has none).
     */
    void errorsNameNoUnrelatedLibtiffMessage()
    {
        QFETCH(int, compression);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two_pages.tif"));
        TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
        QVERIFY(tif);
        std::vector<uint8_t> pixels(64 * 64, 7);
        for (int page = 0; page < 2; ++page) {
            TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(8));
            TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(8));
            TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
            TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
            TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
            TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
            TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(compression));
            if (page == 0) {
                TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(8));
                for (uint32_t r = 0; r < 8; ++r) {
                    QVERIFY(TIFFWriteScanline(tif, pixels.data(), r, 0) >= 0);
                }
            } else {
                TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(64));
                TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(64));
                QVERIFY(TIFFWriteEncodedTile(tif, 0, pixels.data(), tmsize_t(pixels.size())) >= 0);
            }
            QVERIFY(TIFFWriteDirectory(tif));
        }
        TIFFClose(tif);

        TiffReadOptions options;
        options.maxBytes = 3000; // libtiff's directories and the 128 pixel bytes fit, the 4096-byte tile does not
        TiffReader reader(options);
        const Expected<Image> image = reader.read(path);
        QVERIFY(!image.isOk());
        const QString message = image.status().message();
        QVERIFY2(message.contains(QStringLiteral("page 2")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("libtiff")), qPrintable(message));
    }
    void multiPageWithoutMetadataIsAStack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.tif"));
        QVERIFY(writePages(path, 5, 3, {1, 2, 3}, QByteArray()));
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->slices(), 3);
        QCOMPARE(int(image->plane(0, 2).at<uchar>(2, 4)), 3);
    }
};

QTEST_GUILESS_MAIN(TestTiffReader)
#include "TestTiffReader.moc"
