#pragma once

#include "core/histogram/Statistics.h"
#include "core/texture/GlcmAnalysis.h"
#include "ui/document/DocumentTypes.h"

#include <vector>

namespace tessera {

/**
 * The GLCM result the document keeps under AnalysisKind::Glcm (ImageDocument::result<GlcmResult>()): the core table
 * and, for each of its rows, the ROI it belongs to (table.rois[i] is ROI roiIds[i]). Views look names and classes up
 * in the document by id, so renames show at once without a rerun. statistics[i] (when not empty) holds the
 * intensity statistics of ROI i's pixels (count 0 when the ROI has no pixel in the image).
 */
struct GlcmResult
{
    GlcmTable table;
    RoiIdList roiIds;
    std::vector<PlaneStatistics> statistics;
};

} // namespace tessera
