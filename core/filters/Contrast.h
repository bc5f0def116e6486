#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace tessera {

class TaskContext;

/** Parameters of Contrast::clahe(). */
struct ClaheParams
{
    /** Side of the contextual tiles in pixels (ImageJ's CLAHE "blocksize" 127 ≈ an 8×8 grid on 1024²); >= 8. */
    int tileSize = 64;
    /** Clip limit as a multiple of the mean bin count (ImageJ's "maximum slope", Zuiderveld 1994); >= 1. */
    double clipLimit = 3.0;

    bool operator==(const ClaheParams& o) const { return tileSize == o.tileSize && clipLimit == o.clipLimit; }
    bool operator!=(const ClaheParams& o) const { return !(*this == o); }
    Status validate() const;
};

/**
 * Intensity (point) transforms and histogram-based contrast enhancement of one plane (CV_8U, CV_16U or CV_32F).
 * Point transforms return CV_32F so that no precision is lost; they are computed in row bands with cancellation
 * between bands. Invalid parameters give StatusCode::InvalidInput. Thread-safe (pure functions).
 */
class Contrast
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Contrast)

public:
    /**
     * Gamma: with m = max of the plane, out = m·(v/m)^gamma (ImageJ's Process > Math > Gamma on the value range
     * [0, m]). gamma in (0, 10]. Negative values (float planes) are clamped to 0 first.
     */
    static Expected<cv::Mat> gamma(const cv::Mat& plane, double gamma, TaskContext& task);
    /** Log: out = ln(1 + v) for v >= 0 (0 for negative values). */
    static Expected<cv::Mat> log(const cv::Mat& plane, TaskContext& task);
    /**
     * Sigmoid contrast (scikit-image's adjust_sigmoid): with v normalised to [0, 1] by the plane's min and max,
     * out = 1 / (1 + exp(gain·(cutoff − v))), in (0, 1). cutoff in [0, 1], gain in (0, 100].
     */
    static Expected<cv::Mat> sigmoid(const cv::Mat& plane, double cutoff, double gain, TaskContext& task);
    /**
     * Histogram equalisation: each value v becomes round(maxLevel·(cdf(v) − cdf(min))/(n − cdf(min))), with the
     * cumulative histogram cdf over the whole plane and maxLevel 255 (8-bit) or 65535 (16-bit); the plane's type is
     * kept. Float planes are equalised on 65536 bins between their min and max and returned as floats in [0, 1].
     */
    static Expected<cv::Mat> equalizeHistogram(const cv::Mat& plane, TaskContext& task);
    /**
     * Contrast-limited adaptive histogram equalisation (K. Zuiderveld, "Contrast Limited Adaptive Histogram
     * Equalization", Graphics Gems IV, 1994) by OpenCV's implementation: tiles of ~tileSize pixels, histograms
     * clipped at clipLimit × mean count with the excess redistributed, bilinear interpolation between tile mappings.
     * 8- and 16-bit planes keep their type; float planes are scaled to 16 bits between their min and max first and
     * returned as floats in [0, 1].
     */
    static Expected<cv::Mat> clahe(const cv::Mat& plane, const ClaheParams& params, TaskContext& task);
};

} // namespace tessera
