#include "core/session/SessionParams.h"

#include "core/filters/Preprocess.h"
#include "core/segmentation/SegmentationParamsJson.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace tessera::sessionjson {
namespace {

template <typename E> using Names = std::vector<std::pair<E, QString>>;

const Names<GlcmRangeMode>& rangeModes()
{
    static const Names<GlcmRangeMode> names = {{GlcmRangeMode::Roi, glcmRangeModeName(GlcmRangeMode::Roi)},
                                               {GlcmRangeMode::Image, glcmRangeModeName(GlcmRangeMode::Image)},
                                               {GlcmRangeMode::AllRois, glcmRangeModeName(GlcmRangeMode::AllRois)},
                                               {GlcmRangeMode::PixelType, glcmRangeModeName(GlcmRangeMode::PixelType)},
                                               {GlcmRangeMode::Custom, glcmRangeModeName(GlcmRangeMode::Custom)}};
    return names;
}

const Names<GlcmSymmetry>& symmetries()
{
    static const Names<GlcmSymmetry> names = {{GlcmSymmetry::ByConvention, QStringLiteral("convention")},
                                              {GlcmSymmetry::Symmetric, QStringLiteral("symmetric")},
                                              {GlcmSymmetry::Asymmetric, QStringLiteral("asymmetric")}};
    return names;
}

const Names<WatershedMode>& watersheds()
{
    return watershedModeNames();
}

const Names<SizeUnit>& sizeUnits()
{
    return sizeUnitNames();
}

template <typename E> QString nameOf(const Names<E>& names, E e)
{
    for (const auto& [value, name] : names) {
        if (value == e) {
            return name;
        }
    }
    return {};
}

/** The enum named by o[key] (default def when missing); an unknown name is an error listing the known ones. */
template <typename E>
E enumFrom(Reader& r, const Names<E>& names, const QJsonObject& o, const QString& where, const QString& key, E def)
{
    const QString s = r.string(o, where, key, nameOf(names, def));
    QStringList known;
    for (const auto& [value, name] : names) {
        if (name == s) {
            return value;
        }
        known << name;
    }
    if (r.ok()) {
        r.fail(Reader::join(where, key),
               Reader::tr("unknown value \"%1\" (expected one of %2)").arg(s, known.join(QStringLiteral(", "))));
    }
    return def;
}

/** Adds validate()'s message as an error at where. */
void check(Reader& r, const QString& where, const Status& status)
{
    if (r.ok() && !status.isOk()) {
        r.fail(where, status.message());
    }
}

} // namespace

QJsonObject glcmToJson(const GlcmParams& p)
{
    QJsonArray distances;
    for (int d : p.distances) {
        distances.append(d);
    }
    QJsonArray orientations;
    for (GlcmOrientation o : p.orientations) {
        orientations.append(glcmOrientationName(o));
    }
    return {{QStringLiteral("levels"), p.levels},
            {QStringLiteral("distances"), distances},
            {QStringLiteral("orientations"), orientations},
            {QStringLiteral("convention"), glcmConventionName(p.convention)},
            {QStringLiteral("symmetry"), nameOf(symmetries(), p.symmetry)},
            {QStringLiteral("range"), glcmRangeModeName(p.rangeMode)},
            {QStringLiteral("customMin"), number(p.customMin)},
            {QStringLiteral("customMax"), number(p.customMax)}};
}

GlcmParams glcmFromJson(Reader& r, const QJsonObject& o, const QString& where)
{
    GlcmParams p;
    p.levels = r.integer(o, where, QStringLiteral("levels"), 2, 65536);
    const QJsonArray distances = r.array(o, where, QStringLiteral("distances"), true);
    p.distances.clear();
    for (int i = 0; i < distances.size() && r.ok(); ++i) {
        const QJsonValue v = distances.at(i);
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            r.fail(QStringLiteral("%1.distances[%2]").arg(where).arg(i), Reader::tr("expected a whole number"));
        }
        p.distances.push_back(v.toInt());
    }
    const QJsonArray orientations = r.array(o, where, QStringLiteral("orientations"), true);
    p.orientations.clear();
    for (int i = 0; i < orientations.size() && r.ok(); ++i) {
        const std::optional<GlcmOrientation> orientation = glcmOrientationFromName(orientations.at(i).toString());
        if (!orientation) {
            r.fail(QStringLiteral("%1.orientations[%2]").arg(where).arg(i),
                   Reader::tr("expected HORIZONTAL, VERTICAL, DIAGONAL or ANTIDIAGONAL"));
            break;
        }
        p.orientations.push_back(*orientation);
    }
    const QString convention = r.string(o, where, QStringLiteral("convention"), glcmConventionName(p.convention));
    if (const auto c = glcmConventionFromName(convention)) {
        p.convention = *c;
    } else if (r.ok()) {
        r.fail(Reader::join(where, QStringLiteral("convention")), Reader::tr("expected \"imagej\" or \"haralick\""));
    }
    p.symmetry = enumFrom(r, symmetries(), o, where, QStringLiteral("symmetry"), p.symmetry);
    p.rangeMode = enumFrom(r, rangeModes(), o, where, QStringLiteral("range"), p.rangeMode);
    p.customMin = r.number(o, where, QStringLiteral("customMin"), p.customMin);
    p.customMax = r.number(o, where, QStringLiteral("customMax"), p.customMax);
    check(r, where, p.validate());
    return p;
}

