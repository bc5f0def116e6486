#pragma once

#include "core/common/Status.h"
#include "core/segmentation/ConnectedComponents.h"

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/**
 * Splits touching objects of a binary mask with the seed rule of ImageJ 1.53t's Process > Binary > Watershed, so
 * that the object count is ImageJ's (docs/segmentation.md). Written from a description of ImageJ's
 * EDM + MaximumFinder (tolerance 0.5, "EDM" mode; facts checked against its source, no code taken from it):
 * 1. Euclidean distance map d (squaredDistanceTransform(), as float; outside the image is not background).
 * 2. "True" ridge height h of each inner foreground pixel (not on the image border): a sampled pixel need not lie on
 *    the ridge, so for each of the 4 axes through the pixel (horizontal, vertical, 2 diagonals) with neighbours a, b
 *    take (a + b)/2 when d ≥ a and d ≥ b (a ridge across that axis), else min(a, b), plus the step length (1 or √2);
 *    h = the smallest of these and of d + √2/2, or h = d when no axis is a ridge. Border and background pixels: h = d.
 * 3. Candidate maxima: foreground pixels without an 8-neighbour that is higher both in d and in h; processed from the
 *    highest h (ties: the later pixel in raster order first). From each unprocessed candidate, flood 8-connected
 *    foreground pixels with h ≥ h0 − 0.5. The candidate is a maximum unless the flood meets an already processed pixel
 *    or a pixel with h > h0 + 0.778 (1.1·√2/2, the sorting slack); a pixel with h0 < h ≤ h0 + 0.778 restarts the flood
 *    from that pixel. Every flooded pixel becomes processed; those of a maximum form its seed area.
 * 4. Each seed area is one marker; the other foreground pixels are flooded from them (floodIntegerLevels(),
 *    4-connected) on ImageJ's 8-bit levels of d (1 + round(d − offset), at most one level per pixel of distance),
 *    without separating lines: ImageJ deletes a 1-pixel line between objects, Tessera gives those pixels to one of
 *    them, and the split can lie a pixel away from ImageJ's line (ImageJ's dilation order is not reproduced).
 * Returns sequential labels in raster order. A mask without background is one object per 8-connected component.
 * Thread-safe (pure function); polls cancellation. Fails with StatusCode::InvalidInput unless mask is CV_8U.
 */
Expected<LabelImage> imagejBinaryWatershed(const cv::Mat& mask, TaskContext& task);

} // namespace tessera
