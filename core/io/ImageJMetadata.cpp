#include "core/io/ImageJMetadata.h"

#include <QStringList>

namespace tessera {

QString normalizeUnit(const QString& unit)
{
    const QString u = unit.trimmed();
    if (u == QLatin1String("micron") || u == QLatin1String("microns") || u == QLatin1String("um") ||
        u == QLatin1String("u") || u == QLatin1String("\\u00B5m") || u == QString(QChar(0x00B5)) + QLatin1Char('m') ||
        u == QString(QChar(0x03BC)) + QLatin1Char('m')) {
        return QString(QChar(0x00B5)) + QLatin1Char('m');
    }
    return u;
}

std::optional<ImageJDescription> ImageJDescription::parse(const QString& text)
{
    if (!text.startsWith(QLatin1String("ImageJ="))) {
        return std::nullopt;
    }
    ImageJDescription d;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            continue;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("images")) {
            d.images = value.toInt(&ok);
        } else if (key == QLatin1String("channels")) {
            d.channels = value.toInt(&ok);
        } else if (key == QLatin1String("slices")) {
            d.slices = value.toInt(&ok);
        } else if (key == QLatin1String("frames")) {
            d.frames = value.toInt(&ok);
        } else if (key == QLatin1String("hyperstack")) {
            d.hyperstack = value == QLatin1String("true");
        } else if (key == QLatin1String("unit")) {
            d.unit = normalizeUnit(value);
        } else if (key == QLatin1String("spacing")) {
            d.spacing = value.toDouble(&ok);
        } else if (key == QLatin1String("finterval")) {
            d.finterval = value.toDouble(&ok);
        } else if (key == QLatin1String("tunit")) {
            d.timeUnit = value;
        } else if (key == QLatin1String("min")) {
            d.displayMin = value.toDouble(&ok);
            d.hasDisplayRange = ok;
        } else if (key == QLatin1String("max")) {
            d.displayMax = value.toDouble(&ok);
        }
    }
    auto sanitize = [](int& v) {
        if (v < 0) {
            v = 0;
        }
    };
    sanitize(d.images);
    sanitize(d.channels);
    sanitize(d.slices);
    sanitize(d.frames);
    return d;
}

QString ImageJDescription::format(const Image& image)
{
    QString s = QStringLiteral("ImageJ=1.53t\n");
    const int n = image.planeCount();
    s += QStringLiteral("images=%1\n").arg(n);
    if (image.channels() > 1) {
        s += QStringLiteral("channels=%1\n").arg(image.channels());
    }
    if (image.slices() > 1) {
        s += QStringLiteral("slices=%1\n").arg(image.slices());
    }
    if (image.frames() > 1) {
        s += QStringLiteral("frames=%1\n").arg(image.frames());
    }
    const int dims = (image.channels() > 1) + (image.slices() > 1) + (image.frames() > 1);
    if (dims > 1 || image.channels() > 1) {
        s += QStringLiteral("hyperstack=true\nmode=composite\n");
    }
    const Calibration& cal = image.calibration;
    if (cal.isCalibrated()) {
        QString unit = cal.unit;
        if (unit == QString(QChar(0x00B5)) + QLatin1Char('m')) {
            unit = QStringLiteral("micron"); // ImageJ's ASCII spelling in TIFF descriptions
        }
        s += QStringLiteral("unit=%1\n").arg(unit);
    }
    if (image.slices() > 1 && cal.pixelDepth != 1.0) {
        s += QStringLiteral("spacing=%1\n").arg(cal.pixelDepth, 0, 'g', 17);
    }
    if (image.frames() > 1 && cal.frameInterval > 0) {
        s += QStringLiteral("finterval=%1\n").arg(cal.frameInterval, 0, 'g', 17);
    }
    if (!image.displayRanges.isEmpty()) {
        s += QStringLiteral("min=%1\nmax=%2\n")
                 .arg(image.displayRanges.first().min, 0, 'g', 17)
                 .arg(image.displayRanges.first().max, 0, 'g', 17);
    }
    s += QStringLiteral("loop=false\n");
    return s;
}

} // namespace tessera
