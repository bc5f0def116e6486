#include "core/io/OmeMetadata.h"

#include <QXmlStreamReader>

#include <cmath>
#include <limits>

namespace tessera {
namespace {

/** Exact conversion of a length in `unit` to µm: value * mul / div, both exact powers of ten. */
struct Factor
{
    double mul = 1.0;
    double div = 1.0;
};

std::optional<Factor> lengthToMicrons(const QString& unit)
{
    const QString u = unit.trimmed();
    if (u.isEmpty() || u == QString(QChar(0x00B5)) + QLatin1Char('m') ||
        u == QString(QChar(0x03BC)) + QLatin1Char('m') || u == QLatin1String("um") || u == QLatin1String("micron")) {
        return Factor{};
    }
    if (u == QLatin1String("nm")) {
        return Factor{1.0, 1e3};
    }
    if (u == QLatin1String("pm")) {
        return Factor{1.0, 1e6};
    }
    if (u == QString(QChar(0x00C5)) || u == QString(QChar(0x212B))) {
        return Factor{1.0, 1e4};
    }
    if (u == QLatin1String("mm")) {
        return Factor{1e3, 1.0};
    }
    if (u == QLatin1String("cm")) {
        return Factor{1e4, 1.0};
    }
    if (u == QLatin1String("m")) {
        return Factor{1e6, 1.0};
    }
    return std::nullopt;
}

std::optional<Factor> timeToSeconds(const QString& unit)
{
    const QString u = unit.trimmed();
    if (u.isEmpty() || u == QLatin1String("s")) {
        return Factor{};
    }
    if (u == QLatin1String("ms")) {
        return Factor{1.0, 1e3};
    }
    if (u == QString(QChar(0x00B5)) + QLatin1Char('s') || u == QLatin1String("us")) {
        return Factor{1.0, 1e6};
    }
    if (u == QLatin1String("min")) {
        return Factor{60.0, 1.0};
    }
    if (u == QLatin1String("h")) {
        return Factor{3600.0, 1.0};
    }
    return std::nullopt;
}

double positiveAttribute(const QXmlStreamAttributes& a, const char* name)
{
    bool ok = false;
    const double v = a.value(QLatin1String(name)).toDouble(&ok);
    return ok && std::isfinite(v) && v > 0 ? v : 0.0;
}

int intAttribute(const QXmlStreamAttributes& a, const char* name, int fallback)
{
    if (!a.hasAttribute(QLatin1String(name))) {
        return fallback;
    }
    bool ok = false;
    const int v = a.value(QLatin1String(name)).toInt(&ok);
    return ok ? v : -1;
}

struct TiffData
{
    int ifd = 0;
    int firstC = 0;
    int firstZ = 0;
    int firstT = 0;
    int planeCount = -1; ///< -1: not given
    bool hasFirst = false;
    bool otherFile = false;
};

} // namespace

std::optional<OmeMetadata> OmeMetadata::parse(const QString& text)
{
    if (!text.contains(QLatin1String("<OME"))) {
        return std::nullopt;
    }
    QXmlStreamReader xml(text);
    OmeMetadata m;
    QString rootUuid;
    bool inImage = false;
    bool inPixels = false;
    bool sawPixels = false;
    bool sawRoot = false;
    int images = 0;
    std::vector<TiffData> tiffData;
    QString lengthUnit[3];
    QString timeUnit;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("Image")) {
                inImage = false;
            } else if (xml.name() == QLatin1String("Pixels")) {
                inPixels = false;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (!sawRoot) {
            if (name != QLatin1String("OME")) {
                return std::nullopt;
            }
            sawRoot = true;
            rootUuid = a.value(QLatin1String("UUID")).toString();
            continue;
        }
        if (name == QLatin1String("Image")) {
            ++images;
            inImage = images == 1;
        } else if (inImage && name == QLatin1String("Pixels") && !sawPixels) {
            sawPixels = true;
            inPixels = true;
            m.sizeX = intAttribute(a, "SizeX", 0);
            m.sizeY = intAttribute(a, "SizeY", 0);
            m.sizeC = intAttribute(a, "SizeC", 1);
            m.sizeZ = intAttribute(a, "SizeZ", 1);
            m.sizeT = intAttribute(a, "SizeT", 1);
            m.dimensionOrder = a.value(QLatin1String("DimensionOrder")).toString().toUpper();
            if (m.dimensionOrder.isEmpty()) {
                m.dimensionOrder = QStringLiteral("XYCZT");
            }
            m.physicalSizeX = positiveAttribute(a, "PhysicalSizeX");
            m.physicalSizeY = positiveAttribute(a, "PhysicalSizeY");
            m.physicalSizeZ = positiveAttribute(a, "PhysicalSizeZ");
            lengthUnit[0] = a.value(QLatin1String("PhysicalSizeXUnit")).toString();
            lengthUnit[1] = a.value(QLatin1String("PhysicalSizeYUnit")).toString();
            lengthUnit[2] = a.value(QLatin1String("PhysicalSizeZUnit")).toString();
            m.timeIncrement = positiveAttribute(a, "TimeIncrement");
            timeUnit = a.value(QLatin1String("TimeIncrementUnit")).toString();
        } else if (inPixels && name == QLatin1String("TiffData")) {
            TiffData d;
            d.ifd = intAttribute(a, "IFD", 0);
            d.firstC = intAttribute(a, "FirstC", 0);
            d.firstZ = intAttribute(a, "FirstZ", 0);
            d.firstT = intAttribute(a, "FirstT", 0);
            d.planeCount = intAttribute(a, "PlaneCount", -1);
            d.hasFirst = a.hasAttribute(QLatin1String("FirstC")) || a.hasAttribute(QLatin1String("FirstZ")) ||
                         a.hasAttribute(QLatin1String("FirstT"));
            tiffData.push_back(d);
        } else if (inPixels && name == QLatin1String("UUID") && !tiffData.empty()) {
            const QString uuid = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (!rootUuid.isEmpty() && !uuid.isEmpty() && uuid != rootUuid) {
                tiffData.back().otherFile = true;
            }
        }
    }
    if (xml.hasError() || !sawPixels) {
        return std::nullopt;
    }
    const QString order = m.dimensionOrder;
    const bool validOrder = order.size() == 5 && order.startsWith(QLatin1String("XY")) &&
                            order.contains(QLatin1Char('C')) && order.contains(QLatin1Char('Z')) &&
                            order.contains(QLatin1Char('T'));
    if (!validOrder || m.sizeX <= 0 || m.sizeY <= 0 || m.sizeC <= 0 || m.sizeZ <= 0 || m.sizeT <= 0 ||
        double(m.sizeC) * m.sizeZ * m.sizeT > 1e6) {
        return std::nullopt;
    }
    if (images > 1) {
        m.warnings.append(tr("The OME-XML describes %1 images; only the first one is read.").arg(images));
    }

