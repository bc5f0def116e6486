#include "core/threshold/ManualThreshold.h"

#include "core/histogram/Histogram.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>

#include <atomic>
#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ManualThreshold)
};

template <typename T>
void thresholdRows(const cv::Mat& plane, const cv::Mat& mask, double lower, double upper, cv::Mat& out, int r0, int r1)
{
    for (int r = r0; r < r1; ++r) {
        const T* p = plane.ptr<T>(r);
        const uchar* m = mask.empty() ? nullptr : mask.ptr<uchar>(r);
        uchar* o = out.ptr<uchar>(r);
        for (int c = 0; c < plane.cols; ++c) {
            const double v = double(p[c]);
            const bool in = v >= lower && v <= upper && (!m || m[c] != 0); // false for NaN
            o[c] = in ? 255 : 0;
        }
    }
}
} // namespace

Status ManualThresholdParams::validate() const
{
    if (std::isnan(lower) || std::isnan(upper) || lower > upper) {
        return Status::invalid(Tr::tr("The threshold needs lower <= upper (got %1..%2).").arg(lower).arg(upper));
    }
    return Status::ok();
}

Expected<cv::Mat> applyThreshold(const cv::Mat& plane, const cv::Mat& mask, const ManualThresholdParams& params,
                                 TaskContext& task)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    cv::Mat out(plane.size(), CV_8U);
    std::atomic<bool> cancelled{false};
    const int blocks = (plane.rows + 15) / 16;
    cv::parallel_for_(cv::Range(0, blocks), [&](const cv::Range& range) {
        for (int b = range.start; b < range.end; ++b) {
            if (cancelled.load(std::memory_order_relaxed) || task.isCancelled()) {
                cancelled.store(true);
                return;
            }
            const int r0 = b * 16;
            const int r1 = std::min(plane.rows, r0 + 16);
            switch (plane.depth()) {
            case CV_8U:
                thresholdRows<uchar>(plane, mask, params.lower, params.upper, out, r0, r1);
                break;
            case CV_16U:
                thresholdRows<ushort>(plane, mask, params.lower, params.upper, out, r0, r1);
                break;
            default:
                thresholdRows<float>(plane, mask, params.lower, params.upper, out, r0, r1);
                break;
            }
        }
    });
    if (cancelled.load() || task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}

Expected<cv::Mat> applyThreshold(const cv::Mat& plane, const cv::Mat& mask, const ThresholdResult& threshold,
                                 TaskContext& task)
{
    ManualThresholdParams p;
    p.lower = threshold.lower;
    p.upper = threshold.upper;
    return applyThreshold(plane, mask, p, task);
}

} // namespace tessera
