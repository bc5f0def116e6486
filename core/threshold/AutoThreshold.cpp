#include "core/threshold/AutoThreshold.h"

#include "core/histogram/Histogram.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThresholdMethods.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AutoThreshold)
};

struct MethodName
{
    ThresholdMethod method;
    const char* name;
};

/** In ImageJ's order (getList("threshold.methods")), with Fiji's Huang2 after Huang. */
constexpr std::array<MethodName, 18> kMethods{{
    {ThresholdMethod::Default, "Default"},
    {ThresholdMethod::Huang, "Huang"},
    {ThresholdMethod::Huang2, "Huang2"},
    {ThresholdMethod::Intermodes, "Intermodes"},
    {ThresholdMethod::IsoData, "IsoData"},
    {ThresholdMethod::IJ_IsoData, "IJ_IsoData"},
    {ThresholdMethod::Li, "Li"},
    {ThresholdMethod::MaxEntropy, "MaxEntropy"},
    {ThresholdMethod::Mean, "Mean"},
    {ThresholdMethod::MinError, "MinError"},
    {ThresholdMethod::Minimum, "Minimum"},
    {ThresholdMethod::Moments, "Moments"},
    {ThresholdMethod::Otsu, "Otsu"},
    {ThresholdMethod::Percentile, "Percentile"},
    {ThresholdMethod::RenyiEntropy, "RenyiEntropy"},
    {ThresholdMethod::Shanbhag, "Shanbhag"},
    {ThresholdMethod::Triangle, "Triangle"},
    {ThresholdMethod::Yen, "Yen"},
}};

/** Java's Math.round. */
double javaRound(double x)
{
    return std::floor(x + 0.5);
}
} // namespace

QString thresholdMethodName(ThresholdMethod method)
{
    for (const MethodName& m : kMethods) {
        if (m.method == method) {
            return QLatin1String(m.name);
        }
    }
    return QString();
}

std::optional<ThresholdMethod> thresholdMethodFromName(const QString& name)
{
    for (const MethodName& m : kMethods) {
        if (name.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0) {
            return m.method;
        }
    }
    return std::nullopt;
}

QStringList thresholdMethodNames()
{
    QStringList names;
    for (const MethodName& m : kMethods) {
        names << QLatin1String(m.name);
    }
    return names;
}

Status AutoThresholdParams::validate() const
{
    if (thresholdMethodName(method).isEmpty()) {
        return Status::invalid(Tr::tr("Unknown automatic threshold method (%1).").arg(int(method)));
    }
    return Status::ok();
}

Expected<ThresholdResult> computeAutoThreshold(const cv::Mat& plane, const cv::Mat& mask,
                                               const AutoThresholdParams& params, TaskContext& task)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    ThresholdResult result;
    result.method = params.method;
    const int depth = plane.depth();

    if (params.fullHistogram && depth == CV_16U) {
        Expected<Histogram> h = computeHistogram(plane, mask, HistogramParams(), task);
        if (!h.isOk()) {
            return h.status();
        }
        if (h->total == 0) {
            return Status::invalid(Tr::tr("No pixel to threshold: the mask selects no pixel of the plane."));
        }
        if (h->dataMin == h->dataMax) {
            result.lower = result.upper = h->dataMin;
            result.found = false;
            return result;
        }
        std::vector<qint64> counts(h->counts.begin(), h->counts.end());
        const int t = autoThresholdIndex(params.method, counts, task, &result.found);
        if (t < 0 || task.isCancelled()) {
            return Status::cancelled();
        }
        if (params.darkBackground) {
            result.lower = std::min(t + 1, 65535);
            result.upper = 65535;
        } else {
            result.lower = 0;
            result.upper = t;
        }
        return result;
    }

    Expected<ImageJHistogram> ijh = computeImageJHistogram(plane, mask, task);
    if (!ijh.isOk()) {
        return ijh.status();
    }
    const ImageJHistogram& h = ijh.value();
    if (h.total == 0) {
        return Status::invalid(
            Tr::tr("No pixel to threshold: the mask selects no pixel of the plane, or every selected pixel is NaN."));
    }
    const bool constant = h.min == h.max;
    if (constant && depth != CV_8U) {
        // Constant 16-bit or float data: ImageJ's scaling collapses every bin to the single value, which is the
        // whole foreground (ImageJ reports "no threshold", -1, when that value is 0; see docs/thresholds.md).
        result.lower = result.upper = h.min;
        result.found = false;
        return result;
    }
    const int t = autoThresholdIndex(params.method, h.counts, task, &result.found);
    if (t < 0 || task.isCancelled()) {
        return Status::cancelled();
    }
    if (constant) {
        // Constant 8-bit data: ImageJ runs the method on the one-bin histogram and reports its answer, which may
        // select every pixel or none; Tessera reports the same bounds, with found = false (no real threshold).
        result.found = false;
    }
    // ImageJ's ImageProcessor.setAutoThreshold(): bins 0..t are background for "dark" (lower = t + 1, at most 255).
    double lower = params.darkBackground ? std::min(t + 1, 255) : 0.0;
    double upper = params.darkBackground ? 255.0 : double(t);
    if (depth == CV_8U) {
        result.lower = lower;
        result.upper = upper;
        return result;
    }
    // scaleAndSetThreshold(): bins back to values between min and max; 0 and 255 stand for the type's full range.
    const double min = h.min;
    const double max = h.max;
    if (depth == CV_16U) {
        lower = lower == 0.0 ? 0.0 : min + (lower / 255.0) * (max - min);
        upper = upper == 255.0 ? 65535.0 : min + (upper / 255.0) * (max - min);
        // ShortProcessor.setThreshold() stores Math.round() of both.
        result.lower = javaRound(std::max(lower, 0.0));
        result.upper = javaRound(std::min(upper, 65535.0));
        return result;
    }
    // Float: ImageJ uses -1e30 / +1e30 for the open ends; Tessera reports the data's own min / max there.
    result.lower = lower == 0.0 ? min : min + (lower / 255.0) * (max - min);
    result.upper = upper == 255.0 ? max : min + (upper / 255.0) * (max - min);
    return result;
}

} // namespace tessera
