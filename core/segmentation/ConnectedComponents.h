#pragma once

#include "core/common/Status.h"
#include "core/morphology/BinaryMorphology.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * A label image: CV_32S, 0 = background, 1..count = objects. 32-bit labels, so there is no limit at 65535 objects.
 * Labels produced by Tessera are sequential and numbered in raster order of each object's first pixel (top row
 * first, then leftmost), so results are deterministic and independent of thread scheduling.
 */
struct LabelImage
{
    cv::Mat labels; ///< CV_32S, same size as the analysed plane
    int count = 0;  ///< number of objects; every label 1..count occurs at least once
};

/**
 * The largest plane (in pixels) that segmentation handles: labels are 32-bit and pixel indices in the flooding and
 * labelling code are 32-bit, so a plane may hold at most 2^31 − 1 pixels (e.g. 46340 × 46340, or 65536 × 32767); then
 * no label count can overflow either. Larger planes are refused with StatusCode::TooLarge (crop or bin them first).
 */
constexpr qint64 kMaxSegmentationPixels = 2147483647;

/** Ok, or StatusCode::TooLarge with a readable message when a plane of size exceeds kMaxSegmentationPixels. */
Status checkSegmentationPlaneSize(cv::Size size);

/**
 * Labels the connected components of mask (CV_8U, non-zero = foreground) with 4- or 8-connectivity.
 * Fails with StatusCode::InvalidInput for an empty or non-8-bit mask, TooLarge above kMaxSegmentationPixels;
 * Status::cancelled() when cancelled.
 * Thread-safe (pure function).
 */
Expected<LabelImage> labelComponents(const cv::Mat& mask, Connectivity connectivity, TaskContext& task);

/**
 * Renumbers labels (CV_32S, values >= 0) to 1..count in raster order of first occurrence; 0 stays 0.
 * keep (optional, indexed by old label) drops labels whose entry is false (they become 0); labels beyond keep.size()
 * are kept. Thread-safe (pure function).
 */
LabelImage relabelSequential(const cv::Mat& labels, const std::vector<bool>& keep = {});

/** Per-label pixel count and bounding box, index = label (entry 0 = background). One pass over the image. */
struct LabelStats
{
    std::vector<qint64> area;
    std::vector<cv::Rect> box;
    std::vector<bool> touchesBorder;
};

/** Computes LabelStats for labels 0..maxLabel of a CV_32S label image (labels outside 0..maxLabel are ignored). */
LabelStats labelStats(const cv::Mat& labels, int maxLabel);

} // namespace tessera
