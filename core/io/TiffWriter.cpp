#include "core/io/TiffWriter.h"

#include "core/io/ImageJMetadata.h"
#include "core/io/TiffRational.h"
#include "core/task/TaskContext.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera {
namespace {

constexpr quint16 kImageJByteCounts = 50838;
constexpr quint16 kImageJMetadata = 50839;

/** One IFD entry: tag, type, count, and its value bytes (inline when they fit, else stored after the IFD). */
struct Entry
{
    quint16 tag = 0;
    quint16 type = 0;
    quint64 count = 0;
    QByteArray value; // little-endian value bytes
};

QByteArray le16(quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    return QByteArray(b, 2);
}
QByteArray le32(quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    return QByteArray(b, 4);
}
QByteArray le64(quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    return QByteArray(b, 8);
}

Entry shortEntry(quint16 tag, quint16 v)
{
    return {tag, TIFF_SHORT, 1, le16(v)};
}
Entry longEntry(quint16 tag, quint32 v)
{
    return {tag, TIFF_LONG, 1, le32(v)};
}
Entry offsetEntry(quint16 tag, quint64 v, bool big)
{
    return big ? Entry{tag, TIFF_LONG8, 1, le64(v)} : Entry{tag, TIFF_LONG, 1, le32(quint32(v))};
}
Entry rationalEntry(quint16 tag, TiffRational r)
{
    return {tag, TIFF_RATIONAL, 1, le32(r.numerator) + le32(r.denominator)};
}

/** Serialises one IFD at `offset` followed by its out-of-line values; nextIfd is the following IFD's offset. */
QByteArray buildIfd(std::vector<Entry> entries, quint64 offset, quint64 nextIfd, bool big)
{
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.tag < b.tag; });
    const int inlineBytes = big ? 8 : 4;
    const quint64 ifdSize = (big ? 8 : 2) + entries.size() * (big ? 20 : 12) + (big ? 8 : 4);
    QByteArray ifd;
    QByteArray extra;
    ifd += big ? le64(entries.size()) : le16(quint16(entries.size()));
    for (const Entry& e : entries) {
        ifd += le16(e.tag) + le16(e.type);
        ifd += big ? le64(e.count) : le32(quint32(e.count));
        if (e.value.size() <= inlineBytes) {
            ifd += e.value + QByteArray(inlineBytes - e.value.size(), '\0');
        } else {
            const quint64 at = offset + ifdSize + quint64(extra.size());
            ifd += big ? le64(at) : le32(quint32(at));
            extra += e.value;
            if (extra.size() % 2) {
                extra += '\0'; // keep values word-aligned
            }
        }
    }
    ifd += big ? le64(nextIfd) : le32(quint32(nextIfd));
    return ifd + extra;
}

} // namespace

