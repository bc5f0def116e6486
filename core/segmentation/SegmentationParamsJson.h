#pragma once

#include "core/segmentation/SegmentationPipeline.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace tessera {

/**
 * The one JSON form of SegmentationParams: the `analyses.segmentation` object of a session file (docs/session.md) and
 * the `parameters` of a segmentation table's provenance (docs/tables.md), so a sidecar's parameters can be pasted into
 * a session. Every field: channel, slice, frame (0-based), preprocess (Preprocess::toText()), autoThreshold, method
 * (thresholdMethodName()), fullHistogram, darkBackground, manualLower, manualUpper, fillHoles, watershed
 * (watershedModeNames()), seedTolerance, seedMinDistance, seedThreshold, watershedOnGradient, connectivity (4 or 8),
 * refineOutlines, refineDistance, minSize, maxSize, sizeUnit (sizeUnitNames()), excludeEdges, measure. Numbers that are
 * not finite are the strings "Infinity", "-Infinity", "NaN" (maxSize "Infinity": no upper limit). The session reader
 * (SessionFile) reads it back, checking every field. Thread-safe (pure).
 */
QJsonObject segmentationParamsJson(const SegmentationParams& params);

/** The JSON names of the watershed modes: "none", "distance", "intensity", "imagej". */
const std::vector<std::pair<WatershedMode, QString>>& watershedModeNames();
/** The JSON names of the size units: "pixels", "calibrated". */
const std::vector<std::pair<SizeUnit, QString>>& sizeUnitNames();

} // namespace tessera
