// SegmentDecoder (core/io/TiffSegments.h) decodes Deflate and PackBits strips and tiles itself, with libtiff's
// predictors and byte swapping. Every combination it handles is written here with libtiff from known pixels
// (partial last strips, partial edge tiles, both byte orders, contiguous and planar RGB) and must read back exactly:
// equal to the pixels written and to what libtiff's own TIFFReadEncodedStrip/Tile decode.
// The damaged files of tests/data/corrupt are covered by TestBadInput.
#include "core/io/TiffReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <tiffio.h>

#include <cmath>
#include <cstring>

using namespace tessera;

namespace {

struct Layout
{
    int compression = COMPRESSION_ADOBE_DEFLATE;
    int bits = 16;
    bool isFloat = false;
    int predictor = PREDICTOR_NONE;
    bool bigEndian = false;
    int samples = 1;
    bool planar = false;
    bool tiled = false;
};

constexpr int kWidth = 40;
constexpr int kHeight = 37; // 8 rows per strip: the last strip has 5 rows; 16x16 tiles: partial edge tiles
constexpr int kRows = 8;
constexpr int kTile = 16;

/** One plane per sample with values over the type's whole range (wrap-around for the predictor). */
std::vector<cv::Mat> sourcePlanes(const Layout& l)
{
    std::vector<cv::Mat> planes;
    cv::RNG rng(uint64(l.bits * 31 + l.samples));
    for (int s = 0; s < l.samples; ++s) {
        cv::Mat m(kHeight, kWidth, l.isFloat ? CV_32F : l.bits == 16 ? CV_16U : CV_8U);
        for (int y = 0; y < kHeight; ++y) {
            for (int x = 0; x < kWidth; ++x) {
                const int noise = rng.uniform(0, 64);
                if (l.isFloat) {
                    m.at<float>(y, x) = float(std::sin(x * 0.3 + s) * 1000.0 - y * 0.25 + noise * 1e-3);
                } else if (l.bits == 16) {
                    m.at<uint16_t>(y, x) = uint16_t(x * 1637 + y * 211 + s * 7919 + noise);
                } else if (l.bits == 8) {
                    m.at<uint8_t>(y, x) = uint8_t(x * 13 + y * 7 + s * 50 + noise);
                } else {
                    m.at<uint8_t>(y, x) = uint8_t(((x / 3 + y / 2) & 1) ^ (noise > 60 ? 1 : 0));
                }
            }
        }
        planes.push_back(m);
    }
    return planes;
}

/** The bytes of rows [y0, y0 + rows) and columns [x0, x0 + w) of the planes, packed as libtiff expects. */
std::vector<uint8_t> pack(const Layout& l, const std::vector<cv::Mat>& planes, int sample, int x0, int y0, int w,
                          int rows)
{
    const int samples = l.planar ? 1 : l.samples;
    const size_t rowBytes = (size_t(w) * samples * l.bits + 7) / 8;
    std::vector<uint8_t> out(rowBytes * size_t(rows), 0);
    const size_t bytes = size_t(l.bits) / 8;
    for (int r = 0; r < rows && y0 + r < kHeight; ++r) {
        uint8_t* row = out.data() + rowBytes * size_t(r);
        for (int x = 0; x < w && x0 + x < kWidth; ++x) {
            for (int k = 0; k < samples; ++k) {
                const cv::Mat& m = planes[size_t(l.planar ? sample : k)];
                if (l.bits == 1) {
                    if (m.at<uint8_t>(y0 + r, x0 + x)) {
                        row[x >> 3] |= uint8_t(0x80 >> (x & 7));
                    }
                } else {
                    std::memcpy(row + (size_t(x) * samples + k) * bytes, m.ptr(y0 + r) + size_t(x0 + x) * bytes, bytes);
                }
            }
        }
    }
    return out;
}

bool write(const QString& path, const Layout& l, const std::vector<cv::Mat>& planes)
{
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), l.bigEndian ? "wb" : "wl");
    if (!tif) {
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(kWidth));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(kHeight));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, l.bits);
    TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, l.isFloat ? SAMPLEFORMAT_IEEEFP : SAMPLEFORMAT_UINT);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, l.samples);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, l.planar ? PLANARCONFIG_SEPARATE : PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, l.samples == 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, l.compression);
    if (l.predictor != PREDICTOR_NONE) {
        TIFFSetField(tif, TIFFTAG_PREDICTOR, l.predictor);
    }
    const int sampleLoops = l.planar ? l.samples : 1;
    bool ok = true;
    if (l.tiled) {
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(kTile));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(kTile));
        for (int s = 0; s < sampleLoops; ++s) {
            for (int y = 0; y < kHeight; y += kTile) {
                for (int x = 0; x < kWidth; x += kTile) {
                    std::vector<uint8_t> buf = pack(l, planes, s, x, y, kTile, kTile);
                    const ttile_t tile = TIFFComputeTile(tif, uint32_t(x), uint32_t(y), 0, uint16_t(s));
                    ok = ok && TIFFWriteEncodedTile(tif, tile, buf.data(), tmsize_t(buf.size())) >= 0;
                }
            }
        }
    } else {
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(kRows));
        const int stripsPerSample = (kHeight + kRows - 1) / kRows;
        for (int s = 0; s < sampleLoops; ++s) {
            for (int k = 0; k < stripsPerSample; ++k) {
                const int rows = std::min(kRows, kHeight - k * kRows);
                std::vector<uint8_t> buf = pack(l, planes, s, 0, k * kRows, kWidth, rows);
                ok = ok && TIFFWriteEncodedStrip(tif, uint32_t(k + s * stripsPerSample), buf.data(),
                                                 tmsize_t(buf.size())) >= 0;
            }
        }
    }
    TIFFClose(tif);
    return ok;
}

