// Bad input for the image readers: every case must give one clear error naming the file and the problem, never a
// crash, and must leave the reader usable for the next (good) file. The bad files are crafted here, in a
// temporary folder, from valid files written by libtiff or TiffWriter and then truncated or patched, and come from
// the generated corpus of damaged strips and tiles in tests/data/corrupt (tests/tools/make_corrupt_tiffs.py).
#include "core/io/FileChecks.h"
#include "core/io/ImageReader.h"
#include "core/io/TiffReader.h"
#include "core/io/TiffWriter.h"
#include "tests/core/CorruptCorpus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <tiffio.h>

#include <unistd.h>

using namespace tessera;
using tessera::test::CorruptFile;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** A 64×48 uint16 image with varied pixels, 1 channel, `slices` planes. */
Image sample(int slices = 1, int width = 64, int height = 48)
{
    Image image = Image::create(PixelType::UInt16, width, height, 1, slices, 1).value();
    cv::RNG rng(7);
    for (int i = 0; i < image.planeCount(); ++i) {
        cv::Mat plane = image.planeAt(i);
        rng.fill(plane, cv::RNG::UNIFORM, 0, 65536);
    }
    return image;
}

/**
 * Writes a one-page image with libtiff (8 rows per strip): bits, sample format and compression as given,
 * pixel bytes from a fixed pseudo-random sequence.
 */
bool writeLibtiff(const QString& path, int bits, int sampleFormat, int compression, int width = 64, int height = 64)
{
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tif) {
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(height));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, bits);
    TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, sampleFormat);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, compression);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 8);
    std::vector<uint8_t> row(size_t(width) * size_t(bits) / 8);
    uint32_t state = 1;
    for (int r = 0; r < height; ++r) {
        for (uint8_t& b : row) {
            state = state * 1664525u + 1013904223u;
            b = uint8_t(state >> 24);
        }
        if (TIFFWriteScanline(tif, row.data(), uint32_t(r), 0) < 0) {
            TIFFClose(tif);
            return false;
        }
    }
    TIFFClose(tif);
    return true;
}

/**
 * Rewrites ImageWidth and ImageLength of every directory of a little-endian classic TIFF (as TiffWriter writes it,
 * LONG values stored inline).
 */
bool patchDimensions(QByteArray& bytes, quint32 width, quint32 height)
{
    quint32 ifd = qFromLittleEndian<quint32>(bytes.constData() + 4);
    int guard = 0;
    while (ifd != 0 && ifd + 2 <= quint32(bytes.size()) && ++guard < 100000) {
        const quint16 n = qFromLittleEndian<quint16>(bytes.constData() + ifd);
        for (quint16 i = 0; i < n; ++i) {
            char* e = bytes.data() + ifd + 2 + 12 * i;
            const quint16 tag = qFromLittleEndian<quint16>(e);
            if (tag == TIFFTAG_IMAGEWIDTH) {
                qToLittleEndian(width, e + 8);
            } else if (tag == TIFFTAG_IMAGELENGTH) {
                qToLittleEndian(height, e + 8);
            }
        }
        ifd = qFromLittleEndian<quint32>(bytes.constData() + ifd + 2 + 12 * n);
    }
    return guard > 0;
}

/** Which intact file of the corpus holds the pixels of intact_<encoding>, and how many rows of it. */
struct IntactPair
{
    const char* file;
    const char* reference;
    int rows;
};

enum class Case
{
    Missing,
    Empty,
    Folder,
    PngRenamed,
    Garbage,
    TruncatedStrips,
    TruncatedCompressed,
    Huge,
    OverLimit,
    SignedInt,
    Float64,
    UInt32,
    CorruptDeflate,
    CorruptHeader,
    SymlinkLoop,
    DanglingLink,
};
} // namespace

Q_DECLARE_METATYPE(Case)

class TestBadInput : public QObject
{
    Q_OBJECT

