#pragma once

#include "core/common/Status.h"
#include "core/filters/Preprocess.h"
#include "core/image/Image.h"
#include "core/measure/MeasurementTable.h"
#include "core/morphology/BinaryMorphology.h"
#include "core/segmentation/ConnectedComponents.h"
#include "core/segmentation/ImageJWatershed.h"
#include "core/segmentation/OutlineRefinement.h"
#include "core/segmentation/Watershed.h"
#include "core/threshold/AutoThreshold.h"

#include <QCoreApplication>
#include <QStringList>

#include <limits>
#include <vector>

namespace tessera {

class TaskContext;

/** How objects that touch are split. */
enum class WatershedMode
{
    None,              ///< connected components of the mask
    DistanceTransform, ///< distanceTransformWatershed() (exact distance map; more splits than ImageJ, see docs)
    Intensity,         ///< intensityWatershed() on the smoothed image (seeds from its local maxima)
    ImageJ,            ///< imagejBinaryWatershed(): ImageJ 1.53t's seed rule, hence its object count
};

/** Units of SegmentationParams::minSize / maxSize. */
enum class SizeUnit
{
    Pixels,     ///< pixel count
    Calibrated, ///< area in calibration.unit² (pixelWidth·pixelHeight per pixel)
};

/**
 * Everything SegmentationPipeline::run() does, as a value. The defaults are ImageJ's usual nuclei recipe without
 * watershed: pre-processing "gaussian:1" (Gaussian σ = 1), Otsu (dark background), fill holes, 8-connected
 * particles, all sizes, edge objects kept; then the outlines are refined to the intensity edges within 3 px
 * (refineOutlines(), which ImageJ does not do).
 */
struct SegmentationParams
{
    int channel = 0; ///< 0-based plane to segment
    int slice = 0;
    int frame = 0;
    /** Pre-processing before the threshold (text form: Preprocess::toText()); empty = threshold the raw plane. */
    PreprocessChain preprocess = {PreprocessStep::gaussian(1.0)};
    bool autoThreshold = true;
    ThresholdMethod method = ThresholdMethod::Otsu;
    bool fullHistogram = false; ///< see AutoThresholdParams::fullHistogram
    bool darkBackground = true; ///< bright objects (ImageJ's "dark background")
    double manualLower = 0.0;   ///< used when autoThreshold is false: foreground = manualLower <= v <= manualUpper
    double manualUpper = std::numeric_limits<double>::infinity();
    bool fillHoles = true;
    WatershedMode watershed = WatershedMode::None;
    SeedParams seeds;                 ///< tolerance 0.5 (ImageJ's EDM watershed), minDistance 0
    bool watershedOnGradient = false; ///< Intensity mode: flood the gradient magnitude instead of −intensity
    Connectivity connectivity = Connectivity::Eight; ///< of particles (components) when watershed is None
    /**
     * Move each object's outline to the steepest intensity edge of the smoothed plane (refineOutlines(): marker-
     * controlled watershed of the gradient magnitude from the object cores and the far background). Makes outlines
     * independent of the threshold level (dim objects are no longer shrunk, bright ones no longer grown) and moves
     * the split between touching objects of different brightness to the edge between them. Never adds, removes or
     * merges objects.
     */
    bool refineOutlines = true;
    double refineDistance = 3.0; ///< pixels (0.5..50): how far an outline may move inward or outward
    double minSize = 0.0;        ///< objects smaller than this are removed (inclusive bounds, like ImageJ)
    double maxSize = std::numeric_limits<double>::infinity();
    SizeUnit sizeUnit = SizeUnit::Pixels;
    bool excludeEdges = false; ///< remove objects touching the image border (after splitting)
    bool measure = true;       ///< fill SegmentationResult::table (all channels of the segmented slice/frame)

