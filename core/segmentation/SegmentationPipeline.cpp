#include "core/segmentation/SegmentationPipeline.h"

#include "core/filters/Preprocess.h"
#include "core/measure/ObjectMeasurements.h"
#include "core/task/TaskContext.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace tessera {
namespace {
// Progress of splitObjects()'s stages; within run() (0.2..0.78) they fall on 0.2-0.25, 0.25-0.7 and 0.7-0.75.
constexpr double kFillEnd = 0.05 / 0.58;
constexpr double kSplitEnd = 0.5 / 0.58;
constexpr double kRefineEnd = 0.55 / 0.58;

/** Why there are no objects when the auto-threshold found none: a constant plane, or the method failed. */
QString noThresholdWarning(const cv::Mat& floatPlane, const SegmentationParams& params)
{
    const Expected<Image> wrapped = Image::fromPlane(floatPlane); // shares the pixels
    const ValueSummary values = wrapped.isOk() ? summarizeValues(wrapped.value()) : ValueSummary();
    const QString plane = SegmentationPipeline::tr("channel %1, slice %2, frame %3")
                              .arg(params.channel + 1)
                              .arg(params.slice + 1)
                              .arg(params.frame + 1);
    if (!values.hasFinite()) {
        return SegmentationPipeline::tr("No threshold found: the plane (%1) has no finite pixel value; no objects.")
            .arg(plane);
    }
    if (values.min == values.max) {
        return SegmentationPipeline::
            tr("No threshold found: the plane (%1) is constant (every pixel is %2 after pre-processing); no objects.")
                .arg(plane)
                .arg(values.min);
    }
    return SegmentationPipeline::tr(
               "No threshold found: the %1 method cannot split the histogram of the plane (%2); no objects. "
               "Try another method or a manual threshold.")
        .arg(thresholdMethodName(params.method), plane);
}
} // namespace

bool SegmentationParams::operator==(const SegmentationParams& o) const
{
    return channel == o.channel && slice == o.slice && frame == o.frame && preprocess == o.preprocess &&
           autoThreshold == o.autoThreshold && method == o.method && fullHistogram == o.fullHistogram &&
           darkBackground == o.darkBackground && manualLower == o.manualLower && manualUpper == o.manualUpper &&
           fillHoles == o.fillHoles && watershed == o.watershed && seeds == o.seeds &&
           watershedOnGradient == o.watershedOnGradient && connectivity == o.connectivity && minSize == o.minSize &&
           maxSize == o.maxSize && sizeUnit == o.sizeUnit && excludeEdges == o.excludeEdges && measure == o.measure &&
           refineOutlines == o.refineOutlines && refineDistance == o.refineDistance;
}

Status SegmentationParams::validate() const
{
    if (channel < 0 || slice < 0 || frame < 0) {
        return Status::invalid(SegmentationPipeline::tr("Channel, slice and frame indices cannot be negative."));
    }
    if (const Status pre = Preprocess::validate(preprocess); !pre.isOk()) {
        return pre;
    }
    if (!autoThreshold && !(manualLower <= manualUpper)) {
        return Status::invalid(SegmentationPipeline::tr("The lower threshold (%1) must not exceed the upper one (%2).")
                                   .arg(manualLower)
                                   .arg(manualUpper));
    }
    if (!(minSize >= 0) || !(maxSize >= minSize)) {
        return Status::invalid(SegmentationPipeline::tr("Object sizes need 0 <= minimum <= maximum (got %1 and %2).")
                                   .arg(minSize)
                                   .arg(maxSize));
    }
    if (refineOutlines && !(refineDistance >= 0.5 && refineDistance <= 50)) {
        return Status::invalid(
            SegmentationPipeline::tr("The outline refinement distance must be between 0.5 and 50 pixels (got %1).")
                .arg(refineDistance));
    }
    return seeds.validate();
}

