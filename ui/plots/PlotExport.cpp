#include "ui/plots/PlotExport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <functional>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PlotExport)
};

QSize figureSize(const QCustomPlot* plot, QSize size)
{
    return QSize(size.width() > 0 ? size.width() : plot->width(), size.height() > 0 ? size.height() : plot->height());
}

Status writeError(const QString& path, const QSaveFile& file)
{
    return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
}

/** Opens path atomically, lets paint write to it, commits. */
Status writeAtomically(const QString& path, const std::function<bool(QSaveFile&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !paint(file) || !file.commit()) {
        return writeError(path, file);
    }
    return Status::ok();
}
} // namespace

Status exportPlotPng(QCustomPlot* plot, const QString& path, QSize size, double scale)
{
    const QSize s = figureSize(plot, size);
    const QPixmap pixmap = plot->toPixmap(s.width(), s.height(), scale);
    return writeAtomically(path, [&pixmap](QSaveFile& file) { return pixmap.save(&file, "PNG"); });
}

Status exportPlotSvg(QCustomPlot* plot, const QString& path, QSize size, const QString& title,
                     const QString& description)
{
    const QSize s = figureSize(plot, size);
    return writeAtomically(path, [&](QSaveFile& file) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(s);
        svg.setViewBox(QRect(QPoint(0, 0), s));
        svg.setTitle(title);
        svg.setDescription(description);
        QCPPainter painter(&svg);
        plot->toPainter(&painter, s.width(), s.height());
        return painter.end();
    });
}

Status exportPlotPdf(QCustomPlot* plot, const QString& path, QSize size, const QString& title)
{
    const QSize s = figureSize(plot, size);
    return writeAtomically(path, [&](QSaveFile& file) {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Tessera"));
        pdf.setTitle(title);
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(s.width() * 72.0 / 96.0, s.height() * 72.0 / 96.0), QPageSize::Point));
        QCPPainter painter(&pdf);
        plot->toPainter(&painter, s.width(), s.height());
        return painter.end();
    });
}

void exportPlotDialog(QWidget* parent, QCustomPlot* plot, const QString& title)
{
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG vector graphics (*.svg)");
    const QString pdf = Tr::tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(parent, title, QString(),
                                                QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        suffix = filter == svg ? QStringLiteral("svg") : filter == pdf ? QStringLiteral("pdf") : QStringLiteral("png");
        path += QLatin1Char('.') + suffix;
    }
    const Status s = suffix == QLatin1String("svg")   ? exportPlotSvg(plot, path, {}, title)
                     : suffix == QLatin1String("pdf") ? exportPlotPdf(plot, path, {}, title)
                                                      : exportPlotPng(plot, path);
    if (!s.isOk()) {
        QMessageBox::warning(parent, title, s.message());
    }
}

} // namespace tessera
