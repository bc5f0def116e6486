#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

/**
 * Internal helpers of ObjectMeasurements: the outline polygon, traced perimeter, convex hull and Feret values of a
 * pixel region, each following ImageJ 1.53t's definitions (Wand tracing, PolygonRoi.getTracedPerimeter,
 * FloatPolygon.getConvexHull, Roi.getFeretValues) so that results, including the choice among equally long Feret
 * diameters, are ImageJ's. Coordinates are pixel corners: pixel (c, r) covers [c, c+1) × [r, r+1).
 */

/**
 * Outer outline of the 8-connected component holding `first` (the region's first pixel in raster order) as the
 * corner points of a clockwise (on screen) pixel-edge polygon. The vertex order is ImageJ's Wand: the first vertex is
 * the first direction change after the right end of the top run's lower edge, the last one the top run's top-right
 * corner. padded: CV_8U mask with a one-pixel background frame; region pixel (x, y) is padded(y + 1, x + 1).
 */
std::vector<cv::Point> traceOutline(const cv::Mat1b& padded, cv::Point first);

/**
 * ImageJ's traced perimeter of an outline polygon: with sumdx, sumdy the total horizontal and vertical edge lengths
 * and nCorners the "non-adjacent" corners counted from the first vertex on (a vertex counts when the edge arriving at
 * it is longer than 1 pixel or the previous vertex did not count), sumdx·pw + sumdy·ph − nCorners·(pw + ph −
 * √(pw² + ph²)). The count, hence the value, depends on the first vertex; traceOutline() gives ImageJ's. 0 for fewer
 * than 4 vertices.
 */
double tracedPerimeter(const std::vector<cv::Point>& polygon, double pw, double ph);

/**
 * Convex hull of points without collinear or repeated points, in ImageJ's order: starting at the topmost (then
 * leftmost) point, counter-clockwise on screen (down the left side first).
 */
std::vector<cv::Point> convexHullImageJOrder(std::vector<cv::Point> points);

/** Feret values of a convex hull (convexHullImageJOrder()), calibrated by pw × ph. */
struct FeretValues
{
    double feret = 0;    ///< largest calibrated distance between two hull points
    double angle = 0;    ///< degrees in [0, 180), counter-clockwise from x with y up
    cv::Point start;     ///< start point (pixel corner, uncalibrated): the end with the smaller x
    double minFeret = 0; ///< smallest caliper width (rotating calipers over the hull edges)
};

/**
 * Feret values as ImageJ: the first pair (i < j in hull order) at the largest distance, computed as
 * ((x_i − x_j)·pw)² + ((y_i − y_j)·ph)²; the start is the point with the smaller x (the first of the pair when both x
 * are equal); angle = atan2((y1 − y2)·ph, (x2 − x1)·pw), plus 180° when negative.
 */
FeretValues feretValues(const std::vector<cv::Point>& hull, double pw, double ph);

} // namespace tessera
