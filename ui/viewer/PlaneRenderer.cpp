#include "ui/viewer/PlaneRenderer.h"

#include <QColor>

#include <cmath>
#include <cstring>

namespace tessera {

Lut Lut::grays()
{
    return byName(QStringLiteral("Grays"));
}

QStringList Lut::names()
{
    return {QStringLiteral("Grays"), QStringLiteral("Fire"), QStringLiteral("Red"),     QStringLiteral("Green"),
            QStringLiteral("Blue"),  QStringLiteral("Cyan"), QStringLiteral("Magenta"), QStringLiteral("Yellow")};
}

Lut Lut::byName(const QString& name)
{
    Lut lut;
    lut.name = name;
    lut.colors.resize(256);
    for (int i = 0; i < 256; ++i) {
        int r = i, g = i, b = i;
        if (name == QLatin1String("Red")) {
            g = b = 0;
        } else if (name == QLatin1String("Green")) {
            r = b = 0;
        } else if (name == QLatin1String("Blue")) {
            r = g = 0;
        } else if (name == QLatin1String("Cyan")) {
            r = 0;
        } else if (name == QLatin1String("Magenta")) {
            g = 0;
        } else if (name == QLatin1String("Yellow")) {
            b = 0;
        } else if (name == QLatin1String("Fire")) {
            // black → blue/purple → red → orange → yellow → white, a smooth approximation of ImageJ's Fire
            const double x = i / 255.0;
            r = int(255 * std::clamp(1.6 * x, 0.0, 1.0));
            g = int(255 * std::clamp(2.0 * x - 0.8, 0.0, 1.0));
            b = int(255 *
                    std::clamp(x < 0.35 ? 2.2 * x : (x < 0.6 ? 0.77 - 3.0 * (x - 0.35) : 3.5 * (x - 0.75)), 0.0, 1.0));
        }
        lut.colors[i] = qRgb(r, g, b);
    }
    return lut;
}

QImage renderPlane(const cv::Mat& plane, DisplayRange range, const Lut& lut)
{
    QImage out(plane.cols, plane.rows, QImage::Format_Indexed8);
    out.setColorTable(lut.colors.size() == 256 ? lut.colors : Lut::grays().colors);
    if (plane.empty()) {
        return out;
    }
    const double span = range.max > range.min ? range.max - range.min : 1.0;
    const double alpha = 255.0 / span;
    const double beta = -range.min * alpha;
    cv::Mat mapped;
    if (plane.depth() == CV_32F) {
        cv::Mat clean = plane.clone();
        cv::patchNaNs(clean, range.min);
        clean.convertTo(mapped, CV_8U, alpha, beta);
    } else {
        plane.convertTo(mapped, CV_8U, alpha, beta);
    }
    for (int r = 0; r < mapped.rows; ++r) {
        std::memcpy(out.scanLine(r), mapped.ptr(r), size_t(mapped.cols));
    }
    return out;
}

} // namespace tessera
