#pragma once

#include "core/common/Status.h"

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/** The geometry of one object of a label image, for drawing it and turning it into ROIs. */
struct ObjectOutline
{
    int label = 0;
    /**
     * The outer outline of each 8-connected part of the object (one for an object in one piece), as traceOutline()
     * traces it: clockwise pixel-edge polygons in image pixel-corner coordinates, ImageJ's Wand vertex order. Holes are
     * not outlined: a polygon encloses the holes of its part.
     */
    std::vector<std::vector<cv::Point>> parts;
    cv::Rect box;         ///< pixel bounding box
    qint64 area = 0;      ///< pixel count
    cv::Point2d centroid; ///< mean of the pixel centres (c + 0.5, r + 0.5)
};

/**
 * The outlines of every object of a CV_32S label image (labels > 0; need not be sequential), ascending by label. Parts
 * come in raster order of their first pixels. Cost: one pass over the image plus one pass over each object's bounding
 * box. Cancellable (Status::cancelled()); fails with StatusCode::InvalidInput for an empty or non-CV_32S image.
 * Thread-safe (pure function).
 */
Expected<std::vector<ObjectOutline>> objectOutlines(const cv::Mat& labels, TaskContext& task);

} // namespace tessera
