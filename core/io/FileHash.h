#pragma once

#include "core/common/Status.h"

#include <QString>

namespace tessera {

/**
 * The SHA-256 of the file at path as 64 lower-case hex digits, read in 1 MiB blocks (memory stays small for any file
 * size; ~0.5–1 GB/s). Fails with StatusCode::IoError naming path when the file cannot be opened or read (a folder, a
 * missing file). Thread-safe (reentrant).
 */
Expected<QString> fileSha256(const QString& path);

} // namespace tessera
