#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace tessera {

class TaskContext;

/** Limits and choices for reading TIFF files. */
struct TiffReadOptions
{
    /** Refuse (StatusCode::TooLarge) before allocating when the pixel data would exceed this many bytes. */
    qint64 maxBytes = Image::defaultMaxBytes();
    bool operator==(const TiffReadOptions& o) const { return maxBytes == o.maxBytes; }
};

/**
 * Reads TIFF files with libtiff at their native bit depth (never through an RGBA conversion).
 *
 * Supported: strips and tiles; every compression the system libtiff decodes (none, LZW with or without
 * predictor, Deflate, PackBits, JPEG, ...); little and big endian; classic TIFF and BigTIFF; contiguous and
 * planar samples; several samples per pixel (RGB becomes 3 channels); multi-page files. Sample types:
 * unsigned 8 and 16 bit and 32-bit IEEE float are read exactly; 1-bit images become 8-bit with 0 and 255
 * (like ImageJ; 255 marks the pixels whose bit is 1, or 0 under MinIsWhite). Signed integers, 32-bit
 * unsigned integers, 64-bit and 16-bit floats are refused with StatusCode::Unsupported.
 *
 * Pages of a different size or type than the first one (thumbnails, reduced-resolution subfiles) are skipped
 * with a warning. Dimensions come from the ImageJ description (`channels=`, `slices=`, `frames=`), else from
 * OME-XML (`SizeC/Z/T`, `DimensionOrder`), else every page is a slice. Calibration comes from the ImageJ
 * description, OME-XML, or the X/Y resolution tags (centimetre and inch are converted to µm).
 *
 * libtiff's messages are captured per file and reported in the returned Status (errors) or warnings();
 * nothing is printed. Thread safety: independent reads may run in parallel on different threads.
 */
class TiffReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TiffReader)

public:
    explicit TiffReader(TiffReadOptions options = {}) : m_options(options) {}

    /** Reads the file at path (UTF-8 capable). task may be null; cancellation gives Status::cancelled(). */
    Expected<Image> read(const QString& path, TaskContext* task = nullptr);
    /** Reads from an open, seekable device (for example a QBuffer); name is used in messages. */
    Expected<Image> read(QIODevice& device, const QString& name, TaskContext* task = nullptr);

    /** libtiff warnings and skipped pages of the last read, for display; empty when there were none. */
    const QStringList& warnings() const { return m_warnings; }

private:
    TiffReadOptions m_options;
    QStringList m_warnings;
};

} // namespace tessera
