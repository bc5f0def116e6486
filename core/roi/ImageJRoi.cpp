#include "core/roi/ImageJRoi.h"

#include "core/roi/ZipArchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <cstring>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ImageJRoi)
};

// Byte offsets of the 64-byte header and of the 64-byte second header (ImageJ's RoiDecoder documentation).
enum Offset : int
{
    kVersion = 4,
    kType = 6,
    kTop = 8,
    kLeft = 10,
    kBottom = 12,
    kRight = 14,
    kCoordinateCount = 16,
    kFloats = 18, // x1, y1, x2, y2 of a line, or x, y, w, h of a subpixel rectangle/oval, or an int point count
    kShapeRoiSize = 36,
    kStrokeColor = 40,
    kFillColor = 44,
    kSubtype = 48,
    kOptions = 50,
    kArcSize = 54,
    kPosition = 56,
    kHeader2Offset = 60,
    kHeaderSize = 64,
    // second header, relative to its offset
    kC = 4,
    kZ = 8,
    kT = 12,
    kNameOffset = 16,
    kNameLength = 20,
    kGroup = 30,
    kFloatStrokeWidth = 36,
    kPropsOffset = 40,
    kPropsLength = 44,
    kCountersOffset = 48,
    kGroupExtended = 52,
    kHeader2Size = 64,
};

enum Type : int
{
    kPolygon = 0,
    kRect = 1,
    kOval = 2,
    kLine = 3,
    kFreeline = 4,
    kPolyline = 5,
    kNoRoi = 6,
    kFreehand = 7,
    kTraced = 8,
    kAngle = 9,
    kPoint = 10,
};

enum Subtype : int
{
    kText = 1,
    kArrow = 2,
    kEllipse = 3,
    kImage = 4,
    kRotatedRect = 5,
};

constexpr int kSplineFit = 1;
constexpr int kSubPixel = 128;
constexpr int kVersionWritten = 228;

/** Big-endian reads within a bounds-checked buffer (callers check the range first). */
struct Reader
{
    const QByteArray& d;
    int byte(qint64 at) const { return uchar(d[at]); }
    int u16(qint64 at) const { return (byte(at) << 8) | byte(at + 1); }
    /** ImageJ's getShort(): signed, except that values below −5000 are taken as unsigned (> 32767). */
    int s16(qint64 at) const
    {
        const int n = qint16(quint16(u16(at)));
        return n < -5000 ? u16(at) : n;
    }
    quint32 u32(qint64 at) const { return (quint32(u16(at)) << 16) | quint32(u16(at + 2)); }
    qint32 s32(qint64 at) const { return qint32(u32(at)); }
    float f32(qint64 at) const
    {
        const quint32 bits = u32(at);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    QString utf16(qint64 at, qint64 count) const
    {
        QString s(count, Qt::Uninitialized);
        for (qint64 i = 0; i < count; ++i) {
            s[i] = QChar(char16_t(u16(at + 2 * i)));
        }
        return s;
    }
};

void put16(QByteArray& d, qint64 at, int v)
{
    d[at] = char((v >> 8) & 0xff);
    d[at + 1] = char(v & 0xff);
}

void put32(QByteArray& d, qint64 at, quint32 v)
{
    put16(d, at, int(v >> 16));
    put16(d, at + 2, int(v & 0xffff));
}

void putFloat(QByteArray& d, qint64 at, double v)
{
    const float f = float(v);
    quint32 bits;
    std::memcpy(&bits, &f, sizeof bits);
    put32(d, at, bits);
}

void putUtf16(QByteArray& d, qint64 at, const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        put16(d, at + 2 * i, s[i].unicode());
    }
}

/** Java properties text "key: value" → value of key (escapes \\, \n, \t, \uXXXX undone); null when absent. */
QString propertyValue(const QString& props, const QString& key)
{
    for (const QString& rawLine : props.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        const qsizetype sep = line.indexOf(QRegularExpression(QStringLiteral("[:=]")));
        if (sep <= 0 || line.left(sep).trimmed() != key) {
            continue;
        }
        const QString raw = line.mid(sep + 1).trimmed();
        QString value;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != QLatin1Char('\\') || i + 1 == raw.size()) {
                value += raw[i];
                continue;
            }
            const QChar c = raw[++i];
            if (c == QLatin1Char('n')) {
                value += QLatin1Char('\n');
            } else if (c == QLatin1Char('t')) {
                value += QLatin1Char('\t');
            } else if (c == QLatin1Char('u') && i + 4 < raw.size()) {
                value += QChar(char16_t(raw.mid(i + 1, 4).toUShort(nullptr, 16)));
                i += 4;
            } else {
                value += c;
            }
        }
        return value;
    }
    return {};
}

