#include "core/io/ImageJMetadata.h"
#include "core/io/TiffReader.h"
#include "core/io/TiffWriter.h"
#include "core/task/TaskContext.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace tessera;

namespace {
const QString kMicron = QString(QChar(0x00B5)) + QLatin1Char('m');

/** An image whose every pixel differs from its neighbours and from the same pixel in other planes. */
Image patterned(PixelType type, int width, int height, int c, int z, int t)
{
    Image image = Image::create(type, width, height, c, z, t).value();
    cv::RNG rng(12345);
    for (int i = 0; i < image.planeCount(); ++i) {
        cv::Mat plane = image.planeAt(i);
        switch (type) {
        case PixelType::UInt8:
            rng.fill(plane, cv::RNG::UNIFORM, 0, 256);
            break;
        case PixelType::UInt16:
            rng.fill(plane, cv::RNG::UNIFORM, 0, 65536);
            break;
        case PixelType::Float32:
            rng.fill(plane, cv::RNG::UNIFORM, -1e6, 1e6);
            break;
        }
        plane.at<uchar>(0, 0) = uchar(i); // first byte differs per plane
    }
    return image;
}

bool samePixels(const Image& a, const Image& b)
{
    if (a.planeCount() != b.planeCount() || a.pixelType() != b.pixelType()) {
        return false;
    }
    for (int i = 0; i < a.planeCount(); ++i) {
        const cv::Mat pa = a.planeAt(i);
        const cv::Mat pb = b.planeAt(i);
        if (pa.size() != pb.size()) {
            return false;
        }
        const size_t rowBytes = size_t(pa.cols) * pa.elemSize();
        for (int r = 0; r < pa.rows; ++r) {
            if (std::memcmp(pa.ptr(r), pb.ptr(r), rowBytes) != 0) { // bitwise, so NaN compares too
                return false;
            }
        }
    }
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Replaces the file at path with bytes; false when it cannot be written in full. */
bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

Q_DECLARE_METATYPE(tessera::PixelType)

class TestTiffWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsLossless_data()
    {
        QTest::addColumn<PixelType>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("frames");
        QTest::addColumn<double>("pixelWidth");
        QTest::addColumn<double>("pixelHeight");
        QTest::addColumn<double>("pixelDepth");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("frameInterval");
        QTest::addColumn<QString>("timeUnit");
        QTest::addColumn<bool>("withRanges");
        const QString px = QStringLiteral("pixel");
        const QString s = QStringLiteral("s");
        QTest::newRow("uint8 single") << PixelType::UInt8 << 33 << 17 << 1 << 1 << 1 << 1.0 << 1.0 << 1.0 << px << 0.0
                                      << s << false;
        QTest::newRow("uint16 calibrated")
            << PixelType::UInt16 << 64 << 48 << 1 << 1 << 1 << 0.325 << 0.325 << 1.0 << kMicron << 0.0 << s << true;
        QTest::newRow("float32 odd size") << PixelType::Float32 << 7 << 3 << 1 << 1 << 1 << 0.1 << 0.2 << 1.0
                                          << QStringLiteral("mm") << 0.0 << s << true;
        QTest::newRow("uint8 odd bytes") << PixelType::UInt8 << 5 << 3 << 1 << 3 << 1 << 1.0 << 1.0 << 1.0 << px << 0.0
                                         << s << false;
        QTest::newRow("z stack") << PixelType::UInt16 << 32 << 24 << 1 << 7 << 1 << 0.2 << 0.2 << 0.5 << kMicron << 0.0
                                 << s << false;
        QTest::newRow("channels") << PixelType::UInt16 << 20 << 10 << 3 << 1 << 1 << 0.065 << 0.065 << 1.0 << kMicron
                                  << 0.0 << s << true;
        QTest::newRow("hyperstack CZT") << PixelType::UInt16 << 16 << 12 << 2 << 3 << 4 << 0.1625 << 0.1625 << 0.3
                                        << kMicron << 2.5 << s << true;
        QTest::newRow("time series min") << PixelType::Float32 << 9 << 9 << 1 << 1 << 5 << 1.5 << 1.5 << 1.0 << kMicron
                                         << 3.0 << QStringLiteral("min") << false;
        QTest::newRow("uint8 C and T") << PixelType::UInt8 << 10 << 6 << 2 << 1 << 3 << 6.45 << 6.45 << 1.0
                                       << QStringLiteral("nm") << 0.125 << s << true;
    }
    void roundTripIsLossless()
    {
        QFETCH(PixelType, type);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, channels);
        QFETCH(int, slices);
        QFETCH(int, frames);
        QFETCH(double, pixelWidth);
        QFETCH(double, pixelHeight);
        QFETCH(double, pixelDepth);
        QFETCH(QString, unit);
        QFETCH(double, frameInterval);
        QFETCH(QString, timeUnit);
        QFETCH(bool, withRanges);

        Image image = patterned(type, width, height, channels, slices, frames);
        image.calibration.pixelWidth = pixelWidth;
        image.calibration.pixelHeight = pixelHeight;
        image.calibration.pixelDepth = pixelDepth;
        image.calibration.unit = unit;
        image.calibration.frameInterval = frameInterval;
        image.calibration.timeUnit = timeUnit;
        if (withRanges) {
            for (int c = 0; c < channels; ++c) {
                image.displayRanges.append({10.0 + c, 200.5 + 3 * c});
            }
        }
        if (type == PixelType::Float32) {
            image.planeAt(0).at<float>(0, 1) = std::numeric_limits<float>::quiet_NaN();
            image.planeAt(0).at<float>(0, 2) = -std::numeric_limits<float>::infinity();
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roundtrip.tif"));
        TiffWriter writer;
        const Status saved = writer.write(image, path);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));

