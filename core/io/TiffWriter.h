#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"

#include <QCoreApplication>

class QIODevice;

namespace tessera {

class TaskContext;

/**
 * Writes Images as uncompressed TIFF files that ImageJ/Fiji 1.53 opens with the right dimensions, calibration and
 * display ranges, and that TiffReader reads back losslessly.
 *
 * Layout (what ImageJ's own TiffEncoder writes): little-endian baseline TIFF, one directory (IFD) per plane in
 * ImageJ order (channel fastest, then slice, then frame), each plane one uncompressed strip; BitsPerSample 8, 16
 * or 32 with SampleFormat unsigned integer or IEEE float; PhotometricInterpretation MinIsBlack. The first
 * directory carries the ImageJ ImageDescription (see ImageJDescription::format()) and, for images with several
 * channels and one display range per channel, ImageJ's private tags 50838/50839 with the per-channel ranges.
 * Calibrated images get XResolution/YResolution as exact RATIONALs (resolutionFromPixelSize()) in every
 * directory with ResolutionUnit NONE (or INCH/CENTIMETER for the units "inch"/"cm"), as ImageJ does. Files of
 * 4 GiB or more are written as BigTIFF.
 *
 * Thread safety: independent writes may run in parallel; the image must not be modified during a write.
 */
class TiffWriter
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TiffWriter)

public:
    /**
     * Writes image to path atomically: the data go to a temporary file in the same folder that replaces path
     * only when complete (QSaveFile). On any failure (unwritable or missing folder, full disk, cancellation
     * through task) an existing file at path is left untouched and the Status names the file and the problem.
     * Refuses (InvalidInput) to overwrite the image's own source file (image.sourcePath). task may be null;
     * progress is reported per plane and a cancel returns Status::cancelled().
     */
    Status write(const Image& image, const QString& path, TaskContext* task = nullptr);

    /**
     * Writes image as TIFF to an open, writable device (sequential writes only; no seeking). name is used in
     * messages. Not atomic: on failure the device holds a partial file. Same layout and failures as write().
     */
    Status write(const Image& image, QIODevice& device, const QString& name, TaskContext* task = nullptr);
};

} // namespace tessera
