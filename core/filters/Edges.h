#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/**
 * Edge and blob detectors on one plane (CV_8U, CV_16U or CV_32F). Results are CV_32F in the plane's value units per
 * pixel. Borders: BORDER_REFLECT_101. Processed in bands with cancellation between bands. Thread-safe (pure).
 */
class Edges
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Edges)

public:
    /**
     * Sobel gradient magnitude √(Gx² + Gy²) with Gx = [−1 0 1; −2 0 2; −1 0 1] and Gy its transpose (ImageJ's
     * Process > Find Edges uses the same kernels).
     */
    static Expected<cv::Mat> sobel(const cv::Mat& plane, TaskContext& task);
    /** Prewitt gradient magnitude √(Gx² + Gy²) with Gx = [−1 0 1; −1 0 1; −1 0 1] and Gy its transpose. */
    static Expected<cv::Mat> prewitt(const cv::Mat& plane, TaskContext& task);
    /**
     * Scale-normalised Laplacian of Gaussian: −σ²·∇²(G_σ * I) (sigma > 0 pixels; Gaussian truncated at ⌈4σ⌉,
     * Laplacian by the 3×3 kernel [0 1 0; 1 −4 1; 0 1 0]). The sign is chosen so that bright blobs of radius ≈ σ√2
     * give positive peaks.
     */
    static Expected<cv::Mat> laplacianOfGaussian(const cv::Mat& plane, double sigma, TaskContext& task);
};

} // namespace tessera