Status TiffWriter::write(const Image& image, const QString& path, TaskContext* task)
{
    const QFileInfo target(path);
    if (path.isEmpty()) {
        return Status::invalid(tr("Cannot save the image: no file name was given."));
    }
    if (!image.sourcePath.isEmpty()) {
        const QFileInfo source(image.sourcePath);
        const bool same = target.exists() && source.exists() ? target.canonicalFilePath() == source.canonicalFilePath()
                                                             : target.absoluteFilePath() == source.absoluteFilePath();
        if (same) {
            return Status::invalid(tr("Cannot save \"%1\": it is the image's source file, which Tessera never "
                                      "overwrites. Choose another name.")
                                       .arg(target.fileName()));
        }
    }
    if (target.isDir()) {
        return Status::ioError(tr("Cannot save \"%1\": it is a folder.").arg(path));
    }
    if (!target.absoluteDir().exists()) {
        return Status::ioError(
            tr("Cannot save \"%1\": the folder \"%2\" does not exist.").arg(target.fileName(), target.absolutePath()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::ioError(tr("Cannot save \"%1\": %2.").arg(path, file.errorString()));
    }
    const Status written = write(image, file, path, task);
    if (!written.isOk()) {
        file.cancelWriting(); // the temporary file is removed; an existing file stays as it was
        return written;
    }
    if (!file.commit()) {
        return Status::ioError(tr("Cannot save \"%1\": %2.").arg(path, file.errorString()));
    }
    return Status::ok();
}

Status TiffWriter::write(const Image& image, QIODevice& device, const QString& name, TaskContext* task)
{
    const QString fileName = QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName();
    if (image.isNull()) {
        return Status::invalid(tr("Cannot save \"%1\": the image is empty.").arg(fileName));
    }
    if (!device.isOpen() || !device.isWritable()) {
        return Status::ioError(tr("Cannot save \"%1\": the file is not open for writing.").arg(fileName));
    }
    const int bytesPer = bytesPerSample(image.pixelType());
    const quint16 bits = quint16(8 * bytesPer);
    const quint16 sampleFormat = image.pixelType() == PixelType::Float32 ? SAMPLEFORMAT_IEEEFP : SAMPLEFORMAT_UINT;
    const quint64 rowBytes = quint64(image.width()) * quint64(bytesPer);
    const quint64 planeBytes = rowBytes * quint64(image.height());
    const int planes = image.planeCount();

    // ---- first-page metadata ----
    const QByteArray description = ImageJDescription::format(image).toLatin1() + '\0';
    QVector<quint32> ijCounts;
    QByteArray ijData;
    if (image.channels() > 1 && image.displayRanges.size() == image.channels()) {
        imagej::formatRanges(image.displayRanges, ijCounts, ijData);
    }
    const Calibration& cal = image.calibration;
    TiffRational xres, yres;
    if (cal.isCalibrated()) {
        xres = resolutionFromPixelSize(cal.pixelWidth);
        yres = resolutionFromPixelSize(cal.pixelHeight);
    }
    const quint16 resUnit = cal.unit == QLatin1String("inch") ? RESUNIT_INCH
                            : cal.unit == QLatin1String("cm") ? RESUNIT_CENTIMETER
                                                              : RESUNIT_NONE;

    // Entries of page i (its strip offset is patched in by the layout pass).
    auto entriesFor = [&](int page, quint64 stripOffset, bool big) {
        std::vector<Entry> e;
        e.push_back(longEntry(TIFFTAG_SUBFILETYPE, 0));
        e.push_back(longEntry(TIFFTAG_IMAGEWIDTH, quint32(image.width())));
        e.push_back(longEntry(TIFFTAG_IMAGELENGTH, quint32(image.height())));
        e.push_back(shortEntry(TIFFTAG_BITSPERSAMPLE, bits));
        e.push_back(shortEntry(TIFFTAG_COMPRESSION, COMPRESSION_NONE));
        e.push_back(shortEntry(TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK));
        if (page == 0) {
            e.push_back({TIFFTAG_IMAGEDESCRIPTION, TIFF_ASCII, quint64(description.size()), description});
        }
        e.push_back(offsetEntry(TIFFTAG_STRIPOFFSETS, stripOffset, big));
        e.push_back(shortEntry(TIFFTAG_SAMPLESPERPIXEL, 1));
        e.push_back(longEntry(TIFFTAG_ROWSPERSTRIP, quint32(image.height())));
        e.push_back(offsetEntry(TIFFTAG_STRIPBYTECOUNTS, planeBytes, big));
        if (xres.numerator && yres.numerator) {
            e.push_back(rationalEntry(TIFFTAG_XRESOLUTION, xres));
            e.push_back(rationalEntry(TIFFTAG_YRESOLUTION, yres));
            e.push_back(shortEntry(TIFFTAG_RESOLUTIONUNIT, resUnit));
        }
        e.push_back(shortEntry(TIFFTAG_SAMPLEFORMAT, sampleFormat));
        if (page == 0 && !ijCounts.isEmpty()) {
            QByteArray counts;
            for (quint32 c : ijCounts) {
                counts += le32(c);
            }
            e.push_back({kImageJByteCounts, TIFF_LONG, quint64(ijCounts.size()), counts});
            e.push_back({kImageJMetadata, TIFF_BYTE, quint64(ijData.size()), ijData});
        }
        return e;
    };

    // ---- layout: [header][IFD 0 + values][pixels 0][IFD 1 + values][pixels 1]... ----
    auto ifdBytes = [&](int page, bool big) { return quint64(buildIfd(entriesFor(page, 0, big), 0, 0, big).size()); };
    const quint64 firstIfdSize = ifdBytes(0, false);
    const quint64 otherIfdSize = planes > 1 ? ifdBytes(1, false) : 0;
    const quint64 planeStride = planeBytes + (planeBytes % 2);
    const quint64 classicSize = 8 + firstIfdSize + planeStride + quint64(planes - 1) * (otherIfdSize + planeStride);
    const bool big = classicSize >= 0xFFFFFFF0ull;

    QByteArray header = QByteArrayLiteral("II");
    if (big) {
        header += le16(43) + le16(8) + le16(0) + le64(16);
    } else {
        header += le16(42) + le32(8);
    }
    auto fail = [&](const QString& what) { return Status::ioError(tr("Cannot save \"%1\": %2").arg(fileName, what)); };
    auto put = [&](const char* data, qint64 size) { return device.write(data, size) == size; };
    if (!put(header.constData(), header.size())) {
        return fail(device.errorString());
    }
    quint64 offset = quint64(header.size());
    std::vector<char> rowBuffer;
    for (int page = 0; page < planes; ++page) {
        if (task && !task->setProgress(double(page) / planes, tr("Saving %1").arg(fileName))) {
            return Status::cancelled();
        }
        const quint64 ifdSize = ifdBytes(page, big);
        const quint64 stripOffset = offset + ifdSize;
        const quint64 next = page + 1 < planes ? stripOffset + planeStride : 0;
        const QByteArray ifd = buildIfd(entriesFor(page, stripOffset, big), offset, next, big);
        if (!put(ifd.constData(), ifd.size())) {
            return fail(device.errorString());
        }
        const cv::Mat plane = image.planeAt(page);
        for (int r = 0; r < plane.rows; ++r) {
            const char* row = reinterpret_cast<const char*>(plane.ptr(r));
#if Q_BYTE_ORDER == Q_BIG_ENDIAN
            rowBuffer.assign(row, row + rowBytes);
            for (size_t i = 0; i < rowBytes; i += size_t(bytesPer)) {
                std::reverse(rowBuffer.begin() + i, rowBuffer.begin() + i + bytesPer);
            }
            row = rowBuffer.data();
#endif
            if (!put(row, qint64(rowBytes))) {
                return fail(device.errorString());
            }
            if (task && (r % 256) == 255 && task->isCancelled()) {
                return Status::cancelled();
            }
        }
        if (planeBytes % 2 && !put("", 1)) {
            return fail(device.errorString());
        }
        offset = stripOffset + planeStride;
    }
    if (task) {
        task->setProgress(1.0);
    }
    return Status::ok();
}

} // namespace tessera
