#pragma once

#include "core/common/Status.h"

#include <QString>

class QFile;

namespace tessera {

/**
 * Opens the image file at path (UTF-8 capable) read-only into file, the checks every reader makes before decoding:
 * the path must exist, must not be a folder, and must open. On success file is open (its file name set to path) and
 * the Status is OK; otherwise a StatusCode::IoError Status with a translated message naming path ("the file does not
 * exist", "it is a folder, not an image file", or QFile's error string) and file is left closed. Nothing is read.
 * Thread safety: safe to call concurrently with different QFile objects.
 */
Status openImageFile(const QString& path, QFile& file);

} // namespace tessera
