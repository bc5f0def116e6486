#include "core/io/TiffReader.h"

#include "core/io/ImageJMetadata.h"
#include "core/task/TaskContext.h"

#include <QFile>
#include <QFileInfo>

#include <tiffio.h>

#include <cstdarg>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace tessera {
namespace {

// ---- libtiff glue: a QIODevice as the TIFF client, messages captured per handle -------------------------------

struct Messages
{
    QStringList errors;
    QStringList warnings;
};

QString formatMessage(const char* module, const char* fmt, va_list ap)
{
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, fmt, ap);
    QString text = QString::fromLocal8Bit(buffer);
    if (module && *module) {
        text = QString::fromLocal8Bit(module) + QLatin1String(": ") + text;
    }
    return text;
}

int captureError(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    static_cast<Messages*>(user)->errors.append(formatMessage(module, fmt, ap));
    return 1; // handled: do not call the global handler
}

int captureWarning(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    static_cast<Messages*>(user)->warnings.append(formatMessage(module, fmt, ap));
    return 1;
}

void silentHandler(const char*, const char*, va_list) {}

/** Installs process-wide handlers once so that messages not tied to a handle never reach stderr. */
void installGlobalHandlersOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(silentHandler);
        TIFFSetWarningHandler(silentHandler);
    });
}

tmsize_t deviceRead(thandle_t h, void* buf, tmsize_t size)
{
    return static_cast<QIODevice*>(h)->read(static_cast<char*>(buf), size);
}
tmsize_t deviceWrite(thandle_t, void*, tmsize_t)
{
    return -1;
}
toff_t deviceSeek(thandle_t h, toff_t off, int whence)
{
    auto* d = static_cast<QIODevice*>(h);
    qint64 pos = qint64(off);
    if (whence == SEEK_CUR) {
        pos += d->pos();
    } else if (whence == SEEK_END) {
        pos += d->size();
    }
    if (pos < 0 || !d->seek(pos)) {
        return toff_t(-1);
    }
    return toff_t(pos);
}
int deviceClose(thandle_t)
{
    return 0;
}
toff_t deviceSize(thandle_t h)
{
    return toff_t(static_cast<QIODevice*>(h)->size());
}
int noMap(thandle_t, void**, toff_t*)
{
    return 0;
}
void noUnmap(thandle_t, void*, toff_t) {}

struct TiffCloser
{
    void operator()(TIFF* t) const { TIFFClose(t); }
};
using TiffHandle = std::unique_ptr<TIFF, TiffCloser>;