SegmentationParams segmentationFromJson(Reader& r, const QJsonObject& o, const QString& where)
{
    // Every field is optional (default: SegmentationParams{}), so that sessions stay readable when fields are added.
    SegmentationParams p;
    constexpr int kMaxIndex = 1 << 30;
    p.channel = r.integer(o, where, QStringLiteral("channel"), 0, kMaxIndex, p.channel);
    p.slice = r.integer(o, where, QStringLiteral("slice"), 0, kMaxIndex, p.slice);
    p.frame = r.integer(o, where, QStringLiteral("frame"), 0, kMaxIndex, p.frame);
    if (o.contains(QStringLiteral("preprocess"))) {
        const QString text = r.string(o, where, QStringLiteral("preprocess"));
        if (r.ok()) {
            if (auto chain = Preprocess::parse(text); chain.isOk()) {
                p.preprocess = chain.value();
            } else {
                r.fail(where + QStringLiteral(".preprocess"), chain.status().message());
            }
        }
    }
    p.autoThreshold = r.boolean(o, where, QStringLiteral("autoThreshold"), p.autoThreshold);
    const QString method = r.string(o, where, QStringLiteral("method"), thresholdMethodName(p.method));
    if (const auto m = thresholdMethodFromName(method)) {
        p.method = *m;
    } else if (r.ok()) {
        r.fail(Reader::join(where, QStringLiteral("method")),
               Reader::tr("unknown threshold method \"%1\"").arg(method));
    }
    p.fullHistogram = r.boolean(o, where, QStringLiteral("fullHistogram"), p.fullHistogram);
    p.darkBackground = r.boolean(o, where, QStringLiteral("darkBackground"), p.darkBackground);
    p.manualLower = r.number(o, where, QStringLiteral("manualLower"), p.manualLower);
    p.manualUpper = r.number(o, where, QStringLiteral("manualUpper"), p.manualUpper);
    p.fillHoles = r.boolean(o, where, QStringLiteral("fillHoles"), p.fillHoles);
    p.watershed = enumFrom(r, watersheds(), o, where, QStringLiteral("watershed"), p.watershed);
    p.seeds.tolerance = r.number(o, where, QStringLiteral("seedTolerance"), p.seeds.tolerance);
    p.seeds.minDistance = r.integer(o, where, QStringLiteral("seedMinDistance"), 0, kMaxIndex, p.seeds.minDistance);
    p.seeds.threshold = r.number(o, where, QStringLiteral("seedThreshold"), p.seeds.threshold);
    p.watershedOnGradient = r.boolean(o, where, QStringLiteral("watershedOnGradient"), p.watershedOnGradient);
    const int connectivity = r.integer(o, where, QStringLiteral("connectivity"), 4, 8, int(p.connectivity));
    if (connectivity != 4 && connectivity != 8 && r.ok()) {
        r.fail(Reader::join(where, QStringLiteral("connectivity")), Reader::tr("expected 4 or 8"));
    }
    p.connectivity = connectivity == 4 ? Connectivity::Four : Connectivity::Eight;
    p.refineOutlines = r.boolean(o, where, QStringLiteral("refineOutlines"), p.refineOutlines);
    p.refineDistance = r.number(o, where, QStringLiteral("refineDistance"), p.refineDistance);
    p.minSize = r.number(o, where, QStringLiteral("minSize"), p.minSize);
    p.maxSize = r.number(o, where, QStringLiteral("maxSize"), p.maxSize);
    p.sizeUnit = enumFrom(r, sizeUnits(), o, where, QStringLiteral("sizeUnit"), p.sizeUnit);
    p.excludeEdges = r.boolean(o, where, QStringLiteral("excludeEdges"), p.excludeEdges);
    p.measure = r.boolean(o, where, QStringLiteral("measure"), p.measure);
    check(r, where, p.validate());
    return p;
}

QJsonObject localThresholdToJson(const LocalThresholdParams& p)
{
    QJsonObject o{{QStringLiteral("method"), localThresholdMethodName(p.method)},
                  {QStringLiteral("radius"), p.radius},
                  {QStringLiteral("darkBackground"), p.darkBackground}};
    if (p.parameter1) {
        o.insert(QStringLiteral("parameter1"), number(*p.parameter1));
    }
    if (p.parameter2) {
        o.insert(QStringLiteral("parameter2"), number(*p.parameter2));
    }
    return o;
}

LocalThresholdParams localThresholdFromJson(Reader& r, const QJsonObject& o, const QString& where)
{
    LocalThresholdParams p;
    const QString method = r.string(o, where, QStringLiteral("method"));
    if (const auto m = localThresholdMethodFromName(method)) {
        p.method = *m;
    } else if (r.ok()) {
        r.fail(Reader::join(where, QStringLiteral("method")),
               Reader::tr("unknown local threshold method \"%1\"").arg(method));
    }
    p.radius = r.integer(o, where, QStringLiteral("radius"), 1, 1000);
    p.darkBackground = r.boolean(o, where, QStringLiteral("darkBackground"), p.darkBackground);
    if (o.contains(QStringLiteral("parameter1"))) {
        p.parameter1 = r.number(o, where, QStringLiteral("parameter1"));
    }
    if (o.contains(QStringLiteral("parameter2"))) {
        p.parameter2 = r.number(o, where, QStringLiteral("parameter2"));
    }
    check(r, where, p.validate());
    return p;
}

} // namespace tessera::sessionjson