Expected<SegmentationResult> SegmentationPipeline::run(const Image& image, const SegmentationParams& params,
                                                       TaskContext& task, const cv::Mat& foregroundMask)
{
    const Status valid = params.validate();
    if (!valid.isOk()) {
        return valid;
    }
    if (image.isNull()) {
        return Status::invalid(tr("There is no image to segment."));
    }
    if (params.channel >= image.channels() || params.slice >= image.slices() || params.frame >= image.frames()) {
        return Status::invalid(tr("The plane (channel %1, slice %2, frame %3) is not in the image (%4 × %5 × %6).")
                                   .arg(params.channel + 1)
                                   .arg(params.slice + 1)
                                   .arg(params.frame + 1)
                                   .arg(image.channels())
                                   .arg(image.slices())
                                   .arg(image.frames()));
    }
    const bool givenMask = !foregroundMask.empty();
    if (givenMask && (foregroundMask.type() != CV_8UC1 || foregroundMask.cols != image.width() ||
                      foregroundMask.rows != image.height())) {
        return Status::invalid(tr("The foreground mask must be an 8-bit mask of the image's size (%1 × %2).")
                                   .arg(image.width())
                                   .arg(image.height()));
    }
    const Status sizeOk = checkSegmentationPlaneSize(cv::Size(image.width(), image.height()));
    if (!sizeOk.isOk()) {
        return sizeOk;
    }
    const cv::Mat plane = image.plane(params.channel, params.slice, params.frame);
    SegmentationResult result;

    // 1. Pre-processing (with a given mask only when a later step reads intensities).
    cv::Mat preprocessed = plane;
    if (!givenMask || params.refineOutlines || params.watershed == WatershedMode::Intensity) {
        SubTask sub(task, 0.0, 0.15);
        Expected<cv::Mat> p = applyPreprocess(plane, params.preprocess, sub);
        if (!p.isOk()) {
            return p.status();
        }
        preprocessed = p.value();
    }

    // 2. Foreground.
    cv::Mat mask;
    if (givenMask) {
        mask = foregroundMask;
        result.fromMask = true;
        if (cv::countNonZero(mask) == 0) {
            result.warnings << tr("The foreground mask is empty; no objects.");
        }
    } else {
        SubTask sub(task, 0.15, 0.2);
        Expected<cv::Mat> m = thresholdForeground(preprocessed, params, result, sub);
        if (!m.isOk()) {
            return m.status();
        }
        mask = m.value();
    }

    // 3.-5. Objects.
    {
        const double pixelArea = params.sizeUnit == SizeUnit::Calibrated
                                     ? image.calibration.pixelWidth * image.calibration.pixelHeight
                                     : 1.0;
        SubTask sub(task, 0.2, 0.78);
        Expected<LabelImage> objects = splitObjects(preprocessed, mask, params, pixelArea, sub);
        if (!objects.isOk()) {
            return objects.status();
        }
        result.labels = std::move(objects.value());
    }
    if (!task.setProgress(0.78)) {
        return Status::cancelled();
    }

    // 6. Measurements.
    if (params.measure) {
        SubTask sub(task, 0.78, 1.0);
        Expected<MeasurementTable> table = ObjectMeasurements::measureLabels(
            result.labels.labels, result.labels.count, intensityChannels(image, params.slice, params.frame),
            image.calibration, sub);
        if (!table.isOk()) {
            return table.status();
        }
        result.table = std::move(table.value());
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return result;
}

Expected<cv::Mat> SegmentationPipeline::thresholdForeground(const cv::Mat& preprocessed,
                                                            const SegmentationParams& params,
                                                            SegmentationResult& result, TaskContext& task)
{
    if (params.autoThreshold) {
        AutoThresholdParams tp;
        tp.method = params.method;
        tp.fullHistogram = params.fullHistogram;
        tp.darkBackground = params.darkBackground;
        Expected<ThresholdResult> t = computeAutoThreshold(preprocessed, cv::Mat(), tp, task);
        if (!t.isOk()) {
            return t.status();
        }
        result.threshold = t.value();
    } else {
        result.threshold.lower = params.manualLower;
        result.threshold.upper = params.manualUpper;
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    cv::Mat floatPlane;
    preprocessed.convertTo(floatPlane, CV_32F);
    cv::Mat mask;
    const float lo = float(result.threshold.lower);
    const float hi =
        std::isinf(result.threshold.upper) ? std::numeric_limits<float>::infinity() : float(result.threshold.upper);
    cv::Mat aboveLower, belowUpper;
    cv::compare(floatPlane, lo, aboveLower, cv::CMP_GE);
    cv::compare(floatPlane, hi, belowUpper, cv::CMP_LE);
    cv::bitwise_and(aboveLower, belowUpper, mask);
    if (params.autoThreshold && !result.threshold.found) {
        // ImageJ's fallback levels of a failed method select everything (or one arbitrary level): no objects instead.
        mask.setTo(0);
        result.warnings << noThresholdWarning(floatPlane, params);
    }
    return mask;
}

Expected<LabelImage> SegmentationPipeline::splitObjects(const cv::Mat& preprocessed, const cv::Mat& foreground,
                                                        const SegmentationParams& params, double pixelArea,
                                                        TaskContext& task, std::vector<cv::Point>* seeds)
{
    const Status valid = params.validate();
    if (!valid.isOk()) {
        return valid;
    }
    const bool needsIntensity = params.refineOutlines || params.watershed == WatershedMode::Intensity;
    if (foreground.empty() || foreground.type() != CV_8UC1 ||
        (needsIntensity && preprocessed.size() != foreground.size())) {
        return Status::invalid(tr("Splitting objects needs an 8-bit foreground mask (and, for intensity steps, the "
                                  "pre-processed plane of the same size)."));
    }
    cv::Mat mask;
    cv::compare(foreground, 0, mask, cv::CMP_NE);

    // 3. Fill holes.
    if (params.fillHoles) {
        SubTask sub(task, 0.0, kFillEnd);
        Expected<cv::Mat> filled = BinaryMorphology::fillHoles(mask, sub);
        if (!filled.isOk()) {
            return filled.status();
        }
        mask = filled.value();
    }

    // 4. Objects.
    Expected<LabelImage> objects = Status::invalid(QString());
    LabelImage seedMarkers;
    {
        SubTask sub(task, kFillEnd, kSplitEnd);
        LabelImage* seedsOut = seeds ? &seedMarkers : nullptr;
        switch (params.watershed) {
        case WatershedMode::None:
            objects = labelComponents(mask, params.connectivity, sub);
            break;
        case WatershedMode::DistanceTransform:
            objects = distanceTransformWatershed(mask, params.seeds, Connectivity::Four, sub, seedsOut);
            break;
        case WatershedMode::ImageJ:
            objects = imagejBinaryWatershed(mask, sub);
            if (objects.isOk() && seeds) {
                // Preview only: the distance maxima at ImageJ's tolerance (its seed areas are not kept).
                Expected<cv::Mat> squared = squaredDistanceTransform(mask, sub);
                if (!squared.isOk()) {
                    return squared.status();
                }
                cv::Mat distance;
                cv::sqrt(squared.value(), distance);
                distance.convertTo(distance, CV_32F);
                Expected<LabelImage> maxima = findSeeds(distance, mask, SeedParams(), sub);
                if (!maxima.isOk()) {
                    return maxima.status();
                }
                seedMarkers = maxima.value();
            }
            break;
        case WatershedMode::Intensity:
            objects = intensityWatershed(preprocessed, mask, params.seeds, params.watershedOnGradient,
                                         Connectivity::Four, sub, seedsOut);
            break;
        }
    }
    if (!objects.isOk()) {
        return objects.status();
    }

    // 4b. Outline refinement to the intensity edges.
    if (params.refineOutlines) {
        SubTask sub(task, kSplitEnd, kRefineEnd);
        objects = refineOutlines(preprocessed, std::move(objects.value()), params.refineDistance, sub);
        if (!objects.isOk()) {
            return objects.status();
        }
    }

    // 5. Size and edge filters.
    const LabelStats stats = labelStats(objects->labels, objects->count);
    std::vector<bool> keep(size_t(objects->count) + 1, true);
    for (int l = 1; l <= objects->count; ++l) {
        const double size = double(stats.area[size_t(l)]) * pixelArea;
        if (size < params.minSize || size > params.maxSize || (params.excludeEdges && stats.touchesBorder[size_t(l)])) {
            keep[size_t(l)] = false;
        }
    }
    LabelImage kept = relabelSequential(objects->labels, keep);
    if (seeds) {
        seeds->clear();
        if (!seedMarkers.labels.empty()) {
            for (int y = 0; y < seedMarkers.labels.rows; ++y) {
                const int* m = seedMarkers.labels.ptr<int>(y);
                const int* l = kept.labels.ptr<int>(y);
                for (int x = 0; x < seedMarkers.labels.cols; ++x) {
                    if (m[x] > 0 && l[x] > 0) {
                        seeds->emplace_back(x, y);
                    }
                }
            }
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return kept;
}

} // namespace tessera