    bool operator==(const SegmentationParams& o) const;
    bool operator!=(const SegmentationParams& o) const { return !(*this == o); }
    /**
     * Checks ranges (Preprocess::validate(), sizes >= 0 and min <= max, manual lower <= upper, seeds,
     * refineDistance 0.5..50 when refineOutlines) with a readable message.
     */
    Status validate() const;
};

/** What runSegmentation() returns. */
struct SegmentationResult
{
    LabelImage labels; ///< sequential labels in raster order of first pixels
    /**
     * The levels applied (auto or manual), in pixel values of the pre-processed plane; default (found = true,
     * 0..0) when run() was given a foreground mask instead (fromMask).
     */
    ThresholdResult threshold;
    bool fromMask = false;  ///< run() was given the foreground mask (no threshold was applied)
    MeasurementTable table; ///< one row per object (ObjectMeasurements::measureLabels) unless !params.measure
    /**
     * Readable notes about a result that is valid but probably not what the user wanted, e.g. why there are no
     * objects (the auto-threshold method found no threshold). Empty normally. The CLI prints them on stderr.
     */
    QStringList warnings;
};

/**
 * Runs the pipeline on plane (channel, slice, frame) of image:
 * 1. pre-processing: applyPreprocess(plane, params.preprocess) (Gaussian, disk median, background subtraction,
 *    CLAHE / equalisation in the chain's order; the result is called the pre-processed plane below);
 * 2. threshold (thresholdForeground()): computeAutoThreshold(pre-processed, {method, fullHistogram, darkBackground})
 *    or the manual levels; mask = lower <= pre-processed <= upper. When the auto-threshold finds no threshold
 *    (ThresholdResult::found is false: a constant plane, or a histogram the method cannot split) the mask is empty,
 *    so there are no objects (never one object covering the frame), and a warning saying why is added to
 *    SegmentationResult::warnings.
 *    With a foregroundMask (CV_8U of the image's size, non-zero = foreground: e.g. the mask layer the threshold panel
 *    applied) that mask is the foreground instead: no threshold is computed, the threshold fields of params are not
 *    used, and step 1 runs only when a later step reads intensities (Intensity watershed or refineOutlines);
 *    an empty foregroundMask gives no objects and a warning;
 * 3.-5. splitObjects(): fill holes, split, refine the outlines, size and edge filters, renumber;
 * 6. measure every object on the raw (not pre-processed) planes of all channels (same slice and frame).
 * Progress is mapped per stage with SubTask; cancellation gives Status::cancelled(). Invalid parameters, plane
 * indices or mask give StatusCode::InvalidInput; a plane above kMaxSegmentationPixels gives TooLarge. Thread-safe
 * (pure function).
 */
class SegmentationPipeline
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SegmentationPipeline)

public:
    static Expected<SegmentationResult> run(const Image& image, const SegmentationParams& params, TaskContext& task,
                                            const cv::Mat& foregroundMask = cv::Mat());

    /**
     * Step 2 of run() on an already pre-processed plane: the foreground mask (CV_8U, 255 = foreground) of the
     * auto or manual threshold of params. Sets result.threshold and appends the no-threshold warning to
     * result.warnings (see run()). Cancellation gives Status::cancelled().
     */
    static Expected<cv::Mat> thresholdForeground(const cv::Mat& preprocessed, const SegmentationParams& params,
                                                 SegmentationResult& result, TaskContext& task);

    /**
     * Steps 3-5 of run() on a foreground mask (CV_8U, non-zero = foreground) and the pre-processed plane of the same
     * size (read only by the Intensity watershed and refineOutlines; may be empty otherwise):
     * 3. fill holes (BinaryMorphology::fillHoles) when params.fillHoles;
     * 4. split: connected components (params.connectivity), distance-transform or intensity watershed (seeds from
     *    params.seeds, basins flooded with 4-connectivity like scikit-image's watershed default; no separating
     *    lines), or imagejBinaryWatershed() (WatershedMode::ImageJ: ImageJ's fixed seed rule; params.seeds is not
     *    used);
     * 4b. with refineOutlines: refineOutlines(preprocessed, objects, refineDistance) moves every outline to the
     *    steepest intensity edge within refineDistance pixels (same objects, same count);
     * 5. remove objects outside [minSize, maxSize] (pixel counts times pixelArea) and, with excludeEdges, objects
     *    touching the border; renumber sequentially.
     * With seeds non-null it receives the watershed seeds of the objects that remain (one point per seed: the
     * findSeeds() seed pixel; WatershedMode::ImageJ: the maxima of the distance map with ImageJ's tolerance 0.5,
     * close to but not exactly ImageJ's seed areas; none for WatershedMode::None) — for previews.
     */
    static Expected<LabelImage> splitObjects(const cv::Mat& preprocessed, const cv::Mat& mask,
                                             const SegmentationParams& params, double pixelArea, TaskContext& task,
                                             std::vector<cv::Point>* seeds = nullptr);
};

} // namespace tessera