    /** Creates the bad file for `which` in dir and returns its path. */
    QString make(Case which, const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("bad_input.tif"));
        switch (which) {
        case Case::Missing:
            break;
        case Case::Empty:
            writeAll(path, QByteArray());
            break;
        case Case::Folder:
            QDir(dir.path()).mkdir(QStringLiteral("bad_input.tif"));
            break;
        case Case::PngRenamed: {
            std::vector<uchar> png;
            cv::imencode(".png", cv::Mat(8, 8, CV_8UC1, cv::Scalar(3)), png);
            writeAll(path, QByteArray(reinterpret_cast<const char*>(png.data()), qsizetype(png.size())));
            break;
        }
        case Case::Garbage:
            writeAll(path, QByteArray("II*\0", 4) + QByteArray(60, '\xA5'));
            break;
        case Case::TruncatedStrips: {
            TiffWriter().write(sample(3), path);
            const QByteArray bytes = readAll(path);
            writeAll(path, bytes.left(bytes.size() * 2 / 3));
            break;
        }
        case Case::TruncatedCompressed: {
            // Deflate data whose first bytes (the zlib header of strip 0, which libtiff writes right after the
            // file header) are zeroed, as in a file whose copy was interrupted.
            writeLibtiff(path, 16, SAMPLEFORMAT_UINT, COMPRESSION_ADOBE_DEFLATE);
            QByteArray bytes = readAll(path);
            for (int i = 8; i < 8 + 64 && i < bytes.size(); ++i) {
                bytes[i] = 0;
            }
            writeAll(path, bytes);
            break;
        }
        case Case::Huge: {
            // 1000 planes, each directory patched to claim 100000 × 100000 pixels (20 TB of uint16).
            TiffWriter().write(sample(1000, 1, 1), path);
            QByteArray bytes = readAll(path);
            patchDimensions(bytes, 100000, 100000);
            writeAll(path, bytes);
            break;
        }
        case Case::OverLimit:
            TiffWriter().write(sample(1), path); // 6 KiB, read with maxBytes = 4096
            break;
        case Case::SignedInt:
            writeLibtiff(path, 16, SAMPLEFORMAT_INT, COMPRESSION_NONE);
            break;
        case Case::Float64:
            writeLibtiff(path, 64, SAMPLEFORMAT_IEEEFP, COMPRESSION_NONE);
            break;
        case Case::UInt32:
            writeLibtiff(path, 32, SAMPLEFORMAT_UINT, COMPRESSION_NONE);
            break;
        case Case::CorruptDeflate: {
            writeLibtiff(path, 16, SAMPLEFORMAT_UINT, COMPRESSION_ADOBE_DEFLATE);
            QByteArray bytes = readAll(path);
            for (int i = 10; i < 400 && i < bytes.size(); ++i) { // libtiff writes strip data right after the header
                bytes[i] = char(0xC3 ^ i);
            }
            writeAll(path, bytes);
            break;
        }
        case Case::SymlinkLoop: // bad_input.tif -> loop.tif -> bad_input.tif
            QFile::link(path, dir.filePath(QStringLiteral("loop.tif")));
            QFile::link(dir.filePath(QStringLiteral("loop.tif")), path);
            break;
        case Case::DanglingLink:
            QFile::link(dir.filePath(QStringLiteral("deleted.tif")), path);
            break;
        case Case::CorruptHeader: {
            TiffWriter().write(sample(1), path);
            QByteArray bytes = readAll(path);
            qToLittleEndian(quint32(0x7FFFFFF0), bytes.data() + 4); // first IFD offset beyond the end
            writeAll(path, bytes);
            break;
        }
        }
        return path;
    }

