#include "core/io/TiffReader.h"

#include "core/io/FileChecks.h"
#include "core/io/ImageJMetadata.h"
#include "core/io/OmeMetadata.h"
#include "core/io/TiffClient.h"
#include "core/io/TiffRational.h"
#include "core/io/TiffSegments.h"
#include "core/task/TaskContext.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <tiffio.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace tessera {
namespace {
using namespace tiffclient;

// ---- raw IFD access: RATIONAL tags exactly (libtiff 4.5 returns XResolution as a float) ------------------------

/**
 * Reads the RATIONAL values of tags 282 (XResolution) and 283 (YResolution) of the current directory straight from
 * the file. Returns false when the directory cannot be parsed; absent tags stay {0, 0}. Restores the position.
 */
bool readResolutionRationals(QIODevice& device, TIFF* tif, TiffRational& x, TiffRational& y)
{
    const qint64 saved = device.pos();
    const bool big = TIFFIsBigTIFF(tif) != 0;
    const bool be = TIFFIsBigEndian(tif) != 0;
    auto u16 = [be](const char* p) { return be ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p); };
    auto u32 = [be](const char* p) { return be ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p); };
    auto u64 = [be](const char* p) { return be ? qFromBigEndian<quint64>(p) : qFromLittleEndian<quint64>(p); };
    auto readAt = [&device](quint64 offset, char* out, qint64 n) {
        return offset <= quint64(std::numeric_limits<qint64>::max()) && device.seek(qint64(offset)) &&
               device.read(out, n) == n;
    };
    bool ok = false;
    const quint64 ifd = TIFFCurrentDirOffset(tif);
    char head[8];
    quint64 count = 0;
    if (readAt(ifd, head, big ? 8 : 2)) {
        count = big ? u64(head) : u16(head);
        const qint64 entrySize = big ? 20 : 12;
        if (count > 0 && count <= 4096) {
            QByteArray entries(qsizetype(count) * entrySize, Qt::Uninitialized);
            if (readAt(ifd + (big ? 8 : 2), entries.data(), entries.size())) {
                ok = true;
                for (quint64 i = 0; i < count; ++i) {
                    const char* e = entries.constData() + i * quint64(entrySize);
                    const quint16 tag = u16(e);
                    const quint16 type = u16(e + 2);
                    const quint64 n = big ? u64(e + 4) : u32(e + 4);
                    if ((tag != TIFFTAG_XRESOLUTION && tag != TIFFTAG_YRESOLUTION) || type != TIFF_RATIONAL || n < 1) {
                        continue;
                    }
                    char value[8];
                    if (big) {
                        std::memcpy(value, e + 12, 8); // 8 bytes fit in BigTIFF's value field
                    } else if (!readAt(u32(e + 8), value, 8)) {
                        continue;
                    }
                    TiffRational& r = tag == TIFFTAG_XRESOLUTION ? x : y;
                    r = {u32(value), u32(value + 4)};
                }
            }
        }
    }
    device.seek(saved);
    return ok;
}

// ---- page layout ------------------------------------------------------------------------------------------------

struct PageInfo
{
    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 0;
    uint16_t format = SAMPLEFORMAT_UINT;
    uint16_t samples = 1;
    uint16_t planar = PLANARCONFIG_CONTIG;
    uint16_t photometric = PHOTOMETRIC_MINISBLACK;
    uint16_t compression = COMPRESSION_NONE;
    bool tiled = false;
    uint32_t subfileType = 0;
    uint64_t offset = 0; ///< IFD offset in the file

    bool sameLayout(const PageInfo& o) const
    {
        return width == o.width && height == o.height && bits == o.bits && format == o.format && samples == o.samples;
    }
    /** Bytes of the decoded pixels of this page. */
    quint64 pixelBytes() const { return quint64(width) * height * samples * ((bits + 7) / 8); }
};

