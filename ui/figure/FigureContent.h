#pragma once

#include "core/image/Image.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QString>

#include <opencv2/core.hpp>

namespace tessera {

class ImageDocument;
class ThresholdOverlay;

/**
 * Everything a figure draws, copied from a document on the GUI thread: afterwards rendering (FigureRenderer) needs
 * no document and may run anywhere. Coordinates are image pixels (pixel (c, r) covers [c, c+1) × [r, r+1)).
 */
struct FigureContent
{
    /** One ROI: outline, name and class colour. */
    struct RoiItem
    {
        QPainterPath path;
        QString name;
        QColor color;
    };

    QImage image;            ///< the plane as displayed (range, LUT, composite, invert), image-sized, Format_RGB32
    Calibration calibration; ///< of the image
    QList<RoiItem> rois;     ///< in document order
    cv::Mat labels;          ///< the label layer (CV_32S, image-sized) or empty
    int labelCount = 0;      ///< largest label in labels
    QImage threshold;        ///< the threshold overlay over the whole image (ARGB32 premultiplied) or null
    QString title;           ///< the image's file name (SVG/PDF metadata)

    /**
     * The document's current state: the displayed plane (renderDisplay() of its display state), its ROIs in their
     * class colours, its label layer, and the threshold overlay that overlay draws (nullptr: what a fresh overlay on
     * the document draws, i.e. the applied mask layer, else the preview when the threshold settings show one; an
     * overlay that is hidden contributes nothing).
     */
    static FigureContent fromDocument(ImageDocument& document, ThresholdOverlay* overlay = nullptr);
};

} // namespace tessera
