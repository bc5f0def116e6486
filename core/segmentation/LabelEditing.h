#pragma once

#include "core/common/Status.h"
#include "core/segmentation/ConnectedComponents.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

/**
 * Hand edits of a label image (the corrections users make after an automatic segmentation). Every function is pure:
 * it never modifies its input and returns a new LabelImage (a deep copy). Input labels are CV_32S, 0 = background,
 * values 0..count; labels need not be sequential (a deleted object leaves a gap until relabelSequential()), and the
 * count of every result is the largest label still in use (0 when none). Bad input (an empty or non-CV_32S image, a
 * label that is not in use, a cut or outline that changes nothing) fails with StatusCode::InvalidInput and a readable
 * message; the input is then unchanged by definition. Thread-safe.
 *
 * Pixel (c, r) covers [c, c+1) × [r, r+1); its centre is (c + 0.5, r + 0.5). Objects are 8-connected.
 */
class LabelEditing
{
    Q_DECLARE_TR_FUNCTIONS(tessera::LabelEditing)
};

/** The labels in use (> 0), ascending. */
std::vector<int> labelsInUse(const cv::Mat& labels);

/** The largest label in use (0 when none). */
int largestLabel(const cv::Mat& labels);

/** Removes the objects with the given labels (they become background). Fails when one of them is not in use. */
Expected<LabelImage> deleteObjects(const LabelImage& input, const std::vector<int>& labels);

/**
 * Merges two or more objects into the smallest of their labels. Separating lines are filled: a background pixel
 * becomes part of the merged object when, in one of the four directions (left–right, up–down and the two diagonals),
 * its two opposite neighbours belong to two different objects of the merge, and none of its 8 neighbours belongs to
 * an object outside the merge. One pass over the input, so exactly the one-pixel-wide lines a watershed leaves between
 * touching objects are filled; wider gaps stay. Fails with fewer than two distinct labels or a label not in use.
 */
Expected<LabelImage> mergeObjects(const LabelImage& input, const std::vector<int>& labels);

/**
 * Splits object label along a user-drawn polyline (image coordinates, at least two points). The cut is every pixel the
 * polyline passes through (its squares crossed by a segment; a segment through a pixel corner takes the pixels on both
 * sides, so the cut is 4-connected and separates 8-connected pieces) plus every pixel whose centre lies within width/2
 * of the polyline. The object's pixels under the cut become background; the remaining pixels fall into 8-connected
 * pieces. The piece whose first pixel comes first in raster order keeps label; the others get count + 1, count + 2, …
 * in raster order of their first pixels. Fails (nothing changes) when the cut leaves fewer than two pieces.
 */
Expected<LabelImage> splitObject(const LabelImage& input, int label, const std::vector<cv::Point2d>& polyline,
                                 double width = 1.0);

/**
 * The objects the polyline's cut (as in splitObject()) covers, with the number of their pixels under it, the most
 * covered first (ties: smaller label first). The split tool cuts the first one.
 */
std::vector<std::pair<int, qint64>> objectsUnderCut(const cv::Mat& labels, const std::vector<cv::Point2d>& polyline,
                                                    double width = 1.0);

/**
 * Adds an object outlined by a closed polygon (image coordinates, at least three vertices) with label count + 1.
 * A pixel is inside when its centre lies inside the polygon (the ROI inside rule, rasterize()); only background
 * pixels are painted, so existing objects keep all their pixels (an outline drawn over a neighbour only takes the
 * free pixels). Fails when no background pixel lies inside.
 */
Expected<LabelImage> addObject(const LabelImage& input, const std::vector<cv::Point2d>& polygon);

/** Renumbers the objects 1..n in raster order of their first pixels (relabelSequential()); fails on bad input. */
Expected<LabelImage> relabelObjects(const LabelImage& input);

} // namespace tessera
