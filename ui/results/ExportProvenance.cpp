#include "ui/results/ExportProvenance.h"

#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"

namespace tessera {

TableProvenance documentProvenance(const ImageDocument& document, AnalysisKind kind)
{
    TableProvenance p;
    p.program = QStringLiteral("tessera");
    p.inputPath = document.image().sourcePath;
    const PlanePosition plane = document.hasResult(kind) ? document.resultStamp(kind).plane : document.position();
    p.channel = plane.c;
    p.slice = plane.z;
    p.frame = plane.t;
    p.calibration = document.image().calibration;
    return p;
}

TableProvenance glcmProvenance(const ImageDocument& document, const GlcmResult& result, const GlcmRowOptions& rows)
{
    TableProvenance p = documentProvenance(document, AnalysisKind::Glcm);
    p.analysis = QStringLiteral("glcm");
    std::vector<Roi> rois;
    for (RoiId id : result.roiIds) {
        if (document.containsRoi(id)) {
            rois.push_back(document.roi(id));
        }
    }
    p.regions = roiRegions(rois);
    p.parameters = glcmParamsJson(result.table.params);
    p.parameters.insert(QStringLiteral("perOrientation"), rows.perOrientation);
    p.parameters.insert(QStringLiteral("withRange"), rows.withRange);
    return p;
}

} // namespace tessera