PageInfo readPageInfo(TIFF* tif)
{
    PageInfo p;
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

/** Copies one decoded row segment of `count` pixels into the planes, converting 1-bit to 0/255. */
class RowSink
{
public:
    RowSink(const PageInfo& info, std::vector<cv::Mat> planes) : m_info(info), m_planes(std::move(planes)) {}

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
    const PageInfo& m_info;
    std::vector<cv::Mat> m_planes;
};

/** Bytes of one row segment of `count` pixels as libtiff packs them. */
size_t packedBytes(const PageInfo& info, uint32_t count, bool allSamples)
{
    const uint64_t samples = allSamples ? info.samples : 1;
    return size_t((uint64_t(count) * samples * info.bits + 7) / 8);
}

/** A byte count for messages ("1.5 GiB"), in the user's locale. */
QString dataSize(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))));
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

/**
 * Reads every plane of an ImageJ stack written with a single directory (ImageJ does this for stacks over 4 GiB):
 * the first directory's uncompressed strips must be contiguous, and plane k starts k plane sizes after them.
 */
Status readContiguous(QIODevice& device, TIFF* tif, Image& image, const QString& fileName, TaskContext* task,
                      const Messages& msgs)
{
    auto fail = [&](const QString& what) {
        QString text = TiffReader::tr("Cannot read \"%1\": %2").arg(fileName, what);
        if (!msgs.errors.isEmpty()) {
            text += QLatin1Char(' ') + TiffReader::tr("(libtiff: %1)").arg(msgs.errors.first());
        }
        return Status::invalid(text);
    };
    const quint64 rowBytes = quint64(image.width()) * quint64(bytesPerSample(image.pixelType()));
    const quint64 planeBytes = rowBytes * quint64(image.height());
    const uint32_t strips = TIFFNumberOfStrips(tif);
    const quint64 start = TIFFGetStrileOffset(tif, 0);
    quint64 expected = start;
    for (uint32_t i = 0; i < strips; ++i) {
        if (TIFFGetStrileOffset(tif, i) != expected) {
            return fail(TiffReader::tr("its ImageJ stack is not stored contiguously."));
        }
        expected += TIFFGetStrileByteCount(tif, i);
    }
    const quint64 planes = quint64(image.planeCount());
    if (expected - start != planeBytes) {
        return fail(TiffReader::tr("its ImageJ stack is not stored contiguously."));
    }
    if (start > quint64(device.size()) || planes * planeBytes > quint64(device.size()) - start) {
        return fail(TiffReader::tr("the file is truncated: its %1 planes need %2 bytes after offset %3 but the file "
                                   "has only %4.")
                        .arg(planes)
                        .arg(planes * planeBytes)
                        .arg(start)
                        .arg(device.size()));
    }
    const bool swap = TIFFIsByteSwapped(tif) != 0;
    for (int k = 0; k < image.planeCount(); ++k) {
        if (task && !task->setProgress(double(k) / image.planeCount(), TiffReader::tr("Reading %1").arg(fileName))) {
            return Status::cancelled();
        }
        cv::Mat plane = image.planeAt(k);
        for (int r = 0; r < plane.rows; ++r) {
            const quint64 at = start + quint64(k) * planeBytes + quint64(r) * rowBytes;
            if (!device.seek(qint64(at)) ||
                device.read(reinterpret_cast<char*>(plane.ptr(r)), qint64(rowBytes)) != qint64(rowBytes)) {
                return fail(TiffReader::tr("plane %1 is truncated.").arg(k + 1));
            }
        }
        if (swap) {
            swapSamples(plane);
        }
    }
    if (task) {
        task->setProgress(1.0);
    }
    return Status::ok();
}

} // namespace

Expected<Image> TiffReader::read(const QString& path, TaskContext* task)
{
    m_warnings.clear();
    QFile file;
    if (Status opened = openImageFile(path, file); !opened.isOk()) {
        return opened;
    }
    const QFileInfo info(path);
    Expected<Image> result = read(file, path, task);
    if (result.isOk()) {
        result->sourcePath = info.absoluteFilePath();
    }
    return result;
}

