#pragma once

#include "core/segmentation/SegmentationPipeline.h"

#include <QJsonObject>

namespace tessera {

/**
 * Every field of params as JSON for the provenance of a table of segmented objects (TableProvenance::parameters):
 * the plane (1-based channel, slice, frame), preprocess (Preprocess::toText()), threshold {auto, method, fullHistogram,
 * darkBackground, lower, upper} (method for auto, lower/upper for manual), fillHoles, watershed ("none", "distance",
 * "intensity", "imagej"), seeds {tolerance, minDistance}, watershedOnGradient, connectivity (4 or 8), refineOutlines,
 * refineDistance, minSize, maxSize (infinite = no limit, written as null), sizeUnit ("pixels" or "calibrated"),
 * excludeEdges. Thread-safe (pure).
 */
QJsonObject segmentationParamsJson(const SegmentationParams& params);

} // namespace tessera
