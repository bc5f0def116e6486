#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/texture/Glcm.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tessera {

/**
 * What to do with every image of a batch: the analyses a session holds for one image, as a value. Applied to each
 * image by analyseImage() (core/batch/ImageAnalysis.h).
 *
 * - rois (with their names and classes) are the regions of the GLCM and of the ROI measurements, in pixel coordinates
 *   of every image. They are not clipped: a ROI that does not lie wholly inside an image fails that image.
 * - channel/slice/frame (0-based) choose the plane that GLCM and the ROI measurements read; the ROI measurements
 *   measure every channel of that slice and frame, as the GUI's results table does.
 * - glcm: when set, the GLCM/Haralick analysis of the ROIs (computeGlcmTable()).
 * - measureRois: when true and there are ROIs, ImageJ-style measurements of each ROI (ObjectMeasurements::measureRois).
 * - segmentation: when set, SegmentationPipeline::run() with these parameters and its per-object measurements.
 *
 * Two switches say what else a result keeps (not part of a session; `tessera-cli run` sets them):
 * - hashInput: the SHA-256 of each image file (ImageAnalysisResult::sha256), computed once per image on the worker
 *   that read it, for the provenance of all of that image's tables.
 * - keepImage: the image and the segmentation's labels (ImageAnalysisResult::image, labels), e.g. to draw a figure.
 */
struct BatchRecipe
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BatchRecipe)

public:
    std::vector<Roi> rois;
    int channel = 0;
    int slice = 0;
    int frame = 0;
    std::optional<GlcmParams> glcm;
    bool measureRois = true;
    std::optional<SegmentationParams> segmentation;
    bool hashInput = false;
    bool keepImage = false;

    /** True when at least one analysis would run (GLCM or ROI measurements need ROIs). */
    bool hasAnalysis() const;
    /**
     * Checks the recipe itself (independent of any image): plane indices >= 0, the GLCM and segmentation parameters
     * (their validate()), ROI names unique and non-empty, and that some analysis is asked for. The message is
     * readable and names the problem.
     */
    Status validate() const;
};

} // namespace tessera
