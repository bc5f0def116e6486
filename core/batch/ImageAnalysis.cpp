#include "core/batch/ImageAnalysis.h"

#include "core/io/FileHash.h"
#include "core/io/ImageReader.h"
#include "core/measure/ObjectMeasurements.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"
#include "core/texture/GlcmExport.h"

#include <QFileInfo>

namespace tessera {
namespace {

/** An error of the image at path: its file name first, so that every message says which image failed. */
Status imageError(const QString& path, const Status& status)
{
    if (status.isCancelled()) {
        return status;
    }
    return {status.code(), ImageAnalysis::tr("%1: %2").arg(QFileInfo(path).fileName(), status.message())};
}

QString planeText(int c, int z, int t)
{
    return ImageAnalysis::tr("channel %1, slice %2, frame %3").arg(c + 1).arg(z + 1).arg(t + 1);
}

bool hasPlane(const Image& image, int c, int z, int t)
{
    return c < image.channels() && z < image.slices() && t < image.frames();
}

/** Every ROI must lie wholly inside the image: a clipped ROI is not the region the recipe names. */
Status checkRoisInside(const std::vector<Roi>& rois, const Image& image)
{
    const QRectF frame(0, 0, image.width(), image.height());
    for (const Roi& roi : rois) {
        const QRectF b = roi.boundingRect();
        if (!frame.contains(b)) {
            return Status::invalid(
                ImageAnalysis::tr("ROI \"%1\" (x %2, y %3, w %4, h %5) does not lie wholly inside the %6 × %7 image.")
                    .arg(roi.name)
                    .arg(b.x())
                    .arg(b.y())
                    .arg(b.width())
                    .arg(b.height())
                    .arg(image.width())
                    .arg(image.height()));
        }
    }
    return Status::ok();
}

} // namespace

Expected<ImageAnalysisResult> ImageAnalysis::run(const BatchRecipe& recipe, const QString& path, TaskContext& task)
{
    ImageAnalysisResult result;
    ImageReader reader;
    SubTask readTask(task, 0.0, 0.3);
    Expected<Image> read = reader.read(path, &readTask);
    if (!read.isOk()) {
        return read.status(); // the reader's messages name the file
    }
    result.warnings += reader.warnings();
    const Image& image = read.value();
    result.calibration = image.calibration;
    if (!hasPlane(image, recipe.channel, recipe.slice, recipe.frame) && !recipe.rois.empty()) {
        return imageError(path, Status::invalid(tr("the image has no plane %1 (it has %2 channel(s), %3 slice(s), "
                                                   "%4 frame(s)).")
                                                    .arg(planeText(recipe.channel, recipe.slice, recipe.frame))
                                                    .arg(image.channels())
                                                    .arg(image.slices())
                                                    .arg(image.frames())));
    }
    // Lines and points have no pixels to measure: skipped with a warning, never failing the image.
    std::vector<Roi> rois;
    for (const Roi& roi : recipe.rois) {
        if (roi.hasArea()) {
            rois.push_back(roi);
        } else {
            result.warnings << tr("ROI \"%1\" is a %2 without area; skipped.").arg(roi.name, roiShapeName(roi.shape));
        }
    }
    if (Status s = checkRoisInside(rois, image); !s.isOk()) {
        return imageError(path, s);
    }
    const bool glcm = recipe.glcm && !recipe.rois.empty();
    const bool measureRois = recipe.measureRois && !recipe.rois.empty();
    const int steps = int(glcm) + int(measureRois) + int(recipe.segmentation.has_value());
    double begin = 0.3;
    const double step = steps > 0 ? 0.7 / steps : 0.7;

    if (glcm) {
        SubTask glcmTask(task, begin, begin + step);
        begin += step;
        const cv::Mat plane = image.plane(recipe.channel, recipe.slice, recipe.frame);
        const std::vector<NamedRoiMask> masks = rasterizeNamedRois(rois, plane.size());
        GlcmTable none; // no ROI with an area: the table's columns without rows
        none.params = *recipe.glcm;
        Expected<GlcmTable> table =
            rois.empty() ? Expected<GlcmTable>(none) : computeGlcmTable(plane, masks, *recipe.glcm, glcmTask);
        if (!table.isOk()) {
            return imageError(path, table.status());
        }
        QStringList messages;
        bool anyError = false;
        result.glcm = glcmMeasurementTable(table.value(), GlcmRowOptions{}, &messages, &anyError);
        if (anyError) {
            return imageError(path, Status::invalid(tr("GLCM: %1").arg(messages.join(QStringLiteral("; ")))));
        }
        result.warnings += messages; // low pair counts only
    }
    if (measureRois) {
        SubTask roiTask(task, begin, begin + step);
        begin += step;
        Expected<MeasurementTable> table =
            ObjectMeasurements::measureRois(rois, intensityChannels(image, recipe.slice, recipe.frame),
                                            cv::Size(image.width(), image.height()), image.calibration, roiTask);
        if (!table.isOk()) {
            return imageError(path, table.status());
        }
        result.rois = std::move(table).value();
    }
    if (recipe.segmentation) {
        const SegmentationParams& params = *recipe.segmentation;
        if (!hasPlane(image, params.channel, params.slice, params.frame)) {
            return imageError(path, Status::invalid(tr("the image has no plane %1 to segment.")
                                                        .arg(planeText(params.channel, params.slice, params.frame))));
        }
        SubTask segmentTask(task, begin, begin + step);
        Expected<SegmentationResult> segmented = SegmentationPipeline::run(image, params, segmentTask);
        if (!segmented.isOk()) {
            return imageError(path, segmented.status());
        }
        result.warnings += segmented->warnings;
        result.objects = std::move(segmented.value().table);
        if (recipe.keepImage) {
            result.labels = std::move(segmented.value().labels);
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    if (recipe.hashInput) {
        // Once per image, here on the worker: every table and sidecar of the image reuses it.
        if (Expected<QString> sha = fileSha256(path); sha.isOk()) {
            result.sha256 = std::move(sha).value();
        } else {
            result.warnings.append(sha.status().message()); // the sidecars then have no checksum, and say so
        }
    }
    if (recipe.keepImage) {
        result.image = std::make_shared<const Image>(std::move(read).value());
    }
    task.setProgress(1.0);
    return result;
}

} // namespace tessera
