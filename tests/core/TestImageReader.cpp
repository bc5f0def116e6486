#include "core/io/ImageReader.h"
#include "core/io/TiffWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::PixelType)

namespace {
/** A BGR(A) or grey test pattern of the given OpenCV type with distinct values per channel. */
cv::Mat pattern(int cvType, int width, int height)
{
    cv::Mat m(height, width, cvType);
    const int channels = m.channels();
    const double scale = CV_MAT_DEPTH(cvType) == CV_16U ? 257.0 : 1.0;
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c) {
            for (int k = 0; k < channels; ++k) {
                const double v = double((r * 7 + c * 13 + k * 61) % 256) * scale;
                if (CV_MAT_DEPTH(cvType) == CV_16U) {
                    m.ptr<quint16>(r)[c * channels + k] = quint16(v);
                } else {
                    m.ptr<uchar>(r)[c * channels + k] = uchar(v);
                }
            }
        }
    }
    return m;
}

bool writeEncoded(const QString& path, const std::string& ext, const cv::Mat& m)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(ext, m, bytes)) {
        return false;
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) == qint64(bytes.size());
}
} // namespace

class TestImageReader : public QObject
{
    Q_OBJECT
private slots:
    void losslessFormatsReadExactly_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("cvType");
        QTest::addColumn<int>("expectedChannels");
        QTest::addColumn<PixelType>("expectedType");
        QTest::newRow("png gray8") << QStringLiteral(".png") << CV_8UC1 << 1 << PixelType::UInt8;
        QTest::newRow("png gray16") << QStringLiteral(".png") << CV_16UC1 << 1 << PixelType::UInt16;
        QTest::newRow("png rgb8") << QStringLiteral(".png") << CV_8UC3 << 3 << PixelType::UInt8;
        QTest::newRow("png rgb16") << QStringLiteral(".png") << CV_16UC3 << 3 << PixelType::UInt16;
        QTest::newRow("png rgba8") << QStringLiteral(".png") << CV_8UC4 << 4 << PixelType::UInt8;
        QTest::newRow("bmp rgb") << QStringLiteral(".bmp") << CV_8UC3 << 3 << PixelType::UInt8;
    }
    void losslessFormatsReadExactly()
    {
        QFETCH(QString, extension);
        QFETCH(int, cvType);
        QFETCH(int, expectedChannels);
        QFETCH(PixelType, expectedType);
        const cv::Mat source = pattern(cvType, 23, 11);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("image") + extension);
        QVERIFY(writeEncoded(path, extension.toStdString(), source));
        ImageReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->width(), 23);
        QCOMPARE(image->height(), 11);
        QCOMPARE(image->channels(), expectedChannels);
        QCOMPARE(image->slices(), 1);
        QCOMPARE(image->pixelType(), expectedType);
        QCOMPARE(image->sourcePath, QFileInfo(path).absoluteFilePath());
        // OpenCV holds colour as B, G, R(, A); Tessera's channels are R, G, B(, A).
        std::vector<cv::Mat> split;
        cv::split(source, split);
        if (split.size() >= 3) {
            std::swap(split[0], split[2]);
        }
        for (int c = 0; c < expectedChannels; ++c) {
            QCOMPARE(cv::norm(image->plane(c), split[size_t(c)], cv::NORM_INF), 0.0);
        }
    }
    void jpegReadsCloseToTheSource()
    {
        const cv::Mat source = pattern(CV_8UC1, 32, 32);
        cv::Mat smooth;
        cv::GaussianBlur(source, smooth, cv::Size(5, 5), 2.0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.jpg"));
        std::vector<uchar> bytes;
        QVERIFY(cv::imencode(".jpg", smooth, bytes, {cv::IMWRITE_JPEG_QUALITY, 100}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
        f.close();
        const Expected<Image> image = ImageReader().read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(image->channels(), 1);
        QCOMPARE(image->pixelType(), PixelType::UInt8);
        QVERIFY(cv::norm(image->plane(0), smooth, cv::NORM_INF) <= 4.0); // quality 100: only rounding errors
    }
    void tiffIsRecognisedByContent()
    {
        Image image = Image::create(PixelType::UInt16, 9, 4, 1, 2, 1).value();
        image.plane(0, 1).setTo(4321);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actually_a_tiff.png"));
        QVERIFY(TiffWriter().write(image, path).isOk());
        const Expected<Image> back = ImageReader().read(path);
        QVERIFY2(back.isOk(), qPrintable(back.status().message()));
        QCOMPARE(back->slices(), 2);
        QCOMPARE(int(back->plane(0, 1).at<quint16>(3, 8)), 4321);
    }
    void corruptPngFailsClearly()
    {
        std::vector<uchar> bytes;
        QVERIFY(cv::imencode(".png", pattern(CV_8UC1, 16, 16), bytes));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size() / 3)); // cut
        f.close();
        const Expected<Image> image = ImageReader().read(path);
        QVERIFY(!image.isOk());
        QVERIFY2(image.status().message().contains(QStringLiteral("broken.png")), qPrintable(image.status().message()));
    }
    void unknownFormatFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not an image");
        f.close();
        const Expected<Image> image = ImageReader().read(path);
        QCOMPARE(image.status().code(), StatusCode::Unsupported);
        QVERIFY(image.status().message().contains(QStringLiteral("notes.txt")));
    }
};

QTEST_GUILESS_MAIN(TestImageReader)
#include "TestImageReader.moc"
