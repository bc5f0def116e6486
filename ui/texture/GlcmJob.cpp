#include "ui/texture/GlcmJob.h"

#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"
#include "ui/document/ImageDocument.h"

#include <opencv2/core/utility.hpp>

namespace tessera {

GlcmJob makeGlcmJob(const ImageDocument& document)
{
    GlcmJob job;
    job.plane = document.currentPlane();
    job.params = document.parameters<GlcmParams>(AnalysisKind::Glcm);
    const RoiIdList ids = document.roiIds();
    job.rois.reserve(std::size_t(ids.size()));
    for (RoiId id : ids) {
        const Roi& roi = document.roi(id);
        if (roi.hasArea()) {
            job.rois.push_back(roi);
            job.ids.push_back(id);
        } else {
            job.skipped.push_back(roi.name);
        }
    }
    job.statistics.pixelWidth = document.image().calibration.pixelWidth;
    job.statistics.pixelHeight = document.image().calibration.pixelHeight;
    return job;
}

Expected<GlcmResult> computeGlcmJob(const GlcmJob& job, TaskContext& task)
{
    if (job.rois.empty()) { // only lines and points: nothing to compute (a shared range would have no pixel)
        if (Status s = job.params.validate(); !s.isOk()) {
            return s;
        }
        GlcmResult empty;
        empty.table.params = job.params;
        return empty;
    }
    const std::vector<NamedRoiMask> masks = rasterizeNamedRois(job.rois, job.plane.size());
    Expected<GlcmTable> table = computeGlcmTable(job.plane, masks, job.params, task);
    if (!table.isOk()) {
        return table.status();
    }
    GlcmResult result;
    result.table = std::move(table.value());
    result.roiIds = job.ids;
    result.statistics.resize(masks.size());
    cv::parallel_for_(cv::Range(0, int(masks.size())), [&](const cv::Range& range) {
        for (int i = range.start; i < range.end; ++i) {
            const RoiMask& m = masks[std::size_t(i)].mask;
            if (!m.box.empty()) {
                Expected<PlaneStatistics> stats = computeMoments(job.plane(m.box), m.mask, job.statistics);
                if (stats.isOk()) {
                    result.statistics[std::size_t(i)] = stats.value();
                } // else: no finite pixel; count stays 0
            }
        }
    });
    if (!task.setProgress(1.0)) {
        return Status::cancelled();
    }
    return result;
}

} // namespace tessera
