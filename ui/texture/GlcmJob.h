#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/roi/Roi.h"
#include "core/texture/Glcm.h"
#include "ui/document/AnalysisResults.h"

#include <vector>

namespace tessera {

class ImageDocument;
class TaskContext;

/**
 * Everything one GLCM run of a document needs, copied on the GUI thread (O(ROIs), no pixels: the plane is a shared
 * cv::Mat view of the immutable image) so the worker never touches the document.
 */
struct GlcmJob
{
    cv::Mat plane;
    std::vector<Roi> rois; ///< in document order
    RoiIdList ids;         ///< ids[i] is rois[i]
    GlcmParams params;
    StatisticsParams statistics; ///< pixel size for the area
};

/** The job for document's current plane, ROIs and GLCM parameters. GUI thread. */
GlcmJob makeGlcmJob(const ImageDocument& document);

/**
 * The worker side: rasterises the ROIs (partly outside → clipped and flagged; no pixel inside → that ROI's error),
 * runs computeGlcmTable() and the moments of each ROI's intensities (computeMoments(), in parallel). Fails like
 * computeGlcmTable() (invalid params, cancellation). Thread-safe.
 */
Expected<GlcmResult> computeGlcmJob(const GlcmJob& job, TaskContext& task);

} // namespace tessera
