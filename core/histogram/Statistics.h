#pragma once

#include "core/common/Status.h"

#include <QtGlobal>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/** Parameters of computeStatistics(): the pixel size, for area and integrated density (ImageJ's calibration). */
struct StatisticsParams
{
    double pixelWidth = 1.0;  ///< calibrated units per pixel, > 0
    double pixelHeight = 1.0; ///< calibrated units per pixel, > 0

    bool operator==(const StatisticsParams& o) const
    {
        return pixelWidth == o.pixelWidth && pixelHeight == o.pixelHeight;
    }
    bool operator!=(const StatisticsParams& o) const { return !(*this == o); }
    /** Both sizes finite and > 0. */
    Status validate() const;
};

/**
 * Statistics of the pixels of a plane inside a mask, with ImageJ 1.x's definitions (Analyze > Measure). With
 * n = count and x the pixel values (NaN and infinite values of float planes are ignored and not counted):
 *  - area = n * pixelWidth * pixelHeight
 *  - mean = Σx / n;  min, max
 *  - stdDev = sqrt((n Σx² - (Σx)²) / n / (n - 1))  (sample standard deviation; 0 when n < 2)
 *  - skewness = ((Σx³ - 3 mean Σx²) / n + 2 mean³) / σ³ and
 *    kurtosis = ((Σx⁴ - 4 mean Σx³ + 6 mean² Σx²) / n - 3 mean⁴) / σ⁴ - 3  (excess kurtosis), where σ is the
 *    POPULATION standard deviation sqrt(Σx²/n - mean²), as in ImageJ's calculateMoments(); both NaN when σ == 0
 *  - median: 8/16-bit: the smallest level whose cumulative count exceeds n/2 (ImageJ's histogram median);
 *    float: the exact median of the values (mean of the two central values for even n)
 *  - mode: 8/16-bit: the most frequent level (the smallest on ties); float: the lower edge of the fullest of 256
 *    bins between min and max (ImageJ's FloatStatistics)
 *  - integratedDensity = area * mean (ImageJ's IntDen), rawIntegratedDensity = Σx (RawIntDen)
 * Values are raw pixel values (no intensity calibration).
 */
struct PlaneStatistics
{
    qint64 count = 0;
    double area = 0.0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double stdDev = 0.0;
    double median = 0.0;
    double mode = 0.0;
    double skewness = 0.0;
    double kurtosis = 0.0;
    double integratedDensity = 0.0;
    double rawIntegratedDensity = 0.0;
    qint64 nanCount = 0; ///< NaN or infinite pixels inside the mask (not counted)
};

/**
 * Computes PlaneStatistics of plane (CV_8U, CV_16U or CV_32F) inside mask (CV_8U of the same size, non-zero = inside;
 * empty = whole plane). 8/16-bit planes use the exact parallel histogram (see computeHistogram()); float planes a
 * parallel pass for the sums plus a selection for the median. Fails with InvalidInput for a bad plane, mask or
 * params, or when no finite pixel is inside the mask; Status::cancelled() when task is cancelled.
 * Thread-safe (pure function).
 */
Expected<PlaneStatistics> computeStatistics(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params,
                                            TaskContext& task);

/**
 * The moments part of computeStatistics() for many small regions: count, area, mean, stdDev, min, max, skewness,
 * kurtosis, integrated densities and nanCount with the same definitions, from one sequential pass over the pixels (no
 * histogram, no allocation, so a 50 × 50 crop of a 16-bit plane costs microseconds); median and mode are NaN. Fails
 * like computeStatistics(). Thread-safe (pure function); callers parallelise over regions.
 */
Expected<PlaneStatistics> computeMoments(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params);

} // namespace tessera
