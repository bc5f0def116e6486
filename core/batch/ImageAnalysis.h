#pragma once

#include "core/batch/BatchRecipe.h"
#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/measure/MeasurementTable.h"
#include "core/segmentation/ConnectedComponents.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tessera {

class TaskContext;

/** The tables a recipe gives for one image; a table is present exactly when its analysis ran. */
struct ImageAnalysisResult
{
    /** GLCM rows as `tessera-cli glcm` writes them (glcmMeasurementTable(): per orientation and MEAN rows). */
    std::optional<MeasurementTable> glcm;
    /** One row per ROI: ObjectMeasurements::measureRois() on the recipe's slice and frame, every channel. */
    std::optional<MeasurementTable> rois;
    /** One row per segmented object, as `tessera-cli segment --out` writes it (SegmentationResult::table). */
    std::optional<MeasurementTable> objects;
    /** The calibration of the image (for the tables' provenance). */
    Calibration calibration;
    /** The image file's SHA-256 (lowercase hex) when the recipe asks (hashInput); empty otherwise or unreadable. */
    QString sha256;
    /** The image read, when the recipe asks (keepImage); shared, read-only. */
    std::shared_ptr<const Image> image;
    /** The segmentation's labels, when the recipe asks (keepImage) and segments; empty otherwise. */
    LabelImage labels;
    /** Notes about a valid result (reader warnings, GLCM low pair counts, segmentation warnings). */
    QStringList warnings;
};

/**
 * The per-image analysis of a batch: reads the image at path (ImageReader), checks it against the recipe, then runs
 * what the recipe asks for, in this order: GLCM of the ROIs (computeGlcmTable() on the recipe's plane, rows by
 * glcmMeasurementTable()), the ROI measurements, the segmentation with its object measurements. The same core calls
 * as `tessera-cli glcm` and `tessera-cli segment`, so the tables equal theirs for the same image and parameters.
 *
 * Fails (the message names the file and the problem; nothing partial is returned) when the image cannot be read,
 * lacks the recipe's plane or the segmentation's plane, when a ROI does not lie wholly inside the image (values of a
 * clipped ROI would not be comparable with those of the other images), when a GLCM row has an error (a matrix
 * without pixel pairs, as `tessera-cli glcm` exits 2 for), or when an analysis fails. recipe must be valid
 * (BatchRecipe::validate()). Line and points ROIs (no area) are left out of both ROI tables with a warning each; a
 * recipe with only such ROIs gives the tables' columns without rows. With recipe.hashInput the file's SHA-256 is
 * computed after the analyses (fileSha256(); left empty when the file cannot be read again); with recipe.keepImage
 * the image and labels stay in the result. Progress goes to task (reading 0–0.3, then the analyses); cancellation
 * gives Status::cancelled(). Thread-safe: independent calls may run in parallel.
 */
class ImageAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ImageAnalysis)

public:
    static Expected<ImageAnalysisResult> run(const BatchRecipe& recipe, const QString& path, TaskContext& task);
};

} // namespace tessera
