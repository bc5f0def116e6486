#pragma once

#include "core/measure/MeasurementSelection.h"
#include "core/segmentation/ConnectedComponents.h"
#include "ui/document/DocumentTypes.h"

#include <QCoreApplication>
#include <QString>

namespace tessera {

class ImageDocument;
class TaskContext;

/**
 * The per-object measurements the document keeps under AnalysisKind::Measurements (ImageDocument::result
 * <ObjectMeasurementResult>()), stamped with the MeasurementSelection and label generation they were computed from.
 * table: measureSelectedObjects() of the label layer, one row per object in label order, column "Label" first.
 */
struct ObjectMeasurementResult
{
    MeasurementTable table;
    int objectCount = 0;     ///< rows (objects present in the layer)
    qint64 objectPixels = 0; ///< pixels covered by objects
    qint64 imagePixels = 0;  ///< pixels of the label layer
    double pixelArea = 1.0;  ///< calibrated area of one pixel
};

/**
 * One run's input, copied on the GUI thread (no pixel copies: cv::Mat views of the immutable image and of the
 * document's label layer, which is never modified in place), so the worker never touches the document.
 */
struct ObjectMeasurementJob
{
    LabelImage labels;
    std::vector<IntensityChannel> channels; ///< every channel of the label layer's slice and frame (as the CLI)
    Calibration calibration;
    MeasurementSelection selection;
    ObjectGlcmInput glcm; ///< the label layer's channel and the document's GlcmParams (AnalysisKind::Glcm)
};

/** The job for document's label layer and AnalysisKind::Measurements parameters. GUI thread. */
ObjectMeasurementJob makeObjectMeasurementJob(const ImageDocument& document);

/** The worker side: measureSelectedObjects() plus the totals of the summary. Thread-safe. */
Expected<ObjectMeasurementResult> computeObjectMeasurements(const ObjectMeasurementJob& job, TaskContext& task);

/**
 * The summary line of the objects table: object count, mean area, area fraction (object pixels / layer pixels), and
 * the segmentation parameters of the document's AnalysisKind::Segmentation run when there is one.
 */
class ObjectSummary
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ObjectSummary)

public:
    static QString text(const ImageDocument& document, const ObjectMeasurementResult& result);
};

} // namespace tessera
