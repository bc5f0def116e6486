#pragma once

#include "core/common/Status.h"
#include "ui/figure/FigureOptions.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QIODevice;
class QTransform;
class QPaintDevice;

namespace tessera {

/**
 * Writes one figure of size output pixels at dpi to path in format, atomically (QSaveFile: an existing file is
 * replaced only when the new one is complete). paint(device, toDevice) draws the figure with its own painter, whose
 * transform it first sets to toDevice; it then paints in output pixels, (0, 0) top-left, and returns false on
 * failure. Every device reports 96 DPI while painting (so point-sized fonts, e.g. a QCustomPlot's, come out as 96
 * logical pixels per inch; draw figure text with pixel-sized fonts). Raster formats paint onto a white
 * Format_RGB32 image whose dots-per-metre then carry dpi (PNG pHYs; TIFF X/YResolution in inch); SVG gets a viewBox
 * in output pixels and width/height of exactly size / dpi in mm; PDF one page of exactly size / dpi inches. title
 * goes into SVG and PDF metadata. Failures name the file.
 */
Status writeFigureFile(const QString& path, FigureFormat format, QSize size, double dpi, const QString& title,
                       const std::function<bool(QPaintDevice&, const QTransform&)>& paint);

/**
 * Encodes image (any format; converted to 8-bit RGB) as a baseline little-endian TIFF: one uncompressed RGB strip,
 * XResolution = YResolution = dpi with ResolutionUnit inch, Software "Tessera". False when the device fails or the
 * pixel data would reach 4 GiB.
 */
bool writeRgbTiff(const QImage& image, double dpi, QIODevice& device);

/** Dots per metre for dpi (QImage::setDotsPerMeterX()). */
int dotsPerMeter(double dpi);

} // namespace tessera
