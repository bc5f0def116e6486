#include "ui/histogram/HistogramData.h"

#include "core/task/TaskContext.h"

#include <algorithm>

namespace tessera {
namespace {

/** Histogram parameters for a region of plane: exact for integer data, 256 bins over [lo, hi] for float. */
HistogramParams paramsFor(const cv::Mat& plane, bool haveRange, double lo, double hi)
{
    HistogramParams params;
    if (plane.depth() == CV_32F) {
        params.bins = 256;
        if (haveRange) {
            params.useRange = true;
            params.rangeMin = lo;
            params.rangeMax = hi > lo ? hi : lo + 1.0;
        }
    }
    return params;
}

/** Fills entry's histogram and statistics for plane inside mask; false when cancelled (entry.error on bad data). */
Status measure(HistogramEntry& entry, const cv::Mat& plane, const cv::Mat& mask, const HistogramParams& hp,
               const StatisticsParams& sp, TaskContext& task)
{
    Expected<Histogram> hist = computeHistogram(plane, mask, hp, task);
    if (!hist.isOk()) {
        return hist.status();
    }
    entry.histogram = std::move(hist).value();
    if (entry.histogram.total == 0) {
        entry.error = QCoreApplication::translate("tessera::HistogramPanel", "no finite pixel values");
        return Status::ok();
    }
    Expected<PlaneStatistics> stats = computeStatistics(plane, mask, sp, task);
    if (!stats.isOk()) {
        if (stats.status().isCancelled()) {
            return stats.status();
        }
        entry.error = stats.status().message();
        return Status::ok();
    }
    entry.stats = stats.value();
    return Status::ok();
}

} // namespace

Expected<HistogramSet> computeHistogramSet(const HistogramRequest& request, TaskContext& task)
{
    if (Status s = checkPlaneAndMask(request.plane, cv::Mat()); !s.isOk()) {
        return s;
    }
    HistogramSet set;
    set.plane = request.planeEntry;
    if (!set.plane) {
        auto entry = std::make_shared<HistogramEntry>();
        entry->label = request.planeLabel;
        entry->color = request.planeColor;
        if (Status s = measure(*entry, request.plane, cv::Mat(), paramsFor(request.plane, false, 0, 0),
                               request.statistics, task);
            !s.isOk()) {
            return s;
        }
        set.plane = entry;
    }
    const bool planeValid = set.plane->isValid();
    const HistogramParams roiParams =
        paramsFor(request.plane, planeValid, set.plane->histogram.dataMin, set.plane->histogram.dataMax);
    for (const HistogramRoi& r : request.rois) {
        HistogramEntry entry;
        entry.roi = r.id;
        entry.label = r.roi.name;
        entry.color = r.color;
        Expected<RoiMask> mask = rasterize(r.roi, request.plane.size());
        if (!mask.isOk() || mask->isEmpty()) {
            entry.error = mask.isOk()
                              ? QCoreApplication::translate("tessera::HistogramPanel", "no pixel inside the image")
                              : mask.status().message();
        } else {
            entry.clipped = mask->clipped;
            const cv::Mat region = request.plane(mask->box);
            if (Status s = measure(entry, region, mask->mask, roiParams, request.statistics, task); !s.isOk()) {
                return s;
            }
        }
        set.rois.push_back(std::move(entry));
        if (task.isCancelled()) {
            return Status::cancelled();
        }
    }
    return set;
}

HistogramCurve histogramCurve(const HistogramEntry& entry, double planeMin, double planeMax, bool integerData,
                              const CurveOptions& options)
{
    HistogramCurve curve;
    if (!entry.isValid() || entry.histogram.counts.empty()) {
        return curve;
    }
    const Histogram* shown = &entry.histogram;
    Histogram rebinned;
    if (integerData && options.everyLevel) {
        const int lo = int(planeMin);
        const int hi = std::max(lo, int(planeMax));
        curve.edges.reserve(hi - lo + 2);
        curve.values.reserve(hi - lo + 1);
        for (int v = lo; v <= hi; ++v) {
            const double count = v >= 0 && v < entry.histogram.binCount() ? double(entry.histogram.counts[v]) : 0.0;
            curve.edges.append(v);
            curve.values.append(count);
        }
        curve.edges.append(hi + 1);
    } else {
        if (integerData) {
            Expected<Histogram> r = rebinHistogram(entry.histogram, 256, planeMin, planeMax + 1.0);
            if (!r.isOk()) {
                return curve;
            }
            rebinned = std::move(r).value();
            shown = &rebinned;
        }
        curve.edges.reserve(shown->binCount() + 1);
        curve.values.reserve(shown->binCount());
        for (int i = 0; i < shown->binCount(); ++i) {
            curve.edges.append(shown->binStart + i * shown->binWidth);
            curve.values.append(double(shown->counts[size_t(i)]));
        }
        curve.edges.append(shown->binStart + shown->binCount() * shown->binWidth);
    }
    if (options.normalised && entry.histogram.total > 0) {
        const double total = double(entry.histogram.total);
        for (double& v : curve.values) {
            v /= total;
        }
    }
    return curve;
}

} // namespace tessera
