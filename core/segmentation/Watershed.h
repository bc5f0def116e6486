#pragma once

#include "core/common/Status.h"
#include "core/morphology/BinaryMorphology.h"
#include "core/segmentation/ConnectedComponents.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/**
 * Marker-controlled watershed by priority flooding (F. Meyer, "Un algorithme optimal de ligne de partage des eaux",
 * 8e congrès AFCET, 1991; the variant without watershed lines, as scikit-image's `watershed(...,
 * watershed_line=False)`).
 *
 * relief: CV_32F (NaN not allowed), flooded from low to high. markers: CV_32S of the same size, > 0 = seed label,
 * 0 = to be flooded (negative values are treated as 0). mask: CV_8U (non-zero = may be labelled) or empty = whole
 * image. Seeds outside the mask are ignored.
 *
 * Algorithm: every seed pixel enters a priority queue keyed by (relief value, insertion order); the lowest entry is
 * removed and each unlabelled in-mask neighbour (4- or 8-connected) takes its label and enters the queue with its own
 * relief value. Ties are broken by insertion order (FIFO), so the result is deterministic. Every mask pixel connected
 * to a seed gets a label: no pixel is sacrificed to a separating line (ImageJ's Binary Watershed instead draws 1-pixel
 * background lines between objects; Tessera keeps every pixel and separates objects by their labels).
 * Mask pixels in components without any seed stay 0. Returns CV_32S labels (the seed labels, not renumbered).
 *
 * O(N log N) in the number of mask pixels. Polls cancellation every 2^16 pixels. Thread-safe (pure function).
 * Fails with StatusCode::InvalidInput on type or size mismatch, TooLarge above kMaxSegmentationPixels.
 */
Expected<cv::Mat> markerWatershed(const cv::Mat& relief, const cv::Mat& markers, const cv::Mat& mask,
                                  Connectivity connectivity, TaskContext& task);

/**
 * Priority flood on integer levels (Meyer's hierarchical queue): level is CV_32S with values in 0..nLevels-1,
 * markers CV_32S (> 0 = seed label), inside CV_8U (non-zero = may be labelled; seeds outside are ignored). Lower
 * levels first, FIFO within a level, each pixel queued once, so the result is deterministic and equals the order of
 * markerWatershed()'s (value, insertion order) heap for the same ranking; O(N + nLevels). Returns CV_32S labels of the
 * pixels reached (0 elsewhere, including outside `inside`). Polls cancellation every 2^16 pixels and reports progress
 * as the fraction of `inside` pixels flooded. Thread-safe (pure function); preconditions are not re-checked.
 */
Expected<cv::Mat> floodIntegerLevels(const cv::Mat& level, int nLevels, const cv::Mat& markers, const cv::Mat& inside,
                                     Connectivity connectivity, TaskContext& task);

/** How seeds are found on a surface (distance map or smoothed intensity). */
struct SeedParams
{
    /**
     * Prominence ("noise tolerance" of ImageJ's Find Maxima, h of the h-maxima transform), in the surface's units:
     * a local maximum is a seed only if no higher pixel can be reached from it without descending by this much or
     * more. ImageJ's Binary Watershed uses 0.5 on the Euclidean distance map. Must be >= 0.
     */
    double tolerance = 0.5;
    /**
     * 0 = off. Otherwise seeds closer than this many pixels to a higher seed (Chebyshev distance, i.e. a
     * (2d+1)×(2d+1) window, as scikit-image's peak_local_max(min_distance=d)) are dropped; the higher one wins,
     * ties go to the earlier pixel in raster order.
     */
    int minDistance = 0;
    /** Seeds must have a surface value strictly above this (default: any value > 0 on a distance map). */
    double threshold = 0.0;

    bool operator==(const SeedParams& o) const
    {
        return tolerance == o.tolerance && minDistance == o.minDistance && threshold == o.threshold;
    }
    bool operator!=(const SeedParams& o) const { return !(*this == o); }
    Status validate() const;
};

/**
 * Finds seeds on surface (CV_32F) inside mask (CV_8U or empty = whole image): the regional maxima that survive the
 * tolerance test (the definition of ImageJ's MaximumFinder: flood from each maximum, highest first, over 8-connected
 * pixels with value > max − tolerance; the maximum is discarded if that flood reaches a higher pixel or the flood of
 * an earlier, higher maximum), then the minDistance suppression. Each seed is one pixel (the first, in raster order,
 * of its highest plateau pixels). Returns markers CV_32S, seeds numbered 1..count in raster order.
 * Fails with TooLarge above kMaxSegmentationPixels. Thread-safe (pure function); polls cancellation.
 */
Expected<LabelImage> findSeeds(const cv::Mat& surface, const cv::Mat& mask, const SeedParams& params,
                               TaskContext& task);

/**
 * Exact squared Euclidean distance transform of mask (CV_8U, non-zero = foreground): for each foreground pixel the
 * squared distance (an integer) to the nearest background pixel centre, 0 on background. Pixels outside the image are
 * not background; a mask without any background pixel gives +infinity everywhere. Algorithm: P. F. Felzenszwalb and
 * D. P. Huttenlocher, "Distance Transforms of Sampled Functions", Theory of Computing 8 (2012): a column pass, then
 * the lower envelope of parabolas along each row (rows in parallel on all cores). Returns CV_64F: squared distances
 * exceed 32 bits from 46,341 px on (a 120000-pixel-long object reaches 1.44·10^10); doubles hold them exactly up to
 * 2^53, i.e. for every distance below 94 million pixels (beyond that they are rounded, never wrapped or clamped).
 * Polls cancellation every 64-256 rows. Thread-safe (pure function).
 */
Expected<cv::Mat> squaredDistanceTransform(const cv::Mat& mask, TaskContext& task);

/**
 * Splits touching round objects of a binary mask with scikit-image's distance_transform_edt + peak_local_max +
 * watershed recipe (the idea of ImageJ's Process > Binary > Watershed, but not its seed rule: on sampled distances a
 * bent or diagonal ridge dips ~0.5 px, so this splits some elongated objects ImageJ keeps whole, e.g. 324 objects
 * against ImageJ's 319 on the nuclei mask; docs/segmentation.md. imagejBinaryWatershed() gives ImageJ's count):
 * 1. exact Euclidean distance map of the foreground (squaredDistanceTransform(); the same values as OpenCV's
 *    DIST_L2 / DIST_MASK_PRECISE and scipy's distance_transform_edt);
 * 2. seeds = findSeeds(distance, mask, seeds);
 * 3. markerWatershed(−distance, seeds, mask, floodConnectivity), computed per connected component of the mask
 *    (components are independent: one with a single seed is that object; those with several seeds are flooded in
 *    parallel) with a bucket queue on the exact integer levels distance² (same order as the heap, O(N)); when
 *    distance² spans far more values than the component has pixels (long thin objects, distances beyond 46,341 px)
 *    the levels are the ranks of the distinct distance² values instead (O(N log N)), so no level count overflows.
 * Objects of the mask that get no seed (cannot happen for non-empty components, which always hold a maximum) would
 * stay 0. Returns sequential labels in raster order (relabelSequential). With seedMarkers non-null it also receives
 * the seeds of step 2 (findSeeds()'s markers). Fails with TooLarge above kMaxSegmentationPixels. Thread-safe; polls
 * cancellation.
 */
Expected<LabelImage> distanceTransformWatershed(const cv::Mat& mask, const SeedParams& seeds,
                                                Connectivity floodConnectivity, TaskContext& task,
                                                LabelImage* seedMarkers = nullptr);

/**
 * Marker-controlled watershed on an intensity image (bright objects): seeds from findSeeds() on the (already
 * smoothed) image, then flooding of −image (useGradient = false: basins are the bright blobs) or of the Sobel gradient
 * magnitude of the image (useGradient = true: boundaries follow intensity edges), restricted to mask.
 * smoothed: CV_8U, CV_16U or CV_32F (converted to float). Returns sequential labels (and, with seedMarkers non-null,
 * findSeeds()'s markers); TooLarge above kMaxSegmentationPixels. Thread-safe; polls cancellation.
 */
Expected<LabelImage> intensityWatershed(const cv::Mat& smoothed, const cv::Mat& mask, const SeedParams& seeds,
                                        bool useGradient, Connectivity floodConnectivity, TaskContext& task,
                                        LabelImage* seedMarkers = nullptr);

} // namespace tessera
