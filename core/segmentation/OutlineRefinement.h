#pragma once

#include "core/common/Status.h"
#include "core/segmentation/ConnectedComponents.h"

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/**
 * Outline refinement to intensity edges: moves every object's outline to the steepest intensity edge of the (smoothed)
 * image within `distance` pixels of the outline found by thresholding, independently of the threshold level.
 *
 * A global threshold places the outline of an object where its blurred edge crosses the level, i.e. at a fraction
 * (level − background) / (object − background) of its amplitude: dim objects shrink, bright ones grow, and a distance
 * map split between two touching objects of different brightness ignores the intensity edge between them. The outline
 * of a blurred step edge is where the intensity changes fastest (the half-maximum point of a symmetric blur), which
 * does not depend on the level. Definition (marker-controlled watershed on the gradient, S. Beucher and F. Meyer,
 * "The morphological approach to segmentation: the watershed transformation", in Mathematical Morphology in Image
 * Processing, Marcel Dekker 1993, ch. 12; as CellProfiler's "propagation to edges" idea and Fiji MorphoLibJ's
 * "Marker-controlled Watershed" on a gradient image):
 * 1. relief = |∇I|, the Sobel gradient magnitude (3×3 kernels, BORDER_REPLICATE) of smoothed, as float;
 * 2. the outline pixels of an object are its pixels with a 4-neighbour of another label (background included);
 *    its core = its pixels whose Euclidean distance to the nearest outline pixel of any object is > distance
 *    (an erosion by the Euclidean disk of that radius). An object without core pixels (narrower than about
 *    2·distance) keeps all its pixels as marker, so no object is ever lost;
 * 3. background marker = background pixels whose Euclidean distance to the nearest object pixel is > distance;
 * 4. Meyer's flood of the relief with a hierarchical queue (F. Meyer 1991; relief quantised to 4096 levels between 0
 *    and its maximum in the band, lowest level first, FIFO within a level; 4-connected, no watershed lines) from the
 *    cores and the background marker over the band in between; flooded background becomes 0.
 * The outline can thus move by at most about `distance` pixels inward or outward; between touching objects the flood
 * from the two cores meets on the intensity edge between them (if they differ in brightness) or, without such an
 * edge, roughly midway through the neck. Objects are never deleted, merged or renumbered: the result has the same
 * count and labels (an object may, rarely, become non-contiguous where a bright speck lies in the band).
 *
 * smoothed: CV_8U, CV_16U or CV_32F single channel; objects: CV_32S labels 1..count of smoothed's size, taken by
 * value and refined in place (move it in to avoid a copy of the label image).
 * distance: pixels, 0.5..50. Groups of objects whose bounding boxes grown by ceil(distance) + 1 overlap are refined
 * independently, each in its box, in parallel on all cores.
 * Polls cancellation between groups and inside large floods (returns Status::cancelled()); reports progress.
 * Invalid input gives StatusCode::InvalidInput, a plane above kMaxSegmentationPixels TooLarge. Thread-safe (pure
 * function).
 */
Expected<LabelImage> refineOutlines(const cv::Mat& smoothed, LabelImage objects, double distance, TaskContext& task);

} // namespace tessera
