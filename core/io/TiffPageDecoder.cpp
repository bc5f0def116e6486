#include "core/io/TiffPageDecoder.h"

#include "core/image/Image.h"
#include "core/io/TiffReader.h"
#include "core/io/TiffSegments.h"
#include "core/task/TaskContext.h"

#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <new>
#include <utility>

namespace tessera {
namespace {

/** Copies one decoded row segment of `count` pixels into the planes, converting 1-bit to 0/255. */
class RowSink
{
public:
    RowSink(const TiffPageInfo& info, std::vector<cv::Mat> planes) : m_info(info), m_planes(std::move(planes)) {}

    /**
     * src holds `count` pixels starting at column x of row y; for contiguous data it holds every sample of each
     * pixel, for planar data only `sample`. For 1-bit data src starts at a byte boundary of the segment.
     */
    void put(const uint8_t* src, uint32_t x, uint32_t y, uint32_t count, int sample)
    {
        const size_t bytes = m_info.bits / 8;
        if (m_info.bits == 1) {
            uint8_t* dst = m_planes[size_t(sample)].ptr<uint8_t>(int(y)) + x;
            const bool whiteIsZero = m_info.photometric == PHOTOMETRIC_MINISWHITE;
            for (uint32_t i = 0; i < count; ++i) {
                const bool bit = (src[i >> 3] >> (7 - (i & 7))) & 1;
                dst[i] = (bit != whiteIsZero) ? 255 : 0;
            }
            return;
        }
        if (m_info.planar == PLANARCONFIG_SEPARATE || m_info.samples == 1) {
            std::memcpy(m_planes[size_t(sample)].ptr(int(y)) + size_t(x) * bytes, src, size_t(count) * bytes);
            return;
        }
        const size_t stride = size_t(m_info.samples) * bytes;
        for (size_t s = 0; s < m_info.samples; ++s) {
            uint8_t* dst = m_planes[s].ptr(int(y)) + size_t(x) * bytes;
            const uint8_t* p = src + s * bytes;
            for (uint32_t i = 0; i < count; ++i, p += stride, dst += bytes) {
                std::memcpy(dst, p, bytes);
            }
        }
    }

private:
    const TiffPageInfo& m_info;
    std::vector<cv::Mat> m_planes;
};

/** Bytes of one row segment of `count` pixels as libtiff packs them. */
size_t packedBytes(const TiffPageInfo& info, uint32_t count, bool allSamples)
{
    const uint64_t samples = allSamples ? info.samples : 1;
    return size_t((uint64_t(count) * samples * info.bits + 7) / 8);
}

/** The TIFF sample byte order differs from the host's: swap each sample of plane in place. */
void swapSamples(cv::Mat& plane)
{
    for (int r = 0; r < plane.rows; ++r) {
        if (plane.depth() == CV_16U) {
            auto* p = plane.ptr<quint16>(r);
            for (int x = 0; x < plane.cols; ++x) {
                p[x] = qbswap(p[x]);
            }
        } else if (plane.elemSize() == 4) {
            auto* p = reinterpret_cast<quint32*>(plane.ptr(r));
            for (int x = 0; x < plane.cols; ++x) {
                p[x] = qbswap(p[x]);
            }
        }
    }
}

} // namespace

TiffPageInfo TiffPageInfo::read(TIFF* tif)
{
    TiffPageInfo p;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &p.width);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &p.height);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &p.bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &p.format);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &p.samples);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PLANARCONFIG, &p.planar);
    if (!TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &p.photometric)) {
        p.photometric = PHOTOMETRIC_MINISBLACK;
    }
    TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &p.compression);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SUBFILETYPE, &p.subfileType);
    p.tiled = TIFFIsTiled(tif) != 0;
    p.offset = TIFFCurrentDirOffset(tif);
    return p;
}

Status tiffReadFailure(StatusCode code, const QString& fileName, const tiffclient::Messages& msgs, const QString& what)
{
    QString text = TiffReader::tr("Cannot read \"%1\": %2").arg(fileName, what);
    if (!msgs.errors.isEmpty()) {
        text += QLatin1Char(' ') + TiffReader::tr("(libtiff: %1)").arg(msgs.errors.first());
    }
    return {code, text};
}