    // ---- calibration ----
    const std::optional<Factor> fx = lengthToMicrons(lengthUnit[0]);
    const std::optional<Factor> fy = lengthToMicrons(lengthUnit[1]);
    const std::optional<Factor> fz = lengthToMicrons(lengthUnit[2]);
    if (m.physicalSizeX > 0 || m.physicalSizeY > 0 || m.physicalSizeZ > 0) {
        if (fx && fy && fz) {
            m.physicalSizeX = m.physicalSizeX * fx->mul / fx->div;
            m.physicalSizeY = m.physicalSizeY * fy->mul / fy->div;
            m.physicalSizeZ = m.physicalSizeZ * fz->mul / fz->div;
            m.unit = QString(QChar(0x00B5)) + QLatin1Char('m');
        } else if (lengthUnit[0] == lengthUnit[1] && (lengthUnit[2] == lengthUnit[0] || m.physicalSizeZ == 0)) {
            m.unit = lengthUnit[0];
        } else {
            m.warnings.append(tr("The OME-XML physical sizes use different, unknown units (%1, %2, %3); they are "
                                 "ignored.")
                                  .arg(lengthUnit[0], lengthUnit[1], lengthUnit[2]));
            m.physicalSizeX = m.physicalSizeY = m.physicalSizeZ = 0.0;
        }
    }
    if (m.timeIncrement > 0) {
        if (const std::optional<Factor> ft = timeToSeconds(timeUnit)) {
            m.timeIncrement = m.timeIncrement * ft->mul / ft->div;
            m.timeUnit = QStringLiteral("s");
        } else {
            m.timeUnit = timeUnit;
        }
    }

    // ---- plane order ----
    const int sizes[3] = {m.sizeC, m.sizeZ, m.sizeT};
    auto dimIndex = [](QChar d) { return d == QLatin1Char('C') ? 0 : d == QLatin1Char('Z') ? 1 : 2; };
    const int d0 = dimIndex(order[2]);
    const int d1 = dimIndex(order[3]);
    const int d2 = dimIndex(order[4]);
    const int n = m.planeCount();
    // Plane k in DimensionOrder -> index in ImageJ order (c fastest, then z, then t).
    auto imagejIndex = [&](int k) {
        int coord[3];
        coord[d0] = k % sizes[d0];
        coord[d1] = (k / sizes[d0]) % sizes[d1];
        coord[d2] = k / (sizes[d0] * sizes[d1]);
        return coord[0] + m.sizeC * (coord[1] + m.sizeZ * coord[2]);
    };
    auto orderIndex = [&](int c, int z, int t) {
        int coord[3] = {c, z, t};
        return coord[d0] + sizes[d0] * (coord[d1] + sizes[d1] * coord[d2]);
    };
    m.ifdOfPlane.assign(size_t(n), -1);
    if (tiffData.empty()) {
        for (int k = 0; k < n; ++k) {
            m.ifdOfPlane[size_t(imagejIndex(k))] = k;
        }
        return m;
    }
    for (const TiffData& d : tiffData) {
        if (d.otherFile || d.ifd < 0 || d.firstC < 0 || d.firstZ < 0 || d.firstT < 0 || d.firstC >= m.sizeC ||
            d.firstZ >= m.sizeZ || d.firstT >= m.sizeT) {
            continue;
        }
        const int start = orderIndex(d.firstC, d.firstZ, d.firstT);
        const int count = d.planeCount >= 0 ? d.planeCount : (d.hasFirst ? 1 : n - start);
        for (int k = 0; k < count && start + k < n; ++k) {
            if (d.ifd > std::numeric_limits<int>::max() - k) {
                break;
            }
            m.ifdOfPlane[size_t(imagejIndex(start + k))] = d.ifd + k;
        }
    }
    return m;
}

} // namespace tessera
