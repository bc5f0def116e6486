#include "ui/results/ObjectResults.h"

#include "core/filters/Preprocess.h"
#include "core/measure/MeasurementTable.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"
#include "ui/app/DisplayNumber.h"
#include "ui/document/ImageDocument.h"

#include <cmath>

namespace tessera {

ObjectMeasurementJob makeObjectMeasurementJob(const ImageDocument& document)
{
    ObjectMeasurementJob job;
    job.labels = document.labelLayer();
    const PlanePosition plane = document.labelLayerPlane();
    const Image& image = document.image();
    job.channels = intensityChannels(image, plane.z, plane.t);
    job.calibration = image.calibration;
    job.selection = document.parameters<MeasurementSelection>(AnalysisKind::Measurements);
    if (job.selection.has(MeasurementGroup::GlcmFeatures)) {
        job.glcm.plane = image.plane(plane.c, plane.z, plane.t);
        job.glcm.params = document.parameters<GlcmParams>(AnalysisKind::Glcm);
    }
    return job;
}

Expected<ObjectMeasurementResult> computeObjectMeasurements(const ObjectMeasurementJob& job, TaskContext& task)
{
    ObjectMeasurementResult result;
    if (job.labels.labels.empty()) {
        return result;
    }
    Expected<MeasurementTable> table = measureSelectedObjects(job.labels.labels, job.labels.count, job.channels,
                                                              job.calibration, job.selection, job.glcm, task);
    if (!table.isOk()) {
        return table.status();
    }
    result.table = std::move(table.value());
    result.objectCount = result.table.rowCount();
    result.objectPixels = qint64(cv::countNonZero(job.labels.labels > 0));
    result.imagePixels = qint64(job.labels.labels.total());
    result.pixelArea = job.calibration.pixelWidth * job.calibration.pixelHeight;
    return result;
}

namespace {
QString number(double v)
{
    return displayNumber(v);
}

QString segmentationText(const SegmentationParams& p, const SegmentationResult* r)
{
    QStringList parts;
    if (p.autoThreshold) {
        parts << ObjectSummary::tr("%1 (%2 background)")
                     .arg(thresholdMethodName(p.method),
                          p.darkBackground ? ObjectSummary::tr("dark") : ObjectSummary::tr("light"));
    } else {
        parts << ObjectSummary::tr("manual threshold");
    }
    if (r && r->fromMask) {
        parts << ObjectSummary::tr("applied mask");
    } else if (r) {
        parts << ObjectSummary::tr("levels %1–%2").arg(number(r->threshold.lower), number(r->threshold.upper));
    }
    if (Preprocess::isActive(p.preprocess)) {
        parts << ObjectSummary::tr("pre-processing %1").arg(Preprocess::toText(p.preprocess));
    }
    switch (p.watershed) {
    case WatershedMode::None:
        parts << ObjectSummary::tr("no watershed");
        break;
    case WatershedMode::DistanceTransform:
        parts << ObjectSummary::tr("watershed (tolerance %1, min. distance %2)")
                     .arg(number(p.seeds.tolerance))
                     .arg(p.seeds.minDistance);
        break;
    case WatershedMode::Intensity:
        parts << ObjectSummary::tr("intensity watershed (tolerance %1)").arg(number(p.seeds.tolerance));
        break;
    case WatershedMode::ImageJ:
        parts << ObjectSummary::tr("ImageJ watershed");
        break;
    }
    if (p.fillHoles) {
        parts << ObjectSummary::tr("holes filled");
    }
    if (p.refineOutlines) {
        parts << ObjectSummary::tr("outlines refined (%1 px)").arg(number(p.refineDistance));
    }
    if (p.minSize > 0 || !std::isinf(p.maxSize)) {
        parts << ObjectSummary::tr("size %1–%2 %3")
                     .arg(number(p.minSize), number(p.maxSize),
                          p.sizeUnit == SizeUnit::Pixels ? ObjectSummary::tr("px") : ObjectSummary::tr("calibrated"));
    }
    if (p.excludeEdges) {
        parts << ObjectSummary::tr("edge objects excluded");
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString ObjectSummary::text(const ImageDocument& document, const ObjectMeasurementResult& result)
{
    const QString areaUnit = csvUnitLabel(document.image().calibration.unit + QStringLiteral("^2"));
    const double meanArea =
        result.objectCount > 0 ? double(result.objectPixels) * result.pixelArea / result.objectCount : 0.0;
    const double fraction =
        result.imagePixels > 0 ? 100.0 * double(result.objectPixels) / double(result.imagePixels) : 0.0;
    QString text = tr("Objects: %1 · mean area %2 %3 · area fraction %4")
                       .arg(QString::number(result.objectCount), number(meanArea), areaUnit, displayPercent(fraction));
    if (document.hasResult(AnalysisKind::Segmentation)) {
        const ResultStamp stamp = document.resultStamp(AnalysisKind::Segmentation);
        if (const auto* params = std::any_cast<SegmentationParams>(&stamp.parameters)) {
            const auto run = document.result<SegmentationResult>(AnalysisKind::Segmentation);
            text += QStringLiteral(" · ") + segmentationText(*params, run.get());
        }
    }
    return text;
}

} // namespace tessera
