#include "core/morphology/BinaryMorphology.h"

#include "core/task/TaskContext.h"

#include <opencv2/imgproc.hpp>

#include <vector>

namespace tessera {
namespace {
Status checkMask(const cv::Mat& mask)
{
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(BinaryMorphology::tr("A binary operation needs a non-empty 8-bit single-channel mask."));
    }
    return Status::ok();
}

Status checkRadius(int radius)
{
    if (radius < 0) {
        return Status::invalid(BinaryMorphology::tr("The radius must be 0 or more pixels (got %1).").arg(radius));
    }
    return Status::ok();
}

cv::Mat normalised(const cv::Mat& mask)
{
    cv::Mat out;
    cv::compare(mask, 0, out, cv::CMP_NE);
    return out;
}

cv::Mat kernel(int radius, KernelShape shape)
{
    const cv::Size size(2 * radius + 1, 2 * radius + 1);
    return cv::getStructuringElement(shape == KernelShape::Disk ? cv::MORPH_ELLIPSE : cv::MORPH_RECT, size);
}

Expected<cv::Mat> morph(const cv::Mat& mask, int radius, KernelShape shape, int op, TaskContext& task)
{
    Status s = checkMask(mask);
    if (s.isOk()) {
        s = checkRadius(radius);
    }
    if (!s.isOk()) {
        return s;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat out = normalised(mask);
    if (radius > 0) {
        cv::morphologyEx(out, out, op, kernel(radius, shape));
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return out;
}
} // namespace

Expected<cv::Mat> BinaryMorphology::erode(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task)
{
    return morph(mask, radius, shape, cv::MORPH_ERODE, task);
}

Expected<cv::Mat> BinaryMorphology::dilate(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task)
{
    return morph(mask, radius, shape, cv::MORPH_DILATE, task);
}

Expected<cv::Mat> BinaryMorphology::open(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task)
{
    return morph(mask, radius, shape, cv::MORPH_OPEN, task);
}

Expected<cv::Mat> BinaryMorphology::close(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task)
{
    return morph(mask, radius, shape, cv::MORPH_CLOSE, task);
}

Expected<cv::Mat> BinaryMorphology::fillHoles(const cv::Mat& mask, TaskContext& task)
{
    const Status s = checkMask(mask);
    if (!s.isOk()) {
        return s;
    }
    // Flood the background from a one-pixel frame around the image; what the flood cannot reach is a hole.
    cv::Mat padded(mask.rows + 2, mask.cols + 2, CV_8U, cv::Scalar(0));
    normalised(mask).copyTo(padded(cv::Rect(1, 1, mask.cols, mask.rows)));
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(128), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat out;
    cv::compare(padded(cv::Rect(1, 1, mask.cols, mask.rows)), 128, out, cv::CMP_NE);
    task.setProgress(1.0);
    return out;
}

Expected<cv::Mat> BinaryMorphology::removeSmallObjects(const cv::Mat& mask, int minPixels, Connectivity connectivity,
                                                       TaskContext& task)
{
    Status s = checkMask(mask);
    if (s.isOk() && minPixels < 0) {
        s = Status::invalid(tr("The minimum object size must be 0 or more pixels (got %1).").arg(minPixels));
    }
    if (!s.isOk()) {
        return s;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, int(connectivity), CV_32S);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    std::vector<uchar> keep(size_t(n), 0);
    for (int i = 1; i < n; ++i) {
        keep[size_t(i)] = stats.at<int>(i, cv::CC_STAT_AREA) >= minPixels ? 255 : 0;
    }
    cv::Mat out(mask.size(), CV_8U);
    for (int y = 0; y < mask.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* o = out.ptr<uchar>(y);
        for (int x = 0; x < mask.cols; ++x) {
            o[x] = keep[size_t(l[x])];
        }
    }
    task.setProgress(1.0);
    return out;
}

Expected<cv::Mat> BinaryMorphology::clearBorderObjects(const cv::Mat& mask, Connectivity connectivity,
                                                       TaskContext& task)
{
    const Status s = checkMask(mask);
    if (!s.isOk()) {
        return s;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat labels;
    const int n = cv::connectedComponents(mask, labels, int(connectivity), CV_32S);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    std::vector<uchar> keep(size_t(n), 255);
    keep[0] = 0;
    const int w = mask.cols;
    const int h = mask.rows;
    for (int x = 0; x < w; ++x) {
        keep[size_t(labels.at<int>(0, x))] = 0;
        keep[size_t(labels.at<int>(h - 1, x))] = 0;
    }
    for (int y = 0; y < h; ++y) {
        keep[size_t(labels.at<int>(y, 0))] = 0;
        keep[size_t(labels.at<int>(y, w - 1))] = 0;
    }
    cv::Mat out(mask.size(), CV_8U);
    for (int y = 0; y < h; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* o = out.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            o[x] = keep[size_t(l[x])];
        }
    }
    task.setProgress(1.0);
    return out;
}

} // namespace tessera
