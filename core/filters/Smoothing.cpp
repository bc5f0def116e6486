#include "core/filters/Smoothing.h"

#include "core/filters/BandedFilter.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace tessera {

Status checkFilterPlane(const cv::Mat& plane)
{
    const int d = plane.depth();
    if (plane.empty() || plane.channels() != 1 || (d != CV_8U && d != CV_16U && d != CV_32F)) {
        return Status::invalid(
            Smoothing::tr("Filters need a non-empty single-channel 8-bit, 16-bit or 32-bit float plane."));
    }
    return Status::ok();
}

namespace {
int gaussianRadius(double sigma)
{
    return std::max(1, int(std::ceil(4.0 * sigma)));
}

void gaussianKernelBlur(const cv::Mat& in, cv::Mat& out, double sigma, int ddepth)
{
    const int r = gaussianRadius(sigma);
    const cv::Mat k = cv::getGaussianKernel(2 * r + 1, sigma, CV_64F);
    cv::sepFilter2D(in, out, ddepth, k, k, cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
}

template <typename T> void medianRows(const cv::Mat& padded, cv::Mat& out, int radius, const cv::Range& rows)
{
    const int k = 2 * radius + 1;
    std::vector<T> window(size_t(k) * size_t(k));
    for (int y = rows.start; y < rows.end; ++y) {
        T* o = out.ptr<T>(y);
        for (int x = 0; x < out.cols; ++x) {
            size_t n = 0;
            for (int dy = 0; dy < k; ++dy) {
                const T* p = padded.ptr<T>(y + dy) + x;
                for (int dx = 0; dx < k; ++dx) {
                    window[n++] = p[dx];
                }
            }
            std::nth_element(window.begin(), window.begin() + long(n / 2), window.begin() + long(n));
            o[x] = window[n / 2];
        }
    }
}
} // namespace

Expected<cv::Mat> Smoothing::gaussian(const cv::Mat& plane, double sigma, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (!(sigma >= 0) || !std::isfinite(sigma) || sigma > 1000) {
        return Status::invalid(tr("The Gaussian sigma must be between 0 and 1000 pixels (got %1).").arg(sigma));
    }
    if (sigma == 0) {
        return plane.clone();
    }
    return applyInBands(plane, gaussianRadius(sigma), plane.type(), task,
                        [sigma](const cv::Mat& in, cv::Mat& out) { gaussianKernelBlur(in, out, sigma, in.depth()); });
}

Expected<cv::Mat> Smoothing::mean(const cv::Mat& plane, int radius, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (radius < 0 || radius > 1000) {
        return Status::invalid(tr("The mean filter radius must be between 0 and 1000 pixels (got %1).").arg(radius));
    }
    return applyInBands(plane, radius, plane.type(), task, [radius](const cv::Mat& in, cv::Mat& out) {
        cv::blur(in, out, cv::Size(2 * radius + 1, 2 * radius + 1), cv::Point(-1, -1), cv::BORDER_REFLECT_101);
    });
}

Expected<cv::Mat> Smoothing::median(const cv::Mat& plane, int radius, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (radius < 0 || radius > 50) {
        return Status::invalid(tr("The median filter radius must be between 0 and 50 pixels (got %1).").arg(radius));
    }
    if (radius == 0) {
        return plane.clone();
    }
    return applyInBands(plane, radius, plane.type(), task, [radius](const cv::Mat& in, cv::Mat& out) {
        if (in.depth() == CV_8U || radius <= 2) {
            cv::medianBlur(in, out, 2 * radius + 1);
            return;
        }
        cv::Mat padded;
        cv::copyMakeBorder(in, padded, radius, radius, radius, radius, cv::BORDER_REPLICATE);
        out.create(in.size(), in.type());
        cv::parallel_for_(cv::Range(0, in.rows), [&](const cv::Range& rows) {
            if (in.depth() == CV_16U) {
                medianRows<ushort>(padded, out, radius, rows);
            } else {
                medianRows<float>(padded, out, radius, rows);
            }
        });
    });
}

Expected<cv::Mat> Smoothing::unsharpMask(const cv::Mat& plane, double sigma, double weight, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (!(sigma > 0) || !std::isfinite(sigma) || sigma > 1000) {
        return Status::invalid(tr("The unsharp-mask sigma must be between 0 and 1000 pixels (got %1).").arg(sigma));
    }
    if (!(weight >= 0 && weight <= 0.99)) {
        return Status::invalid(tr("The unsharp-mask weight must be between 0 and 0.99 (got %1).").arg(weight));
    }
    return applyInBands(plane, gaussianRadius(sigma), plane.type(), task,
                        [sigma, weight](const cv::Mat& in, cv::Mat& out) {
                            cv::Mat f, g;
                            in.convertTo(f, CV_32F);
                            gaussianKernelBlur(f, g, sigma, CV_32F);
                            cv::Mat sharp = (f - weight * g) / (1.0 - weight);
                            sharp.convertTo(out, in.type());
                        });
}

Expected<cv::Mat> Smoothing::subtractBackground(const cv::Mat& plane, int radius, bool lightBackground,
                                                TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (radius < 1 || radius > 1000) {
        return Status::invalid(tr("The rolling-disk radius must be between 1 and 1000 pixels (got %1).").arg(radius));
    }
    const cv::Mat disk = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
    // The opening reads up to 2·radius rows away (erosion then dilation).
    return applyInBands(plane, 2 * radius, plane.type(), task,
                        [&disk, lightBackground](const cv::Mat& in, cv::Mat& out) {
                            cv::Mat background;
                            cv::morphologyEx(in, background, lightBackground ? cv::MORPH_CLOSE : cv::MORPH_OPEN, disk,
                                             cv::Point(-1, -1), 1, cv::BORDER_REPLICATE);
                            if (lightBackground) {
                                cv::subtract(background, in, out);
                            } else {
                                cv::subtract(in, background, out);
                            }
                        });
}

} // namespace tessera