/** value escaped for a Java properties file (backslash, line breaks, and a leading blank). */
QString escapedProperty(const QString& value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\\\");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\r");
        } else {
            out += c;
        }
    }
    if (out.startsWith(QLatin1Char(' '))) {
        out.prepend(QLatin1Char('\\'));
    }
    return out;
}

QString withoutRoiSuffix(const QString& name)
{
    return name.endsWith(QLatin1String(".roi")) ? name.chopped(4) : name;
}

/** The group N (1…65535) of a class named "group N", else 0. */
int groupOfClass(const QString& className)
{
    static const QRegularExpression re(QStringLiteral("^group ([1-9][0-9]{0,4})$"));
    const QRegularExpressionMatch m = re.match(className);
    const int g = m.hasMatch() ? m.captured(1).toInt() : 0;
    return g <= 0xffff ? g : 0;
}

} // namespace

bool isImageJRoi(const QByteArray& data)
{
    return data.startsWith("Iout");
}

bool isZipArchive(const QByteArray& data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Expected<Roi> decodeImageJRoi(const QByteArray& data, const QString& fallbackName, const QString& source,
                              QStringList* warnings)
{
    const auto damaged = [&](const QString& why) {
        return Status::invalid(Tr::tr("\"%1\" is not a readable ImageJ ROI: %2").arg(source, why));
    };
    const auto unsupported = [&](const QString& what) {
        return Status::unsupported(
            Tr::tr("\"%1\" is an ImageJ %2 ROI, which Tessera does not support.").arg(source, what));
    };
    const auto warn = [&](const QString& what) {
        if (warnings) {
            warnings->append(Tr::tr("%1: %2").arg(source, what));
        }
    };
    const qint64 size = data.size();
    if (size < kHeaderSize || !isImageJRoi(data)) {
        return damaged(size < kHeaderSize ? Tr::tr("the file is shorter than the 64-byte header.")
                                          : Tr::tr("it does not start with \"Iout\"."));
    }
    if (size > kMaxImageJRoiBytes) {
        return Status::tooLarge(Tr::tr("\"%1\" is larger than %2 MiB.").arg(source).arg(kMaxImageJRoiBytes >> 20));
    }
    const Reader r{data};
    const int version = r.u16(kVersion);
    const int type = r.byte(kType);
    const int subtype = r.s16(kSubtype);
    const int options = r.u16(kOptions);
    const int top = r.s16(kTop), left = r.s16(kLeft), bottom = r.s16(kBottom), right = r.s16(kRight);
    const bool subPixel = (options & kSubPixel) != 0 && version >= 222;
    if (r.s32(kShapeRoiSize) > 0) {
        return unsupported(Tr::tr("composite (shape)"));
    }

    Roi roi;
    const auto floatsAt = [&](qint64 at, int count, std::vector<double>& out) {
        for (int i = 0; i < count; ++i) {
            const double v = r.f32(at + 4 * i);
            if (!std::isfinite(v)) {
                return false;
            }
            out.push_back(v);
        }
        return true;
    };
    switch (type) {
    case kRect:
    case kOval: {
        if (subtype == kText) {
            return unsupported(Tr::tr("text"));
        }
        if (subtype == kImage) {
            return unsupported(Tr::tr("image"));
        }
        std::vector<double> box;
        if (version >= 223 && subPixel) {
            if (!floatsAt(kFloats, 4, box)) {
                return damaged(Tr::tr("its subpixel bounds are not finite numbers."));
            }
        } else {
            box = {double(left), double(top), double(right - left), double(bottom - top)};
        }
        roi = type == kRect ? Roi::rectangle(QString(), box[0], box[1], box[2], box[3])
                            : Roi::ellipse(QString(), box[0], box[1], box[2], box[3]);
        if (type == kRect && r.s16(kArcSize) > 0) {
            warn(Tr::tr("rounded corners were dropped (read as a plain rectangle)."));
        }
        break;
    }
    case kLine: {
        std::vector<double> xy;
        if (!floatsAt(kFloats, 4, xy)) {
            return damaged(Tr::tr("its line end points are not finite numbers."));
        }
        roi = Roi::line(QString(), {QPointF(xy[0], xy[1]), QPointF(xy[2], xy[3])});
        if (subtype == kArrow) {
            warn(Tr::tr("the arrow head was dropped (read as a line)."));
        }
        break;
    }
    case kPolygon:
    case kFreehand:
    case kTraced:
    case kPolyline:
    case kFreeline:
    case kPoint: {
        qint64 n = r.u16(kCoordinateCount);
        if (n == 0) {
            n = r.s32(kFloats);
        }
        if (n <= 0 || n > kMaxImageJRoiVertices) {
            return damaged(Tr::tr("its vertex count %1 is not between 1 and %2.").arg(n).arg(kMaxImageJRoiVertices));
        }
        if (kHeaderSize + n * (subPixel ? 12 : 4) > size) {
            return damaged(Tr::tr("the file is truncated (%1 vertices need %2 bytes, it has %3).")
                               .arg(n)
                               .arg(kHeaderSize + n * (subPixel ? 12 : 4))
                               .arg(size));
        }
        std::vector<QPointF> vertices;
        vertices.reserve(size_t(n));
        if (subPixel) {
            std::vector<double> xs, ys;
            if (!floatsAt(kHeaderSize + 4 * n, int(n), xs) || !floatsAt(kHeaderSize + 8 * n, int(n), ys)) {
                return damaged(Tr::tr("its subpixel coordinates are not finite numbers."));
            }
            for (qint64 i = 0; i < n; ++i) {
                vertices.emplace_back(xs[size_t(i)], ys[size_t(i)]);
            }
        } else {
            for (qint64 i = 0; i < n; ++i) {
                vertices.emplace_back(left + std::max(0, r.s16(kHeaderSize + 2 * i)),
                                      top + std::max(0, r.s16(kHeaderSize + 2 * n + 2 * i)));
            }
        }
        if (type == kPoint) {
            roi = Roi::points(QString(), std::move(vertices));
        } else if (type == kPolyline || type == kFreeline) {
            roi = Roi::line(QString(), std::move(vertices));
            roi.outline = type == kFreeline ? RoiOutline::Freehand : RoiOutline::Segments;
        } else {
            roi = Roi::polygon(QString(), std::move(vertices));
            roi.outline = type == kFreehand ? RoiOutline::Freehand
                          : type == kTraced ? RoiOutline::Traced
                                            : RoiOutline::Segments;
            if (type == kFreehand && (subtype == kEllipse || subtype == kRotatedRect)) {
                warn(subtype == kEllipse ? Tr::tr("the rotated ellipse was read as its polygon.")
                                         : Tr::tr("the rotated rectangle was read as its polygon."));
            }
        }
        if ((options & kSplineFit) != 0 && type != kPoint) {
            warn(Tr::tr("spline fitting was dropped (read as the spline's control points)."));
        }
        break;
    }
    case kAngle:
        return unsupported(Tr::tr("angle"));
    default:
        return damaged(Tr::tr("its type %1 is unknown.").arg(type));
    }

    roi.color = r.u32(kStrokeColor);
    roi.stackPosition = std::max(0, int(r.s32(kPosition)));
    if (r.s32(kFillColor) != 0) {
        warn(Tr::tr("the fill colour was dropped."));
    }
    const qint64 h2 = r.s32(kHeader2Offset);
    QString name;
    QString props;
    int group = 0;
    if (h2 > 0 && h2 + kFloatStrokeWidth <= size) {
        roi.channel = std::max(0, int(r.s32(h2 + kC)));
        roi.slice = std::max(0, int(r.s32(h2 + kZ)));
        roi.frame = std::max(0, int(r.s32(h2 + kT)));
        const qint64 nameAt = r.s32(h2 + kNameOffset), nameLength = r.s32(h2 + kNameLength);
        if (nameAt > 0 && nameLength > 0 && nameAt + 2 * nameLength <= size) {
            name = r.utf16(nameAt, nameLength);
        }
        group = r.byte(h2 + kGroup);
        if (version >= 229 && group == 0 && h2 + kGroupExtended + 2 <= size) {
            group = r.u16(h2 + kGroupExtended);
        }
        if (version >= 224 && h2 + kPropsLength + 4 <= size) {
            const qint64 propsAt = r.s32(h2 + kPropsOffset), propsLength = r.s32(h2 + kPropsLength);
            if (propsAt > 0 && propsLength > 0 && propsAt + 2 * propsLength <= size) {
                props = r.utf16(propsAt, propsLength);
            }
        }
        const qint64 countersAt =
            type == kPoint && version >= 227 && h2 + kCountersOffset + 4 <= size ? r.s32(h2 + kCountersOffset) : 0;
        const qint64 count = qint64(roi.vertices.size());
        bool counters = false;
        for (qint64 i = 0; countersAt > 0 && countersAt + 4 * count <= size && i < count && !counters; ++i) {
            counters = r.s32(countersAt + 4 * i) != 0;
        }
        if (counters) {
            warn(Tr::tr("the point counters and per-point positions were dropped."));
        }
    }
    roi.name = name.isEmpty() ? withoutRoiSuffix(fallbackName) : name;
    roi.className = propertyValue(props, QStringLiteral("class"));
    if (roi.className.isEmpty() && group > 0) {
        roi.className = QStringLiteral("group %1").arg(group);
    }
    return roi;
}

Expected<QByteArray> encodeImageJRoi(const Roi& roi)
{
    int type = kRect;
    std::vector<QPointF> vertices;
    switch (roi.shape) {
    case RoiShape::Rectangle:
        type = kRect;
        break;
    case RoiShape::Ellipse:
        type = kOval;
        break;
    case RoiShape::Polygon:
        type = roi.outline == RoiOutline::Freehand ? kFreehand : roi.outline == RoiOutline::Traced ? kTraced : kPolygon;
        vertices = roi.vertices;
        break;
    case RoiShape::Line:
        if (roi.vertices.size() == 2 && roi.outline != RoiOutline::Freehand) {
            type = kLine;
        } else {
            type = roi.outline == RoiOutline::Freehand ? kFreeline : kPolyline;
            vertices = roi.vertices;
        }
        break;
    case RoiShape::Points:
        type = kPoint;
        vertices = roi.vertices;
        break;
    }
    const qint64 n = qint64(vertices.size());
    if (roi.hasVertices() && (roi.vertices.empty() || (type != kPoint && n > 0xffff) || n > kMaxImageJRoiVertices)) {
        return Status::invalid(Tr::tr("ROI \"%1\" has %2 vertices, which an ImageJ ROI file cannot hold.")
                                   .arg(roi.name)
                                   .arg(roi.vertices.size()));
    }
    const QRectF box = roi.boundingRect();
    const double x0 = std::floor(box.left()), y0 = std::floor(box.top());
    const double x1 = std::ceil(box.right()), y1 = std::ceil(box.bottom());
    bool whole = true;
    const auto isWhole = [](double v) { return v == std::floor(v); };
    for (const QPointF& p : vertices) {
        whole = whole && isWhole(p.x()) && isWhole(p.y());
    }
    if (type == kRect || type == kOval) {
        whole = isWhole(box.x()) && isWhole(box.y()) && isWhole(box.width()) && isWhole(box.height());
    }
    if (!std::isfinite(x0 + y0 + x1 + y1) || x0 < -32768 || y0 < -32768 || x1 > 32767 || y1 > 32767 ||
        x1 - x0 > 32767 || y1 - y0 > 32767) {
        return Status::invalid(
            Tr::tr("ROI \"%1\" lies outside ImageJ's coordinate range (−32768 to 32767).").arg(roi.name));
    }
    const bool subPixel = !whole;
    const qint64 floatSize = subPixel ? 8 * n : 0;
    const QString props =
        roi.className.isEmpty() ? QString() : QStringLiteral("class: %1\n").arg(escapedProperty(roi.className));
    const qint64 h2 = kHeaderSize + 4 * n + floatSize;
    QByteArray d(h2 + kHeader2Size + 2 * (roi.name.size() + props.size()), '\0');
    d.replace(0, 4, "Iout");
    put16(d, kVersion, kVersionWritten);
    d[kType] = char(type);
    put16(d, kTop, int(y0));
    put16(d, kLeft, int(x0));
    put16(d, kBottom, int(y1));
    put16(d, kRight, int(x1));
    if (type == kPoint && n > 0xffff) {
        put32(d, kFloats, quint32(n));
    } else {
        put16(d, kCoordinateCount, int(n));
    }
    if (type == kLine) {
        for (int k = 0; k < 2; ++k) {
            putFloat(d, kFloats + 8 * k, roi.vertices[size_t(k)].x());
            putFloat(d, kFloats + 8 * k + 4, roi.vertices[size_t(k)].y());
        }
    } else if ((type == kRect || type == kOval) && subPixel) {
        putFloat(d, kFloats, box.x());
        putFloat(d, kFloats + 4, box.y());
        putFloat(d, kFloats + 8, box.width());
        putFloat(d, kFloats + 12, box.height());
    }
    put32(d, kStrokeColor, roi.color);
    put16(d, kOptions, subPixel ? kSubPixel : 0);
    put32(d, kPosition, quint32(roi.stackPosition));
    for (qint64 i = 0; i < n; ++i) {
        const QPointF& p = vertices[size_t(i)];
        put16(d, kHeaderSize + 2 * i, int(std::floor(p.x()) - x0));
        put16(d, kHeaderSize + 2 * n + 2 * i, int(std::floor(p.y()) - y0));
        if (subPixel) {
            putFloat(d, kHeaderSize + 4 * n + 4 * i, p.x());
            putFloat(d, kHeaderSize + 8 * n + 4 * i, p.y());
        }
    }
    put32(d, kHeader2Offset, quint32(h2));
    put32(d, h2 + kC, quint32(roi.channel));
    put32(d, h2 + kZ, quint32(roi.slice));
    put32(d, h2 + kT, quint32(roi.frame));
    if (!roi.name.isEmpty()) {
        put32(d, h2 + kNameOffset, quint32(h2 + kHeader2Size));
        put32(d, h2 + kNameLength, quint32(roi.name.size()));
        putUtf16(d, h2 + kHeader2Size, roi.name);
    }
    if (!props.isEmpty()) {
        const qint64 at = h2 + kHeader2Size + 2 * roi.name.size();
        put32(d, h2 + kPropsOffset, quint32(at));
        put32(d, h2 + kPropsLength, quint32(props.size()));
        putUtf16(d, at, props);
    }
    if (const int group = groupOfClass(roi.className); group > 0 && group <= 255) {
        d[h2 + kGroup] = char(group);
    }
    return d;
}

Expected<std::vector<Roi>> parseImageJRois(const QByteArray& data, const QString& source, QStringList* warnings)
{
    std::vector<Roi> rois;
    if (isImageJRoi(data)) {
        Expected<Roi> roi = decodeImageJRoi(data, QFileInfo(source).fileName(), source, warnings);
        if (!roi.isOk()) {
            return roi.status();
        }
        rois.push_back(std::move(roi).value());
        return rois;
    }
    if (!isZipArchive(data)) {
        return Status::invalid(Tr::tr("\"%1\" is neither an ImageJ .roi file nor a ROI set (zip).").arg(source));
    }
    ZipLimits limits;
    limits.maxEntrySize = kMaxImageJRoiBytes;
    Expected<std::vector<ZipEntry>> entries = readZip(data, source, limits);
    if (!entries.isOk()) {
        return entries.status();
    }
    for (const ZipEntry& entry : entries.value()) {
        const QString where = QStringLiteral("%1 › %2").arg(QFileInfo(source).fileName(), entry.name);
        if (!entry.name.endsWith(QLatin1String(".roi"))) {
            if (warnings) {
                warnings->append(Tr::tr("%1: skipped (not a .roi file).").arg(where));
            }
            continue;
        }
        Expected<Roi> roi = decodeImageJRoi(entry.data, entry.name, where, warnings);
        if (roi.status().code() == StatusCode::Unsupported) {
            if (warnings) {
                warnings->append(Tr::tr("%1 Skipped.").arg(roi.status().message()));
            }
            continue;
        }
        if (!roi.isOk()) {
            return roi.status();
        }
        rois.push_back(std::move(roi).value());
    }
    if (rois.empty()) {
        return Status::invalid(Tr::tr("the ROI set \"%1\" contains no .roi file Tessera can read.").arg(source));
    }
    return rois;
}

Expected<QByteArray> imageJRoiSet(const std::vector<Roi>& rois)
{
    std::vector<ZipEntry> entries;
    entries.reserve(rois.size());
    QSet<QString> used;
    for (size_t i = 0; i < rois.size(); ++i) {
        Expected<QByteArray> data = encodeImageJRoi(rois[i]);
        if (!data.isOk()) {
            return data.status();
        }
        QString base = rois[i].name;
        base.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
        if (base.isEmpty()) {
            base = QString::number(i + 1);
        }
        QString name = base;
        for (int k = 1; used.contains(name); ++k) {
            name = QStringLiteral("%1-%2").arg(base).arg(k);
        }
        used.insert(name);
        entries.push_back({name + QLatin1String(".roi"), std::move(data).value()});
    }
    return writeZip(entries);
}

} // namespace tessera
