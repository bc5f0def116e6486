#pragma once

#include "core/common/Status.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigureOptions.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>

class QCustomPlot;

namespace tessera {

/**
 * A figure panel: the annotated image (FigureRenderer) at the left and a plot (the scatter plot) at its right, both
 * heightMm tall, in one PNG, TIFF, SVG or PDF. The image's scale factor is chosen so that its height is heightMm at
 * options.dpi (the figure options' own scale is ignored); the plot is laid out at 96 logical pixels per inch and
 * scaled to the DPI, so text on both halves has its point size on paper.
 */
struct FigurePanelLayout
{
    Q_DECLARE_TR_FUNCTIONS(tessera::FigurePanelLayout)

public:
    double heightMm = 70.0;   ///< height of the panel
    double plotWidthMm = 0.0; ///< <= 0: 1.2 × heightMm
    double gapMm = 3.0;       ///< space between image and plot

    /** The image figure's options for a panel: options with the scale that makes region height heightMm tall. */
    FigureOptions imageOptions(const FigureOptions& options, int regionHeight) const;
    /** Empty when usable, else a readable reason. */
    QString validate() const;
};

/** Geometry of a panel in output pixels. */
struct FigurePanelGeometry
{
    QSize size;       ///< whole panel
    QRectF image;     ///< where the image figure is drawn
    QRectF plot;      ///< where the plot is drawn
    QSize plotLayout; ///< the plot's logical size (96 per inch)
};

/** The panel's geometry for content with options (options.region, options.dpi) and layout. */
FigurePanelGeometry figurePanelGeometry(const FigureContent& content, const FigureOptions& options,
                                        const FigurePanelLayout& layout);

/** Writes the panel to path (format from the suffix), atomically. plot must not be null. */
Status writeFigurePanel(const FigureContent& content, const FigureOptions& options, QCustomPlot* plot,
                        const QString& path, const FigurePanelLayout& layout = {});

} // namespace tessera