TiffPageDecoder::TiffPageDecoder(TIFF* tif, QIODevice& device, const QString& fileName, tiffclient::Messages& msgs,
                                 qint64 maxBytes, TaskContext* task)
    : m_tif(tif), m_device(device), m_fileName(fileName), m_msgs(msgs), m_maxBytes(maxBytes), m_task(task)
{}

Status TiffPageDecoder::fail(StatusCode code, const QString& what) const
{
    return tiffReadFailure(code, m_fileName, m_msgs, what);
}

bool TiffPageDecoder::prepareColour(TIFF* tif, const TiffPageInfo& page)
{
    if (page.photometric != PHOTOMETRIC_YCBCR) {
        return true;
    }
    if (page.compression != COMPRESSION_JPEG || page.bits != 8 || page.samples != 3) {
        return false;
    }
    return TIFFSetField(tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB) != 0;
}

Status TiffPageDecoder::readContiguousStack(Image& image)
{
    const quint64 rowBytes = quint64(image.width()) * quint64(bytesPerSample(image.pixelType()));
    const quint64 planeBytes = rowBytes * quint64(image.height());
    const uint32_t strips = TIFFNumberOfStrips(m_tif);
    const quint64 start = TIFFGetStrileOffset(m_tif, 0);
    quint64 expected = start;
    for (uint32_t i = 0; i < strips; ++i) {
        if (TIFFGetStrileOffset(m_tif, i) != expected) {
            return fail(StatusCode::InvalidInput, TiffReader::tr("its ImageJ stack is not stored contiguously."));
        }
        expected += TIFFGetStrileByteCount(m_tif, i);
    }
    const quint64 planes = quint64(image.planeCount());
    if (expected - start != planeBytes) {
        return fail(StatusCode::InvalidInput, TiffReader::tr("its ImageJ stack is not stored contiguously."));
    }
    if (start > quint64(m_device.size()) || planes * planeBytes > quint64(m_device.size()) - start) {
        return fail(StatusCode::InvalidInput,
                    TiffReader::tr("the file is truncated: its %1 planes need %2 bytes after offset %3 but the file "
                                   "has only %4.")
                        .arg(planes)
                        .arg(planes * planeBytes)
                        .arg(start)
                        .arg(m_device.size()));
    }
    const bool swap = TIFFIsByteSwapped(m_tif) != 0;
    for (int k = 0; k < image.planeCount(); ++k) {
        if (m_task &&
            !m_task->setProgress(double(k) / image.planeCount(), TiffReader::tr("Reading %1").arg(m_fileName))) {
            return Status::cancelled();
        }
        cv::Mat plane = image.planeAt(k);
        for (int r = 0; r < plane.rows; ++r) {
            const quint64 at = start + quint64(k) * planeBytes + quint64(r) * rowBytes;
            if (!m_device.seek(qint64(at)) ||
                m_device.read(reinterpret_cast<char*>(plane.ptr(r)), qint64(rowBytes)) != qint64(rowBytes)) {
                return fail(StatusCode::InvalidInput, TiffReader::tr("plane %1 is truncated.").arg(k + 1));
            }
        }
        if (swap) {
            swapSamples(plane);
        }
    }
    if (m_task) {
        m_task->setProgress(1.0);
    }
    return Status::ok();
}

