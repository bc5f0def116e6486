#pragma once

#include "core/image/Image.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace tessera {

/**
 * The parts of an ImageJ TIFF ImageDescription ("ImageJ=1.53t\nimages=10\nchannels=2\n...") that Tessera uses.
 * Missing keys keep their defaults (0 or empty means "not given"). Values written by ImageJ's escaping
 * (`\uXXXX` for non-ASCII characters) are unescaped. Thread safety: a plain value type.
 */
struct ImageJDescription
{
    int images = 0;
    int channels = 0;
    int slices = 0;
    int frames = 0;
    bool hyperstack = false;
    QString unit;           ///< as written, normalised by normalizeUnit() ("micron" -> "µm")
    double spacing = 0.0;   ///< z step in units; 0 when absent
    double finterval = 0.0; ///< time between frames in timeUnit; 0 when absent
    QString timeUnit;       ///< "tunit=", empty when absent (ImageJ's default is seconds)
    double displayMin = 0.0;
    double displayMax = 0.0;
    bool hasDisplayRange = false; ///< true when both "min=" and "max=" were valid numbers

    /** Parses text; returns nullopt when it is not an ImageJ description (no leading "ImageJ="). */
    static std::optional<ImageJDescription> parse(const QString& text);

    /**
     * Formats the description ImageJ 1.53t's FileSaver.getDescriptionString() writes for this image, key by key
     * in ImageJ's order: `ImageJ=`, `images=` (only for more than one plane), `channels=`/`slices=`/`frames=`
     * (only when > 1), `hyperstack=true` (for more than one non-trivial dimension or several channels),
     * `mode=composite` (several channels), `unit=` (calibrated images; "µm" is written as ImageJ's ASCII
     * "micron", other non-ASCII characters as `\uXXXX`), `finterval=` (when > 0; an integral value without ".0", as
     * ImageJ does), `tunit=` (unless seconds), `spacing=` (stacks whose z step is not 1), `loop=false` (stacks),
     * `min=`/`max=` (the first channel's display range, when the image has display ranges). Numbers are written like
     * Java's Double.toString (shortest round-trip form, integral values with ".0"), so they read back exactly.
     */
    static QString format(const Image& image);
};

/** Normalises unit spellings ("micron", "microns", "um", "u", "\\u00B5m", "μm") to "µm"; returns others trimmed. */
QString normalizeUnit(const QString& unit);

/**
 * Per-channel display ranges stored in ImageJ's private TIFF tags 50838 (IJMetadataByteCounts, LONG) and 50839
 * (IJMetadata, BYTE): a header "IJIJ" followed by (type, count) pairs, then the blocks; the "rang" block holds
 * min, max as IEEE doubles for each channel. Integers and doubles use the TIFF file's byte order.
 */
namespace imagej {
/**
 * Extracts the "rang" block; returns an empty vector when absent or malformed (never reads out of bounds).
 * counts are the 50838 values, data the 50839 bytes, bigEndian the file's byte order.
 */
QVector<DisplayRange> parseRanges(const QVector<quint32>& counts, const QByteArray& data, bool bigEndian);
/** Builds the 50838 counts and 50839 bytes holding ranges (little-endian); empty when ranges is empty. */
void formatRanges(const QVector<DisplayRange>& ranges, QVector<quint32>& counts, QByteArray& data);
/** Java's Double.toString-like formatting used in ImageJ descriptions: shortest round-trip, "115.0" for 115. */
QString formatNumber(double value);
} // namespace imagej

} // namespace tessera
