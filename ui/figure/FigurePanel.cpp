#include "ui/figure/FigurePanel.h"

#include "ui/figure/FigureFile.h"
#include "ui/figure/FigureRenderer.h"
#include "ui/plots/PlotExport.h"

#include <qcustomplot.h>

#include <cmath>

namespace tessera {

FigureOptions FigurePanelLayout::imageOptions(const FigureOptions& options, int regionHeight) const
{
    FigureOptions o = options;
    if (regionHeight > 0) {
        o.scale = heightMm / 25.4 * options.dpi / regionHeight;
    }
    return o;
}

QString FigurePanelLayout::validate() const
{
    const double plotWidth = plotWidthMm > 0.0 ? plotWidthMm : 1.2 * heightMm;
    if (!(heightMm >= 10.0 && heightMm <= 1000.0 && plotWidth >= 10.0 && plotWidth <= 1000.0 && gapMm >= 0.0 &&
          gapMm <= 100.0)) {
        return tr("The panel's height and plot width must lie between 10 and 1000 mm.");
    }
    return {};
}

FigurePanelGeometry figurePanelGeometry(const FigureContent& content, const FigureOptions& options,
                                        const FigurePanelLayout& layout)
{
    const QRect whole(QPoint(0, 0), content.image.size());
    const QRect region = options.region.isEmpty() ? whole : options.region.intersected(whole);
    const double mmToPx = options.dpi / 25.4;
    FigurePanelGeometry g;
    const double height = std::round(layout.heightMm * mmToPx);
    const double scale = region.height() > 0 ? height / region.height() : 1.0;
    const double imageWidth = std::round(region.width() * scale);
    const double gap = std::round(layout.gapMm * mmToPx);
    const double plotWidthMm = layout.plotWidthMm > 0.0 ? layout.plotWidthMm : 1.2 * layout.heightMm;
    const double plotWidth = std::round(plotWidthMm * mmToPx);
    g.image = QRectF(0, 0, imageWidth, height);
    g.plot = QRectF(imageWidth + gap, 0, plotWidth, height);
    g.size = QSize(int(imageWidth + gap + plotWidth), int(height));
    g.plotLayout = QSize(std::max(1, int(std::lround(plotWidthMm / 25.4 * 96.0))),
                         std::max(1, int(std::lround(layout.heightMm / 25.4 * 96.0))));
    return g;
}

Status writeFigurePanel(const FigureContent& content, const FigureOptions& options, QCustomPlot* plot,
                        const QString& path, const FigurePanelLayout& layout)
{
    FigureFormat format = FigureFormat::Png;
    if (!figureFormatForPath(path, &format)) {
        return Status::invalid(FigurePanelLayout::tr("Cannot write \"%1\": unknown figure format (use .png, .tif, "
                                                     ".svg or .pdf).")
                                   .arg(path));
    }
    QString problem = layout.validate();
    if (problem.isEmpty()) {
        problem = options.validate();
    }
    if (!problem.isEmpty()) {
        return Status::invalid(problem);
    }
    const FigurePanelGeometry g = figurePanelGeometry(content, options, layout);
    const QRect whole(QPoint(0, 0), content.image.size());
    const QRect region = options.region.isEmpty() ? whole : options.region.intersected(whole);
    if (region.isEmpty() || !plot) {
        return Status::invalid(FigurePanelLayout::tr("Cannot write \"%1\": the figure's region is empty.").arg(path));
    }
    const FigureRenderer image(content, layout.imageOptions(options, region.height()));
    return writeFigureFile(path, format, g.size, options.dpi, content.title,
                           [&](QPaintDevice& device, const QTransform& toDevice) {
                               QCPPainter painter(&device);
                               if (!painter.isActive()) {
                                   return false;
                               }
                               painter.setTransform(toDevice);
                               painter.fillRect(QRectF(QPointF(0, 0), QSizeF(g.size)), Qt::white);
                               image.paint(painter);
                               paintPlot(plot, painter, g.plot, g.plotLayout);
                               return painter.end();
                           });
}

} // namespace tessera
