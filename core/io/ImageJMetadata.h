#pragma once

#include "core/image/Image.h"

#include <QString>

#include <optional>

namespace tessera {

/**
 * The parts of an ImageJ TIFF ImageDescription ("ImageJ=1.53t\nimages=10\nchannels=2\n...") that Tessera uses.
 * Missing keys keep their defaults (0 or empty means "not given").
 */
struct ImageJDescription
{
    int images = 0;
    int channels = 0;
    int slices = 0;
    int frames = 0;
    bool hyperstack = false;
    QString unit;          ///< as written; "micron" and "\u00B5m" are normalised to "µm"
    double spacing = 0.0;  ///< z step in units
    double finterval = 0.0;
    QString timeUnit;      ///< "tunit=", empty when absent
    double displayMin = 0.0;
    double displayMax = 0.0;
    bool hasDisplayRange = false;

    /** Parses text; returns nullopt when it is not an ImageJ description (no leading "ImageJ="). */
    static std::optional<ImageJDescription> parse(const QString& text);
    /** Formats the description ImageJ 1.53 writes for an image with these dimensions and calibration. */
    static QString format(const Image& image);
};

/** Normalises unit spellings ("micron", "um", "u", "\\u00B5m") to "µm"; returns others unchanged. */
QString normalizeUnit(const QString& unit);

} // namespace tessera
