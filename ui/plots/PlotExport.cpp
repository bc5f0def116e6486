#include "ui/plots/PlotExport.h"

#include "ui/app/FileDialogs.h"
#include "ui/figure/FigureFile.h"
#include "ui/settings/Settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
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
    QImage image = plot->toPixmap(s.width(), s.height(), scale).toImage();
    // The figure is laid out at 96 logical pixels per inch: scale 2 is 192 DPI.
    image.setDotsPerMeterX(dotsPerMeter(96.0 * scale));
    image.setDotsPerMeterY(dotsPerMeter(96.0 * scale));
    return writeAtomically(path, [&image](QSaveFile& file) { return image.save(&file, "PNG"); });
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

QSize PlotFigureSize::pixelSize() const
{
    const double h = heightMm > 0.0 ? heightMm : widthMm * 0.75;
    return QSize(int(std::lround(widthMm / 25.4 * dpi)), int(std::lround(h / 25.4 * dpi)));
}

QSize PlotFigureSize::logicalSize() const
{
    const double h = heightMm > 0.0 ? heightMm : widthMm * 0.75;
    return QSize(std::max(1, int(std::lround(widthMm / 25.4 * 96.0))), std::max(1, int(std::lround(h / 25.4 * 96.0))));
}

QString PlotFigureSize::validate() const
{
    const double h = heightMm > 0.0 ? heightMm : widthMm * 0.75;
    if (!(widthMm >= 10.0 && widthMm <= 1000.0 && h >= 10.0 && h <= 1000.0)) {
        return Tr::tr("The plot's width and height must lie between 10 and 1000 mm.");
    }
    if (!(dpi >= 10.0 && dpi <= 4800.0)) {
        return Tr::tr("The resolution must lie between 10 and 4800 DPI.");
    }
    return {};
}

void paintPlot(QCustomPlot* plot, QCPPainter& painter, const QRectF& target, QSize logical)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    plot->toPainter(&painter, logical.width(), logical.height());
    painter.restore();
}

Status exportPlotFigure(QCustomPlot* plot, const QString& path, const PlotFigureSize& size, const QString& title)
{
    FigureFormat format = FigureFormat::Png;
    if (!figureFormatForPath(path, &format)) {
        return Status::invalid(Tr::tr("Cannot write \"%1\": unknown format (use .png, .tif, .svg or .pdf).").arg(path));
    }
    const QString problem = size.validate();
    if (!problem.isEmpty()) {
        return Status::invalid(problem);
    }
    const QSize pixels = size.pixelSize();
    return writeFigureFile(path, format, pixels, size.dpi, title,
                           [&](QPaintDevice& device, const QTransform& toDevice) {
                               QCPPainter painter(&device);
                               if (!painter.isActive()) {
                                   return false;
                               }
                               painter.setTransform(toDevice);
                               paintPlot(plot, painter, QRectF(QPointF(0, 0), QSizeF(pixels)), size.logicalSize());
                               return painter.end();
                           });
}

namespace {
/** The size part of the plot export: preset, width, height, DPI. Returns false when cancelled. */
bool askPlotSize(QWidget* parent, QCustomPlot* plot, const QString& title, PlotFigureSize* size)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("plotSizeDialog"));
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* preset = new QComboBox(&dialog);
    preset->setObjectName(QStringLiteral("plotSizePreset"));
    preset->addItem(Tr::tr("As on screen"));
    preset->addItem(Tr::tr("Single column (85 mm)"), 85.0);
    preset->addItem(Tr::tr("Double column (180 mm)"), 180.0);
    preset->addItem(Tr::tr("Custom"));
    auto* width = new QDoubleSpinBox(&dialog);
    width->setObjectName(QStringLiteral("plotWidthMm"));
    width->setRange(10, 1000);
    width->setSuffix(Tr::tr(" mm"));
    auto* height = new QDoubleSpinBox(&dialog);
    height->setObjectName(QStringLiteral("plotHeightMm"));
    height->setRange(10, 1000);
    height->setSuffix(Tr::tr(" mm"));
    auto* dpi = new QDoubleSpinBox(&dialog);
    dpi->setObjectName(QStringLiteral("plotDpi"));
    dpi->setRange(10, 4800);
    dpi->setDecimals(0);
    dpi->setSuffix(Tr::tr(" DPI"));
    form->addRow(Tr::tr("Size:"), preset);
    form->addRow(Tr::tr("Width:"), width);
    form->addRow(Tr::tr("Height:"), height);
    form->addRow(Tr::tr("Resolution:"), dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    const QVariantMap saved = Settings().plotExport();
    preset->setCurrentIndex(std::clamp(saved.value(QStringLiteral("preset"), 1).toInt(), 0, preset->count() - 1));
    width->setValue(saved.value(QStringLiteral("widthMm"), 85.0).toDouble());
    height->setValue(saved.value(QStringLiteral("heightMm"), 64.0).toDouble());
    dpi->setValue(saved.value(QStringLiteral("dpi"), 300.0).toDouble());
    auto sync = [=] {
        const int i = preset->currentIndex();
        if (i == 0) { // the widget's size at 96 per inch
            width->setValue(plot->width() * 25.4 / 96.0);
            height->setValue(plot->height() * 25.4 / 96.0);
        } else if (preset->currentData().isValid()) {
            const double w = preset->currentData().toDouble();
            height->setValue(std::round(w * height->value() / std::max(1.0, width->value())));
            width->setValue(w);
        }
        width->setEnabled(i == preset->count() - 1);
        height->setEnabled(i != 0);
    };
    QObject::connect(preset, &QComboBox::currentIndexChanged, &dialog, sync);
    sync();
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    size->widthMm = width->value();
    size->heightMm = height->value();
    size->dpi = dpi->value();
    Settings().setPlotExport({{QStringLiteral("preset"), preset->currentIndex()},
                              {QStringLiteral("widthMm"), size->widthMm},
                              {QStringLiteral("heightMm"), size->heightMm},
                              {QStringLiteral("dpi"), size->dpi}});
    return true;
}
} // namespace

void exportPlotDialog(QWidget* parent, QCustomPlot* plot, const QString& title, const PlotFileChooser& chooseFile)
{
    PlotFigureSize size;
    if (!askPlotSize(parent, plot, title, &size)) {
        return;
    }
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG vector graphics (*.svg)");
    const QString pdf = Tr::tr("PDF document (*.pdf)");
    QString filter = png;
    const QString filters = QStringList{png, svg, pdf}.join(QStringLiteral(";;"));
    QString path =
        chooseFile ? chooseFile(filters, &filter) : askSaveFileName(parent, title, QString(), filters, &filter);
    if (path.isEmpty()) {
        return;
    }
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        suffix = filter == svg ? QStringLiteral("svg") : filter == pdf ? QStringLiteral("pdf") : QStringLiteral("png");
        path += QLatin1Char('.') + suffix;
    }
    const Status s = exportPlotFigure(plot, path, size, title);
    if (!s.isOk()) {
        QMessageBox::warning(parent, title, s.message());
    }
}

} // namespace tessera
