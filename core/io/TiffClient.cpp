#include "core/io/TiffClient.h"

#include <QString>

#include <cstdarg>
#include <cstdio>
#include <limits>
#include <mutex>

namespace tessera::tiffclient {
namespace {

QString formatMessage(const char* module, const char* fmt, va_list ap)
{
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, fmt, ap);
    QString text = QString::fromUtf8(buffer);
    if (module && *module) {
        text = QString::fromUtf8(module) + QLatin1String(": ") + text;
    }
    return text;
}

/**
 * Warnings that never affect the pixels or the metadata Tessera reads: private tags libtiff does not know (vendor
 * tags of MetaMorph, Zeiss, Leica, ...), and the 256-entry ColorMap (LUT) ImageJ writes for 16-bit images, which
 * libtiff ignores because it expects 65536 entries.
 */
bool isHarmless(const QString& warning)
{
    return warning.contains(QLatin1String("Unknown field with tag")) ||
           warning.contains(QLatin1String("Incorrect count for \"ColorMap\""));
}

int captureError(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    auto* m = static_cast<Messages*>(user);
    const QString text = formatMessage(module, fmt, ap);
    m->lastError = text;
    if (!m->errors.contains(text) && m->errors.size() < 32) {
        m->errors.append(text);
    }
    return 1; // handled: do not call the global handler
}

int captureWarning(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    auto* m = static_cast<Messages*>(user);
    const QString text = formatMessage(module, fmt, ap);
    if (m->decoding) {
        // While pixels are decoded a warning means damaged data that libtiff or libjpeg patched over (JPEG's
        // "Premature end of data segment", PackBits' "Discarding bytes to avoid buffer overrun"), except libtiff's
        // note on LZW from before TIFF 5.0, which decodes right.
        if (!isHarmless(text) && !text.contains(QLatin1String("Old-style LZW codes"))) {
            m->decodeWarnings.append(text);
        }
        return 1;
    }
    // Re-reading a directory repeats its warnings; keep each once.
    if (!isHarmless(text) && !m->warnings.contains(text) && m->warnings.size() < 32) {
        m->warnings.append(text);
    }
    return 1;
}

void silentHandler(const char*, const char*, va_list) {}

TIFFExtendProc g_parentExtender = nullptr;

/** Registers ImageJ's private tags so that libtiff reads them instead of warning about unknown fields. */
void tagExtender(TIFF* tif)
{
    static const TIFFFieldInfo fields[] = {
        {kImageJByteCounts, TIFF_VARIABLE2, TIFF_VARIABLE2, TIFF_LONG, FIELD_CUSTOM, 1, 1,
         const_cast<char*>("IJMetadataByteCounts")},
        {kImageJMetadata, TIFF_VARIABLE2, TIFF_VARIABLE2, TIFF_BYTE, FIELD_CUSTOM, 1, 1,
         const_cast<char*>("IJMetadata")},
    };
    TIFFMergeFieldInfo(tif, fields, sizeof fields / sizeof fields[0]);
    if (g_parentExtender) {
        g_parentExtender(tif);
    }
}

/**
 * Installs, once per process, handlers that keep messages not tied to a handle off stderr, and the tag extender
 * (chained to any extender installed before, so other libtiff users keep theirs).
 */
void installGlobalHandlersOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(silentHandler);
        TIFFSetWarningHandler(silentHandler);
        g_parentExtender = TIFFSetTagExtender(tagExtender);
    });
}

tmsize_t deviceRead(thandle_t h, void* buf, tmsize_t size)
{
    return tmsize_t(static_cast<QIODevice*>(h)->read(static_cast<char*>(buf), qint64(size)));
}
tmsize_t deviceWrite(thandle_t, void*, tmsize_t)
{
    return -1;
}
toff_t deviceSeek(thandle_t h, toff_t off, int whence)
{
    auto* d = static_cast<QIODevice*>(h);
    if (off > toff_t(std::numeric_limits<qint64>::max())) {
        return toff_t(-1);
    }
    qint64 pos = qint64(off);
    if (whence == SEEK_CUR) {
        pos += d->pos();
    } else if (whence == SEEK_END) {
        pos += d->size();
    }
    if (pos < 0 || !d->seek(pos)) {
        return toff_t(-1);
    }
    return toff_t(pos);
}
int deviceClose(thandle_t)
{
    return 0;
}
toff_t deviceSize(thandle_t h)
{
    return toff_t(static_cast<QIODevice*>(h)->size());
}
int noMap(thandle_t, void**, toff_t*)
{
    return 0;
}
void noUnmap(thandle_t, void*, toff_t) {}

struct OptionsFree
{
    void operator()(TIFFOpenOptions* o) const { TIFFOpenOptionsFree(o); }
};

} // namespace

TiffHandle openTiffClient(QIODevice& device, const QByteArray& name, Messages& msgs, qint64 maxSingleAlloc)
{
    installGlobalHandlersOnce();
    std::unique_ptr<TIFFOpenOptions, OptionsFree> opts(TIFFOpenOptionsAlloc());
    TIFFOpenOptionsSetErrorHandlerExtR(opts.get(), captureError, &msgs);
    TIFFOpenOptionsSetWarningHandlerExtR(opts.get(), captureWarning, &msgs);
    TIFFOpenOptionsSetMaxSingleMemAlloc(opts.get(), tmsize_t(maxSingleAlloc));
    // "r": read; "m": no memory mapping (the device procs do not map).
    return TiffHandle(TIFFClientOpenExt(name.constData(), "rm", &device, deviceRead, deviceWrite, deviceSeek,
                                        deviceClose, deviceSize, noMap, noUnmap, opts.get()));
}

} // namespace tessera::tiffclient
