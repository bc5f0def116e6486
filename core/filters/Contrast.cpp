#include "core/filters/Contrast.h"

#include "core/filters/BandedFilter.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace tessera {
namespace {
cv::Mat toFloat(const cv::Mat& in)
{
    cv::Mat f;
    in.convertTo(f, CV_32F);
    return f;
}

cv::Mat toUnit16(const cv::Mat& plane, double lo, double hi)
{
    cv::Mat out;
    const double scale = hi > lo ? 65535.0 / (hi - lo) : 0.0;
    plane.convertTo(out, CV_16U, scale, -lo * scale);
    return out;
}
} // namespace

Status ClaheParams::validate() const
{
    if (tileSize < 8) {
        return Status::invalid(Contrast::tr("The CLAHE tile size must be at least 8 pixels (got %1).").arg(tileSize));
    }
    if (!(clipLimit >= 1.0) || !std::isfinite(clipLimit)) {
        return Status::invalid(Contrast::tr("The CLAHE clip limit must be at least 1 (got %1).").arg(clipLimit));
    }
    return Status::ok();
}

Expected<cv::Mat> Contrast::gamma(const cv::Mat& plane, double gamma, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (!(gamma > 0 && gamma <= 10)) {
        return Status::invalid(tr("Gamma must be in (0, 10] (got %1).").arg(gamma));
    }
    double maxValue = 0;
    cv::minMaxLoc(plane, nullptr, &maxValue);
    return applyInBands(plane, 0, CV_32F, task, [gamma, maxValue](const cv::Mat& in, cv::Mat& out) {
        cv::Mat f = cv::max(toFloat(in), 0.0);
        if (maxValue <= 0) {
            out = cv::Mat::zeros(in.size(), CV_32F);
            return;
        }
        f /= maxValue;
        cv::pow(f, gamma, out);
        out *= maxValue;
    });
}

Expected<cv::Mat> Contrast::log(const cv::Mat& plane, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    return applyInBands(plane, 0, CV_32F, task, [](const cv::Mat& in, cv::Mat& out) {
        cv::Mat f = cv::max(toFloat(in), 0.0) + 1.0;
        cv::log(f, out);
    });
}

Expected<cv::Mat> Contrast::sigmoid(const cv::Mat& plane, double cutoff, double gain, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (!(cutoff >= 0 && cutoff <= 1) || !(gain > 0 && gain <= 100)) {
        return Status::invalid(tr("The sigmoid cutoff must be in [0, 1] and the gain in (0, 100]."));
    }
    double lo = 0, hi = 0;
    cv::minMaxLoc(plane, &lo, &hi);
    const double range = hi > lo ? hi - lo : 1.0;
    return applyInBands(plane, 0, CV_32F, task, [=](const cv::Mat& in, cv::Mat& out) {
        cv::Mat v = (toFloat(in) - lo) / range;
        cv::Mat e;
        cv::exp((cutoff - v) * gain, e);
        out = 1.0 / (1.0 + e);
    });
}

Expected<cv::Mat> Contrast::equalizeHistogram(const cv::Mat& plane, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    double lo = 0, hi = 0;
    cv::minMaxLoc(plane, &lo, &hi);
    const bool isFloat = plane.depth() == CV_32F;
    const cv::Mat levels = isFloat ? toUnit16(plane, lo, hi) : plane;
    const int nLevels = levels.depth() == CV_8U ? 256 : 65536;
    const double maxLevel = levels.depth() == CV_8U ? 255.0 : 65535.0;
    std::vector<double> cdf(size_t(nLevels), 0.0);
    for (int y = 0; y < levels.rows; ++y) {
        for (int x = 0; x < levels.cols; ++x) {
            const int v = levels.depth() == CV_8U ? levels.at<uchar>(y, x) : levels.at<ushort>(y, x);
            cdf[size_t(v)] += 1.0;
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    double firstCount = 0;
    for (int i = 0; i < nLevels; ++i) {
        if (i > 0) {
            cdf[size_t(i)] += cdf[size_t(i - 1)];
        }
        if (firstCount == 0) {
            firstCount = cdf[size_t(i)];
        }
    }
    const double n = double(levels.total());
    const double denominator = n - firstCount;
    std::vector<double> map(static_cast<size_t>(nLevels), 0.0);
    for (int i = 0; i < nLevels; ++i) {
        map[size_t(i)] = denominator > 0 ? std::round(maxLevel * (cdf[size_t(i)] - firstCount) / denominator) : 0.0;
    }
    const int outType = isFloat ? CV_32F : levels.type();
    return applyInBands(levels, 0, outType, task, [&](const cv::Mat& in, cv::Mat& out) {
        out.create(in.size(), outType);
        for (int y = 0; y < in.rows; ++y) {
            for (int x = 0; x < in.cols; ++x) {
                if (in.depth() == CV_8U) {
                    out.at<uchar>(y, x) = cv::saturate_cast<uchar>(map[in.at<uchar>(y, x)]);
                } else if (isFloat) {
                    out.at<float>(y, x) = float(map[in.at<ushort>(y, x)] / maxLevel);
                } else {
                    out.at<ushort>(y, x) = cv::saturate_cast<ushort>(map[in.at<ushort>(y, x)]);
                }
            }
        }
    });
}

Expected<cv::Mat> Contrast::clahe(const cv::Mat& plane, const ClaheParams& params, TaskContext& task)
{
    Status s = checkFilterPlane(plane);
    if (s.isOk()) {
        s = params.validate();
    }
    if (!s.isOk()) {
        return s;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    double lo = 0, hi = 0;
    cv::minMaxLoc(plane, &lo, &hi);
    const bool isFloat = plane.depth() == CV_32F;
    const cv::Mat input = isFloat ? toUnit16(plane, lo, hi) : plane;
    const int gx = std::max(1, plane.cols / params.tileSize);
    const int gy = std::max(1, plane.rows / params.tileSize);
    cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(params.clipLimit, cv::Size(gx, gy));
    cv::Mat out;
    clahe->apply(input, out);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    if (isFloat) {
        cv::Mat f;
        out.convertTo(f, CV_32F, 1.0 / 65535.0);
        return f;
    }
    return out;
}

} // namespace tessera
