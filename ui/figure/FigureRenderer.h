#pragma once

#include "core/common/Status.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigureOptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <vector>

class QFontMetricsF;
class QPainter;

namespace tessera {

/**
 * Renders an annotated figure: the region of the displayed image (FigureContent) scaled by options.scale, with the
 * threshold overlay, the label layer's object outlines (pixel-edge polygons, core traceOutline()) and numbers, the
 * ROI outlines and names in their class colours, and a scale bar. Output pixel (0, 0) is the region's top-left
 * corner; the output is round(region size × scale) pixels. Lines and text are drawn at output resolution in points
 * converted with options.dpi, so they stay sharp and keep their size on paper; in SVG and PDF the image is one
 * embedded raster (no smoothing when scaled up) and every overlay a vector path or text.
 *
 * Object outlines are computed once in the constructor (for objects meeting the region). Pure value; thread-safe
 * for const use (painting uses only the calling thread's painter).
 */
class FigureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(tessera::FigureRenderer)

public:
    FigureRenderer(FigureContent content, FigureOptions options);

    const FigureOptions& options() const { return m_options; }
    const FigureContent& content() const { return m_content; }
    /** The region drawn: options.region clipped to the image, or the whole image. */
    QRect region() const { return m_region; }
    /** Output size in pixels. */
    QSize outputSize() const { return m_size; }
    /** Image coordinates → output pixels. */
    QTransform imageToOutput() const { return m_transform; }

    /**
     * Where and how the scale bar is drawn (output pixels). The bar is horizontal: its length in output pixels is
     * round(length / pixelWidth × scale); it sits in the chosen corner with a margin of 8 pt (at most 5 % of the
     * smaller side), the label centred over it (under it in the top corners). Automatic sizes (ScaleBarOptions
     * fontSize / thickness 0): the label's font is 5 % of the output's smaller side in pixels, at least 8 px and at
     * most 10 pt (fewer pixels when 10 pt is less than 8 px); the bar is 0.3 × that, at least 1 px.
     */
    struct ScaleBar
    {
        bool shown = false;
        double length = 0.0;     ///< calibrated units (pixels when uncalibrated)
        double fontPixels = 0.0; ///< the label font's pixel size (output pixels)
        QString label;           ///< "10 µm"
        QRectF bar;              ///< the bar's rectangle
        QRectF labelBox;         ///< where the label is drawn (empty without a label)
    };
    ScaleBar scaleBar() const;
    /** Notes for the user (e.g. no scale bar on an uncalibrated image; bar longer than the figure; object numbers
     *  left out because they do not fit their objects). */
    QStringList notes() const;

    /** Paints the figure onto painter in output pixels with (0, 0) at the figure's top-left corner. */
    void paint(QPainter& painter) const;
    /** The figure as an RGB32 image carrying options.dpi. */
    QImage toImage() const;
    /** Writes the figure in the format of path's suffix (.png, .tif, .tiff, .svg, .pdf), atomically. */
    Status write(const QString& path) const;
    Status write(const QString& path, FigureFormat format) const;

    /** One object of the label layer: its outline (image coordinates) and the position of its number. */
    struct Object
    {
        int label = 0;
        QPainterPath outline;
        QPointF centre;
    };
    const std::vector<Object>& objects() const { return m_objects; }

private:
    void computeObjects();
    void paintObjects(QPainter& painter) const;
    /** Whether object's number, in metrics' font, fits inside the object's box and its centre is on the figure. */
    bool numberFits(const Object& object, const QFontMetricsF& metrics) const;
    void paintRois(QPainter& painter) const;
    void paintScaleBar(QPainter& painter) const;

    FigureContent m_content;
    FigureOptions m_options;
    QRect m_region;
    QSize m_size;
    QTransform m_transform;
    std::vector<Object> m_objects;
};

} // namespace tessera
