#pragma once

#include "core/common/Status.h"

#include <QString>
#include <QStringList>

class QFile;

namespace tessera {

/**
 * Opens the image file at path (UTF-8 capable) read-only into file, the checks every reader makes before decoding.
 * Refused, before anything is opened, with a StatusCode::IoError Status whose translated message names path:
 *  - a path that does not exist ("the file does not exist"; a dangling symbolic link is called one),
 *  - a symbolic link loop ("too many levels of symbolic links"),
 *  - a folder,
 *  - anything that is not a regular file: a FIFO (opening it would block until a writer appears), a character or
 *    block device such as /dev/zero, a socket ("is not a regular file"),
 *  - a regular file whose size the system reports as 0 although it has content, as under /proc and /sys (its size
 *    is unknown, so it is no image file),
 *  - or a file that does not open (QFile's error string, for example permission denied).
 * Qt resource paths (":/...") get only the existence check. On success file is open (its file name set to path) and the
 * Status is OK; otherwise file is left closed. Nothing but at most one byte of a /proc-like file is read. Thread
 * safety: safe to call concurrently with different QFile objects.
 */
Status openImageFile(const QString& path, QFile& file);

/** True for the output path that means standard output: "-" (also "/dev/stdout"). */
bool isStandardOutputPath(const QString& path);

/**
 * Checks before writing to output that it is none of inputs (the files the same command reads), so that an input is
 * never overwritten: refused when both name the same existing file, also through symbolic links or hard links or
 * different spellings of the path (same canonical path, or same device and inode). An output that does not exist yet,
 * or standard output (isStandardOutputPath()), is never an input. The StatusCode::InvalidInput message names both
 * paths. Used by tessera-cli for every output option, and meant for the GUI's save dialogs.
 * Thread safety: reentrant (reads file metadata only).
 */
Status checkOutputIsNotInput(const QString& output, const QStringList& inputs);

} // namespace tessera