Status TiffPageDecoder::decodePages(const std::vector<uint64_t>& planeDirs, const TiffPageInfo& first, Image& image)
{
    const int samples = first.samples;
    try {
        const int groups = int(planeDirs.size());
        for (int page = 0; page < groups; ++page) {
            if (m_task && !m_task->setProgress(double(page) / groups, TiffReader::tr("Reading %1").arg(m_fileName))) {
                return Status::cancelled();
            }
            if (!TIFFSetSubDirectory(m_tif, planeDirs[size_t(page)])) {
                return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 cannot be read.").arg(page + 1));
            }
            const TiffPageInfo info = TiffPageInfo::read(m_tif);
            if (!info.sameLayout(first)) {
                return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 changed while reading.").arg(page + 1));
            }
            if (!prepareColour(m_tif, info)) {
                return fail(StatusCode::Unsupported,
                            TiffReader::tr("YCbCr images are supported only as 8-bit JPEG-compressed RGB."));
            }
            std::vector<cv::Mat> planes;
            for (int s = 0; s < samples; ++s) {
                // Storage index: with samples > 1 each sample is a channel of slice `page`.
                planes.push_back(image.planeAt(samples > 1 ? s + samples * page : page));
            }
            if (Status s = decodePage(page, info, std::move(planes)); !s.isOk()) {
                return s;
            }
        }
    } catch (const std::bad_alloc&) {
        return fail(StatusCode::TooLarge, TiffReader::tr("there is not enough memory to decode it."));
    }
    if (m_task) {
        m_task->setProgress(1.0);
    }
    return Status::ok();
}

QString TiffPageDecoder::decodeSegment(SegmentDecoder& decoder, uint32_t index, bool tile, std::vector<uint8_t>& buf,
                                       size_t want)
{
    if (decoder.handles()) {
        return decoder.decode(index, tile, buf.data(), want, buf.size());
    }
    m_msgs.lastError.clear();
    m_msgs.decodeWarnings.clear();
    m_msgs.decoding = true;
    const tmsize_t got = tile ? TIFFReadEncodedTile(m_tif, index, buf.data(), tmsize_t(want))
                              : TIFFReadEncodedStrip(m_tif, index, buf.data(), tmsize_t(want));
    m_msgs.decoding = false;
    if (got < tmsize_t(want)) {
        return m_msgs.lastError.isEmpty()
                   ? TiffReader::tr("the data are truncated or corrupt")
                   : TiffReader::tr("the data are truncated or corrupt (libtiff: %1)").arg(m_msgs.lastError);
    }
    if (!m_msgs.decodeWarnings.isEmpty()) {
        return TiffReader::tr("the data are corrupt (libtiff: %1)").arg(m_msgs.decodeWarnings.first());
    }
    return {};
}

