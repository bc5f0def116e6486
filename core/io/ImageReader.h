#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/io/TiffReader.h"

#include <QCoreApplication>

namespace tessera {

class TaskContext;

/**
 * Reads any image file Tessera supports: TIFF (recognised by content, not extension) through TiffReader,
 * and PNG, JPEG, BMP through OpenCV's imgcodecs (8/16-bit; colour files become 3 channels in R, G, B order), loaded
 * on first use from the tessera_opencv_codecs module (next to the executable, in the install tree or the build tree);
 * without it such files fail with StatusCode::Unsupported. Every format is recognised by its signature, never by
 * the file name; other data is refused without reaching OpenCV. What the PNG/JPEG libraries print on stderr is
 * captured (see codecs/OpenCvDecoder.h): on failure it ends the error message, on success it becomes a warning. A
 * JPEG without its end-of-image marker (truncated) fails with StatusCode::InvalidInput rather than being read with
 * grey-filled rows.
 * Thread safety: independent calls may run in parallel.
 */
class ImageReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ImageReader)

public:
    explicit ImageReader(TiffReadOptions options = {}) : m_options(options) {}

    /** Reads path; on failure the Status message names the file and the problem. */
    Expected<Image> read(const QString& path, TaskContext* task = nullptr);
    /** Warnings of the last read (for example skipped pages). */
    const QStringList& warnings() const { return m_warnings; }

private:
    TiffReadOptions m_options;
    QStringList m_warnings;
};

} // namespace tessera