/** Every strip or tile of the file as libtiff decodes it equals the same region of `planes`, packed. */
bool sameAsLibtiff(const QString& path, const Layout& l, const std::vector<cv::Mat>& planes)
{
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "r");
    if (!tif) {
        return false;
    }
    bool same = true;
    const int sampleLoops = l.planar ? l.samples : 1;
    for (int s = 0; s < sampleLoops; ++s) {
        if (l.tiled) {
            for (int y = 0; y < kHeight; y += kTile) {
                for (int x = 0; x < kWidth; x += kTile) {
                    const std::vector<uint8_t> want = pack(l, planes, s, x, y, kTile, kTile);
                    std::vector<uint8_t> got(size_t(TIFFTileSize(tif)));
                    const ttile_t tile = TIFFComputeTile(tif, uint32_t(x), uint32_t(y), 0, uint16_t(s));
                    same = same && TIFFReadEncodedTile(tif, tile, got.data(), tmsize_t(got.size())) >= 0;
                    // Compare the part of the tile inside the image (the padding is whatever the writer put there).
                    const size_t bytes = std::max(1, l.bits / 8) * size_t(l.planar ? 1 : l.samples);
                    for (int r = 0; r < kTile && y + r < kHeight; ++r) {
                        const size_t n = size_t(std::min(kTile, kWidth - x)) * bytes;
                        same = same && std::memcmp(got.data() + want.size() / kTile * r,
                                                   want.data() + want.size() / kTile * r, n) == 0;
                    }
                }
            }
        } else {
            const int stripsPerSample = (kHeight + kRows - 1) / kRows;
            for (int k = 0; k < stripsPerSample; ++k) {
                const int rows = std::min(kRows, kHeight - k * kRows);
                const std::vector<uint8_t> want = pack(l, planes, s, 0, k * kRows, kWidth, rows);
                std::vector<uint8_t> got(want.size());
                same = same && TIFFReadEncodedStrip(tif, uint32_t(k + s * stripsPerSample), got.data(),
                                                    tmsize_t(got.size())) == tmsize_t(got.size());
                same = same && got == want;
            }
        }
    }
    TIFFClose(tif);
    return same;
}

} // namespace

Q_DECLARE_METATYPE(Layout)

