#include "core/segmentation/ConnectedComponents.h"

#include "core/task/TaskContext.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ConnectedComponents)
};
} // namespace

Status checkSegmentationPlaneSize(cv::Size size)
{
    if (qint64(size.width) * qint64(size.height) > kMaxSegmentationPixels) {
        return Status::tooLarge(Tr::tr("The plane has %1 × %2 pixels; segmentation handles at most %3 pixels per plane "
                                       "(2^31 − 1). Crop or bin the image first.")
                                    .arg(size.width)
                                    .arg(size.height)
                                    .arg(kMaxSegmentationPixels));
    }
    return Status::ok();
}

Expected<LabelImage> labelComponents(const cv::Mat& mask, Connectivity connectivity, TaskContext& task)
{
    if (mask.empty() || mask.type() != CV_8UC1) {
        return Status::invalid(Tr::tr("Connected components need a non-empty 8-bit single-channel mask."));
    }
    const Status sizeOk = checkSegmentationPlaneSize(mask.size());
    if (!sizeOk.isOk()) {
        return sizeOk;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat labels;
    cv::connectedComponents(mask, labels, int(connectivity), CV_32S);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    // OpenCV's numbering depends on its algorithm; renumber so that the order is raster order of first pixels.
    LabelImage out = relabelSequential(labels);
    task.setProgress(1.0);
    return out;
}

LabelImage relabelSequential(const cv::Mat& labels, const std::vector<bool>& keep)
{
    CV_Assert(labels.type() == CV_32SC1);
    double maxValue = 0;
    cv::minMaxLoc(labels, nullptr, &maxValue);
    std::vector<int> map(size_t(maxValue) + 1, -1);
    map[0] = 0;
    int next = 0;
    LabelImage out;
    out.labels.create(labels.size(), CV_32S);
    for (int y = 0; y < labels.rows; ++y) {
        const int* in = labels.ptr<int>(y);
        int* o = out.labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            const int l = std::max(in[x], 0);
            int& m = map[size_t(l)];
            if (m < 0) {
                const bool kept = size_t(l) >= keep.size() || keep[size_t(l)];
                m = kept ? ++next : 0;
            }
            o[x] = m;
        }
    }
    out.count = next;
    return out;
}

LabelStats labelStats(const cv::Mat& labels, int maxLabel)
{
    CV_Assert(labels.type() == CV_32SC1);
    LabelStats s;
    const size_t n = size_t(maxLabel) + 1;
    s.area.assign(n, 0);
    s.touchesBorder.assign(n, false);
    std::vector<int> x0(n, INT_MAX), y0(n, INT_MAX), x1(n, -1), y1(n, -1);
    const int w = labels.cols;
    const int h = labels.rows;
    for (int y = 0; y < h; ++y) {
        const int* l = labels.ptr<int>(y);
        const bool edgeRow = y == 0 || y == h - 1;
        for (int x = 0; x < w; ++x) {
            const int v = l[x];
            if (v < 0 || v > maxLabel) {
                continue;
            }
            const size_t i = size_t(v);
            ++s.area[i];
            x0[i] = std::min(x0[i], x);
            x1[i] = std::max(x1[i], x);
            y0[i] = std::min(y0[i], y);
            y1[i] = y;
            if (edgeRow || x == 0 || x == w - 1) {
                s.touchesBorder[i] = true;
            }
        }
    }
    s.box.resize(n);
    for (size_t i = 0; i < n; ++i) {
        s.box[i] = s.area[i] > 0 ? cv::Rect(x0[i], y0[i], x1[i] - x0[i] + 1, y1[i] - y0[i] + 1) : cv::Rect();
    }
    return s;
}

} // namespace tessera
