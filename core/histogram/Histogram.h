#pragma once

#include "core/common/Status.h"

#include <QtGlobal>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * Parameters of computeHistogram().
 *
 * bins == 0 (default) asks for the exact integer histogram of 8- and 16-bit planes: 256 bins of width 1 for CV_8U,
 * 65536 bins of width 1 for CV_16U (bin i counts the value i). Float planes have no exact histogram; for them
 * bins == 0 means 256 bins.
 *
 * bins > 0 asks for that many equal-width bins over [rangeMin, rangeMax] (if useRange) or over the data's
 * [min, max] (of the pixels inside the mask). A value v falls in bin floor((v - lo) * bins / (hi - lo)); v == hi is
 * counted in the last bin; values outside [lo, hi] are not counted (see Histogram::outside). For integer planes a
 * re-binned histogram is derived from the exact one (so it costs no second pass over the pixels).
 */
struct HistogramParams
{
    int bins = 0;
    bool useRange = false;
    double rangeMin = 0.0;
    double rangeMax = 0.0;

    bool operator==(const HistogramParams& o) const
    {
        return bins == o.bins && useRange == o.useRange && rangeMin == o.rangeMin && rangeMax == o.rangeMax;
    }
    bool operator!=(const HistogramParams& o) const { return !(*this == o); }
    /** bins in [0, 16777216]; with useRange, finite rangeMin < rangeMax. */
    Status validate() const;
};

/**
 * A histogram of one plane (or of the pixels of a mask). Bin i covers [binStart + i * binWidth,
 * binStart + (i + 1) * binWidth); the last bin also includes its upper edge.
 */
struct Histogram
{
    std::vector<quint64> counts;
    double binStart = 0.0;
    double binWidth = 1.0;
    /** Pixels counted in the bins. */
    quint64 total = 0;
    /** Pixels inside the mask but outside [rangeMin, rangeMax] (only with an explicit range). */
    quint64 outside = 0;
    /** NaN or infinite pixels inside the mask (float planes only); never counted in a bin. */
    quint64 nanCount = 0;
    /** Smallest and largest finite value inside the mask; both 0 when there is none. */
    double dataMin = 0.0;
    double dataMax = 0.0;

    int binCount() const { return int(counts.size()); }
};

/**
 * The ImageJ 1.x 256-bin histogram used by ImageJ's setAutoThreshold():
 *  - CV_8U: the 256 levels themselves (bin = value).
 *  - CV_16U: min, max = the extreme values inside the mask; bin = min(255, (int)((v - min) * 256 / (max - min + 1)
 *    + 0.5)), i.e. ImageJ's ShortProcessor "convertToByte(true)" scaling.
 *  - CV_32F: bin = min(255, (int)((v - min) * 255 / (max - min) + 0.5)) (FloatProcessor's scaling); NaN and infinite
 * values ignored. dataMin/dataMax give the min and max used. A constant plane puts every pixel in bin 0.
 */
struct ImageJHistogram
{
    std::vector<qint64> counts = std::vector<qint64>(256, 0);
    double min = 0.0;
    double max = 0.0;
    qint64 total = 0;
};

/**
 * Computes the histogram of plane (CV_8U, CV_16U or CV_32F, one channel) restricted to mask (CV_8U of the same
 * size, non-zero = inside; an empty Mat = the whole plane). Row bands run in parallel (cv::parallel_for_) into
 * per-band count arrays that are summed afterwards (no locks). Fails with InvalidInput for another type, a mask of
 * another size or invalid params; Status::cancelled() when task is cancelled (polled every few rows).
 * Thread-safe (pure function).
 */
Expected<Histogram> computeHistogram(const cv::Mat& plane, const cv::Mat& mask, const HistogramParams& params,
                                     TaskContext& task);

/**
 * Re-bins an exact integer histogram (bin width 1, as computeHistogram() returns for 8/16-bit planes) into bins
 * equal-width bins over [lo, hi] with the rule of HistogramParams. Fails with InvalidInput for bins < 1 or lo >= hi.
 */
Expected<Histogram> rebinHistogram(const Histogram& exact, int bins, double lo, double hi);

/** The ImageJ-compatible 256-bin histogram described at ImageJHistogram; same failure rules as computeHistogram(). */
Expected<ImageJHistogram> computeImageJHistogram(const cv::Mat& plane, const cv::Mat& mask, TaskContext& task);

/** Checks that plane is a single-channel CV_8U/16U/32F Mat and mask is empty or CV_8U of its size. */
Status checkPlaneAndMask(const cv::Mat& plane, const cv::Mat& mask);

} // namespace tessera