class TestTiffSegments : public QObject
{
    Q_OBJECT

private slots:
    void intactSegmentsReadExactly_data()
    {
        QTest::addColumn<Layout>("layout");
        const int deflate = COMPRESSION_ADOBE_DEFLATE;
        const int packbits = COMPRESSION_PACKBITS;
        auto row = [](const char* name, int compression, int bits, bool isFloat, int predictor, bool bigEndian,
                      int samples = 1, bool planar = false, bool tiled = false) {
            QTest::newRow(name) << Layout{compression, bits, isFloat, predictor, bigEndian, samples, planar, tiled};
        };
        row("deflate 8-bit", deflate, 8, false, PREDICTOR_NONE, false);
        row("deflate 8-bit predictor", deflate, 8, false, PREDICTOR_HORIZONTAL, false);
        row("deflate 16-bit big-endian", deflate, 16, false, PREDICTOR_NONE, true);
        row("deflate 16-bit predictor", deflate, 16, false, PREDICTOR_HORIZONTAL, false);
        row("deflate 16-bit predictor big-endian", deflate, 16, false, PREDICTOR_HORIZONTAL, true);
        row("deflate 16-bit predictor tiles", deflate, 16, false, PREDICTOR_HORIZONTAL, false, 1, false, true);
        row("deflate 16-bit big-endian tiles", deflate, 16, false, PREDICTOR_NONE, true, 1, false, true);
        row("old deflate code 32946", COMPRESSION_DEFLATE, 16, false, PREDICTOR_HORIZONTAL, false);
        row("deflate float", deflate, 32, true, PREDICTOR_NONE, false);
        row("deflate float big-endian", deflate, 32, true, PREDICTOR_NONE, true);
        row("deflate float horizontal predictor big-endian", deflate, 32, true, PREDICTOR_HORIZONTAL, true);
        row("deflate float fp predictor", deflate, 32, true, PREDICTOR_FLOATINGPOINT, false);
        row("deflate float fp predictor big-endian tiles", deflate, 32, true, PREDICTOR_FLOATINGPOINT, true, 1, false,
            true);
        row("deflate float fp predictor big-endian", deflate, 32, true, PREDICTOR_FLOATINGPOINT, true);
        row("deflate float fp predictor tiles", deflate, 32, true, PREDICTOR_FLOATINGPOINT, false, 1, false, true);
        row("deflate rgb8 contig predictor", deflate, 8, false, PREDICTOR_HORIZONTAL, false, 3);
        row("deflate rgb16 contig predictor big-endian", deflate, 16, false, PREDICTOR_HORIZONTAL, true, 3);
        row("deflate rgb16 planar predictor", deflate, 16, false, PREDICTOR_HORIZONTAL, false, 3, true);
        row("deflate rgb float contig fp predictor", deflate, 32, true, PREDICTOR_FLOATINGPOINT, false, 3);
        row("deflate 1-bit", deflate, 1, false, PREDICTOR_NONE, false);
        row("packbits 8-bit", packbits, 8, false, PREDICTOR_NONE, false);
        row("packbits 16-bit big-endian", packbits, 16, false, PREDICTOR_NONE, true);
        row("packbits 16-bit tiles", packbits, 16, false, PREDICTOR_NONE, false, 1, false, true);
        row("packbits float big-endian", packbits, 32, true, PREDICTOR_NONE, true);
        row("packbits 1-bit", packbits, 1, false, PREDICTOR_NONE, false);
        row("packbits rgb8 planar", packbits, 8, false, PREDICTOR_NONE, false, 3, true);
    }
    void intactSegmentsReadExactly()
    {
        QFETCH(Layout, layout);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("segments.tif"));
        const std::vector<cv::Mat> source = sourcePlanes(layout);
        QVERIFY(write(path, layout, source));
        TiffReader reader;
        const Expected<Image> image = reader.read(path);
        QVERIFY2(image.isOk(), qPrintable(image.status().message()));
        QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(image->channels(), layout.samples);
        QCOMPARE(image->width(), kWidth);
        QCOMPARE(image->height(), kHeight);
        std::vector<cv::Mat> read;
        for (int s = 0; s < layout.samples; ++s) {
            read.push_back(image->plane(s));
        }
        QVERIFY(sameAsLibtiff(path, layout, read));
        if (layout.bigEndian && layout.predictor == PREDICTOR_FLOATINGPOINT) {
            return; // libtiff 4.5 swaps the caller's samples before its floating-point predictor when it writes
                    // big-endian files, so what it wrote are not the source pixels; libtiff's reading is the reference
        }
        for (int s = 0; s < layout.samples; ++s) {
            cv::Mat expected = source[size_t(s)];
            if (layout.bits == 1) {
                expected = expected * 255;
            }
            const cv::Mat got = image->plane(s);
            QCOMPARE(got.type(), expected.type());
            // Bitwise equality (floats included): the first differing pixel is reported.
            for (int y = 0; y < kHeight; ++y) {
                const size_t rowBytes = size_t(kWidth) * expected.elemSize();
                if (std::memcmp(got.ptr(y), expected.ptr(y), rowBytes) != 0) {
                    QFAIL(qPrintable(QStringLiteral("channel %1, row %2 differs").arg(s).arg(y)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTiffSegments)
#include "TestTiffSegments.moc"