Status TiffPageDecoder::decodePage(int page, const TiffPageInfo& info, std::vector<cv::Mat> planes)
{
    auto segmentError = [&](const QString& segment, const QString& problem) {
        return Status(
            StatusCode::InvalidInput,
            TiffReader::tr("Cannot read \"%1\": page %2, %3: %4.").arg(m_fileName).arg(page + 1).arg(segment, problem));
    };
    const int samples = info.samples;
    RowSink sink(info, std::move(planes));
    const bool separate = info.planar == PLANARCONFIG_SEPARATE && samples > 1;
    const int sampleLoops = separate ? samples : 1;
    auto segmentFormat = [&](size_t segmentRowBytes) {
        SegmentFormat f;
        f.compression = info.compression;
        if (info.compression == COMPRESSION_ADOBE_DEFLATE || info.compression == COMPRESSION_DEFLATE) {
            // Only codecs with a predictor know the tag: asking others (none, PackBits) makes libtiff log an error,
            // which would then be appended to any later, unrelated failure of this file.
            TIFFGetFieldDefaulted(m_tif, TIFFTAG_PREDICTOR, &f.predictor);
        }
        TIFFGetFieldDefaulted(m_tif, TIFFTAG_FILLORDER, &f.fillOrder);
        f.bits = info.bits;
        f.stride = uint16_t(separate ? 1 : info.samples);
        f.byteSwapped = TIFFIsByteSwapped(m_tif) != 0;
        f.rowBytes = segmentRowBytes;
        return f;
    };

    if (info.tiled) {
        uint32_t tw = 0, th = 0;
        TIFFGetField(m_tif, TIFFTAG_TILEWIDTH, &tw);
        TIFFGetField(m_tif, TIFFTAG_TILELENGTH, &th);
        const tmsize_t tileSize = TIFFTileSize(m_tif);
        if (tw == 0 || th == 0 || tileSize <= 0 || tileSize > m_maxBytes) {
            return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 has an invalid tile size.").arg(page + 1));
        }
        const size_t tileRowBytes = packedBytes(info, tw, !separate);
        if (quint64(tileRowBytes) * th > quint64(tileSize)) {
            return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 has inconsistent tiles.").arg(page + 1));
        }
        std::vector<uint8_t> buf(static_cast<size_t>(tileSize));
        SegmentDecoder decoder(m_tif, segmentFormat(tileRowBytes), quint64(m_device.size()));
        const uint32_t tileCount = TIFFNumberOfTiles(m_tif);
        for (int s = 0; s < sampleLoops; ++s) {
            for (uint32_t ty = 0; ty < info.height; ty += th) {
                if (m_task && m_task->isCancelled()) {
                    return Status::cancelled();
                }
                for (uint32_t tx = 0; tx < info.width; tx += tw) {
                    const ttile_t tile = TIFFComputeTile(m_tif, tx, ty, 0, uint16_t(s));
                    const QString problem = decodeSegment(decoder, tile, true, buf, size_t(tileSize));
                    if (!problem.isEmpty()) {
                        return segmentError(TiffReader::tr("tile %1 of %2").arg(tile + 1).arg(tileCount), problem);
                    }
                    const uint32_t w = std::min(tw, info.width - tx);
                    const uint32_t h = std::min(th, info.height - ty);
                    for (uint32_t r = 0; r < h; ++r) {
                        sink.put(buf.data() + size_t(r) * tileRowBytes, tx, ty + r, w, s);
                    }
                    if (tw > info.width - tx) {
                        break; // last tile column (also guards tx + tw against overflow)
                    }
                }
                if (th > info.height - ty) {
                    break; // last tile row (also guards ty + th against overflow)
                }
            }
        }
        return Status::ok();
    }

    uint32_t rowsPerStrip = info.height;
    TIFFGetFieldDefaulted(m_tif, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
    rowsPerStrip = std::max<uint32_t>(1, std::min(rowsPerStrip, info.height));
    const tmsize_t stripSize = TIFFStripSize(m_tif);
    const size_t rowBytes = packedBytes(info, info.width, !separate);
    if (stripSize <= 0 || quint64(stripSize) < quint64(rowBytes) * rowsPerStrip) {
        return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 has an invalid strip size.").arg(page + 1));
    }
    std::vector<uint8_t> buf(static_cast<size_t>(stripSize));
    SegmentDecoder decoder(m_tif, segmentFormat(rowBytes), quint64(m_device.size()));
    const uint32_t stripCount = TIFFNumberOfStrips(m_tif);
    const uint32_t stripsPerSample = (info.height - 1) / rowsPerStrip + 1;
    if (quint64(stripsPerSample) * sampleLoops > TIFFNumberOfStrips(m_tif)) {
        return fail(StatusCode::InvalidInput, TiffReader::tr("page %1 lacks strips.").arg(page + 1));
    }
    for (int s = 0; s < sampleLoops; ++s) {
        for (uint32_t k = 0; k < stripsPerSample; ++k) {
            if (m_task && (k % 64) == 0 && m_task->isCancelled()) {
                return Status::cancelled();
            }
            const tstrip_t strip = tstrip_t(k + uint32_t(s) * stripsPerSample);
            const uint32_t y0 = k * rowsPerStrip;
            const uint32_t rows = std::min(rowsPerStrip, info.height - y0);
            const QString problem = decodeSegment(decoder, strip, false, buf, size_t(rows) * rowBytes);
            if (!problem.isEmpty()) {
                return segmentError(TiffReader::tr("strip %1 of %2").arg(strip + 1).arg(stripCount), problem);
            }
            for (uint32_t r = 0; r < rows; ++r) {
                sink.put(buf.data() + size_t(r) * rowBytes, 0, y0 + r, info.width, s);
            }
        }
    }
    return Status::ok();
}

} // namespace tessera
