#include "core/texture/GlcmAnalysis.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace tessera {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::GlcmAnalysis)
};

bool isSupportedPlane(const cv::Mat& plane)
{
    return !plane.empty() && (plane.type() == CV_8UC1 || plane.type() == CV_16UC1 || plane.type() == CV_32FC1);
}

/** The range shared by all ROIs (every mode but Roi), or nullopt for per-ROI ranges. */
Expected<std::optional<GlcmRange>> sharedRange(const cv::Mat& plane, const std::vector<NamedRoiMask>& rois,
                                               const GlcmParams& params)
{
    switch (params.rangeMode) {
    case GlcmRangeMode::Roi:
        return std::optional<GlcmRange>();
    case GlcmRangeMode::Custom:
        return std::optional<GlcmRange>(GlcmRange{params.customMin, params.customMax});
    case GlcmRangeMode::PixelType:
        if (plane.depth() == CV_8U) {
            return std::optional<GlcmRange>(GlcmRange{0.0, 255.0});
        }
        if (plane.depth() == CV_16U) {
            return std::optional<GlcmRange>(GlcmRange{0.0, 65535.0});
        }
        return Status::invalid(Tr::tr("A float image has no bit-depth range: choose the ROI, image, all-ROIs or a "
                                      "custom range."));
    case GlcmRangeMode::Image: {
        RoiMask whole;
        whole.box = cv::Rect(0, 0, plane.cols, plane.rows);
        const std::optional<GlcmRange> r = glcmValueRange(plane, whole);
        if (!r) {
            return Status::invalid(Tr::tr("The image has no finite pixel value."));
        }
        return std::optional<GlcmRange>(r);
    }
    case GlcmRangeMode::AllRois: {
        std::optional<GlcmRange> all;
        for (const NamedRoiMask& roi : rois) {
            if (const std::optional<GlcmRange> r = glcmValueRange(plane, roi.mask)) {
                all = all ? GlcmRange{std::min(all->min, r->min), std::max(all->max, r->max)} : *r;
            }
        }
        if (!all) {
            return Status::invalid(Tr::tr("None of the ROIs has a pixel inside the image."));
        }
        return std::optional<GlcmRange>(all);
    }
    }
    return std::optional<GlcmRange>();
}

GlcmRoiResult computeRoi(const cv::Mat& plane, const NamedRoiMask& roi, const GlcmParams& params,
                         const std::optional<GlcmRange>& shared, GlcmCounter& counter, HaralickCalculator& calculator,
                         TaskContext& task)
{
    GlcmRoiResult result;
    result.name = roi.name;
    result.clipped = roi.mask.clipped;
    const std::optional<GlcmRange> own = shared ? shared : glcmValueRange(plane, roi.mask);
    if (!own) {
        result.status = Status::invalid(Tr::tr("ROI \"%1\" has no pixel inside the image.").arg(roi.name));
        return result;
    }
    result.range = *own;
    Expected<QuantizedRoi> q = quantizeRoi(plane, roi.mask, params.levels, *own);
    if (!q.isOk()) {
        result.status = Status::invalid(Tr::tr("ROI \"%1\": %2").arg(roi.name, q.status().message()));
        return result;
    }
    if (q->pixelCount == 0) {
        result.status = Status::invalid(Tr::tr("ROI \"%1\" has no pixel inside the image.").arg(roi.name));
        return result;
    }
    result.pixelCount = q->pixelCount;
    std::vector<cv::Point> offsets;
    for (int d : params.distances) {
        for (GlcmOrientation o : params.orientations) {
            offsets.push_back(glcmOffset(o, d));
        }
    }
    if (task.isCancelled()) {
        return result;
    }
    const std::vector<Glcm> glcms = counter.countAll(q.value(), offsets, params.isSymmetric(), &task);
    if (glcms.size() != offsets.size()) {
        return result; // cancelled
    }
    std::size_t k = 0;
    for (int d : params.distances) {
        std::vector<GlcmMeasurement> perDistance;
        for (GlcmOrientation o : params.orientations) {
            const Glcm& glcm = glcms[k++];
            GlcmMeasurement m;
            m.distance = d;
            m.orientation = o;
            m.pairs = glcm.pairs;
            m.lowPairCount = glcm.pairs < kGlcmLowPairCount;
            m.features = calculator.compute(glcm, params.convention);
            perDistance.push_back(m);
            result.measurements.push_back(m);
        }
        result.summaries.push_back(summarizeOrientations(perDistance));
    }
    return result;
}

} // namespace

