#include "core/segmentation/LabelOutlines.h"

#include "core/measure/RegionOutline.h"
#include "core/segmentation/LabelEditing.h"
#include "core/task/TaskContext.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace tessera {

Expected<std::vector<ObjectOutline>> objectOutlines(const cv::Mat& labels, TaskContext& task)
{
    if (labels.empty() || labels.type() != CV_32SC1) {
        return Status::invalid(LabelEditing::tr("There are no objects to edit."));
    }
    const int maxLabel = largestLabel(labels);
    const LabelStats stats = labelStats(labels, maxLabel);
    std::vector<double> sx(size_t(maxLabel) + 1, 0.0);
    std::vector<double> sy(size_t(maxLabel) + 1, 0.0);
    for (int y = 0; y < labels.rows; ++y) {
        const int* row = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (row[x] > 0) {
                sx[size_t(row[x])] += x;
                sy[size_t(row[x])] += y;
            }
        }
    }
    std::vector<ObjectOutline> out;
    for (int l = 1; l <= maxLabel; ++l) {
        const qint64 n = stats.area[size_t(l)];
        if (n == 0) {
            continue;
        }
        if ((l & 63) == 0) {
            if (task.isCancelled()) {
                return Status::cancelled();
            }
            task.setProgress(double(l) / maxLabel);
        }
        ObjectOutline o;
        o.label = l;
        o.box = stats.box[size_t(l)];
        o.area = n;
        o.centroid = {sx[size_t(l)] / double(n) + 0.5, sy[size_t(l)] / double(n) + 0.5};
        const cv::Mat1b mask = labels(o.box) == l;
        cv::Mat1b padded(o.box.height + 2, o.box.width + 2, uchar(0));
        mask.copyTo(padded(cv::Rect(1, 1, o.box.width, o.box.height)));
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
        std::vector<cv::Point> firsts;
        for (const std::vector<cv::Point>& c : contours) {
            // The first pixel in raster order of a part lies on its outer border.
            firsts.push_back(*std::min_element(c.begin(), c.end(), [](const cv::Point& a, const cv::Point& b) {
                return a.y != b.y ? a.y < b.y : a.x < b.x;
            }));
        }
        std::sort(firsts.begin(), firsts.end(),
                  [](const cv::Point& a, const cv::Point& b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
        for (const cv::Point& first : firsts) {
            std::vector<cv::Point> polygon = traceOutline(padded, first);
            for (cv::Point& p : polygon) {
                p += o.box.tl();
            }
            o.parts.push_back(std::move(polygon));
        }
        out.push_back(std::move(o));
    }
    task.setProgress(1.0);
    return out;
}

} // namespace tessera