private slots:
    void badFilesGiveOneClearError_data()
    {
        QTest::addColumn<Case>("which");
        QTest::addColumn<StatusCode>("code");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << Case::Missing << StatusCode::IoError << QStringLiteral("does not exist");
        QTest::newRow("empty") << Case::Empty << StatusCode::IoError << QStringLiteral("empty");
        QTest::newRow("folder") << Case::Folder << StatusCode::IoError << QStringLiteral("folder");
        QTest::newRow("png renamed") << Case::PngRenamed << StatusCode::Unsupported << QStringLiteral("not a TIFF");
        QTest::newRow("garbage") << Case::Garbage << StatusCode::Unsupported << QStringLiteral("corrupt");
        QTest::newRow("truncated strips")
            << Case::TruncatedStrips << StatusCode::InvalidInput << QStringLiteral("truncated");
        QTest::newRow("zeroed deflate") << Case::TruncatedCompressed << StatusCode::InvalidInput
                                        << QStringLiteral("corrupt");
        QTest::newRow("100000x100000x1000") << Case::Huge << StatusCode::TooLarge << QStringLiteral("limit");
        QTest::newRow("over maxBytes") << Case::OverLimit << StatusCode::TooLarge << QStringLiteral("limit");
        QTest::newRow("signed int") << Case::SignedInt << StatusCode::Unsupported
                                    << QStringLiteral("16-bit signed integer samples are not supported");
        QTest::newRow("float64") << Case::Float64 << StatusCode::Unsupported
                                 << QStringLiteral("64-bit floating point samples are not supported");
        QTest::newRow("uint32") << Case::UInt32 << StatusCode::Unsupported
                                << QStringLiteral("32-bit unsigned integer samples are not supported");
        QTest::newRow("corrupt deflate") << Case::CorruptDeflate << StatusCode::InvalidInput
                                         << QStringLiteral("corrupt");
        QTest::newRow("ifd offset past end")
            << Case::CorruptHeader << StatusCode::Unsupported << QStringLiteral("corrupt");
        QTest::newRow("symlink loop") << Case::SymlinkLoop << StatusCode::IoError
                                      << QStringLiteral("too many levels of symbolic links");
        QTest::newRow("dangling symlink") << Case::DanglingLink << StatusCode::IoError
                                          << QStringLiteral("symbolic link to a file that does not exist");
    }
    void badFilesGiveOneClearError()
    {
        QFETCH(Case, which);
        QFETCH(StatusCode, code);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = make(which, dir);
        TiffReadOptions options;
        if (which == Case::OverLimit) {
            options.maxBytes = 4096;
        }
        TiffReader reader(options);
        const Expected<Image> image = reader.read(path);
        QVERIFY(!image.isOk());
        const QString message = image.status().message();
        QCOMPARE(image.status().code(), code);
        QVERIFY2(message.contains(QStringLiteral("bad_input.tif")), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));

        // The reader (and libtiff's global state) still works for a good file afterwards.
        if (which == Case::OverLimit) {
            reader = TiffReader();
        }
        const Expected<Image> good = reader.read(dataDir + QStringLiteral("/synthetic/encodings/lzw_pred.tif"));
        QVERIFY2(good.isOk(), qPrintable(good.status().message()));
        QVERIFY(reader.warnings().isEmpty());
    }
    void corruptStripsAndTilesNameTheirPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        const QVector<CorruptFile> corpus = test::corruptCorpus(dataDir);
        QVERIFY2(corpus.size() >= 18, "tests/data/corrupt/manifest.csv is missing or short");
        for (const CorruptFile& c : corpus) {
            // "page 3, strip 6 of 6": the generator's page and strip, 1-based like the message.
            QTest::newRow(qPrintable(c.file)) << c.file << test::corruptPlace(c);
        }
    }
    void corruptStripsAndTilesNameTheirPlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        const QString path = dataDir + QStringLiteral("/corrupt/") + file;
        QVERIFY(QFile::exists(path));
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(!image.isOk(), "a damaged file was read without an error");
        const QString message = image.status().message();
        QCOMPARE(image.status().code(), StatusCode::InvalidInput);
        QVERIFY2(message.startsWith(QStringLiteral("Cannot read \"%1\": ").arg(file)), qPrintable(message));
        QVERIFY2(message.contains(place), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("corrupt")) || message.contains(QStringLiteral("truncated")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        // The same error through ImageReader, the entry point of the GUI and the CLI.
        const Expected<Image> any = ImageReader().read(path);
        QVERIFY(!any.isOk());
        QCOMPARE(any.status().message(), message);
    }
    void deflateChecksumMismatchIsNamed()
    {
        const Expected<Image> image =
            TiffReader().read(dataDir + QStringLiteral("/corrupt/deflate_padded_last_strip_byte_changed.tif"));
        QVERIFY(!image.isOk());
        QVERIFY2(image.status().message().endsWith(QStringLiteral(
                     ": page 3, strip 6 of 6: the compressed data are corrupt (Deflate checksum mismatch).")),
                 qPrintable(image.status().message()));
    }
    void intactCorpusFilesReadTheSamePixels_data()
    {
        // Each intact file holds the same pixels as the uncompressed one next to it (JPEG within its loss), which
        // shows that the generator's encoders are right and that the damaged files differ only by their damage.
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("tolerance");
        const IntactPair pairs[] = {
            {"intact_deflate.tif", "intact_none.tif", 24},
            {"intact_deflate_stored.tif", "intact_none.tif", 24},
            {"intact_deflate_predictor.tif", "intact_none.tif", 24},
            {"intact_deflate_22rows_padded.tif", "intact_none.tif", 22},
            {"intact_deflate_overlong.tif", "intact_none.tif", 24},
            {"intact_lzw.tif", "intact_none.tif", 24},
            {"intact_packbits.tif", "intact_none.tif", 24},
            {"intact_deflate_tiled.tif", "intact_tiled_none.tif", 32},
        };
        for (const IntactPair& p : pairs) {
            QTest::newRow(p.file) << QString::fromLatin1(p.file) << QString::fromLatin1(p.reference) << p.rows << 0.0;
        }
        QTest::newRow("intact_jpeg.tif") << QStringLiteral("intact_jpeg.tif") << QStringLiteral("intact_jpeg_none.tif")
                                         << 24 << 12.0;
    }
    void intactCorpusFilesReadTheSamePixels()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(int, rows);
        QFETCH(double, tolerance);
        TiffReader reader;
        const Expected<Image> image = reader.read(dataDir + QStringLiteral("/corrupt/") + file);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QVERIFY(reader.warnings().isEmpty());
        const Expected<Image> ref = TiffReader().read(dataDir + QStringLiteral("/corrupt/") + reference);
        QVERIFY2(ref.isOk(), qPrintable(ref.status().message()));
        QCOMPARE(image->slices(), 3);
        QCOMPARE(ref->slices(), 3);
        QCOMPARE(image->height(), rows);
        for (int z = 0; z < 3; ++z) {
            const cv::Mat want = ref->plane(0, z).rowRange(0, rows);
            const double worst = cv::norm(image->plane(0, z), want, cv::NORM_INF);
            QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("slice %1 differs by %2").arg(z + 1).arg(worst)));
        }
    }
    void maxBytesIsOverridable()
    {
        QTemporaryDir dir;
        const QString path = make(Case::OverLimit, dir);
        TiffReadOptions options;
        options.maxBytes = 64 * 48 * 2; // exactly the pixel data
        const Expected<Image> image = TiffReader(options).read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QVERIFY(ImageReader(options).read(path).isOk());
        options.maxBytes -= 1;
        QCOMPARE(ImageReader(options).read(path).status().code(), StatusCode::TooLarge);
    }
    void imageReaderReportsTheSameErrors_data()
    {
        QTest::addColumn<Case>("which");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << Case::Missing << QStringLiteral("does not exist");
        QTest::newRow("empty") << Case::Empty << QStringLiteral("empty");
        QTest::newRow("folder") << Case::Folder << QStringLiteral("folder");
        QTest::newRow("truncated") << Case::TruncatedStrips << QStringLiteral("truncated");
        QTest::newRow("huge") << Case::Huge << QStringLiteral("limit");
        QTest::newRow("float64") << Case::Float64 << QStringLiteral("not supported");
        QTest::newRow("symlink loop") << Case::SymlinkLoop << QStringLiteral("too many levels of symbolic links");
        QTest::newRow("dangling symlink") << Case::DanglingLink << QStringLiteral("does not exist");
    }
    void imageReaderReportsTheSameErrors()
    {
        QFETCH(Case, which);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = make(which, dir);
        const Expected<Image> image = ImageReader().read(path);
        QVERIFY(!image.isOk());
        QVERIFY2(image.status().message().contains(QStringLiteral("bad_input.tif")),
                 qPrintable(image.status().message()));
        QVERIFY2(image.status().message().contains(problem), qPrintable(image.status().message()));
    }
    /** Devices and /proc files are refused before reading (not "empty", and /dev/zero is never read forever). */
    void specialFilesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("a character device");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << QStringLiteral("a character device");
        QTest::newRow("/proc file") << QStringLiteral("/proc/self/status") << QStringLiteral("unknown size");
        QTest::newRow("/proc/cpuinfo") << QStringLiteral("/proc/cpuinfo") << QStringLiteral("unknown size");
    }
    void specialFilesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        for (const Expected<Image>& image : {ImageReader().read(path), TiffReader().read(path)}) {
            QVERIFY(!image.isOk());
            QCOMPARE(image.status().code(), StatusCode::IoError);
            QVERIFY2(image.status().message().contains(problem), qPrintable(image.status().message()));
            QVERIFY2(!image.status().message().contains(QStringLiteral("empty")), qPrintable(image.status().message()));
        }
    }
    /** checkOutputIsNotInput(): the same file by any name is refused; other files, new files and "-" pass. */
    void outputIsNeverAnInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.tif"));
        QVERIFY(writeAll(input, QByteArray("data")));
        const QString other = dir.filePath(QStringLiteral("other.tif"));
        QVERIFY(writeAll(other, QByteArray("data")));
        const QString symlink = dir.filePath(QStringLiteral("symlink.tif"));
        QVERIFY(QFile::link(input, symlink));
        const QString hardlink = dir.filePath(QStringLiteral("hardlink.tif"));
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardlink).constData()), 0);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString spelled = dir.path() + QStringLiteral("/sub/..//./in.tif");
        for (const QString& same : {input, symlink, hardlink, spelled}) {
            const Status s = checkOutputIsNotInput(same, {other, input});
            QVERIFY2(!s.isOk(), qPrintable(same));
            QVERIFY2(s.message().contains(same) && s.message().contains(input), qPrintable(s.message()));
            // The input reached through a link is recognised too.
            QVERIFY(!checkOutputIsNotInput(input, {same}).isOk());
        }
        QVERIFY(checkOutputIsNotInput(other, {input}).isOk());
        QVERIFY(checkOutputIsNotInput(dir.filePath(QStringLiteral("new.tif")), {input}).isOk());
        QVERIFY(checkOutputIsNotInput(QStringLiteral("-"), {input}).isOk());
        QVERIFY(checkOutputIsNotInput(input, {}).isOk());
    }
    void pngRenamedTifIsReadByContent()
    {
        // ImageReader recognises formats by content, so a PNG with a .tif name still opens (as PNG).
        QTemporaryDir dir;
        const QString path = make(Case::PngRenamed, dir);
        const Expected<Image> image = ImageReader().read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QCOMPARE(int(image->plane(0).at<uchar>(7, 7)), 3);
    }
    void nonAsciiPathsWork()
    {
        QTemporaryDir dir;
        const QString name =
            QStringLiteral("Zellkern_") + QChar(0x00B5) + QStringLiteral("m_") + QChar(0x6838) + QStringLiteral(".tif");
        const QString path = QDir(dir.path()).filePath(name);
        const Image image = sample(2);
        QVERIFY(TiffWriter().write(image, path).isOk());
        QVERIFY(QFile::exists(path));
        const Expected<Image> tiff = TiffReader().read(path);
        QVERIFY2(tiff.isOk(), qPrintable(tiff.status().message()));
        const Expected<Image> any = ImageReader().read(path);
        QVERIFY2(any.isOk(), qPrintable(any.status().message()));
        QCOMPARE(any->slices(), 2);
        QCOMPARE(cv::norm(any->plane(0, 1), image.plane(0, 1), cv::NORM_INF), 0.0);
        QCOMPARE(any->sourcePath, QFileInfo(path).absoluteFilePath());
        // Errors name non-ASCII files correctly too.
        QFile::resize(path, 100);
        const Expected<Image> cut = TiffReader().read(path);
        QVERIFY(!cut.isOk());
        QVERIFY2(cut.status().message().contains(name), qPrintable(cut.status().message()));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
