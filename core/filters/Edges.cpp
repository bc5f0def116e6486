#include "core/filters/Edges.h"

#include "core/filters/BandedFilter.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace tessera {
namespace {
void gradientMagnitude(const cv::Mat& in, cv::Mat& out, const cv::Mat& kx, const cv::Mat& ky)
{
    cv::Mat f, gx, gy;
    in.convertTo(f, CV_32F);
    cv::filter2D(f, gx, CV_32F, kx, cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
    cv::filter2D(f, gy, CV_32F, ky, cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
    cv::magnitude(gx, gy, out);
}
} // namespace

Expected<cv::Mat> Edges::sobel(const cv::Mat& plane, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    const cv::Mat kx = (cv::Mat_<float>(3, 3) << -1, 0, 1, -2, 0, 2, -1, 0, 1);
    const cv::Mat ky = kx.t();
    return applyInBands(plane, 1, CV_32F, task,
                        [&](const cv::Mat& in, cv::Mat& out) { gradientMagnitude(in, out, kx, ky); });
}

Expected<cv::Mat> Edges::prewitt(const cv::Mat& plane, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    const cv::Mat kx = (cv::Mat_<float>(3, 3) << -1, 0, 1, -1, 0, 1, -1, 0, 1);
    const cv::Mat ky = kx.t();
    return applyInBands(plane, 1, CV_32F, task,
                        [&](const cv::Mat& in, cv::Mat& out) { gradientMagnitude(in, out, kx, ky); });
}

Expected<cv::Mat> Edges::laplacianOfGaussian(const cv::Mat& plane, double sigma, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (!(sigma > 0) || !std::isfinite(sigma) || sigma > 1000) {
        return Status::invalid(tr("The LoG sigma must be between 0 and 1000 pixels (got %1).").arg(sigma));
    }
    const int r = std::max(1, int(std::ceil(4.0 * sigma)));
    const cv::Mat g = cv::getGaussianKernel(2 * r + 1, sigma, CV_64F);
    return applyInBands(plane, r + 1, CV_32F, task, [&](const cv::Mat& in, cv::Mat& out) {
        cv::Mat f, blurred;
        in.convertTo(f, CV_32F);
        cv::sepFilter2D(f, blurred, CV_32F, g, g, cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
        cv::Laplacian(blurred, out, CV_32F, 1, -sigma * sigma, 0.0, cv::BORDER_REFLECT_101);
    });
}

} // namespace tessera
