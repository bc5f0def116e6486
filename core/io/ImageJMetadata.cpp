#include "core/io/ImageJMetadata.h"

#include <QLocale>
#include <QStringList>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace tessera {

namespace {

const QString kMicro = QString(QChar(0x00B5)) + QLatin1Char('m');

/** Undoes ImageJ's appendEscapedLine(): "\uXXXX" (4 hex digits) becomes the character. */
QString unescape(const QString& value)
{
    if (!value.contains(QLatin1String("\\u"))) {
        return value;
    }
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 5 < value.size() && value[i + 1] == QLatin1Char('u')) {
            bool ok = false;
            const ushort code = value.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 5;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

/** ImageJ's escaping: characters outside printable ASCII become "\uXXXX". */
QString escape(const QString& value)
{
    QString out;
    for (const QChar ch : value) {
        if (ch.unicode() < 32 || ch.unicode() > 126) {
            out += QStringLiteral("\\u%1").arg(int(ch.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

constexpr quint32 kMagic = 0x494a494a;  // "IJIJ"
constexpr quint32 kRanges = 0x72616e67; // "rang"

quint32 readU32(const char* p, bool bigEndian)
{
    return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}

} // namespace

QString normalizeUnit(const QString& unit)
{
    const QString u = unit.trimmed();
    if (u == QLatin1String("micron") || u == QLatin1String("microns") || u == QLatin1String("um") ||
        u == QLatin1String("u") || u == QLatin1String("\\u00B5m") || u == kMicro ||
        u == QString(QChar(0x03BC)) + QLatin1Char('m')) {
        return kMicro;
    }
    return u;
}

std::optional<ImageJDescription> ImageJDescription::parse(const QString& text)
{
    if (!text.startsWith(QLatin1String("ImageJ="))) {
        return std::nullopt;
    }
    ImageJDescription d;
    bool hasMin = false;
    bool hasMax = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
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
            d.unit = normalizeUnit(unescape(value));
        } else if (key == QLatin1String("spacing")) {
            d.spacing = value.toDouble(&ok);
        } else if (key == QLatin1String("finterval")) {
            d.finterval = value.toDouble(&ok);
        } else if (key == QLatin1String("tunit")) {
            d.timeUnit = unescape(value);
        } else if (key == QLatin1String("min")) {
            d.displayMin = value.toDouble(&hasMin);
        } else if (key == QLatin1String("max")) {
            d.displayMax = value.toDouble(&hasMax);
        }
    }
    d.hasDisplayRange = hasMin && hasMax && std::isfinite(d.displayMin) && std::isfinite(d.displayMax);
    for (int* v : {&d.images, &d.channels, &d.slices, &d.frames}) {
        *v = std::max(0, *v);
    }
    if (!std::isfinite(d.spacing) || d.spacing < 0) {
        d.spacing = 0.0;
    }
    if (!std::isfinite(d.finterval) || d.finterval < 0) {
        d.finterval = 0.0;
    }
    return d;
}

QString imagej::formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e7) {
        return QString::number(value, 'f', 1);
    }
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString ImageJDescription::format(const Image& image)
{
    QString s = QStringLiteral("ImageJ=1.53t\n");
    const int n = image.planeCount();
    if (n > 1) {
        s += QStringLiteral("images=%1\n").arg(n);
    }
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
        s += QStringLiteral("hyperstack=true\n");
    }
    if (image.channels() > 1) {
        s += QStringLiteral("mode=composite\n");
    }
    const Calibration& cal = image.calibration;
    if (cal.isCalibrated()) {
        const QString unit = normalizeUnit(cal.unit) == kMicro ? QStringLiteral("micron") : escape(cal.unit);
        s += QStringLiteral("unit=%1\n").arg(unit);
    }
    if (cal.frameInterval > 0) {
        // ImageJ writes an integral interval as an int ("finterval=2"), others like Double.toString.
        const bool integral = cal.frameInterval == std::floor(cal.frameInterval) && cal.frameInterval < 2147483647.0;
        s += QStringLiteral("finterval=%1\n")
                 .arg(integral ? QString::number(qint64(cal.frameInterval)) : imagej::formatNumber(cal.frameInterval));
    }
    if (!cal.timeUnit.isEmpty() && cal.timeUnit != QLatin1String("s") && cal.timeUnit != QLatin1String("sec")) {
        s += QStringLiteral("tunit=%1\n").arg(escape(cal.timeUnit));
    }
    if (n > 1) {
        if (cal.pixelDepth != 1.0) {
            s += QStringLiteral("spacing=%1\n").arg(imagej::formatNumber(cal.pixelDepth));
        }
        s += QStringLiteral("loop=false\n");
    }
    if (!image.displayRanges.isEmpty()) {
        s += QStringLiteral("min=%1\nmax=%2\n")
                 .arg(imagej::formatNumber(image.displayRanges.first().min),
                      imagej::formatNumber(image.displayRanges.first().max));
    }
    return s;
}

QVector<DisplayRange> imagej::parseRanges(const QVector<quint32>& counts, const QByteArray& data, bool bigEndian)
{
    // Header: magic, then (type, count) pairs; counts[0] is the header size, counts[1..] the block sizes.
    if (counts.size() < 2 || counts[0] < 12 || counts[0] > quint32(data.size()) || (counts[0] - 4) % 8 != 0) {
        return {};
    }
    const char* p = data.constData();
    if (readU32(p, bigEndian) != kMagic) {
        return {};
    }
    const quint32 nTypes = (counts[0] - 4) / 8;
    quint64 offset = counts[0];
    qsizetype block = 1;
    for (quint32 i = 0; i < nTypes; ++i) {
        const quint32 type = readU32(p + 4 + 8 * i, bigEndian);
        const quint32 count = readU32(p + 8 + 8 * i, bigEndian);
        for (quint32 k = 0; k < count; ++k, ++block) {
            if (block >= counts.size()) {
                return {};
            }
            const quint64 size = counts[block];
            if (offset + size > quint64(data.size())) {
                return {};
            }
            if (type == kRanges && size >= 16 && size % 16 == 0) {
                QVector<DisplayRange> ranges;
                for (quint64 j = 0; j + 16 <= size; j += 16) {
                    quint64 bits[2];
                    for (int m = 0; m < 2; ++m) {
                        const char* q = p + offset + j + 8 * quint64(m);
                        bits[m] = bigEndian ? qFromBigEndian<quint64>(q) : qFromLittleEndian<quint64>(q);
                    }
                    double v[2];
                    std::memcpy(&v[0], &bits[0], 8);
                    std::memcpy(&v[1], &bits[1], 8);
                    if (!std::isfinite(v[0]) || !std::isfinite(v[1])) {
                        return {};
                    }
                    ranges.append({v[0], v[1]});
                }
                return ranges;
            }
            offset += size;
        }
    }
    return {};
}

void imagej::formatRanges(const QVector<DisplayRange>& ranges, QVector<quint32>& counts, QByteArray& data)
{
    counts.clear();
    data.clear();
    if (ranges.isEmpty()) {
        return;
    }
    auto put32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        data.append(b, 4);
    };
    put32(kMagic);
    put32(kRanges);
    put32(1);
    counts.append(quint32(data.size()));
    for (const DisplayRange& r : ranges) {
        for (double v : {r.min, r.max}) {
            quint64 bits = 0;
            std::memcpy(&bits, &v, 8);
            char b[8];
            qToLittleEndian(bits, b);
            data.append(b, 8);
        }
    }
    counts.append(quint32(ranges.size() * 16));
}

} // namespace tessera
