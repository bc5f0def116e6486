#pragma once

#include "core/texture/GlcmAnalysis.h"
#include "ui/document/DocumentTypes.h"

namespace tessera {

/**
 * The GLCM result the document keeps under AnalysisKind::Glcm (ImageDocument::result<GlcmResult>()): the core table
 * and, for each of its rows, the ROI it belongs to (table.rois[i] is ROI roiIds[i]). Views look names and classes up
 * in the document by id, so renames show at once without a rerun.
 */
struct GlcmResult
{
    GlcmTable table;
    RoiIdList roiIds;
};

} // namespace tessera
