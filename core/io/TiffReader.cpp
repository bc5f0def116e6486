#include "core/io/TiffReader.h"

#include "core/io/FileChecks.h"
#include "core/io/ImageJMetadata.h"
#include "core/io/OmeMetadata.h"
#include "core/io/TiffClient.h"
#include "core/io/TiffPageDecoder.h"
#include "core/io/TiffRational.h"
#include "core/task/TaskContext.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <tiffio.h>

#include <algorithm>
#include <cstring>
#include <limits>
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

/** A byte count for messages ("1.5 GiB"), in the user's locale. */
QString dataSize(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))));
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
    auto fail = [&](StatusCode code, const QString& what) { return tiffReadFailure(code, fileName, msgs, what); };

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
    const TiffPageInfo first = TiffPageInfo::read(tif.get());
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
    if (!TiffPageDecoder::prepareColour(tif.get(), first)) {
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
    std::vector<TiffPageInfo> dirs{first};
    std::vector<bool> usable{true};
    int skipped = 0;
    while (TIFFReadDirectory(tif.get())) {
        const TiffPageInfo p = TiffPageInfo::read(tif.get());
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

    TiffPageDecoder decoder(tif.get(), device, fileName, msgs, m_options.maxBytes, task);
    if (contiguousPlanes > 0) {
        if (!TIFFSetSubDirectory(tif.get(), pages.front())) {
            return fail(StatusCode::InvalidInput, tr("page %1 cannot be read.").arg(1));
        }
        if (Status s = decoder.readContiguousStack(image); !s.isOk()) {
            return s;
        }
    } else if (Status s = decoder.decodePages(planeDirs, first, image); !s.isOk()) {
        return s;
    }
    m_warnings += msgs.warnings;
    return image;
}

} // namespace tessera
