#include "ui/figure/FigureOptions.h"

#include <QFileInfo>

#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::FigureOptions)
};

QString cornerName(FigureCorner corner)
{
    switch (corner) {
    case FigureCorner::BottomLeft:
        return QStringLiteral("bottomLeft");
    case FigureCorner::TopRight:
        return QStringLiteral("topRight");
    case FigureCorner::TopLeft:
        return QStringLiteral("topLeft");
    case FigureCorner::BottomRight:
        break;
    }
    return QStringLiteral("bottomRight");
}

FigureCorner cornerFromName(const QString& name)
{
    for (FigureCorner c : {FigureCorner::BottomLeft, FigureCorner::TopRight, FigureCorner::TopLeft}) {
        if (cornerName(c) == name) {
            return c;
        }
    }
    return FigureCorner::BottomRight;
}

/** map[key] as a double in [lo, hi], else fallback. */
double number(const QVariantMap& map, const QString& key, double fallback, double lo, double hi)
{
    bool ok = false;
    const double v = map.value(key).toDouble(&ok);
    return ok && std::isfinite(v) && v >= lo && v <= hi ? v : fallback;
}

bool flag(const QVariantMap& map, const QString& key, bool fallback)
{
    return map.contains(key) ? map.value(key).toBool() : fallback;
}

QColor color(const QVariantMap& map, const QString& key, const QColor& fallback)
{
    const QColor c = QColor::fromString(map.value(key).toString());
    return c.isValid() ? c : fallback;
}
} // namespace

bool figureFormatForPath(const QString& path, FigureFormat* format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    FigureFormat f = FigureFormat::Png;
    if (suffix == QLatin1String("png")) {
        f = FigureFormat::Png;
    } else if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        f = FigureFormat::Tiff;
    } else if (suffix == QLatin1String("svg")) {
        f = FigureFormat::Svg;
    } else if (suffix == QLatin1String("pdf")) {
        f = FigureFormat::Pdf;
    } else {
        return false;
    }
    if (format) {
        *format = f;
    }
    return true;
}

QString figureFormatSuffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Tiff:
        return QStringLiteral("tif");
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    case FigureFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

bool ScaleBarOptions::operator==(const ScaleBarOptions& o) const
{
    return enabled == o.enabled && length == o.length && corner == o.corner && color == o.color &&
           fontSize == o.fontSize && thickness == o.thickness && showLabel == o.showLabel &&
           pixelsWhenUncalibrated == o.pixelsWhenUncalibrated;
}

bool FigureOptions::operator==(const FigureOptions& o) const
{
    return region == o.region && scale == o.scale && dpi == o.dpi && rois == o.rois && roiNames == o.roiNames &&
           objects == o.objects && objectNumbers == o.objectNumbers && threshold == o.threshold &&
           lineWidth == o.lineWidth && labelFontSize == o.labelFontSize && objectColor == o.objectColor &&
           scaleBar == o.scaleBar;
}

QString FigureOptions::validate() const
{
    if (!(scale >= 0.05 && scale <= 32.0)) {
        return Tr::tr("The scale factor must lie between 0.05 and 32.");
    }
    if (!(dpi >= 10.0 && dpi <= 4800.0)) {
        return Tr::tr("The resolution must lie between 10 and 4800 DPI.");
    }
    if (!(lineWidth > 0.0 && lineWidth <= 72.0) || !(labelFontSize > 0.0 && labelFontSize <= 200.0) ||
        !(scaleBar.fontSize >= 0.0 && scaleBar.fontSize <= 200.0) ||
        !(scaleBar.thickness >= 0.0 && scaleBar.thickness <= 200.0)) {
        return Tr::tr("Line widths and font sizes must be positive (0 = automatic for the scale bar) and at most 200 "
                      "points.");
    }
    if (!std::isfinite(scaleBar.length)) {
        return Tr::tr("The scale bar length must be a number.");
    }
    return {};
}

