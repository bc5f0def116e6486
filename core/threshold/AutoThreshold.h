#pragma once

#include "core/common/Status.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <optional>

namespace tessera {

class TaskContext;

/** ImageJ's global auto-threshold methods, with ImageJ's names (see thresholdMethodName()). */
enum class ThresholdMethod
{
    Default, ///< ImageJ's variant of IsoData ("IJ_IsoData")
    Huang,
    Huang2,
    Intermodes,
    IsoData,
    Li,
    MaxEntropy,
    Mean,
    MinError,
    Minimum,
    Moments,
    Otsu,
    Percentile,
    RenyiEntropy,
    Shanbhag,
    Triangle,
    Yen,
};

/** ImageJ's name of a method ("Default", "Huang", ..., "Yen"). */
QString thresholdMethodName(ThresholdMethod method);
/** The method with ImageJ's name (case-insensitive), or nullopt. */
std::optional<ThresholdMethod> thresholdMethodFromName(const QString& name);
/** Every method, in ImageJ's order. */
QStringList thresholdMethodNames();

/** Parameters of computeAutoThreshold(). */
struct AutoThresholdParams
{
    ThresholdMethod method = ThresholdMethod::Default;
    /**
     * false (default, ImageJ-compatible): 8-bit planes use their 256 levels; 16-bit and float planes are binned into
     * 256 bins between the plane's (or mask's) min and max, as ImageJ 1.x does.
     * true: full resolution, every one of the 65536 levels of a 16-bit plane (float planes keep 256 bins).
     */
    bool fullHistogram = false;
    /** true: objects are bright on a dark background (ImageJ's "dark"); the foreground is lower..upper. */
    bool darkBackground = true;

    bool operator==(const AutoThresholdParams& o) const
    {
        return method == o.method && fullHistogram == o.fullHistogram && darkBackground == o.darkBackground;
    }
    bool operator!=(const AutoThresholdParams& o) const { return !(*this == o); }
};

/** A threshold in pixel values: the foreground is lower <= value <= upper. */
struct ThresholdResult
{
    ThresholdMethod method = ThresholdMethod::Default;
    double lower = 0.0;
    double upper = 0.0;
};

/**
 * Computes a global auto-threshold of one plane (CV_8U, CV_16U or CV_32F), optionally restricted to mask (CV_8U,
 * same size, non-zero = inside; empty = whole plane). NaNs are ignored. Degenerate inputs (constant plane, empty
 * mask) give a defined result or StatusCode::InvalidInput with a clear message; never undefined behaviour.
 * Cancellation gives Status::cancelled(). Thread-safe (pure function).
 */
Expected<ThresholdResult> computeAutoThreshold(const cv::Mat& plane, const cv::Mat& mask,
                                               const AutoThresholdParams& params, TaskContext& task);

} // namespace tessera