Expected<Image> TiffReader::read(QIODevice& device, const QString& name, TaskContext* task)
{
    m_warnings.clear();
    const QString fileName = QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName();
    Messages msgs;
    auto fail = [&](StatusCode code, const QString& what) -> Status {
        QString text = tr("Cannot read \"%1\": %2").arg(fileName, what);
        if (!msgs.errors.isEmpty()) {
            text += QLatin1Char(' ') + tr("(libtiff: %1)").arg(msgs.errors.first());
        }
        return {code, text};
    };

    if (!device.isOpen() || !device.isReadable()) {
        return Status::ioError(tr("Cannot read \"%1\": the file is not open for reading.").arg(fileName));
    }
    if (device.isSequential()) {
        return Status::unsupported(tr("Cannot read \"%1\": TIFF needs a seekable file.").arg(fileName));
    }
    if (device.size() == 0) {
        return Status::ioError(tr("Cannot read \"%1\": the file is empty.").arg(fileName));
    }
    char magic[4] = {};
    device.seek(0);
    if (device.peek(magic, 4) < 4 || !((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M'))) {
        return Status::unsupported(tr("Cannot read \"%1\": it is not a TIFF file.").arg(fileName));
    }

    // A single allocation by libtiff larger than our own pixel limit is always a corrupt file.
    TiffHandle tif =
        openTiffClient(device, fileName.toUtf8(), msgs, std::min<qint64>(m_options.maxBytes, qint64(1) << 40));
    if (!tif) {
        return fail(StatusCode::Unsupported, tr("the TIFF header or first directory is corrupt."));
    }

    // ---- the first page decides the type ----
    const PageInfo first = readPageInfo(tif.get());
    if (first.width == 0 || first.height == 0) {
        return fail(StatusCode::InvalidInput, tr("the image has no pixels (width or height is 0)."));
    }
    PixelType type;
    if (first.bits == 1 && (first.format == SAMPLEFORMAT_UINT || first.format == SAMPLEFORMAT_VOID)) {
        type = PixelType::UInt8;
    } else if (first.bits == 8 && (first.format == SAMPLEFORMAT_UINT || first.format == SAMPLEFORMAT_VOID)) {
        type = PixelType::UInt8;
    } else if (first.bits == 16 && (first.format == SAMPLEFORMAT_UINT || first.format == SAMPLEFORMAT_VOID)) {
        type = PixelType::UInt16;
    } else if (first.bits == 32 && first.format == SAMPLEFORMAT_IEEEFP) {
        type = PixelType::Float32;
    } else {
        const QString kind = first.format == SAMPLEFORMAT_INT      ? tr("signed integer")
                             : first.format == SAMPLEFORMAT_IEEEFP ? tr("floating point")
                             : first.format == SAMPLEFORMAT_UINT || first.format == SAMPLEFORMAT_VOID
                                 ? tr("unsigned integer")
                                 : tr("complex or unknown");
        return fail(StatusCode::Unsupported,
                    tr("%1-bit %2 samples are not supported (Tessera reads 1, 8 and 16-bit unsigned integer and "
                       "32-bit float images).")
                        .arg(first.bits)
                        .arg(kind));
    }
    if (first.samples == 0 || first.samples > 64) {
        return fail(StatusCode::Unsupported, tr("%1 samples per pixel is not supported.").arg(first.samples));
    }
    if (first.bits == 1 && first.samples != 1) {
        return fail(StatusCode::Unsupported, tr("1-bit images with several samples per pixel are not supported."));
    }
    auto prepareColour = [&](const PageInfo& p) -> bool {
        if (p.photometric != PHOTOMETRIC_YCBCR) {
            return true;
        }
        if (p.compression != COMPRESSION_JPEG || p.bits != 8 || p.samples != 3) {
            return false;
        }
        return TIFFSetField(tif.get(), TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB) != 0;
    };
    if (!prepareColour(first)) {
        return fail(StatusCode::Unsupported, tr("YCbCr images are supported only as 8-bit JPEG-compressed RGB."));
    }

    QString description;
    {
        char* text = nullptr;
        if (TIFFGetField(tif.get(), TIFFTAG_IMAGEDESCRIPTION, &text) && text) {
            description = QString::fromUtf8(text);
        }
    }
    QVector<DisplayRange> imagejRanges;
    {
        uint32_t nCounts = 0, nData = 0;
        uint32_t* counts = nullptr;
        uint8_t* data = nullptr;
        if (TIFFGetField(tif.get(), kImageJByteCounts, &nCounts, &counts) &&
            TIFFGetField(tif.get(), kImageJMetadata, &nData, &data) && counts && data && nCounts < 100000) {
            QVector<quint32> c(counts, counts + nCounts);
            const QByteArray d(reinterpret_cast<const char*>(data), qsizetype(nData));
            imagejRanges = imagej::parseRanges(c, d, TIFFIsBigEndian(tif.get()) != 0);
        }
    }
    TiffRational xres, yres;
    readResolutionRationals(device, tif.get(), xres, yres);
    uint16_t resUnit = RESUNIT_INCH;
    TIFFGetFieldDefaulted(tif.get(), TIFFTAG_RESOLUTIONUNIT, &resUnit);

    // ---- every directory; the ones with the first page's layout are image planes ----
    std::vector<PageInfo> dirs{first};
    std::vector<bool> usable{true};
    int skipped = 0;
    while (TIFFReadDirectory(tif.get())) {
        const PageInfo p = readPageInfo(tif.get());
        const bool ok = p.sameLayout(first) && !(p.subfileType & FILETYPE_REDUCEDIMAGE);
        dirs.push_back(p);
        usable.push_back(ok);
        skipped += ok ? 0 : 1;
        if (task && (dirs.size() % 256) == 0 && task->isCancelled()) {
            return Status::cancelled();
        }
    }
    if (skipped > 0) {
        m_warnings.append(
            tr("%n page(s) with a different size or type (thumbnails, masks) were skipped.", "", skipped));
    }
    std::vector<uint64_t> pages; // IFD offsets of the usable directories, file order
    for (size_t i = 0; i < dirs.size(); ++i) {
        if (usable[i]) {
            pages.push_back(dirs[i].offset);
        }
    }

    // ---- dimensions and plane order ----
    const int samples = first.samples;
    const int pageCount = int(pages.size());
    int channels = samples;
    int slices = pageCount;
    int frames = 1;
    std::vector<uint64_t> planeDirs = pages; // IFD offset of each page in storage order (per sample group)
    int contiguousPlanes = 0;                // > 0: an ImageJ stack stored after one directory (see below)
    Calibration cal;
    QVector<DisplayRange> ranges;
    bool haveXyCalibration = false;

    if (const auto ij = ImageJDescription::parse(description)) {
        const int c = std::max(1, ij->channels);
        const int z = std::max(1, ij->slices);
        const int t = std::max(1, ij->frames);
        if (samples == 1 && qint64(c) * z * t == pageCount) {
            channels = c;
            slices = z;
            frames = t;
        } else if (samples == 1 && pageCount == 1 && ij->images > 1 && qint64(c) * z * t == ij->images &&
                   first.compression == COMPRESSION_NONE && first.bits >= 8 && !first.tiled) {
            // ImageJ writes stacks over 4 GiB with one directory; the other planes follow the first contiguously.
            contiguousPlanes = ij->images;
            channels = c;
            slices = z;
            frames = t;
        } else if (samples == 1 && (ij->channels || ij->slices || ij->frames)) {
            m_warnings.append(tr("The ImageJ description's dimensions (%1 channels × %2 slices × %3 frames) do not "
                                 "match the %4 pages; each page is read as a slice.")
                                  .arg(c)
                                  .arg(z)
                                  .arg(t)
                                  .arg(pageCount));
        }
        if (!ij->unit.isEmpty()) {
            cal.unit = ij->unit;
        }
        if (ij->spacing > 0) {
            cal.pixelDepth = ij->spacing;
        }
        if (ij->finterval > 0) {
            cal.frameInterval = ij->finterval;
        }
        if (!ij->timeUnit.isEmpty()) {
            cal.timeUnit = ij->timeUnit == QLatin1String("sec") ? QStringLiteral("s") : ij->timeUnit;
        }
        if (imagejRanges.size() == channels) {
            ranges = imagejRanges;
        } else if (ij->hasDisplayRange && ij->displayMax > ij->displayMin) {
            ranges = QVector<DisplayRange>(channels, DisplayRange{ij->displayMin, ij->displayMax});
        }
    } else if (const auto ome = OmeMetadata::parse(description)) {
        m_warnings += ome->warnings;
        const bool sameSize = ome->sizeX == int(first.width) && ome->sizeY == int(first.height);
        if (sameSize && samples == 1 && ome->planeCount() <= pageCount + skipped) {
            // Map each plane to its IFD number (counting every directory of the main chain).
            std::vector<uint64_t> mapped;
            bool complete = true;
            for (const int ifd : ome->ifdOfPlane) {
                if (ifd < 0 || size_t(ifd) >= dirs.size() || !usable[size_t(ifd)]) {
                    complete = false;
                    break;
                }
                mapped.push_back(dirs[size_t(ifd)].offset);
            }
            if (complete) {
                planeDirs = mapped;
                channels = ome->sizeC;
                slices = ome->sizeZ;
                frames = ome->sizeT;
            } else {
                m_warnings.append(tr("The OME-XML refers to planes that are not in this file; each page is read as "
                                     "a slice."));
            }
        } else if (sameSize && samples > 1 && ome->sizeZ * ome->sizeT == pageCount) {
            // RGB-like pages: the samples are the channels; pages follow DimensionOrder over Z and T.
            slices = ome->sizeZ;
            frames = ome->sizeT;
            if (ome->dimensionOrder.indexOf(QLatin1Char('T')) < ome->dimensionOrder.indexOf(QLatin1Char('Z'))) {
                for (int z = 0; z < slices; ++z) {
                    for (int t = 0; t < frames; ++t) {
                        planeDirs[size_t(z + slices * t)] = pages[size_t(t + frames * z)];
                    }
                }
            }
        } else {
            m_warnings.append(tr("The OME-XML dimensions do not match the pages; each page is read as a slice."));
        }
        if (!ome->unit.isEmpty() && ome->physicalSizeX > 0) {
            cal.unit = ome->unit;
            cal.pixelWidth = ome->physicalSizeX;
            cal.pixelHeight = ome->physicalSizeY > 0 ? ome->physicalSizeY : ome->physicalSizeX;
            haveXyCalibration = true;
        }
        if (!ome->unit.isEmpty() && ome->physicalSizeZ > 0) {
            if (!haveXyCalibration) {
                cal.unit = ome->unit;
            }
            cal.pixelDepth = ome->physicalSizeZ;
        }
        if (ome->timeIncrement > 0) {
            cal.frameInterval = ome->timeIncrement;
            cal.timeUnit = ome->timeUnit;
        }
    }

    // X/Y resolution: pixels per unit, read as exact rationals.
    if (!haveXyCalibration) {
        const double pw = pixelSizeFromResolution(xres);
        const double ph = yres.numerator ? pixelSizeFromResolution(yres) : pw;
        if (pw > 0 && ph > 0) {
            if (cal.unit != QLatin1String("pixel")) {
                cal.pixelWidth = pw; // ImageJ writes the resolution in its own unit (ResolutionUnit NONE)
                cal.pixelHeight = ph;
            } else if (resUnit == RESUNIT_CENTIMETER) {
                cal.unit = normalizeUnit(QStringLiteral("um"));
                cal.pixelWidth = pw * 1e4;
                cal.pixelHeight = ph * 1e4;
            } else if (resUnit == RESUNIT_INCH &&
                       !(xres.denominator && xres.numerator % xres.denominator == 0 &&
                         (xres.numerator / xres.denominator == 72 || xres.numerator / xres.denominator == 96 ||
                          xres.numerator / xres.denominator == 300))) {
                // 72/96/300 dpi are screen and print defaults, not a microscope calibration (ImageJ ignores 72).
                cal.unit = normalizeUnit(QStringLiteral("um"));
                cal.pixelWidth = pw * 25400.0;
                cal.pixelHeight = ph * 25400.0;
            }
        }
    }

    // ---- refuse implausible files before allocating ----
    const quint64 planeBytes = first.pixelBytes();
    const quint64 totalBytes = planeBytes * quint64(contiguousPlanes > 0 ? contiguousPlanes : pageCount);
    if (totalBytes > quint64(m_options.maxBytes)) {
        return fail(StatusCode::TooLarge,
                    tr("its %1 × %2 × %3 pixels need %4, more than the limit of %5.")
                        .arg(first.width)
                        .arg(first.height)
                        .arg(qint64(contiguousPlanes > 0 ? contiguousPlanes : pageCount) * samples)
                        .arg(dataSize(totalBytes))
                        .arg(dataSize(quint64(m_options.maxBytes))));
    }
    if (first.compression == COMPRESSION_NONE && first.bits >= 8 && totalBytes > quint64(device.size())) {
        return fail(StatusCode::InvalidInput,
                    tr("the file is truncated: its uncompressed pixels need %1 bytes but the file has only %2.")
                        .arg(totalBytes)
                        .arg(device.size()));
    }
    if (first.compression != COMPRESSION_NONE && planeBytes > 100000ull * quint64(device.size()) + (1u << 20)) {
        return fail(StatusCode::InvalidInput,
                    tr("the file is corrupt: %1 of pixels per page cannot come from %2 bytes of compressed data.")
                        .arg(dataSize(planeBytes))
                        .arg(device.size()));
    }

    // ---- allocate and decode ----
    if (first.width > uint32_t(INT32_MAX) || first.height > uint32_t(INT32_MAX)) {
        return fail(StatusCode::TooLarge, tr("%1 × %2 pixels is too large.").arg(first.width).arg(first.height));
    }
    Image image;
    try {
        Expected<Image> created =
            Image::create(type, int(first.width), int(first.height), channels, slices, frames, m_options.maxBytes);
        if (!created.isOk()) {
            return Status(created.status().code(),
                          tr("Cannot read \"%1\": %2").arg(fileName, created.status().message()));
        }
        image = std::move(created).value();
    } catch (const std::bad_alloc&) {
        return fail(StatusCode::TooLarge, tr("there is not enough memory for %1 of pixels.").arg(dataSize(totalBytes)));
    } catch (const cv::Exception&) {
        return fail(StatusCode::TooLarge, tr("there is not enough memory for %1 of pixels.").arg(dataSize(totalBytes)));
    }
    image.calibration = cal;
    image.displayRanges = ranges;
    if (!description.isEmpty()) {
        image.metadata.insert(QStringLiteral("ImageDescription"), description);
    }

    if (contiguousPlanes > 0) {
        if (!TIFFSetSubDirectory(tif.get(), pages.front())) {
            return fail(StatusCode::InvalidInput, tr("page %1 cannot be read.").arg(1));
        }
        const Status s = readContiguous(device, tif.get(), image, fileName, task, msgs);
        if (!s.isOk()) {
            return s;
        }
        m_warnings += msgs.warnings;
        return image;
    }

    // One strip or tile: decoded by SegmentDecoder where it verifies the data itself, else by libtiff, whose errors
    // and (while decoding) warnings both mean damaged data.
    auto decodeSegment = [&](SegmentDecoder& decoder, uint32_t index, bool tile, std::vector<uint8_t>& buf,
                             size_t want) -> QString {
        if (decoder.handles()) {
            return decoder.decode(index, tile, buf.data(), want, buf.size());
        }
        msgs.lastError.clear();
        msgs.decodeWarnings.clear();
        msgs.decoding = true;
        const tmsize_t got = tile ? TIFFReadEncodedTile(tif.get(), index, buf.data(), tmsize_t(want))
                                  : TIFFReadEncodedStrip(tif.get(), index, buf.data(), tmsize_t(want));
        msgs.decoding = false;
        if (got < tmsize_t(want)) {
            return msgs.lastError.isEmpty() ? tr("the data are truncated or corrupt")
                                            : tr("the data are truncated or corrupt (libtiff: %1)").arg(msgs.lastError);
        }
        if (!msgs.decodeWarnings.isEmpty()) {
            return tr("the data are corrupt (libtiff: %1)").arg(msgs.decodeWarnings.first());
        }
        return {};
    };
    auto segmentError = [&](int page, const QString& segment, const QString& problem) {
        return Status(StatusCode::InvalidInput,
                      tr("Cannot read \"%1\": page %2, %3: %4.").arg(fileName).arg(page + 1).arg(segment, problem));
    };

    try {
        const int groups = int(planeDirs.size());
        for (int page = 0; page < groups; ++page) {
            if (task && !task->setProgress(double(page) / groups, tr("Reading %1").arg(fileName))) {
                return Status::cancelled();
            }
            if (!TIFFSetSubDirectory(tif.get(), planeDirs[size_t(page)])) {
                return fail(StatusCode::InvalidInput, tr("page %1 cannot be read.").arg(page + 1));
            }
            const PageInfo info = readPageInfo(tif.get());
            if (!info.sameLayout(first)) {
                return fail(StatusCode::InvalidInput, tr("page %1 changed while reading.").arg(page + 1));
            }
            if (!prepareColour(info)) {
                return fail(StatusCode::Unsupported,
                            tr("YCbCr images are supported only as 8-bit JPEG-compressed RGB."));
            }
            std::vector<cv::Mat> planes;
            for (int s = 0; s < samples; ++s) {
                // Storage index: with samples > 1 each sample is a channel of slice `page`.
                planes.push_back(image.planeAt(samples > 1 ? s + samples * page : page));
            }
            RowSink sink(info, planes);
            const bool separate = info.planar == PLANARCONFIG_SEPARATE && samples > 1;
            const int sampleLoops = separate ? samples : 1;
            auto segmentFormat = [&](size_t segmentRowBytes) {
                SegmentFormat f;
                f.compression = info.compression;
                if (info.compression == COMPRESSION_ADOBE_DEFLATE || info.compression == COMPRESSION_DEFLATE) {
                    // Only codecs with a predictor know the tag: asking others (none, PackBits) makes libtiff log
                    // an error, which would then be appended to any later, unrelated failure of this file.
                    TIFFGetFieldDefaulted(tif.get(), TIFFTAG_PREDICTOR, &f.predictor);
                }
                TIFFGetFieldDefaulted(tif.get(), TIFFTAG_FILLORDER, &f.fillOrder);
                f.bits = info.bits;
                f.stride = uint16_t(separate ? 1 : info.samples);
                f.byteSwapped = TIFFIsByteSwapped(tif.get()) != 0;
                f.rowBytes = segmentRowBytes;
                return f;
            };

            if (info.tiled) {
                uint32_t tw = 0, th = 0;
                TIFFGetField(tif.get(), TIFFTAG_TILEWIDTH, &tw);
                TIFFGetField(tif.get(), TIFFTAG_TILELENGTH, &th);
                const tmsize_t tileSize = TIFFTileSize(tif.get());
                if (tw == 0 || th == 0 || tileSize <= 0 || tileSize > m_options.maxBytes) {
                    return fail(StatusCode::InvalidInput, tr("page %1 has an invalid tile size.").arg(page + 1));
                }
                const size_t tileRowBytes = packedBytes(info, tw, !separate);
                if (quint64(tileRowBytes) * th > quint64(tileSize)) {
                    return fail(StatusCode::InvalidInput, tr("page %1 has inconsistent tiles.").arg(page + 1));
                }
                std::vector<uint8_t> buf(static_cast<size_t>(tileSize));
                SegmentDecoder decoder(tif.get(), segmentFormat(tileRowBytes), quint64(device.size()));
                const uint32_t tileCount = TIFFNumberOfTiles(tif.get());
                for (int s = 0; s < sampleLoops; ++s) {
                    for (uint32_t ty = 0; ty < info.height; ty += th) {
                        if (task && task->isCancelled()) {
                            return Status::cancelled();
                        }
                        for (uint32_t tx = 0; tx < info.width; tx += tw) {
                            const ttile_t tile = TIFFComputeTile(tif.get(), tx, ty, 0, uint16_t(s));
                            const QString problem = decodeSegment(decoder, tile, true, buf, size_t(tileSize));
                            if (!problem.isEmpty()) {
                                return segmentError(page, tr("tile %1 of %2").arg(tile + 1).arg(tileCount), problem);
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
            } else {
                uint32_t rowsPerStrip = info.height;
                TIFFGetFieldDefaulted(tif.get(), TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
                rowsPerStrip = std::max<uint32_t>(1, std::min(rowsPerStrip, info.height));
                const tmsize_t stripSize = TIFFStripSize(tif.get());
                const size_t rowBytes = packedBytes(info, info.width, !separate);
                if (stripSize <= 0 || quint64(stripSize) < quint64(rowBytes) * rowsPerStrip) {
                    return fail(StatusCode::InvalidInput, tr("page %1 has an invalid strip size.").arg(page + 1));
                }
                std::vector<uint8_t> buf(static_cast<size_t>(stripSize));
                SegmentDecoder decoder(tif.get(), segmentFormat(rowBytes), quint64(device.size()));
                const uint32_t stripCount = TIFFNumberOfStrips(tif.get());
                const uint32_t stripsPerSample = (info.height - 1) / rowsPerStrip + 1;
                if (quint64(stripsPerSample) * sampleLoops > TIFFNumberOfStrips(tif.get())) {
                    return fail(StatusCode::InvalidInput, tr("page %1 lacks strips.").arg(page + 1));
                }
                for (int s = 0; s < sampleLoops; ++s) {
                    for (uint32_t k = 0; k < stripsPerSample; ++k) {
                        if (task && (k % 64) == 0 && task->isCancelled()) {
                            return Status::cancelled();
                        }
                        const tstrip_t strip = tstrip_t(k + uint32_t(s) * stripsPerSample);
                        const uint32_t y0 = k * rowsPerStrip;
                        const uint32_t rows = std::min(rowsPerStrip, info.height - y0);
                        const QString problem = decodeSegment(decoder, strip, false, buf, size_t(rows) * rowBytes);
                        if (!problem.isEmpty()) {
                            return segmentError(page, tr("strip %1 of %2").arg(strip + 1).arg(stripCount), problem);
                        }
                        for (uint32_t r = 0; r < rows; ++r) {
                            sink.put(buf.data() + size_t(r) * rowBytes, 0, y0 + r, info.width, s);
                        }
                    }
                }
            }
        }
    } catch (const std::bad_alloc&) {
        return fail(StatusCode::TooLarge, tr("there is not enough memory to decode it."));
    }
    if (task) {
        task->setProgress(1.0);
    }
    m_warnings += msgs.warnings;
    return image;
}

} // namespace tessera
