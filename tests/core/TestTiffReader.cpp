#include "core/io/TiffReader.h"

#include <QFile>
#include <QtTest>

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
    const int headerLen = major == 1 ? int(quint8(bytes[8])) | (int(quint8(bytes[9])) << 8)
                                     : int(quint8(bytes[8])) | (int(quint8(bytes[9])) << 8) |
                                           (int(quint8(bytes[10])) << 16);
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
} // namespace

class TestTiffReader : public QObject
{
    Q_OBJECT
private slots:
    void encodingsDecodeExactly_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"plain", "lzw", "lzw_pred", "deflate", "packbits", "tiled", "bigendian", "bigtiff",
                              "strips1"}) {
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
};

QTEST_GUILESS_MAIN(TestTiffReader)
#include "TestTiffReader.moc"
