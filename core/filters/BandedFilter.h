#pragma once

#include "core/common/Status.h"
#include "core/task/TaskContext.h"

#include <opencv2/core.hpp>

#include <algorithm>

namespace tessera {

/**
 * Internal helper of core/filters: applies filter(inBand, outBand) to horizontal bands of src with `margin` extra
 * rows above and below each band (clipped at the image), so a filter whose support is at most `margin` rows gives the
 * same result as on the whole image. outBand must be written as a matrix of inBand's size and type outType.
 * Polls cancellation and reports progress between bands. Returns the assembled result or Status::cancelled().
 */
template <typename Filter>
Expected<cv::Mat> applyInBands(const cv::Mat& src, int margin, int outType, TaskContext& task, Filter&& filter)
{
    cv::Mat dst(src.size(), outType);
    const int bandRows = std::max(64, (1 << 20) / std::max(1, src.cols));
    for (int y0 = 0; y0 < src.rows; y0 += bandRows) {
        if (task.isCancelled()) {
            return Status::cancelled();
        }
        const int y1 = std::min(src.rows, y0 + bandRows);
        const int top = std::max(0, y0 - margin);
        const int bottom = std::min(src.rows, y1 + margin);
        // A copy makes the band isolated, so the filter's border rule applies only at the real image edges
        // (at inner band edges the margin rows make the border rule irrelevant).
        const cv::Mat in = src.rowRange(top, bottom).clone();
        cv::Mat out;
        filter(in, out);
        out.rowRange(y0 - top, y1 - top).copyTo(dst.rowRange(y0, y1));
        task.setProgress(double(y1) / double(src.rows));
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    return dst;
}

/** InvalidInput unless plane is a non-empty single-channel CV_8U, CV_16U or CV_32F matrix. */
Status checkFilterPlane(const cv::Mat& plane);

} // namespace tessera
