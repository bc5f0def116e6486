#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"
#include "core/texture/Glcm.h"
#include "core/texture/HaralickFeatures.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * Below this many pixel pairs a matrix is flagged lowPairCount: with fewer pairs than this the features of a typical
 * 32–256 level matrix are dominated by which few cells happen to be hit (a 9×9 crop at distance 7 has 18 horizontal
 * pairs). The GUI warns about such results; they are still computed.
 */
constexpr qint64 kGlcmLowPairCount = 100;

/** A named region of one plane. A RoiMask with an empty `mask` stands for every pixel of its `box`. */
struct NamedRoiMask
{
    QString name;
    RoiMask mask;
};

/** Features of one (ROI, distance, orientation) matrix. */
struct GlcmMeasurement
{
    int distance = 1;
    GlcmOrientation orientation = GlcmOrientation::Horizontal;
    qint64 pairs = 0;          ///< pixel pairs counted; 0 means every feature is NaN
    bool lowPairCount = false; ///< pairs < kGlcmLowPairCount
    HaralickValues features;
};

/**
 * Summary over the orientations of one (ROI, distance), as Haralick (1973) proposed: the mean and the range
 * (max − min) of each feature over the per-orientation values. A NaN in any orientation makes that feature's mean and
 * range NaN. pairs is the sum of the per-orientation pairs (as the MEAN rows of the reference CSV).
 */
struct GlcmOrientationSummary
{
    int distance = 1;
    qint64 pairs = 0;
    bool lowPairCount = false; ///< some orientation is lowPairCount
    HaralickValues mean;
    HaralickValues range;
};

/** Mean and range over measurements (those of one ROI and one distance). Empty input gives NaN values. */
GlcmOrientationSummary summarizeOrientations(const std::vector<GlcmMeasurement>& measurements);

/** Everything computed for one ROI. */
struct GlcmRoiResult
{
    QString name;
    Status status;        ///< not ok (with a message naming the ROI) when the ROI has no pixel; then no measurements
    bool clipped = false; ///< copied from the RoiMask
    int pixelCount = 0;
    GlcmRange range;                               ///< the quantisation range used
    std::vector<GlcmMeasurement> measurements;     ///< distance-major, then orientation in params order
    std::vector<GlcmOrientationSummary> summaries; ///< one per distance, in params order
};

/** The result of computeGlcmTable(): the params it ran with and one entry per input ROI, in input order. */
struct GlcmTable
{
    GlcmParams params;
    std::vector<GlcmRoiResult> rois;
};

/**
 * The GLCM analysis the GUI and CLI run: for every ROI, quantise it (range per params.rangeMode; AllRois takes the
 * min and max over every ROI's pixels), then build one matrix per (distance, orientation) and compute all 19
 * features from it, plus the mean and range over orientations per distance.
 *
 * plane: one channel, CV_8U, CV_16U or CV_32F (NaN and ±∞ pixels are treated as outside every ROI). Fails with
 * InvalidInput for invalid params, another plane type, or PixelType range on a float plane; with
 * Status::cancelled() if task is cancelled (never a partial table). A ROI without pixels does not fail the call: its
 * GlcmRoiResult carries the error. Orientations without any pair give pairs = 0 and NaN features.
 *
 * Runs in parallel over ROIs (both cores; one counter and calculator, O(N²) memory for N ≤ 1024, per worker, no
 * locks in the loop) and, for a single large ROI such as a whole plane, over row bands. Reports progress per ROI and
 * polls cancellation between ROIs and bands. Thread-safe: reads plane and rois only.
 */
Expected<GlcmTable> computeGlcmTable(const cv::Mat& plane, const std::vector<NamedRoiMask>& rois,
                                     const GlcmParams& params, TaskContext& task);

/**
 * One matrix and its features, for callers that need the matrix itself: quantises mask per params (AllRois is
 * treated as Roi here), counts at (distance, orientation) and computes the features. Fails like computeGlcmTable()
 * and with InvalidInput when the mask has no pixel. Thread-safe.
 */
struct GlcmSingleResult
{
    Glcm glcm;
    GlcmRange range;
    HaralickValues features;
};
Expected<GlcmSingleResult> computeGlcm(const cv::Mat& plane, const RoiMask& mask, int distance,
                                       GlcmOrientation orientation, const GlcmParams& params);

} // namespace tessera