        TiffReader reader;
        const Expected<Image> back = reader.read(path);
        QVERIFY2(back.isOk(), qPrintable(back.status().message()));
        QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(back->width(), width);
        QCOMPARE(back->height(), height);
        QCOMPARE(back->channels(), channels);
        QCOMPARE(back->slices(), slices);
        QCOMPARE(back->frames(), frames);
        QCOMPARE(back->pixelType(), type);
        QVERIFY(samePixels(image, back.value()));
        QCOMPARE(back->calibration.unit, unit);
        QCOMPARE(back->calibration.pixelWidth, pixelWidth);
        QCOMPARE(back->calibration.pixelHeight, pixelHeight);
        QCOMPARE(back->calibration.pixelDepth, slices > 1 ? pixelDepth : 1.0);
        QCOMPARE(back->calibration.frameInterval, frameInterval);
        QCOMPARE(back->calibration.timeUnit, timeUnit);
        QCOMPARE(back->displayRanges, image.displayRanges);
    }

    void descriptionIsWhatImageJWrites_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QString>("expected");
        // Key order and spelling of ImageJ 1.53t's FileSaver.getDescriptionString() for a 16-bit image with
        // µm calibration, z spacing 0.5, display range 100..2000 and (time series) a 2 s frame interval.
        QTest::newRow("single") << 1 << 1 << 1 << QStringLiteral("ImageJ=1.53t\nunit=micron\nmin=100.0\nmax=2000.0\n");
        QTest::newRow("z stack") << 1 << 5 << 1
                                 << QStringLiteral("ImageJ=1.53t\nimages=5\nslices=5\nunit=micron\nspacing=0.5\n"
                                                   "loop=false\nmin=100.0\nmax=2000.0\n");
        QTest::newRow("hyperstack") << 2 << 5 << 1
                                    << QStringLiteral("ImageJ=1.53t\nimages=10\nchannels=2\nslices=5\nhyperstack=true\n"
                                                      "mode=composite\nunit=micron\nspacing=0.5\nloop=false\n"
                                                      "min=100.0\nmax=2000.0\n");
        QTest::newRow("z and t") << 1 << 3 << 4
                                 << QStringLiteral("ImageJ=1.53t\nimages=12\nslices=3\nframes=4\nhyperstack=true\n"
                                                   "unit=micron\nfinterval=2\nspacing=0.5\nloop=false\nmin=100.0\n"
                                                   "max=2000.0\n");
    }
    void descriptionIsWhatImageJWrites()
    {
        QFETCH(int, channels);
        QFETCH(int, slices);
        QFETCH(int, frames);
        QFETCH(QString, expected);
        Image image = Image::create(PixelType::UInt16, 4, 4, channels, slices, frames).value();
        image.calibration.unit = kMicron;
        image.calibration.pixelWidth = image.calibration.pixelHeight = 0.2;
        image.calibration.pixelDepth = 0.5;
        image.calibration.frameInterval = frames > 1 ? 2.0 : 0.0;
        image.displayRanges = QVector<DisplayRange>(channels, DisplayRange{100, 2000});
        QCOMPARE(ImageJDescription::format(image), expected);
        const auto parsed = ImageJDescription::parse(expected);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->channels, channels > 1 ? channels : 0);
        QCOMPARE(parsed->unit, kMicron);
    }
    void nonAsciiUnitsAreEscapedLikeImageJ()
    {
        Image image = Image::create(PixelType::UInt8, 2, 2).value();
        image.calibration.unit = QString(QChar(0x00C5)); // Å
        const QString text = ImageJDescription::format(image);
        QVERIFY(text.contains(QStringLiteral("unit=\\u00c5\n")));
        QCOMPARE(ImageJDescription::parse(text)->unit, QString(QChar(0x00C5)));
    }

    // ---- atomic saving and failures ----
    void missingFolderFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.tif"));
        const Status s = TiffWriter().write(patterned(PixelType::UInt8, 4, 4, 1, 1, 1), path);
        QCOMPARE(s.code(), StatusCode::IoError);
        QVERIFY2(s.message().contains(QStringLiteral("out.tif")) &&
                     s.message().contains(QStringLiteral("does not exist")),
                 qPrintable(s.message()));
        QVERIFY(!QFile::exists(path));
    }
    void parentIsAFileFailsClearly()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("plain")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Status s = TiffWriter().write(patterned(PixelType::UInt8, 4, 4, 1, 1, 1),
                                            dir.filePath(QStringLiteral("plain/out.tif")));
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(QStringLiteral("out.tif")), qPrintable(s.message()));
    }
    void cancelledSaveLeavesExistingFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.tif"));
        QVERIFY(writeAll(path, "previous contents"));
        TaskContext task;
        task.cancel();
        const Status s = TiffWriter().write(patterned(PixelType::UInt16, 64, 64, 1, 4, 1), path, &task);
        QVERIFY(s.isCancelled());
        QCOMPARE(readAll(path), QByteArray("previous contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.tif")});
    }
    void successfulSaveReplacesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.tif"));
        QVERIFY(writeAll(path, "previous contents"));
        QVERIFY(TiffWriter().write(patterned(PixelType::UInt8, 8, 8, 1, 1, 1), path).isOk());
        QVERIFY(readAll(path).startsWith("II*"));
    }
    void refusesToOverwriteTheSourceImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("source.tif"));
        QVERIFY(TiffWriter().write(patterned(PixelType::UInt8, 8, 8, 1, 1, 1), path).isOk());
        const QByteArray before = readAll(path);
        Expected<Image> source = TiffReader().read(path);
        QVERIFY(source.isOk());
        const Status s = TiffWriter().write(source.value(), path);
        QCOMPARE(s.code(), StatusCode::InvalidInput);
        QVERIFY2(s.message().contains(QStringLiteral("source.tif")), qPrintable(s.message()));
        QCOMPARE(readAll(path), before);
    }
    void failingDeviceGivesAnError()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly)); // writes fail
        const Status s =
            TiffWriter().write(patterned(PixelType::UInt8, 8, 8, 1, 1, 1), buffer, QStringLiteral("x.tif"));
        QCOMPARE(s.code(), StatusCode::IoError);
        QVERIFY(s.message().contains(QStringLiteral("x.tif")));
    }
    void emptyImageIsRefused()
    {
        QTemporaryDir dir;
        const Status s = TiffWriter().write(Image(), dir.filePath(QStringLiteral("empty.tif")));
        QCOMPARE(s.code(), StatusCode::InvalidInput);
    }
    void progressReachesOne()
    {
        QTemporaryDir dir;
        TaskContext task;
        QVERIFY(TiffWriter()
                    .write(patterned(PixelType::UInt8, 8, 8, 2, 2, 1), dir.filePath(QStringLiteral("p.tif")), &task)
                    .isOk());
        QCOMPARE(task.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTiffWriter)
#include "TestTiffWriter.moc"
