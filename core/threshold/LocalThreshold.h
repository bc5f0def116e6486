#pragma once

#include "core/common/Status.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <optional>

namespace tessera {

class TaskContext;

/**
 * Local (adaptive) thresholds of Fiji's "Auto Local Threshold" (G. Landini), with Fiji's names. Each pixel v is
 * compared with statistics of the circular window of the given radius around it (see computeLocalThreshold()):
 *  - Bernsen (Bernsen 1986, ICPR 8:1251-1255): c = max - min, mid = (max + min) / 2 (integer division). If
 *    c < p1 (contrast threshold, default 15) the pixel is object iff mid >= 128, else iff v >= mid.
 *  - Contrast (Soille, Morphological Image Analysis, 2004): object iff |max - v| <= |v - min|.
 *  - Mean: object iff v > mean - p1 (C, default 0).
 *  - Median: object iff v > median - p1 (C, default 0).
 *  - MidGrey: object iff v > (max + min) / 2 - p1 (C, default 0).
 *  - Niblack (Niblack 1986, An Introduction to Digital Image Processing, pp. 115-116): object iff
 *    v > mean + p1 * sd - p2 (k default 0.2, C default 0).
 *  - Otsu (Otsu 1979): object iff v > the Otsu threshold of the window's 256-bin histogram (ImageJ's Otsu).
 *  - Phansalkar (Phansalkar et al. 2011, ICCSP:218-220), on values scaled to [0, 1]: object iff
 *    v > mean * (1 + p * exp(-q * mean) + k * (sd / r - 1)), p = 2, q = 10, k = p1 (default 0.25), r = p2 (0.5).
 *  - Sauvola (Sauvola & Pietikainen 2000, Pattern Recognition 33(2):225-236): object iff
 *    v > mean * (1 + k * (sd / r - 1)), k = p1 (default 0.5), r = p2 (default 128).
 * mean, sd (population standard deviation, as ImageJ's RankFilters "Variance"), min, max and median are over the
 * window pixels.
 */
enum class LocalThresholdMethod
{
    Bernsen,
    Contrast,
    Mean,
    Median,
    MidGrey,
    Niblack,
    Otsu,
    Phansalkar,
    Sauvola,
};

/** Fiji's name of a local method ("Bernsen", ..., "Sauvola"). */
QString localThresholdMethodName(LocalThresholdMethod method);
/** The local method with that name (case-insensitive), or nullopt. */
std::optional<LocalThresholdMethod> localThresholdMethodFromName(const QString& name);
/** Every local method, in Fiji's order. */
QStringList localThresholdMethodNames();

/** Parameters of computeLocalThreshold(). */
struct LocalThresholdParams
{
    LocalThresholdMethod method = LocalThresholdMethod::Bernsen;
    /** Radius of the circular window in pixels, 1..1000 (Fiji's default 15); see computeLocalThreshold(). */
    int radius = 15;
    /** Fiji's "parameter 1"; empty = the method's default (listed at LocalThresholdMethod). */
    std::optional<double> parameter1;
    /** Fiji's "parameter 2"; empty = the method's default. */
    std::optional<double> parameter2;
    /** true: objects are bright (Fiji's "white objects on black background"); false: the dark pixels are reported. */
    bool darkBackground = true;

    bool operator==(const LocalThresholdParams& o) const
    {
        return method == o.method && radius == o.radius && parameter1 == o.parameter1 && parameter2 == o.parameter2 &&
               darkBackground == o.darkBackground;
    }
    bool operator!=(const LocalThresholdParams& o) const { return !(*this == o); }
    /** radius in [1, 1000], finite parameters. */
    Status validate() const;
    /** parameter1, or the method's default. */
    double effectiveParameter1() const;
    /** parameter2, or the method's default. */
    double effectiveParameter2() const;
};

/**
 * Local threshold of plane (CV_8U, CV_16U or CV_32F). Returns a CV_8U mask of the plane's size: 255 = foreground
 * (object pixels, or with darkBackground == false the non-object pixels), 0 = background.
 *
 * Window: ImageJ's RankFilters circular kernel: the rows dy = -r..r, each covering |dx| <= floor(sqrt(r*r + 1 -
 * dy*dy)); pixels outside the image take the value of the nearest edge pixel.
 *
 * Like Fiji (which accepts 8-bit images only), the methods work on 8-bit values: 16-bit and float planes are first
 * mapped to 0..255 with ImageJ's 8-bit conversion over the plane's min..max (the binning of ImageJHistogram; NaN and
 * infinite values become 0), so p1/p2 of Bernsen, Mean, Median, MidGrey, Niblack and Sauvola are in those 8-bit units.
 *
 * Fails with InvalidInput for a bad plane or params; Status::cancelled() when task is cancelled (polled every row).
 * Rows run in parallel (cv::parallel_for_). Thread-safe (pure function).
 */
Expected<cv::Mat> computeLocalThreshold(const cv::Mat& plane, const LocalThresholdParams& params, TaskContext& task);

/** The 8-bit image the local methods work on (see computeLocalThreshold()); CV_8U planes are returned as is. */
cv::Mat toImageJ8Bit(const cv::Mat& plane);

} // namespace tessera
