#include "ui/texture/GlcmJob.h"

#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"
#include "ui/document/ImageDocument.h"

namespace tessera {

GlcmJob makeGlcmJob(const ImageDocument& document)
{
    GlcmJob job;
    job.plane = document.currentPlane();
    job.params = document.parameters<GlcmParams>(AnalysisKind::Glcm);
    job.ids = document.roiIds();
    job.rois.reserve(std::size_t(job.ids.size()));
    for (RoiId id : job.ids) {
        job.rois.push_back(document.roi(id));
    }
    job.statistics.pixelWidth = document.image().calibration.pixelWidth;
    job.statistics.pixelHeight = document.image().calibration.pixelHeight;
    return job;
}

Expected<GlcmResult> computeGlcmJob(const GlcmJob& job, TaskContext& task)
{
    const std::vector<NamedRoiMask> masks = rasterizeNamedRois(job.rois, job.plane.size());
    SubTask glcmTask(task, 0.0, 0.9);
    Expected<GlcmTable> table = computeGlcmTable(job.plane, masks, job.params, glcmTask);
    if (!table.isOk()) {
        return table.status();
    }
    GlcmResult result;
    result.table = std::move(table.value());
    result.roiIds = job.ids;
    result.statistics.resize(masks.size());
    for (std::size_t i = 0; i < masks.size(); ++i) {
        const RoiMask& m = masks[i].mask;
        if (m.box.empty()) {
            continue;
        }
        Expected<PlaneStatistics> stats = computeStatistics(job.plane(m.box), m.mask, job.statistics, task);
        if (stats.isOk()) {
            result.statistics[i] = stats.value();
        } else if (stats.status().isCancelled()) {
            return stats.status();
        }
        if (i % 64 == 0 && !task.setProgress(0.9 + 0.1 * double(i) / double(masks.size()))) {
            return Status::cancelled();
        }
    }
    return result;
}

} // namespace tessera
