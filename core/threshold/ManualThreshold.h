#pragma once

#include "core/common/Status.h"

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;
struct ThresholdResult;

/** A manual threshold: the foreground is lower <= value <= upper (pixel values, inclusive both ends). */
struct ManualThresholdParams
{
    double lower = 0.0;
    double upper = 255.0;

    bool operator==(const ManualThresholdParams& o) const { return lower == o.lower && upper == o.upper; }
    bool operator!=(const ManualThresholdParams& o) const { return !(*this == o); }
    /** Both bounds are numbers (not NaN) and lower <= upper. */
    Status validate() const;
};

/**
 * The binary mask of a threshold: CV_8U of plane's size, 255 where lower <= value <= upper and (if mask is given)
 * mask != 0, 0 elsewhere; NaN pixels are never foreground. plane is CV_8U, CV_16U or CV_32F; mask empty or CV_8U of
 * the same size. Rows run in parallel. Fails with InvalidInput for bad inputs; Status::cancelled() when task is
 * cancelled (polled every 16 rows). Thread-safe (pure function).
 */
Expected<cv::Mat> applyThreshold(const cv::Mat& plane, const cv::Mat& mask, const ManualThresholdParams& params,
                                 TaskContext& task);

/** applyThreshold() with the bounds of an automatic threshold. */
Expected<cv::Mat> applyThreshold(const cv::Mat& plane, const cv::Mat& mask, const ThresholdResult& threshold,
                                 TaskContext& task);

} // namespace tessera
