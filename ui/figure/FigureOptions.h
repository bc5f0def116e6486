#pragma once

#include "core/image/Image.h"

#include <QColor>
#include <QCoreApplication>
#include <QRect>
#include <QString>
#include <QVariantMap>

namespace tessera {

/** File formats of an exported figure (chosen from the file name's suffix by figureFormatForPath()). */
enum class FigureFormat
{
    Png,  ///< raster, DPI in the pHYs chunk
    Tiff, ///< raster (RGB, uncompressed), DPI in X/YResolution with ResolutionUnit inch
    Svg,  ///< the image embedded as a raster, overlays as vector paths and text
    Pdf,  ///< one page of the figure's physical size, vector overlays over the raster
};

/** The format for path's suffix (.png, .tif/.tiff, .svg, .pdf; case-insensitive); false when it is none of them. */
bool figureFormatForPath(const QString& path, FigureFormat* format);
/** "png", "tif", "svg" or "pdf". */
QString figureFormatSuffix(FigureFormat format);

/** A corner of the figure (scale bar position). */
enum class FigureCorner
{
    BottomRight,
    BottomLeft,
    TopRight,
    TopLeft,
};

/**
 * The scale bar of a figure. Sizes set (> 0) are in typographic points (1/72 inch) at the figure's DPI, so text and
 * bar keep their physical size on paper whatever the pixel count. Sizes left at 0 (the default) are automatic and
 * follow the figure's size (FigureRenderer::scaleBar()): the label is 5 % of the figure's smaller side, at least
 * 8 output pixels and at most 10 pt, and the bar 0.3 × the label height, so a small image does not carry a label
 * as large as on a page-sized one.
 */
struct ScaleBarOptions
{
    bool enabled = true;
    /** Length in calibrated units (pixels for uncalibrated images); <= 0: automatic (niceScaleBarLength()). */
    double length = 0.0;
    FigureCorner corner = FigureCorner::BottomRight;
    QColor color = Qt::white;
    double fontSize = 0.0;  ///< label height in points; 0: automatic
    double thickness = 0.0; ///< bar height in points; 0: automatic
    bool showLabel = true;  ///< "10 µm" above the bar
    /** Uncalibrated images: a bar in pixels ("100 px") when true, else no bar (scaleBarNote() says why). */
    bool pixelsWhenUncalibrated = true;

    bool operator==(const ScaleBarOptions& o) const;
    bool operator!=(const ScaleBarOptions& o) const { return !(*this == o); }
};

/**
 * What an exported figure shows and at which size: the region of the image (empty = the whole image), the scale
 * factor (output pixels per image pixel), the DPI written into the file and used for text and line sizes, and the
 * layers drawn over the displayed image.
 */
struct FigureOptions
{
    QRect region;       ///< image pixels; empty = whole image; clipped to the image
    double scale = 1.0; ///< output pixels per image pixel, in [0.05, 32]
    double dpi = 300.0; ///< in [10, 4800]
    bool rois = true;
    bool roiNames = true;
    bool objects = true;        ///< outlines of the label layer's objects
    bool objectNumbers = false; ///< each object's label number at its centre (dialog: objectNumbersByDefault())
    bool threshold = true;      ///< the threshold overlay when the viewer shows one
    double lineWidth = 1.0;     ///< ROI and object outlines, points (object outlines at most one image pixel wide)
    double labelFontSize = 8.0; ///< ROI names and object numbers (drawn only where they fit the object), points
    QColor objectColor = QColor(0, 255, 255);
    ScaleBarOptions scaleBar;

    bool operator==(const FigureOptions& o) const;
    bool operator!=(const FigureOptions& o) const { return !(*this == o); }

    /** Empty when the options can be used, else a readable reason. */
    QString validate() const;
    /** Points → output pixels at dpi. */
    double pointsToPixels(double points) const { return points * dpi / 72.0; }

    /** Every option as a map (for Settings); the region is not stored (it belongs to one image). */
    QVariantMap toVariantMap() const;
    /** Options from toVariantMap(); missing or invalid entries keep their defaults. */
    static FigureOptions fromVariantMap(const QVariantMap& map);
};

/**
 * Whether the export dialog turns object numbers on when the user has not chosen: when the image has a label layer
 * whose largest object number is between 1 and maxDefaultObjectNumbers() (more numbers than that crowd a figure;
 * numbers that do not fit their object are never drawn anyway).
 */
bool objectNumbersByDefault(int largestLabel);
constexpr int maxDefaultObjectNumbers()
{
    return 200;
}

/**
 * The automatic scale bar length: the largest 1-2-5 number (…, 1, 2, 5, 10, 20, 50, …) not above a fifth of width
 * (width in calibrated units). 0 when width <= 0 or not finite.
 */
double niceScaleBarLength(double width);

/** The unit as written on a scale bar: "micron", "microns", "um", "u" → "µm"; "pixel" → "px"; others unchanged. */
QString scaleBarUnit(const Calibration& calibration);

/** The scale bar's label: the length with up to 6 significant digits and the unit ("10 µm", "0.5 mm", "100 px"). */
QString scaleBarLabel(double length, const Calibration& calibration);

/** Why the figure has no scale bar although one is enabled (uncalibrated image with pixels off), else empty. */
QString scaleBarNote(const Calibration& calibration, const ScaleBarOptions& options);

} // namespace tessera