QVariantMap FigureOptions::toVariantMap() const
{
    return {
        {QStringLiteral("scale"), scale},
        {QStringLiteral("dpi"), dpi},
        {QStringLiteral("rois"), rois},
        {QStringLiteral("roiNames"), roiNames},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("objectNumbers"), objectNumbers},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("lineWidth"), lineWidth},
        {QStringLiteral("labelFontSize"), labelFontSize},
        {QStringLiteral("objectColor"), objectColor.name(QColor::HexArgb)},
        {QStringLiteral("scaleBar"), scaleBar.enabled},
        {QStringLiteral("scaleBarLength"), scaleBar.length},
        {QStringLiteral("scaleBarCorner"), cornerName(scaleBar.corner)},
        {QStringLiteral("scaleBarColor"), scaleBar.color.name(QColor::HexArgb)},
        {QStringLiteral("scaleBarFontSize"), scaleBar.fontSize},
        {QStringLiteral("scaleBarThickness"), scaleBar.thickness},
        {QStringLiteral("scaleBarLabel"), scaleBar.showLabel},
        {QStringLiteral("scaleBarPixels"), scaleBar.pixelsWhenUncalibrated},
    };
}

FigureOptions FigureOptions::fromVariantMap(const QVariantMap& map)
{
    FigureOptions o;
    o.scale = number(map, QStringLiteral("scale"), o.scale, 0.05, 32.0);
    o.dpi = number(map, QStringLiteral("dpi"), o.dpi, 10.0, 4800.0);
    o.rois = flag(map, QStringLiteral("rois"), o.rois);
    o.roiNames = flag(map, QStringLiteral("roiNames"), o.roiNames);
    o.objects = flag(map, QStringLiteral("objects"), o.objects);
    o.objectNumbers = flag(map, QStringLiteral("objectNumbers"), o.objectNumbers);
    o.threshold = flag(map, QStringLiteral("threshold"), o.threshold);
    o.lineWidth = number(map, QStringLiteral("lineWidth"), o.lineWidth, 0.01, 72.0);
    o.labelFontSize = number(map, QStringLiteral("labelFontSize"), o.labelFontSize, 0.5, 200.0);
    o.objectColor = color(map, QStringLiteral("objectColor"), o.objectColor);
    ScaleBarOptions& b = o.scaleBar;
    b.enabled = flag(map, QStringLiteral("scaleBar"), b.enabled);
    b.length = number(map, QStringLiteral("scaleBarLength"), b.length, 0.0, 1e12);
    b.corner = cornerFromName(map.value(QStringLiteral("scaleBarCorner")).toString());
    b.color = color(map, QStringLiteral("scaleBarColor"), b.color);
    b.fontSize = number(map, QStringLiteral("scaleBarFontSize"), b.fontSize, 0.0, 200.0);
    b.thickness = number(map, QStringLiteral("scaleBarThickness"), b.thickness, 0.0, 200.0);
    b.showLabel = flag(map, QStringLiteral("scaleBarLabel"), b.showLabel);
    b.pixelsWhenUncalibrated = flag(map, QStringLiteral("scaleBarPixels"), b.pixelsWhenUncalibrated);
    return o;
}

bool objectNumbersByDefault(int largestLabel)
{
    return largestLabel >= 1 && largestLabel <= maxDefaultObjectNumbers();
}

double niceScaleBarLength(double width)
{
    const double target = width / 5.0;
    if (!(target > 0.0) || !std::isfinite(target)) {
        return 0.0;
    }
    double decade = std::pow(10.0, std::floor(std::log10(target)));
    // Guard against log10 rounding (target = 1000 giving a decade of 100 or 10000).
    if (decade > target) {
        decade /= 10.0;
    } else if (decade * 10.0 <= target) {
        decade *= 10.0;
    }
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= target * (1.0 + 1e-12)) {
            return step * decade;
        }
    }
    return decade;
}

QString scaleBarUnit(const Calibration& calibration)
{
    if (!calibration.isCalibrated()) {
        return QStringLiteral("px");
    }
    const QString u = calibration.unit.trimmed();
    if (u == QLatin1String("micron") || u == QLatin1String("microns") || u == QLatin1String("um") ||
        u == QLatin1String("u") || u == QString(QChar(0x03BC)) + QLatin1Char('m')) {
        return QString(QChar(0x00B5)) + QLatin1Char('m');
    }
    return u;
}

QString scaleBarLabel(double length, const Calibration& calibration)
{
    return QStringLiteral("%1 %2").arg(QString::number(length, 'g', 6), scaleBarUnit(calibration));
}

QString scaleBarNote(const Calibration& calibration, const ScaleBarOptions& options)
{
    if (options.enabled && !calibration.isCalibrated() && !options.pixelsWhenUncalibrated) {
        return Tr::tr("The image is not calibrated: no scale bar (choose a bar in pixels, or set the pixel size).");
    }
    return {};
}

} // namespace tessera
