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
    /**
     * Refuse (StatusCode::TooLarge) before allocating when the decoded pixel data (width × height × samples ×
     * bytes per sample × pages) would exceed this many bytes. Default Image::defaultMaxBytes() (16 GiB).
     */
    qint64 maxBytes = Image::defaultMaxBytes();
    bool operator==(const TiffReadOptions& o) const { return maxBytes == o.maxBytes; }
};

/**
 * Reads TIFF files with libtiff at their native bit depth (never through an RGBA conversion).
 *
 * Supported: strips and tiles; every compression the system libtiff decodes (none, LZW with or without
 * predictor, Deflate, PackBits, JPEG, ...); little and big endian; classic TIFF and BigTIFF; contiguous and
 * planar samples; several samples per pixel (RGB becomes 3 channels, YCbCr JPEG is converted to RGB by libjpeg);
 * multi-page files. Sample types: unsigned 8 and 16 bit and 32-bit IEEE float are read exactly; 1-bit images
 * become 8-bit with 0 and 255 (like ImageJ; 255 marks the pixels whose bit is 1, or 0 under MinIsWhite). Signed
 * integers, 32-bit unsigned integers, 64-bit and 16-bit floats and complex samples are refused with
 * StatusCode::Unsupported (no silent conversion). Palette images are read as their indices.
 *
 * Pages of a different size or type than the first one (thumbnails, reduced-resolution subfiles) are skipped
 * with a warning. Dimensions come from the ImageJ description (`channels=`, `slices=`, `frames=`, planes in
 * ImageJ order; ImageJ's single-directory stacks over 4 GiB, whose `images=` planes follow the first one
 * contiguously, are read too), else from OME-XML in the first ImageDescription (`SizeC/Z/T`, `DimensionOrder`,
 * `TiffData`; see OmeMetadata), else every page is a slice. Calibration: the ImageJ description's `unit=`, `spacing=`,
 * `finterval=`, `tunit=` with the X/Y resolution tags, or OME `PhysicalSizeX/Y/Z` and `TimeIncrement`, or the
 * resolution tags alone (centimetre and inch are converted to µm; 72, 96 and 300 dpi are screen/print defaults
 * and leave the image uncalibrated). Resolution RATIONALs are read exactly from the file (see
 * pixelSizeFromResolution()), not through libtiff's float. Display ranges: ImageJ's per-channel ranges (private
 * tag 50839) or the description's `min=`/`max=`. The ImageDescription is kept in Image::metadata.
 *
 * Failures give one translated Status naming the file and the problem: not a TIFF, corrupt header or
 * directory, unsupported sample type, pixel data over TiffReadOptions::maxBytes, uncompressed data longer than
 * the file (truncated), compressed data more than 100000 times smaller than its pixels (corrupt), not enough
 * memory. Nothing is allocated for the pixels before these checks pass.
 *
 * Damaged strips and tiles are never read as wrong pixels: they give StatusCode::InvalidInput naming the page and
 * the strip or tile, 1-based ("page 3, strip 6 of 6: the compressed data are corrupt (Deflate checksum mismatch)").
 * Deflate and PackBits data are decoded and verified by SegmentDecoder (TiffSegments.h: Adler-32 of every Deflate
 * stream, PackBits runs within the decoded size and no data left over, data inside the file); the other codecs
 * by libtiff, whose errors and whose warnings while decoding (libjpeg's "Corrupt JPEG data", ...) both fail the
 * read. Damage that a codec cannot detect (LZW, JPEG and uncompressed data have no checksum) is not detected.
 *
 * libtiff's messages are captured per file: errors go into the returned Status, warnings into warnings(),
 * nothing is printed. Harmless warnings are dropped (unknown private tags, ImageJ's 256-entry ColorMap on
 * 16-bit images); ImageJ's tags 50838/50839 are registered once per process with TIFFSetTagExtender (chained to
 * any earlier extender). Thread safety: independent reads may run in parallel on different threads.
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
