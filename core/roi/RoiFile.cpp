#include "core/roi/RoiFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

#include <cmath>
#include <optional>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RoiFile)
};

std::optional<RoiShape> shapeFromName(const QString& s)
{
    const QString t = s.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("rect") || t == QLatin1String("rectangle")) {
        return RoiShape::Rectangle;
    }
    if (t == QLatin1String("ellipse") || t == QLatin1String("oval")) {
        return RoiShape::Ellipse;
    }
    if (t == QLatin1String("polygon")) {
        return RoiShape::Polygon;
    }
    return std::nullopt;
}

/** Vertices of a JSON "points" array [[x, y], ...]; empty when malformed or fewer than 3. */
std::vector<QPointF> pointsFrom(const QJsonValue& value)
{
    std::vector<QPointF> points;
    for (const QJsonValue& p : value.toArray()) {
        const QJsonArray xy = p.toArray();
        const double x = xy.at(0).toDouble(qQNaN());
        const double y = xy.at(1).toDouble(qQNaN());
        if (xy.size() != 2 || !std::isfinite(x) || !std::isfinite(y)) {
            return {};
        }
        points.emplace_back(x, y);
    }
    if (points.size() < 3) {
        points.clear();
    }
    return points;
}

Expected<std::vector<Roi>> parseJson(const QByteArray& data, const QString& source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("rois")).isArray()) {
        return Status::invalid(Tr::tr("the ROI file \"%1\" is not JSON of the form {\"rois\": [...]}.").arg(source));
    }
    std::vector<Roi> rois;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("rois")).toArray()) {
        Expected<Roi> roi = roiFromJson(value.toObject(), source);
        if (!roi.isOk()) {
            return roi.status();
        }
        rois.push_back(std::move(roi).value());
    }
    return rois;
}

Expected<std::vector<Roi>> parseCsv(const QByteArray& data, const QString& source)
{
    std::vector<Roi> rois;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        if (n == 0 && f.value(0).trimmed().compare(QLatin1String("name"), Qt::CaseInsensitive) == 0) {
            continue; // header
        }
        const std::optional<RoiShape> shape = shapeFromName(f.value(5));
        Expected<Roi> roi =
            (f.size() == 5 || f.size() == 6) && shape && *shape != RoiShape::Polygon
                ? parseRoiSpec(f[0] + QLatin1Char('=') + QStringList(f.mid(1, 4)).join(QLatin1Char(',')), *shape)
                : Expected<Roi>(Status::invalid(QString()));
        if (!roi.isOk()) {
            return Status::invalid(
                Tr::tr("line %1 of the ROI file \"%2\" is not name,x,y,w,h[,rect|ellipse].").arg(n + 1).arg(source));
        }
        rois.push_back(roi.value());
    }
    return rois;
}

} // namespace

Expected<Roi> roiFromJson(const QJsonObject& o, const QString& source)
{
    const std::optional<RoiShape> shape = shapeFromName(o.value(QStringLiteral("shape")).toString());
    const QString name = o.value(QStringLiteral("name")).toString();
    Roi roi;
    if (shape == RoiShape::Polygon) {
        std::vector<QPointF> points = pointsFrom(o.value(QStringLiteral("points")));
        if (name.isEmpty() || points.empty()) {
            return Status::invalid(Tr::tr("the ROI file \"%1\" has a polygon without a name or without at "
                                          "least 3 points [x, y].")
                                       .arg(source));
        }
        roi = Roi::polygon(name, std::move(points));
    } else {
        const double x = o.value(QStringLiteral("x")).toDouble(qQNaN());
        const double y = o.value(QStringLiteral("y")).toDouble(qQNaN());
        const double w = o.value(QStringLiteral("w")).toDouble(qQNaN());
        const double h = o.value(QStringLiteral("h")).toDouble(qQNaN());
        if (!shape || name.isEmpty() || !std::isfinite(x + y + w + h) || w <= 0 || h <= 0) {
            return Status::invalid(Tr::tr("the ROI file \"%1\" has an entry without a name, valid x, y, w, h > 0 "
                                          "or a known shape (rect, ellipse, polygon).")
                                       .arg(source));
        }
        roi = *shape == RoiShape::Ellipse ? Roi::ellipse(name, x, y, w, h) : Roi::rectangle(name, x, y, w, h);
    }
    roi.className = o.value(QStringLiteral("class")).toString();
    return roi;
}

QJsonObject roiToJson(const Roi& roi)
{
    const QRectF box = roi.boundingRect();
    QJsonObject o{{QStringLiteral("name"), roi.name},  {QStringLiteral("x"), box.x()},
                  {QStringLiteral("y"), box.y()},      {QStringLiteral("w"), box.width()},
                  {QStringLiteral("h"), box.height()}, {QStringLiteral("shape"), roiShapeName(roi.shape)}};
    if (roi.shape == RoiShape::Polygon) {
        QJsonArray points;
        for (const QPointF& p : roi.vertices) {
            points.append(QJsonArray{p.x(), p.y()});
        }
        o.insert(QStringLiteral("points"), points);
    }
    if (!roi.className.isEmpty()) {
        o.insert(QStringLiteral("class"), roi.className);
    }
    return o;
}

Expected<Roi> parseRoiSpec(const QString& spec, RoiShape shape)
{
    const int eq = spec.lastIndexOf(QLatin1Char('='));
    const QStringList numbers = spec.mid(eq + 1).split(QLatin1Char(','));
    const QString name = spec.left(eq).trimmed();
    double v[4] = {0, 0, 0, 0};
    bool ok = eq > 0 && !name.isEmpty() && numbers.size() == 4;
    for (int k = 0; ok && k < 4; ++k) {
        v[k] = numbers[k].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[k]);
    }
    if (!ok || v[2] <= 0 || v[3] <= 0) {
        return Status::invalid(
            Tr::tr("a ROI must be NAME=X,Y,W,H with X,Y the top-left pixel and W,H > 0, not \"%1\".").arg(spec));
    }
    return shape == RoiShape::Ellipse ? Roi::ellipse(name, v[0], v[1], v[2], v[3])
                                      : Roi::rectangle(name, v[0], v[1], v[2], v[3]);
}

Expected<std::vector<Roi>> parseRoiFile(const QByteArray& data, const QString& source)
{
    return data.trimmed().startsWith('{') ? parseJson(data, source) : parseCsv(data, source);
}

Expected<std::vector<Roi>> readRoiFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(Tr::tr("cannot read the ROI file \"%1\": %2").arg(path, file.errorString()));
    }
    return parseRoiFile(file.readAll(), path);
}

QByteArray roiFileJson(const std::vector<Roi>& rois)
{
    QJsonArray array;
    for (const Roi& roi : rois) {
        array.append(roiToJson(roi));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rois"), array}}).toJson(QJsonDocument::Indented);
}

Status writeRoiFile(const QString& path, const std::vector<Roi>& rois)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::ioError(Tr::tr("cannot write the ROI file \"%1\": %2").arg(path, file.errorString()));
    }
    const QByteArray data = roiFileJson(rois);
    if (file.write(data) != data.size() || !file.commit()) {
        return Status::ioError(Tr::tr("cannot write the ROI file \"%1\": %2").arg(path, file.errorString()));
    }
    return Status::ok();
}

} // namespace tessera
