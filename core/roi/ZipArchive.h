#pragma once

#include "core/common/Status.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tessera {

/** One file of a zip archive: its path inside the archive (UTF-8) and its uncompressed bytes. */
struct ZipEntry
{
    QString name;
    QByteArray data;
};

/** Bounds that protect readZip() against zip bombs and absurd archives. */
struct ZipLimits
{
    qint64 maxEntrySize = qint64(64) << 20;  ///< largest uncompressed entry, bytes
    qint64 maxTotalSize = qint64(512) << 20; ///< largest sum of uncompressed entries, bytes
    int maxEntries = 200000;                 ///< most entries
};

/**
 * Reads every file entry of a zip archive held in memory (PKWARE APPNOTE: central directory, stored or deflated
 * entries, CRC-32 checked). Directory entries are skipped. Not supported, each with a clear error: zip64, encryption,
 * multi-disk archives and compression methods other than stored (0) and deflate (8). An entry whose declared size
 * exceeds the limits, or whose data inflates beyond its declared size, is refused before it is expanded (zip bombs).
 * source names the archive in error messages. Thread-safe (pure function).
 */
Expected<std::vector<ZipEntry>> readZip(const QByteArray& archive, const QString& source, const ZipLimits& limits = {});

/**
 * A zip archive of entries in order: each deflated (or stored when deflate does not make it smaller), CRC-32 in the
 * local header and the central directory, UTF-8 names (flag bit 11). Fails (TooLarge) when the archive would need
 * zip64: more than 65535 entries or 4 GiB. Entry names must be unique and non-empty (InvalidInput otherwise).
 */
Expected<QByteArray> writeZip(const std::vector<ZipEntry>& entries);

} // namespace tessera
