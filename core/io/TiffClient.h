#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <tiffio.h>

#include <memory>

/** libtiff glue of TiffReader (internal to core/io): a QIODevice as the TIFF client, messages captured per handle. */
namespace tessera::tiffclient {

/** ImageJ's private tags (registered with libtiff so that it reads them instead of warning). */
constexpr ttag_t kImageJByteCounts = 50838;
constexpr ttag_t kImageJMetadata = 50839;

/** What libtiff said about one handle. */
struct Messages
{
    QStringList errors;
    QStringList warnings;
    QString lastError;     ///< the latest error, also when `errors` is full or already had it
    bool decoding = false; ///< pixel data are being decoded: warnings go to decodeWarnings (they mean damage)
    QStringList decodeWarnings;
};

struct TiffCloser
{
    void operator()(TIFF* t) const { TIFFClose(t); }
};
using TiffHandle = std::unique_ptr<TIFF, TiffCloser>;

/**
 * Opens device (seekable, open for reading) with libtiff, read-only and without memory mapping; every error and
 * warning of the handle goes to msgs (harmless ones, such as unknown vendor tags, are dropped); a single libtiff
 * allocation above maxSingleAlloc fails. Installs once per process handlers that keep messages not tied to a handle
 * off stderr, and the tag extender for ImageJ's tags. Returns null when the header or first directory cannot be
 * read (the reason in msgs.errors). msgs must outlive the handle.
 */
TiffHandle openTiffClient(QIODevice& device, const QByteArray& name, Messages& msgs, qint64 maxSingleAlloc);

} // namespace tessera::tiffclient
