// libFuzzer entry point for the analyses: whatever small image the TIFF reader accepts is thresholded (global
// methods, dark and light background), segmented (distance-transform, intensity or ImageJ watershed, outline
// refinement, measurements), measured with GLCM on a few ROIs and locally thresholded. The analyses must return a
// result or a Status for any image; crashes, undefined behaviour and broken invariants (checked below, abort on
// failure) are the findings. Which methods run is derived from a hash of the input, so mutations also explore the
// parameters.
#include "FuzzSupport.h"

#include "core/roi/Roi.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/LocalThreshold.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <cstdlib>
#include <vector>

using namespace tessera;

namespace {
// Keeps one execution in the millisecond range: the analyses are O(N) to O(N log N) in the pixels.
constexpr int kMaxSide = 256;
constexpr int kMaxPlanes = 4;

/** One of the auto-threshold methods, picked by index (every method of thresholdMethodNames(), IJ_IsoData too). */
ThresholdMethod methodAt(uint32_t index)
{
    static const QStringList names = thresholdMethodNames();
    return *thresholdMethodFromName(names[int(index % uint32_t(names.size()))]);
}

void check(bool condition, const char* what)
{
    if (!condition) {
        fprintf(stderr, "FuzzAnalyses: invariant violated: %s\n", what);
        abort();
    }
}

uint32_t hashOf(const uint8_t* data, size_t size)
{
    uint32_t h = 2166136261u; // FNV-1a
    for (size_t i = 0; i < size; ++i) {
        h = (h ^ data[i]) * 16777619u;
    }
    return h;
}

void autoThresholds(const cv::Mat& plane, uint32_t pick)
{
    // Otsu with a dark background, and one method picked from the input with a dark or light background (each call
    // builds the plane's exact histogram, 65536 bins for 16-bit: two calls per plane keep executions fast).
    const ThresholdMethod methods[] = {ThresholdMethod::Otsu, methodAt(pick)};
    const bool dark[] = {true, ((pick >> 7) & 1u) != 0};
    for (int i = 0; i < 2; ++i) {
        AutoThresholdParams p;
        p.method = methods[i];
        p.darkBackground = dark[i];
        // The 65536-bin mode of 16-bit planes costs ~100 ms per call under the sanitizers: one input in four, and
        // never for Intermodes and Minimum (up to 10000 smoothing passes over 65536 bins: 1.5-3 s even unsanitised).
        p.fullHistogram = ((pick >> 5) & 3u) == 0 && i == 1 && p.method != ThresholdMethod::Intermodes &&
                          p.method != ThresholdMethod::Minimum;
        TaskContext task;
        const Expected<ThresholdResult> r = computeAutoThreshold(plane, cv::Mat(), p, task);
        if (r.isOk()) {
            check(!(r->lower > r->upper), "threshold lower <= upper");
        }
    }
}

void segment(const Image& image, int channel, uint32_t pick)
{
    SegmentationParams p;
    p.channel = channel;
    p.method = methodAt(pick >> 8);
    p.darkBackground = (pick >> 13) & 1u;
    if (!((pick >> 14) & 1u)) {
        p.preprocess.clear();
    }
    const WatershedMode modes[] = {WatershedMode::DistanceTransform, WatershedMode::Intensity, WatershedMode::ImageJ,
                                   WatershedMode::DistanceTransform};
    p.watershed = modes[(pick >> 15) & 3u]; // bits 15-16; ImageJ's rule is the one with the most index arithmetic
    p.watershedOnGradient = (pick >> 29) & 1u;
    p.seeds.minDistance = int((pick >> 17) & 3u);
    p.refineOutlines = (pick >> 19) & 1u;
    p.excludeEdges = (pick >> 20) & 1u;
    TaskContext task;
    const Expected<SegmentationResult> r = SegmentationPipeline::run(image, p, task);
    if (!r.isOk()) {
        return;
    }
    double maxLabel = 0;
    cv::minMaxLoc(r->labels.labels, nullptr, &maxLabel);
    check(int(maxLabel) == r->labels.count, "labels are 1..count");
    check(r->table.rowCount() == r->labels.count, "one measurement row per object");
}

void glcm(const cv::Mat& plane, uint32_t pick)
{
    const cv::Size size = plane.size();
    const double w = size.width;
    const double h = size.height;
    const std::vector<Roi> rois = {
        Roi::rectangle(QStringLiteral("centre"), w / 4, h / 4, w / 2, h / 2),
        Roi::ellipse(QStringLiteral("ellipse"), 0, 0, w, h),
        Roi::polygon(QStringLiteral("triangle"), {QPointF(0, 0), QPointF(w, h / 2), QPointF(w / 3, h)}),
        Roi::rectangle(QStringLiteral("corner"), w - 2, h - 2, 5, 5),
    };
    std::vector<NamedRoiMask> masks;
    for (const Roi& roi : rois) {
        Expected<RoiMask> m = rasterize(roi, size);
        if (m.isOk()) {
            masks.push_back({roi.name, m.value()});
        }
    }
    if (masks.empty()) {
        return;
    }
    GlcmParams p;
    p.levels = ((pick >> 21) & 1u) ? 8 : 32;
    p.distances = {1, int(1 + ((pick >> 22) & 7u))};
    if (p.distances[1] == 1) {
        p.distances.pop_back();
    }
    p.convention = ((pick >> 25) & 1u) ? GlcmConvention::Haralick : GlcmConvention::ImageJ;
    p.rangeMode = ((pick >> 26) & 1u) ? GlcmRangeMode::AllRois : GlcmRangeMode::Roi;
    TaskContext task;
    const Expected<GlcmTable> t = computeGlcmTable(plane, masks, p, task);
    if (t.isOk()) {
        check(t->rois.size() == masks.size(), "one GLCM result per ROI");
    }
}

void localThreshold(const cv::Mat& plane, uint32_t pick)
{
    LocalThresholdParams p;
    p.method = LocalThresholdMethod((pick >> 27) % 9u);
    p.radius = 1 + int((pick >> 3) & 3u);
    p.darkBackground = (pick >> 31) & 1u;
    TaskContext task;
    const Expected<cv::Mat> m = computeLocalThreshold(plane, p, task);
    if (m.isOk()) {
        check(m->size() == plane.size() && m->type() == CV_8UC1, "local threshold mask of the plane's size");
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::installQuietMessageHandler();
    // One thread: the analyses use cv::parallel_for_, whose thread pool only adds overhead (and contention on a shared
    // machine) to millisecond-sized executions; libFuzzer's coverage is per process anyway.
    cv::setNumThreads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Expected<Image> image = fuzz::readFuzzInput(data, size, qint64(4) << 20);
    if (!image.isOk() || image->width() > kMaxSide || image->height() > kMaxSide || image->planeCount() > kMaxPlanes) {
        return 0;
    }
    const uint32_t pick = hashOf(data, size);
    for (int i = 0; i < image->planeCount(); ++i) {
        const cv::Mat plane = image->planeAt(i);
        autoThresholds(plane, pick + uint32_t(i));
        glcm(plane, pick + uint32_t(i));
        localThreshold(plane, pick + uint32_t(i));
    }
    segment(image.value(), int(pick % uint32_t(image->channels())), pick);
    return 0;
}