GlcmOrientationSummary summarizeOrientations(const std::vector<GlcmMeasurement>& measurements)
{
    GlcmOrientationSummary s;
    if (measurements.empty()) {
        s.mean = HaralickValues::nan();
        s.range = HaralickValues::nan();
        return s;
    }
    s.distance = measurements.front().distance;
    for (std::size_t k = 0; k < std::size_t(kHaralickFeatureCount); ++k) {
        double sum = 0.0;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        bool nan = false;
        for (const GlcmMeasurement& m : measurements) {
            const double v = m.features.values[k];
            nan = nan || std::isnan(v);
            sum += v;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const double qnan = std::numeric_limits<double>::quiet_NaN();
        s.mean.values[k] = nan ? qnan : sum / double(measurements.size());
        s.range.values[k] = nan ? qnan : hi - lo;
    }
    for (const GlcmMeasurement& m : measurements) {
        s.pairs += m.pairs;
        s.lowPairCount = s.lowPairCount || m.lowPairCount;
    }
    return s;
}

Expected<GlcmTable> computeGlcmTable(const cv::Mat& plane, const std::vector<NamedRoiMask>& rois,
                                     const GlcmParams& params, TaskContext& task)
{
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    if (!isSupportedPlane(plane)) {
        return Status::invalid(Tr::tr("GLCM needs one 8-bit, 16-bit or 32-bit float channel."));
    }
    Expected<std::optional<GlcmRange>> shared = sharedRange(plane, rois, params);
    if (!shared.isOk()) {
        return shared.status();
    }
    GlcmTable table;
    table.params = params;
    table.rois.resize(rois.size());
    const int count = int(rois.size());
    std::atomic<int> done{0};
    auto runRange = [&](const cv::Range& r) {
        GlcmCounter counter;
        HaralickCalculator calculator;
        for (int k = r.start; k < r.end; ++k) {
            if (task.isCancelled()) {
                return;
            }
            table.rois[std::size_t(k)] =
                computeRoi(plane, rois[std::size_t(k)], params, shared.value(), counter, calculator, task);
            const int finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            task.setProgress(double(finished) / double(count));
        }
    };
    if (count == 1) {
        runRange(cv::Range(0, 1)); // a single (possibly huge) ROI: parallel over row bands inside
    } else if (count > 1) {
        // Contiguous chunks of ROIs per stripe: one counter and calculator per stripe, no shared state but `done`.
        const int stripes = std::min(count, std::max(1, cv::getNumThreads()) * 8);
        cv::parallel_for_(cv::Range(0, count), runRange, stripes);
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return table;
}

Expected<GlcmSingleResult> computeGlcm(const cv::Mat& plane, const RoiMask& mask, int distance,
                                       GlcmOrientation orientation, const GlcmParams& params)
{
    GlcmParams p = params;
    p.distances = {distance};
    p.orientations = {orientation};
    if (p.rangeMode == GlcmRangeMode::AllRois) {
        p.rangeMode = GlcmRangeMode::Roi;
    }
    if (Status s = p.validate(); !s.isOk()) {
        return s;
    }
    if (!isSupportedPlane(plane)) {
        return Status::invalid(Tr::tr("GLCM needs one 8-bit, 16-bit or 32-bit float channel."));
    }
    Expected<std::optional<GlcmRange>> shared = sharedRange(plane, {}, p);
    if (!shared.isOk()) {
        return shared.status();
    }
    const std::optional<GlcmRange> range = shared.value() ? shared.value() : glcmValueRange(plane, mask);
    if (!range) {
        return Status::invalid(Tr::tr("The region has no pixel inside the image."));
    }
    Expected<QuantizedRoi> q = quantizeRoi(plane, mask, p.levels, *range);
    if (!q.isOk()) {
        return q.status();
    }
    GlcmSingleResult result;
    result.range = *range;
    GlcmCounter counter;
    result.glcm = counter.countAll(q.value(), glcmOffset(orientation, distance), p.isSymmetric());
    result.features = haralickFeatures(result.glcm, p.convention);
    return result;
}

} // namespace tessera
