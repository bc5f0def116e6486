#pragma once

#include "core/common/Status.h"

#include <QSize>
#include <QString>

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
/** Asks for a file and a format (PNG, SVG, PDF) and exports; errors in a message box. parent: dialog parent. */
void exportPlotDialog(QWidget* parent, QCustomPlot* plot, const QString& title);

} // namespace tessera
