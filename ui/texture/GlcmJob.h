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
    std::vector<Roi> rois; ///< the ROIs with an area, in document order
    RoiIdList ids;         ///< ids[i] is rois[i]
    QStringList skipped;   ///< names of the line and points ROIs (no area, no texture), left out
    GlcmParams params;
    StatisticsParams statistics; ///< pixel size for the area
};

/**
 * The job for document's current plane, ROIs and GLCM parameters. GUI thread. Line and points ROIs have no pixels
 * to count pairs in: they are left out (named in skipped), so they never make a run fail and get no row.
 */
GlcmJob makeGlcmJob(const ImageDocument& document);

/**
 * The worker side: rasterises the ROIs (partly outside → clipped and flagged; no pixel inside → that ROI's error),
 * runs computeGlcmTable() and the moments of each ROI's intensities (computeMoments(), in parallel). Fails like
 * computeGlcmTable() (invalid params, cancellation). A job without ROIs (all skipped) gives an empty result.
 * Thread-safe.
 */
Expected<GlcmResult> computeGlcmJob(const GlcmJob& job, TaskContext& task);

} // namespace tessera
