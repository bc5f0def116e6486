#include "core/segmentation/SegmentationParamsJson.h"

#include "core/filters/Preprocess.h"
#include "core/session/SessionJson.h"

namespace tessera {
namespace {
template <typename E> QString nameOf(const std::vector<std::pair<E, QString>>& names, E e)
{
    for (const auto& [value, name] : names) {
        if (value == e) {
            return name;
        }
    }
    return {};
}
} // namespace

const std::vector<std::pair<WatershedMode, QString>>& watershedModeNames()
{
    static const std::vector<std::pair<WatershedMode, QString>> names = {
        {WatershedMode::None, QStringLiteral("none")},
        {WatershedMode::DistanceTransform, QStringLiteral("distance")},
        {WatershedMode::Intensity, QStringLiteral("intensity")},
        {WatershedMode::ImageJ, QStringLiteral("imagej")}};
    return names;
}

const std::vector<std::pair<SizeUnit, QString>>& sizeUnitNames()
{
    static const std::vector<std::pair<SizeUnit, QString>> names = {
        {SizeUnit::Pixels, QStringLiteral("pixels")}, {SizeUnit::Calibrated, QStringLiteral("calibrated")}};
    return names;
}

QJsonObject segmentationParamsJson(const SegmentationParams& p)
{
    using sessionjson::number; // the session's convention for numbers that are not finite
    return {{QStringLiteral("channel"), p.channel},
            {QStringLiteral("slice"), p.slice},
            {QStringLiteral("frame"), p.frame},
            {QStringLiteral("preprocess"), Preprocess::toText(p.preprocess)},
            {QStringLiteral("autoThreshold"), p.autoThreshold},
            {QStringLiteral("method"), thresholdMethodName(p.method)},
            {QStringLiteral("fullHistogram"), p.fullHistogram},
            {QStringLiteral("darkBackground"), p.darkBackground},
            {QStringLiteral("manualLower"), number(p.manualLower)},
            {QStringLiteral("manualUpper"), number(p.manualUpper)},
            {QStringLiteral("fillHoles"), p.fillHoles},
            {QStringLiteral("watershed"), nameOf(watershedModeNames(), p.watershed)},
            {QStringLiteral("seedTolerance"), number(p.seeds.tolerance)},
            {QStringLiteral("seedMinDistance"), p.seeds.minDistance},
            {QStringLiteral("seedThreshold"), number(p.seeds.threshold)},
            {QStringLiteral("watershedOnGradient"), p.watershedOnGradient},
            {QStringLiteral("connectivity"), int(p.connectivity)},
            {QStringLiteral("refineOutlines"), p.refineOutlines},
            {QStringLiteral("refineDistance"), number(p.refineDistance)},
            {QStringLiteral("minSize"), number(p.minSize)},
            {QStringLiteral("maxSize"), number(p.maxSize)},
            {QStringLiteral("sizeUnit"), nameOf(sizeUnitNames(), p.sizeUnit)},
            {QStringLiteral("excludeEdges"), p.excludeEdges},
            {QStringLiteral("measure"), p.measure}};
}

} // namespace tessera
