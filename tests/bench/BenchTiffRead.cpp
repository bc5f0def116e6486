// TIFF reading benchmarks: a 2048 x 2048 16-bit image (smooth cell-like signal plus fixed-seed Gaussian noise, so it
// compresses like a real micrograph), written once with libtiff as Deflate strips (32 rows, with and without the
// horizontal predictor), Deflate 256 x 256 tiles with the predictor, LZW strips with the predictor and uncompressed
// strips, then read with TiffReader. Used to measure what verifying the Deflate checksums costs (issue 7).
// Measured 2026-12-02 (Release, shared 2-core machine under load, so CPU time; median of 3 runs x 5 repetitions),
// libtiff's decoding before -> SegmentDecoder after: Deflate strips + predictor 27.8 -> 28.7 ms, Deflate strips
// 25.4 -> 26.8 ms, Deflate tiles + predictor 27.1 -> 27.5 ms (LZW 33.8 -> 33.1, uncompressed 2.1 -> 2.0: unchanged
// paths); differences within the run-to-run spread (about ±2 ms).
#include "core/io/TiffReader.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>

#include <tiffio.h>

#include <map>

using namespace tessera;

namespace {
constexpr int kSize = 2048;

cv::Mat pixels()
{
    cv::Mat small(64, 64, CV_32F);
    cv::RNG rng(2026);
    rng.fill(small, cv::RNG::UNIFORM, 500.0, 6000.0);
    cv::Mat f;
    cv::resize(small, f, cv::Size(kSize, kSize), 0, 0, cv::INTER_CUBIC);
    cv::GaussianBlur(f, f, cv::Size(0, 0), 6.0);
    cv::Mat noise(f.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 40.0);
    f += noise;
    cv::Mat out;
    f.convertTo(out, CV_16U);
    return out;
}

/** Writes the image with libtiff: compression, predictor, and either strips of `rows` rows or tiles of `tile`². */
bool write(const QString& path, int compression, int predictor, int rows, int tile)
{
    static const cv::Mat image = pixels();
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tif) {
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(kSize));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(kSize));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 16);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, compression);
    if (compression != COMPRESSION_NONE) {
        TIFFSetField(tif, TIFFTAG_PREDICTOR, predictor);
    }
    bool ok = true;
    if (tile > 0) {
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(tile));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(tile));
        cv::Mat buf(tile, tile, CV_16U);
        for (int y = 0; y < kSize && ok; y += tile) {
            for (int x = 0; x < kSize && ok; x += tile) {
                image(cv::Rect(x, y, tile, tile)).copyTo(buf);
                ok = TIFFWriteTile(tif, buf.data, uint32_t(x), uint32_t(y), 0, 0) >= 0;
            }
        }
    } else {
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(rows));
        for (int y = 0; y < kSize && ok; y += rows) {
            const cv::Mat strip = image.rowRange(y, std::min(kSize, y + rows)).clone();
            ok = TIFFWriteEncodedStrip(tif, uint32_t(y / rows), strip.data, tmsize_t(strip.total() * 2)) >= 0;
        }
    }
    TIFFClose(tif);
    return ok;
}

QString file(int compression, int predictor, int rows, int tile)
{
    static QTemporaryDir dir;
    static std::map<std::tuple<int, int, int, int>, QString> made;
    const auto key = std::make_tuple(compression, predictor, rows, tile);
    auto it = made.find(key);
    if (it == made.end()) {
        const QString path =
            dir.filePath(QStringLiteral("bench_%1_%2_%3_%4.tif").arg(compression).arg(predictor).arg(rows).arg(tile));
        if (!write(path, compression, predictor, rows, tile)) {
            return {};
        }
        it = made.emplace(key, path).first;
    }
    return it->second;
}

void readFile(benchmark::State& state, int compression, int predictor, int rows, int tile)
{
    const QString path = file(compression, predictor, rows, tile);
    TiffReader reader;
    for (auto _ : state) {
        Expected<Image> image = reader.read(path);
        if (!image.isOk()) {
            state.SkipWithError(qPrintable(image.status().message()));
            break;
        }
        benchmark::DoNotOptimize(image->plane(0).data);
    }
    state.counters["MB/s"] =
        benchmark::Counter(double(kSize) * kSize * 2 * double(state.iterations()) / 1e6, benchmark::Counter::kIsRate);
    state.counters["file_KiB"] = double(QFile(path).size()) / 1024.0;
}

void BM_ReadDeflateStripsPredictor(benchmark::State& state)
{
    readFile(state, COMPRESSION_ADOBE_DEFLATE, PREDICTOR_HORIZONTAL, 32, 0);
}
void BM_ReadDeflateStrips(benchmark::State& state)
{
    readFile(state, COMPRESSION_ADOBE_DEFLATE, PREDICTOR_NONE, 32, 0);
}
void BM_ReadDeflateTilesPredictor(benchmark::State& state)
{
    readFile(state, COMPRESSION_ADOBE_DEFLATE, PREDICTOR_HORIZONTAL, 0, 256);
}
void BM_ReadLzwStripsPredictor(benchmark::State& state)
{
    readFile(state, COMPRESSION_LZW, PREDICTOR_HORIZONTAL, 32, 0);
}
void BM_ReadUncompressed(benchmark::State& state)
{
    readFile(state, COMPRESSION_NONE, PREDICTOR_NONE, 32, 0);
}
} // namespace

BENCHMARK(BM_ReadDeflateStripsPredictor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadDeflateStrips)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadDeflateTilesPredictor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadLzwStripsPredictor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadUncompressed)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
