#pragma once

#include "core/common/Status.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QCPPainter;
class QCustomPlot;
class QWidget;

namespace tessera {

/**
 * Export of any QCustomPlot (scatter plot, histogram, …) as a figure; every write is atomic (QSaveFile). size: the
 * logical size of the figure in pixels (≤ 0 in a dimension: the widget's). Failures name the file.
 */
Status exportPlotPng(QCustomPlot* plot, const QString& path, QSize size = {}, double scale = 2.0);
/** Vector graphics (QSvgGenerator); title and description are stored in the SVG. */
Status exportPlotSvg(QCustomPlot* plot, const QString& path, QSize size = {}, const QString& title = {},
                     const QString& description = {});
/** One page of exactly the figure's size (96 dpi). */
Status exportPlotPdf(QCustomPlot* plot, const QString& path, QSize size = {}, const QString& title = {});

/**
 * The physical size of a plot figure for publication: width and height in millimetres at dpi (journals: 85 mm single
 * column, 180 mm double column, 300 DPI). Fonts and lines keep their on-screen point sizes: the plot is laid out at
 * 96 logical pixels per inch and scaled by dpi / 96.
 */
struct PlotFigureSize
{
    double widthMm = 85.0;
    double heightMm = 0.0; ///< <= 0: 3/4 of the width
    double dpi = 300.0;

    /** Output pixels: round(mm / 25.4 × dpi) in each dimension. */
    QSize pixelSize() const;
    /** The size the plot is laid out at (96 per inch). */
    QSize logicalSize() const;
    /** Empty when usable, else a readable reason (sizes 10–1000 mm, 10–4800 DPI). */
    QString validate() const;
    bool operator==(const PlotFigureSize& o) const
    {
        return widthMm == o.widthMm && heightMm == o.heightMm && dpi == o.dpi;
    }
};

/**
 * Draws plot into the rectangle target (device coordinates) of painter, laid out at logical size (the plot's fonts
 * and lines scale with target / logical). The painter's state is restored afterwards.
 */
void paintPlot(QCustomPlot* plot, QCPPainter& painter, const QRectF& target, QSize logical);

/**
 * Exports plot at a publication size to path, in the format of its suffix: PNG or TIFF (pixelSize(), DPI in the file),
 * SVG (width and height in mm) or PDF (one page of the size). Atomic; failures name the file.
 */
Status exportPlotFigure(QCustomPlot* plot, const QString& path, const PlotFigureSize& size, const QString& title = {});

/** Asks for the file to save to (filters separated by ";;"; selectedFilter read and written); empty = cancel. */
using PlotFileChooser = std::function<QString(const QString& filters, QString* selectedFilter)>;

/**
 * Asks for a size (as on screen, 85 mm, 180 mm or custom; DPI; remembered in Settings), then a file and a format
 * (PNG, SVG, PDF) and exports; errors in a message box. parent: dialog parent. chooseFile replaces the file dialog
 * (askSaveFileName) when set: tests answer it directly, since Qt's own file dialog cannot be driven reliably offscreen.
 */
void exportPlotDialog(QWidget* parent, QCustomPlot* plot, const QString& title, const PlotFileChooser& chooseFile = {});

} // namespace tessera
