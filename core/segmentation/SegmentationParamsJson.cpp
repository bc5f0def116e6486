#include "core/segmentation/SegmentationParamsJson.h"

#include "core/filters/Preprocess.h"

#include <cmath>

namespace tessera {
namespace {
QString watershedName(WatershedMode mode)
{
    switch (mode) {
    case WatershedMode::None:
        return QStringLiteral("none");
    case WatershedMode::DistanceTransform:
        return QStringLiteral("distance");
    case WatershedMode::Intensity:
        return QStringLiteral("intensity");
    case WatershedMode::ImageJ:
        return QStringLiteral("imagej");
    }
    return QString();
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject segmentationParamsJson(const SegmentationParams& params)
{
    QJsonObject threshold;
    threshold.insert(QStringLiteral("auto"), params.autoThreshold);
    if (params.autoThreshold) {
        threshold.insert(QStringLiteral("method"), thresholdMethodName(params.method));
        threshold.insert(QStringLiteral("fullHistogram"), params.fullHistogram);
    } else {
        threshold.insert(QStringLiteral("lower"), finiteOrNull(params.manualLower));
        threshold.insert(QStringLiteral("upper"), finiteOrNull(params.manualUpper));
    }
    threshold.insert(QStringLiteral("darkBackground"), params.darkBackground);
    QJsonObject o;
    o.insert(QStringLiteral("plane"), QJsonObject{{QStringLiteral("channel"), params.channel + 1},
                                                  {QStringLiteral("slice"), params.slice + 1},
                                                  {QStringLiteral("frame"), params.frame + 1}});
    o.insert(QStringLiteral("preprocess"), Preprocess::toText(params.preprocess));
    o.insert(QStringLiteral("threshold"), threshold);
    o.insert(QStringLiteral("fillHoles"), params.fillHoles);
    o.insert(QStringLiteral("watershed"), watershedName(params.watershed));
    o.insert(QStringLiteral("seeds"), QJsonObject{{QStringLiteral("tolerance"), params.seeds.tolerance},
                                                  {QStringLiteral("minDistance"), params.seeds.minDistance}});
    o.insert(QStringLiteral("watershedOnGradient"), params.watershedOnGradient);
    o.insert(QStringLiteral("connectivity"), int(params.connectivity));
    o.insert(QStringLiteral("refineOutlines"), params.refineOutlines);
    o.insert(QStringLiteral("refineDistance"), params.refineDistance);
    o.insert(QStringLiteral("minSize"), finiteOrNull(params.minSize));
    o.insert(QStringLiteral("maxSize"), finiteOrNull(params.maxSize));
    o.insert(QStringLiteral("sizeUnit"),
             params.sizeUnit == SizeUnit::Calibrated ? QStringLiteral("calibrated") : QStringLiteral("pixels"));
    o.insert(QStringLiteral("excludeEdges"), params.excludeEdges);
    return o;
}

} // namespace tessera