struct OptionsFree
{
    void operator()(TIFFOpenOptions* o) const { TIFFOpenOptionsFree(o); }
};

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

    bool sameLayout(const PageInfo& o) const
    {
        return width == o.width && height == o.height && bits == o.bits && format == o.format &&
               samples == o.samples;
    }
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
        const int bytes = m_info.bits / 8;
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
        for (int s = 0; s < m_info.samples; ++s) {
            uint8_t* dst = m_planes[size_t(s)].ptr(int(y)) + size_t(x) * bytes;
            const uint8_t* p = src + size_t(s) * bytes;
            for (uint32_t i = 0; i < count; ++i, p += stride, dst += bytes) {
                std::memcpy(dst, p, size_t(bytes));
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

} // namespace

Expected<Image> TiffReader::read(const QString& path, TaskContext* task)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Status::ioError(tr("Cannot open \"%1\": the file does not exist.").arg(path));
    }
    if (QFileInfo(path).isDir()) {
        return Status::ioError(tr("Cannot open \"%1\": it is a folder, not an image file.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
    }
    Expected<Image> result = read(file, path, task);
    if (result.isOk()) {
        result->sourcePath = QFileInfo(path).absoluteFilePath();
    }
    return result;
}

Expected<Image> TiffReader::read(QIODevice& device, const QString& name, TaskContext* task)
{
    m_warnings.clear();
    installGlobalHandlersOnce();
    const QString fileName = QFileInfo(name).fileName();
    auto fail = [&](StatusCode code, const QString& what, const Messages& msgs) -> Status {
        QString text = tr("Cannot read \"%1\": %2").arg(fileName, what);
        if (!msgs.errors.isEmpty()) {
            text += QLatin1Char(' ') + tr("(libtiff: %1)").arg(msgs.errors.first());
        }
        return {code, text};
    };

    if (device.size() == 0) {
        return Status::ioError(tr("Cannot read \"%1\": the file is empty.").arg(fileName));
    }
    char magic[4] = {};
    if (device.peek(magic, 4) < 4 ||
        !((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M'))) {
        return Status::unsupported(tr("Cannot read \"%1\": it is not a TIFF file.").arg(fileName));
    }

    Messages msgs;
    std::unique_ptr<TIFFOpenOptions, OptionsFree> opts(TIFFOpenOptionsAlloc());
    TIFFOpenOptionsSetErrorHandlerExtR(opts.get(), captureError, &msgs);
    TIFFOpenOptionsSetWarningHandlerExtR(opts.get(), captureWarning, &msgs);
    // A single allocation by libtiff larger than our own pixel limit is always a corrupt file.
    TIFFOpenOptionsSetMaxSingleMemAlloc(opts.get(), tmsize_t(std::min<qint64>(m_options.maxBytes, qint64(1) << 40)));
    const QByteArray encodedName = name.toUtf8();
    // "m": no memory mapping (the device procs do not map); "h": header only on open is not wanted.
    TiffHandle tif(TIFFClientOpenExt(encodedName.constData(), "rm", &device, deviceRead, deviceWrite, deviceSeek,
                                     deviceClose, deviceSize, noMap, noUnmap, opts.get()));
    if (!tif) {
        return fail(StatusCode::Unsupported, tr("the TIFF header or first directory is corrupt."), msgs);
    }

    // ---- collect pages with the layout of the first one ----
    const PageInfo first = readPageInfo(tif.get());
    if (first.width == 0 || first.height == 0) {
        return fail(StatusCode::InvalidInput, tr("the image has no pixels (width or height is 0)."), msgs);
    }
    if (first.tiled) {
        // nothing extra to check here; tile geometry is read per page
    }
    PixelType type;
    if (first.bits == 1 && first.format == SAMPLEFORMAT_UINT) {
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
                                                                   : tr("unsigned integer");
        return fail(StatusCode::Unsupported,
                    tr("%1-bit %2 samples are not supported (Tessera reads 1, 8 and 16-bit unsigned integer and "
                       "32-bit float images).")
                        .arg(first.bits)
                        .arg(kind),
                    msgs);
    }
    if (first.samples == 0 || first.samples > 64) {
        return fail(StatusCode::Unsupported, tr("%1 samples per pixel is not supported.").arg(first.samples), msgs);
    }
    if (first.bits == 1 && first.samples != 1) {
        return fail(StatusCode::Unsupported, tr("1-bit images with several samples per pixel are not supported."),
                    msgs);
    }
    if (first.photometric == PHOTOMETRIC_YCBCR && first.compression == COMPRESSION_JPEG) {
        TIFFSetField(tif.get(), TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
    } else if (first.photometric == PHOTOMETRIC_YCBCR) {
        return fail(StatusCode::Unsupported, tr("YCbCr images without JPEG compression are not supported."), msgs);
    }

    QString description;
    {
        char* text = nullptr;
        if (TIFFGetField(tif.get(), TIFFTAG_IMAGEDESCRIPTION, &text) && text) {
            description = QString::fromUtf8(text);
        }
    }

    std::vector<tdir_t> pages;
    pages.push_back(TIFFCurrentDirectory(tif.get()));
    while (TIFFReadDirectory(tif.get())) {
        const PageInfo p = readPageInfo(tif.get());
        if (!p.sameLayout(first) || (p.subfileType & FILETYPE_REDUCEDIMAGE)) {
            m_warnings.append(tr("Page %1 has a different size or type and was skipped.").arg(pages.size() + 1));
            continue;
        }
        pages.push_back(TIFFCurrentDirectory(tif.get()));
        if (task && (pages.size() % 256) == 0 && task->isCancelled()) {
            return Status::cancelled();
        }
    }

    // ---- dimensions ----
    const int pageCount = int(pages.size());
    int channels = first.samples;
    int slices = pageCount;
    int frames = 1;
    Calibration cal;
    QVector<DisplayRange> ranges;
    if (const auto ij = ImageJDescription::parse(description)) {
        const int c = std::max(1, ij->channels);
        const int z = std::max(1, ij->slices);
        const int t = std::max(1, ij->frames);
        if (first.samples == 1 && qint64(c) * z * t == pageCount) {
            channels = c;
            slices = z;
            frames = t;
        } else if (first.samples == 1 && (ij->channels || ij->slices || ij->frames)) {
            m_warnings.append(tr("The ImageJ description's dimensions do not match the %1 pages; each page is read as "
                                 "a slice.")
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
            cal.timeUnit = ij->timeUnit;
        }
        if (ij->hasDisplayRange && ij->displayMax > ij->displayMin) {
            ranges = QVector<DisplayRange>(channels, DisplayRange{ij->displayMin, ij->displayMax});
        }
    }
    // X/Y resolution: pixels per unit.
    {
        if (!TIFFSetDirectory(tif.get(), pages.front())) {
            return fail(StatusCode::Unsupported, tr("the first directory cannot be re-read."), msgs);
        }
        float xres = 0, yres = 0;
        uint16_t resUnit = RESUNIT_INCH;
        const bool hasX = TIFFGetField(tif.get(), TIFFTAG_XRESOLUTION, &xres) && xres > 0;
        const bool hasY = TIFFGetField(tif.get(), TIFFTAG_YRESOLUTION, &yres) && yres > 0;
        TIFFGetFieldDefaulted(tif.get(), TIFFTAG_RESOLUTIONUNIT, &resUnit);
        if (hasX) {
            const double pw = 1.0 / double(xres);
            const double ph = hasY ? 1.0 / double(yres) : pw;
            if (cal.unit != QLatin1String("pixel")) {
                cal.pixelWidth = pw; // ImageJ writes resolution in its own unit
                cal.pixelHeight = ph;
            } else if (resUnit == RESUNIT_CENTIMETER) {
                cal.unit = normalizeUnit(QStringLiteral("um"));
                cal.pixelWidth = pw * 1e4;
                cal.pixelHeight = ph * 1e4;
            } else if (resUnit == RESUNIT_INCH && xres != 72.0f && xres != 96.0f && xres != 300.0f) {
                // 72/96/300 dpi are screen and print defaults, not a microscope calibration (as ImageJ treats 72).
                cal.unit = normalizeUnit(QStringLiteral("um"));
                cal.pixelWidth = pw * 25400.0;
                cal.pixelHeight = ph * 25400.0;
            }
        }
    }

    // ---- allocate and decode ----
    Expected<Image> created =
        Image::create(type, int(std::min<uint32_t>(first.width, uint32_t(INT32_MAX))),
                      int(std::min<uint32_t>(first.height, uint32_t(INT32_MAX))), channels, slices, frames,
                      m_options.maxBytes);
    if (!created.isOk()) {
        if (first.width > uint32_t(INT32_MAX) || first.height > uint32_t(INT32_MAX)) {
            return fail(StatusCode::TooLarge, tr("%1×%2 pixels is too large.").arg(first.width).arg(first.height),
                        msgs);
        }
        return Status(created.status().code(),
                      tr("Cannot read \"%1\": %2").arg(fileName, created.status().message()));
    }
    Image image = std::move(created).value();
    image.calibration = cal;
    image.displayRanges = ranges;
    if (!description.isEmpty()) {
        image.metadata.insert(QStringLiteral("ImageDescription"), description);
    }

    const int samples = first.samples;
    for (int page = 0; page < pageCount; ++page) {
        if (task && !task->setProgress(double(page) / pageCount, tr("Reading %1").arg(fileName))) {
            return Status::cancelled();
        }
        if (!TIFFSetDirectory(tif.get(), pages[size_t(page)])) {
            return fail(StatusCode::InvalidInput, tr("page %1 cannot be read.").arg(page + 1), msgs);
        }
        if (first.photometric == PHOTOMETRIC_YCBCR && first.compression == COMPRESSION_JPEG) {
            TIFFSetField(tif.get(), TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
        }
        const PageInfo info = readPageInfo(tif.get());
        std::vector<cv::Mat> planes;
        for (int s = 0; s < samples; ++s) {
            // Storage index: with samples > 1 each sample is a channel of slice `page`.
            planes.push_back(image.planeAt(samples > 1 ? s + samples * page : page));
        }
        RowSink sink(info, planes);
        const bool separate = info.planar == PLANARCONFIG_SEPARATE && samples > 1;
        const int sampleLoops = separate ? samples : 1;

        if (info.tiled) {
            uint32_t tw = 0, th = 0;
            TIFFGetField(tif.get(), TIFFTAG_TILEWIDTH, &tw);
            TIFFGetField(tif.get(), TIFFTAG_TILELENGTH, &th);
            const tmsize_t tileSize = TIFFTileSize(tif.get());
            if (tw == 0 || th == 0 || tileSize <= 0) {
                return fail(StatusCode::InvalidInput, tr("page %1 has an invalid tile size.").arg(page + 1), msgs);
            }
            std::vector<uint8_t> buf(static_cast<size_t>(tileSize));
            const size_t tileRowBytes = packedBytes(info, tw, !separate);
            for (int s = 0; s < sampleLoops; ++s) {
                for (uint32_t ty = 0; ty < info.height; ty += th) {
                    if (task && task->isCancelled()) {
                        return Status::cancelled();
                    }
                    for (uint32_t tx = 0; tx < info.width; tx += tw) {
                        const ttile_t tile = TIFFComputeTile(tif.get(), tx, ty, 0, uint16_t(s));
                        if (TIFFReadEncodedTile(tif.get(), tile, buf.data(), tileSize) < 0) {
                            return fail(StatusCode::InvalidInput,
                                        tr("tile %1 of page %2 is truncated or corrupt.").arg(tile).arg(page + 1),
                                        msgs);
                        }
                        const uint32_t w = std::min(tw, info.width - tx);
                        const uint32_t h = std::min(th, info.height - ty);
                        if (tileRowBytes * th > buf.size()) {
                            return fail(StatusCode::InvalidInput, tr("page %1 has inconsistent tiles.").arg(page + 1),
                                        msgs);
                        }
                        for (uint32_t r = 0; r < h; ++r) {
                            sink.put(buf.data() + r * tileRowBytes, tx, ty + r, w, s);
                        }
                    }
                }
            }
        } else {
            uint32_t rowsPerStrip = info.height;
            TIFFGetFieldDefaulted(tif.get(), TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
            rowsPerStrip = std::max<uint32_t>(1, std::min(rowsPerStrip, info.height));
            const tmsize_t stripSize = TIFFStripSize(tif.get());
            if (stripSize <= 0) {
                return fail(StatusCode::InvalidInput, tr("page %1 has an invalid strip size.").arg(page + 1), msgs);
            }
            std::vector<uint8_t> buf(static_cast<size_t>(stripSize));
            const size_t rowBytes = packedBytes(info, info.width, !separate);
            const uint32_t stripsPerSample = (info.height + rowsPerStrip - 1) / rowsPerStrip;
            for (int s = 0; s < sampleLoops; ++s) {
                for (uint32_t k = 0; k < stripsPerSample; ++k) {
                    if (task && (k % 64) == 0 && task->isCancelled()) {
                        return Status::cancelled();
                    }
                    const tstrip_t strip = tstrip_t(k + uint32_t(s) * stripsPerSample);
                    const uint32_t y0 = k * rowsPerStrip;
                    const uint32_t rows = std::min(rowsPerStrip, info.height - y0);
                    const tmsize_t got = TIFFReadEncodedStrip(tif.get(), strip, buf.data(), tmsize_t(rows * rowBytes));
                    if (got < tmsize_t(rows * rowBytes)) {
                        return fail(StatusCode::InvalidInput,
                                    tr("strip %1 of page %2 is truncated or corrupt.").arg(strip).arg(page + 1), msgs);
                    }
                    for (uint32_t r = 0; r < rows; ++r) {
                        sink.put(buf.data() + r * rowBytes, 0, y0 + r, info.width, s);
                    }
                }
            }
        }
    }
    if (task) {
        task->setProgress(1.0);
    }
    m_warnings += msgs.warnings;
    return image;
}

} // namespace tessera
