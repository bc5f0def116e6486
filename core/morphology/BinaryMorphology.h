#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/** Pixel neighbourhood used to decide which foreground pixels form one object. */
enum class Connectivity
{
    Four = 4,  ///< edge neighbours only
    Eight = 8, ///< edge and corner neighbours (ImageJ's Analyze Particles and skimage's default for labels of 2-D)
};

/** Structuring element of the binary operations. */
enum class KernelShape
{
    Square, ///< (2r+1)×(2r+1) square; radius 1 is ImageJ's 3×3 Erode/Dilate neighbourhood
    Disk,   ///< pixels within Euclidean distance r of the centre (OpenCV MORPH_ELLIPSE of size 2r+1)
};

/**
 * Binary morphology on masks. Every function takes an 8-bit mask (CV_8U, non-zero = foreground) and returns a new
 * CV_8U mask with 255 = foreground, 0 = background; the input is never modified. An empty mask or wrong type gives
 * StatusCode::InvalidInput, a negative radius too. Cancellation is polled between the stages of each operation (each
 * stage is one OpenCV call, well under 100 ms on 4096²) and gives Status::cancelled(). All functions are
 * thread-safe (pure).
 *
 * Border rule: pixels outside the image are background for dilation and foreground for erosion (OpenCV's default),
 * so an object touching the image edge is not eroded from the edge (ImageJ's "Pad edges when eroding" = true).
 */
class BinaryMorphology
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BinaryMorphology)

public:
    /** Minkowski erosion: a pixel stays foreground when every pixel of the element centred on it is foreground. */
    static Expected<cv::Mat> erode(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task);
    /** Minkowski dilation: a pixel becomes foreground when any pixel of the element centred on it is. */
    static Expected<cv::Mat> dilate(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task);
    /** Opening = dilate(erode(mask)): removes details smaller than the element. */
    static Expected<cv::Mat> open(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task);
    /** Closing = erode(dilate(mask)): fills gaps smaller than the element. */
    static Expected<cv::Mat> close(const cv::Mat& mask, int radius, KernelShape shape, TaskContext& task);

    /**
     * Fills holes: background pixels not 4-connected to the image border become foreground (ImageJ's Process >
     * Binary > Fill Holes, scipy's binary_fill_holes for 8-connected objects).
     */
    static Expected<cv::Mat> fillHoles(const cv::Mat& mask, TaskContext& task);

    /** Removes objects (connected with the given connectivity) of fewer than minPixels pixels. minPixels >= 0. */
    static Expected<cv::Mat> removeSmallObjects(const cv::Mat& mask, int minPixels, Connectivity connectivity,
                                                TaskContext& task);

    /** Removes every object that has at least one pixel in the first/last row or column of the image. */
    static Expected<cv::Mat> clearBorderObjects(const cv::Mat& mask, Connectivity connectivity, TaskContext& task);
};

} // namespace tessera
