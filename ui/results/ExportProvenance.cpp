#include "ui/results/ExportProvenance.h"

#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"

#include <QFileInfo>
#include <QJsonArray>

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

TableProvenance pooledGlcmProvenance(const QList<const ImageDocument*>& documents, const QStringList& names,
                                     const GlcmRowOptions& rows, const QStringList& checksums)
{
    TableProvenance p;
    p.program = QStringLiteral("tessera");
    p.analysis = QStringLiteral("glcm");
    p.regions = QJsonObject{{QStringLiteral("source"), QStringLiteral("rois")}};
    QJsonArray paths;
    bool samePlane = true;
    bool sameCalibration = true;
    bool sameParameters = true;
    for (int i = 0; i < documents.size(); ++i) {
        const ImageDocument& doc = *documents[i];
        const auto result = doc.result<GlcmResult>(AnalysisKind::Glcm);
        if (!result) {
            continue;
        }
        const TableProvenance own = glcmProvenance(doc, *result, rows);
        TableImage image;
        image.name = names.value(i);
        image.path = own.inputPath;
        image.sha256 = checksums.value(i);
        image.channel = own.channel;
        image.slice = own.slice;
        image.frame = own.frame;
        image.calibration = own.calibration;
        image.regions = own.regions;
        image.parameters = own.parameters;
        if (!p.images.empty()) {
            const TableImage& first = p.images.front();
            samePlane =
                samePlane && first.channel == image.channel && first.slice == image.slice && first.frame == image.frame;
            sameCalibration = sameCalibration && first.calibration == image.calibration;
            sameParameters = sameParameters && first.parameters == image.parameters;
        }
        if (!image.path.isEmpty()) {
            paths.append(QFileInfo(image.path).absoluteFilePath());
        }
        p.images.push_back(image);
    }
    const QString differs = QStringLiteral("differs between the images; see images[]");
    if (!p.images.empty()) {
        const TableImage& first = p.images.front();
        p.channel = first.channel;
        p.slice = first.slice;
        p.frame = first.frame;
        if (sameCalibration) {
            p.calibration = first.calibration;
        }
        if (sameParameters) {
            p.parameters = first.parameters;
        }
    }
    p.parameters.insert(QStringLiteral("perOrientation"), rows.perOrientation);
    p.parameters.insert(QStringLiteral("withRange"), rows.withRange);
    if (!samePlane) {
        p.parameters.insert(QStringLiteral("plane"), differs);
    }
    if (!sameCalibration) {
        p.parameters.insert(QStringLiteral("calibration"), differs);
    }
    if (!sameParameters) {
        p.parameters.insert(QStringLiteral("glcm"), differs);
    }
    p.parameters.insert(QStringLiteral("images"), paths);
    return p;
}

} // namespace tessera
