#pragma once

#include "core/common/Status.h"
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
 * Everything runSegmentation() does, as a value. The defaults are ImageJ's usual nuclei recipe without watershed:
 * Gaussian σ = 1, Otsu (dark background), fill holes, 8-connected particles, all sizes, edge objects kept; then the
 * outlines are refined to the intensity edges within 3 px (refineOutlines(), which ImageJ does not do).
 */
struct SegmentationParams
{
    int channel = 0; ///< 0-based plane to segment
    int slice = 0;
    int frame = 0;
    double smoothSigma = 1.0; ///< Gaussian pre-smoothing in pixels; 0 = none
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
     * Checks ranges (sigma 0..100, sizes >= 0 and min <= max, manual lower <= upper, seeds, refineDistance 0.5..50
     * when refineOutlines) with a readable message.
     */
    Status validate() const;
};

/** What runSegmentation() returns. */
struct SegmentationResult
{
    LabelImage labels;         ///< sequential labels in raster order of first pixels
    ThresholdResult threshold; ///< the levels applied (auto or manual), in pixel values of the smoothed plane
    MeasurementTable table;    ///< one row per object (ObjectMeasurements::measureLabels) unless !params.measure
    /**
     * Readable notes about a result that is valid but probably not what the user wanted, e.g. why there are no
     * objects (the auto-threshold method found no threshold). Empty normally. The CLI prints them on stderr.
     */
    QStringList warnings;
};

/**
 * Runs the pipeline on plane (channel, slice, frame) of image:
 * 1. Gaussian smoothing (Smoothing::gaussian, result in the plane's type);
 * 2. threshold: computeAutoThreshold(smoothed, {method, fullHistogram, darkBackground}) or the manual levels;
 *    mask = lower <= smoothed <= upper. When the auto-threshold finds no threshold (ThresholdResult::found is false:
 *    a constant plane, or a histogram the method cannot split) the mask is empty, so there are no objects (never
 *    one object covering the frame), and a warning saying why is added to SegmentationResult::warnings;
 * 3. fill holes (BinaryMorphology::fillHoles);
 * 4. split: connected components (params.connectivity), distance-transform or intensity watershed (seeds from
 *    params.seeds, basins flooded with 4-connectivity like scikit-image's watershed default; no separating lines),
 *    or imagejBinaryWatershed() (WatershedMode::ImageJ: ImageJ's fixed seed rule; params.seeds is not used);
 * 4b. with refineOutlines: refineOutlines(smoothed, objects, refineDistance) moves every outline to the steepest
 *    intensity edge within refineDistance pixels (same objects, same count);
 * 5. remove objects outside [minSize, maxSize] and, with excludeEdges, objects touching the border; renumber;
 * 6. measure every object on the unsmoothed planes of all channels (same slice and frame).
 * Progress is mapped per stage with SubTask; cancellation gives Status::cancelled(). Invalid parameters or plane
 * indices give StatusCode::InvalidInput; a plane above kMaxSegmentationPixels gives TooLarge. Thread-safe (pure
 * function).
 */
class SegmentationPipeline
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SegmentationPipeline)

public:
    static Expected<SegmentationResult> run(const Image& image, const SegmentationParams& params, TaskContext& task);
};

} // namespace tessera
