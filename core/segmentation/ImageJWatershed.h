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
 * 4. ImageJ's 8-bit levels: 0 = background, 255 = seed areas, else 1 + round(d − offset) (at most one level per pixel
 *    of distance); every other candidate's surroundings are lowered to the level of its saddle to a seed area.
 * 5. Binary dilation of the 255 areas level by level (254 down to 1), in passes over 8 directions, never setting a
 *    pixel whose set neighbours form two separate runs around it (that would join two particles): ImageJ's particles
 *    and its 1-pixel separating lines.
 * 6. Objects = the 8-connected particles; the line pixels (and pixels ImageJ leaves unset) join a neighbouring object,
 *    so every mask pixel belongs to an object. With imagejResult non-null it receives ImageJ's own binary result
 *    (CV_8U, 255 = particle, 0 = background and lines).
 * Returns sequential labels in raster order. A mask without background is one object per 8-connected component
 * (imagejResult = the mask).
 * Thread-safe (pure function); polls cancellation. Fails with StatusCode::InvalidInput unless mask is CV_8U,
 * TooLarge above kMaxSegmentationPixels.
 */
Expected<LabelImage> imagejBinaryWatershed(const cv::Mat& mask, TaskContext& task, cv::Mat* imagejResult = nullptr);

} // namespace tessera
