#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/**
 * Smoothing filters on one plane (CV_8U, CV_16U or CV_32F, single channel). The result has the input's type
 * (integer results rounded to nearest and saturated, like ImageJ's filters on 8- and 16-bit images) unless stated.
 * Borders: mirrored without repeating the edge pixel (OpenCV BORDER_REFLECT_101), except median() and medianDisk(),
 * which repeat the edge pixels (BORDER_REPLICATE, as OpenCV's medianBlur) for every pixel type.
 * The plane is processed in horizontal bands with enough overlap that the result equals a whole-image filter;
 * cancellation is polled between bands (well under 100 ms on 4096²) and gives Status::cancelled(). Invalid
 * parameters or plane types give StatusCode::InvalidInput. Thread-safe (pure functions).
 */
class Smoothing
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Smoothing)

public:
    /**
     * Gaussian blur with standard deviation sigma (pixels, > 0; 0 returns a copy). The kernel is sampled
     * exp(−x²/2σ²), normalised to sum 1 and truncated at radius ⌈4σ⌉ (ImageJ's Gaussian Blur truncates at the
     * point where the kernel falls below its accuracy, ≈ 3.7σ–4.3σ).
     */
    static Expected<cv::Mat> gaussian(const cv::Mat& plane, double sigma, TaskContext& task);
    /** Mean of the (2r+1)×(2r+1) square around each pixel; radius >= 0. */
    static Expected<cv::Mat> mean(const cv::Mat& plane, int radius, TaskContext& task);
    /**
     * Median of the (2r+1)×(2r+1) square around each pixel (for an even count there is none: the window is odd).
     * radius 0..50. 8-bit planes use OpenCV's histogram median, others an exact selection per pixel.
     */
    static Expected<cv::Mat> median(const cv::Mat& plane, int radius, TaskContext& task);
    /**
     * Median over a disk of radius r: the pixels (dx, dy) with dx² + dy² <= r², as scikit-image's
     * `median(image, disk(r))` (scipy's median_filter with mode "nearest": edge pixels repeated, as here). The disk
     * always holds an odd number of pixels, so the median is one of them. radius 0..50 (0 returns a copy).
     * 8- and 16-bit planes use a sliding two-level histogram (T. S. Huang's running median, with the median tracked
     * from pixel to pixel: O(r) per pixel); float planes an exact selection per pixel (O(r²)). Rows run in parallel.
     */
    static Expected<cv::Mat> medianDisk(const cv::Mat& plane, int radius, TaskContext& task);
    /**
     * ImageJ's Unsharp Mask: (I − weight·G_σ(I)) / (1 − weight), with sigma > 0 and weight in [0, 0.99].
     */
    static Expected<cv::Mat> unsharpMask(const cv::Mat& plane, double sigma, double weight, TaskContext& task);
    /**
     * Background subtraction with a rolling disk: the background is the grey-scale opening of the plane with a
     * flat disk of the given radius (the largest disk that fits under the intensity surface, rolled under it), and
     * the result is plane − background (white top-hat), which keeps objects smaller than the disk and removes
     * smooth background. This is the flat-structuring-element equivalent of ImageJ's "Rolling ball" (which rolls a
     * paraboloid-like ball; with a flat disk the background follows slopes less closely). lightBackground = true
     * handles dark objects on a bright background (closing, background − plane). radius 1..1000 pixels.
     */
    static Expected<cv::Mat> subtractBackground(const cv::Mat& plane, int radius, bool lightBackground,
                                                TaskContext& task);
};

} // namespace tessera
