#include "core/segmentation/OutlineRefinement.h"

#include "core/segmentation/Watershed.h"
#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OutlineRefinement)
};
} // namespace

Expected<LabelImage> refineOutlines(const cv::Mat& smoothed, const LabelImage& objects, double distance,
                                    TaskContext& task)
{
    if (smoothed.empty() || smoothed.channels() != 1 ||
        (smoothed.depth() != CV_8U && smoothed.depth() != CV_16U && smoothed.depth() != CV_32F)) {
        return Status::invalid(Tr::tr("Outline refinement needs an 8-bit, 16-bit or float single-channel image."));
    }
    if (objects.labels.type() != CV_32SC1 || objects.labels.size() != smoothed.size()) {
        return Status::invalid(Tr::tr("Outline refinement needs 32-bit labels of the image's size."));
    }
    if (!(distance >= 0.5 && distance <= 50)) {
        return Status::invalid(
            Tr::tr("The outline refinement distance must be between 0.5 and 50 pixels (got %1).").arg(distance));
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    if (objects.count == 0) {
        task.setProgress(1.0);
        return objects;
    }
    const cv::Mat labels = objects.labels;
    const int w = labels.cols;
    const int h = labels.rows;
    const int background = objects.count + 1; // marker label of the background while flooding

    // 1. Interior pixels (labelled, every in-image 4-neighbour has the same label) and the background mask.
    cv::Mat interior(labels.size(), CV_8U, cv::Scalar(0));
    cv::Mat backgroundMask(labels.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < h; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = labels.ptr<int>(y);
        const int* up = y > 0 ? labels.ptr<int>(y - 1) : l;
        const int* down = y + 1 < h ? labels.ptr<int>(y + 1) : l;
        uchar* in = interior.ptr<uchar>(y);
        uchar* bg = backgroundMask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            const int v = l[x];
            if (v <= 0) {
                bg[x] = 255;
                continue;
            }
            const int left = x > 0 ? l[x - 1] : v;
            const int right = x + 1 < w ? l[x + 1] : v;
            in[x] = (left == v && right == v && up[x] == v && down[x] == v) ? 255 : 0;
        }
    }
    // 2. Exact distances: interior pixels to the nearest outline/background pixel, background pixels to the nearest
    //    object pixel.
    SubTask coreTask(task, 0.0, 0.2);
    Expected<cv::Mat> coreD2 = squaredDistanceTransform(interior, coreTask);
    if (!coreD2.isOk()) {
        return coreD2.status();
    }
    SubTask bgTask(task, 0.2, 0.4);
    Expected<cv::Mat> bgD2 = squaredDistanceTransform(backgroundMask, bgTask);
    if (!bgD2.isOk()) {
        return bgD2.status();
    }
    // 3. Markers: cores (> distance from every outline) and the background farther than distance from every object.
    //    Objects without any core pixel keep all their pixels as marker.
    const double limit = distance * distance; // compared with exact integer squared distances
    cv::Mat markers(labels.size(), CV_32S, cv::Scalar(0));
    std::vector<char> hasCore(size_t(objects.count) + 1, 0);
    for (int y = 0; y < h; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = labels.ptr<int>(y);
        const int* dc = coreD2->ptr<int>(y);
        const int* db = bgD2->ptr<int>(y);
        int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            const int v = l[x];
            if (v <= 0) {
                m[x] = double(db[x]) > limit ? background : 0;
            } else if (v <= objects.count && double(dc[x]) > limit) {
                m[x] = v;
                hasCore[size_t(v)] = 1;
            }
        }
    }
    // The band to flood (unmarked pixels) plus the marker pixels that touch it (the only ones that can spread).
    cv::Mat floodMask(labels.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < h; ++y) {
        if ((y & 255) == 0 && task.isCancelled()) {
            return Status::cancelled();
        }
        const int* l = labels.ptr<int>(y);
        int* m = markers.ptr<int>(y);
        for (int x = 0; x < w; ++x) {
            if (m[x] == 0 && l[x] > 0 && l[x] <= objects.count && !hasCore[size_t(l[x])]) {
                m[x] = l[x];
            }
        }
    }
    for (int y = 0; y < h; ++y) {
        const int* m = markers.ptr<int>(y);
        const int* up = y > 0 ? markers.ptr<int>(y - 1) : nullptr;
        const int* down = y + 1 < h ? markers.ptr<int>(y + 1) : nullptr;
        uchar* f = floodMask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            if (m[x] == 0) {
                f[x] = 255;
            } else if ((x > 0 && m[x - 1] == 0) || (x + 1 < w && m[x + 1] == 0) || (up && up[x] == 0) ||
                       (down && down[x] == 0)) {
                f[x] = 255;
            }
        }
    }
    if (!task.setProgress(0.5)) {
        return Status::cancelled();
    }

    // 4. Flood each connected part of the band in its bounding box, in parallel.
    cv::Mat components, stats, centroids;
    const int nComponents = cv::connectedComponentsWithStats(floodMask, components, stats, centroids, 4, CV_32S);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat out = labels.clone();
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failed{false};
    std::atomic<int> done{0};
    cv::parallel_for_(cv::Range(1, std::max(1, nComponents)), [&](const cv::Range& range) {
        for (int c = range.start; c < range.end && !cancelled && !failed; ++c) {
            if (task.isCancelled()) {
                cancelled = true;
                return;
            }
            const cv::Rect box(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP),
                               stats.at<int>(c, cv::CC_STAT_WIDTH), stats.at<int>(c, cv::CC_STAT_HEIGHT));
            // Gradient in the box, computed on the box grown by one pixel so that it equals the whole-image Sobel.
            const cv::Rect grown = (box + cv::Size(2, 2) - cv::Point(1, 1)) & cv::Rect(0, 0, w, h);
            cv::Mat f;
            smoothed(grown).convertTo(f, CV_32F);
            cv::Mat gx, gy, magnitude;
            cv::Sobel(f, gx, CV_32F, 1, 0, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
            cv::Sobel(f, gy, CV_32F, 0, 1, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
            cv::magnitude(gx, gy, magnitude);
            const cv::Mat relief = magnitude(cv::Rect(box.tl() - grown.tl(), box.size())).clone();
            cv::Mat inside(box.size(), CV_8U, cv::Scalar(0));
            cv::Mat seeds(box.size(), CV_32S, cv::Scalar(0));
            for (int y = 0; y < box.height; ++y) {
                const int* comp = components.ptr<int>(box.y + y) + box.x;
                const int* m = markers.ptr<int>(box.y + y) + box.x;
                uchar* in = inside.ptr<uchar>(y);
                int* s = seeds.ptr<int>(y);
                for (int x = 0; x < box.width; ++x) {
                    if (comp[x] == c) {
                        in[x] = 255;
                        s[x] = m[x];
                    }
                }
            }
            SubTask sub(task, 0.5, 0.5); // cancellation only; progress is reported per component below
            Expected<cv::Mat> r = markerWatershed(relief, seeds, inside, Connectivity::Four, sub);
            if (!r.isOk()) {
                (r.status().isCancelled() ? cancelled : failed) = true;
                return;
            }
            for (int y = 0; y < box.height; ++y) {
                const int* comp = components.ptr<int>(box.y + y) + box.x;
                const int* m = markers.ptr<int>(box.y + y) + box.x;
                const int* l = r->ptr<int>(y);
                int* o = out.ptr<int>(box.y + y) + box.x;
                for (int x = 0; x < box.width; ++x) {
                    if (comp[x] == c && m[x] == 0) {
                        o[x] = l[x] == background ? 0 : l[x];
                    }
                }
            }
            const int n = ++done;
            if ((n & 63) == 0) {
                task.setProgress(0.5 + 0.5 * double(n) / double(nComponents));
            }
        }
    });
    if (cancelled || task.isCancelled()) {
        return Status::cancelled();
    }
    if (failed) {
        return Status::invalid(Tr::tr("Outline refinement failed."));
    }
    task.setProgress(1.0);
    return LabelImage{out, objects.count};
}

} // namespace tessera
