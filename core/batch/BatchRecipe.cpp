#include "core/batch/BatchRecipe.h"

#include <QSet>

namespace tessera {

bool BatchRecipe::hasAnalysis() const
{
    return segmentation.has_value() || (!rois.empty() && (glcm.has_value() || measureRois));
}

Status BatchRecipe::validate() const
{
    if (channel < 0 || slice < 0 || frame < 0) {
        return Status::invalid(tr("the plane (channel %1, slice %2, frame %3) must have indices of at least 1.")
                                   .arg(channel + 1)
                                   .arg(slice + 1)
                                   .arg(frame + 1));
    }
    QSet<QString> names;
    for (const Roi& roi : rois) {
        if (roi.name.isEmpty()) {
            return Status::invalid(tr("every ROI needs a name (the tables identify ROIs by name)."));
        }
        if (names.contains(roi.name)) {
            return Status::invalid(tr("two ROIs are named \"%1\"; names must be unique.").arg(roi.name));
        }
        names.insert(roi.name);
    }
    if (glcm) {
        if (Status s = glcm->validate(); !s.isOk()) {
            return Status::invalid(tr("GLCM parameters: %1").arg(s.message()));
        }
    }
    if (segmentation) {
        if (Status s = segmentation->validate(); !s.isOk()) {
            return Status::invalid(tr("segmentation parameters: %1").arg(s.message()));
        }
    }
    if (!hasAnalysis()) {
        return Status::invalid(tr("nothing to run: no segmentation, and no ROIs for GLCM or ROI measurements."));
    }
    return Status::ok();
}

} // namespace tessera
