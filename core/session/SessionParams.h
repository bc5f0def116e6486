#pragma once

#include "core/segmentation/SegmentationPipeline.h"
#include "core/session/SessionJson.h"
#include "core/texture/Glcm.h"
#include "core/threshold/LocalThreshold.h"

/** Analysis parameters ↔ JSON objects of the session format (internal to core/session; schema in docs/session.md). */
namespace tessera::sessionjson {

QJsonObject glcmToJson(const GlcmParams& p);
/** Reads and validates (GlcmParams::validate()); errors go to reader. */
GlcmParams glcmFromJson(Reader& reader, const QJsonObject& o, const QString& where);

/**
 * Reads segmentationParamsJson()'s form (core/segmentation/SegmentationParamsJson.h, the one JSON form of
 * SegmentationParams), every field optional, and validates; errors go to reader.
 */
SegmentationParams segmentationFromJson(Reader& reader, const QJsonObject& o, const QString& where);

QJsonObject localThresholdToJson(const LocalThresholdParams& p);
LocalThresholdParams localThresholdFromJson(Reader& reader, const QJsonObject& o, const QString& where);

} // namespace tessera::sessionjson
