#pragma once

#include "core/batch/ImageAnalysis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace tessera {

class TaskContext;

/** The outcome of one image of a batch. */
struct BatchImageResult
{
    int index = 0;            ///< position in the input list (0-based)
    QString path;             ///< as given
    Status status;            ///< ok, or why the image was skipped (the message names the file)
    ImageAnalysisResult data; ///< the tables (empty when !status.isOk())
    double seconds = 0.0;     ///< wall-clock time of this image (read + analyses)
};

/** Which table of ImageAnalysisResult. */
enum class BatchTable
{
    Glcm,
    Rois,
    Objects,
};

/** "glcm", "rois", "objects": the file name part of each table's CSV. */
QString batchTableName(BatchTable table);
/** The table of result, or null when that analysis did not run. */
const MeasurementTable* batchTable(const ImageAnalysisResult& result, BatchTable table);

/**
 * Runs ImageAnalysis::run(recipe, path) for every path on up to jobs worker threads (jobs >= 1; more jobs than paths
 * start no idle threads). Images are taken in input order; each finishes independently: a failing image (unreadable,
 * ROIs outside it, an exception from an analysis, ...) only gets a failed status, the others go on. onFinished (may
 * be empty) is called once per image on the calling thread (so it may use QtGui, e.g. draw a figure), one call at a
 * time, in completion order, while the workers go on with the next images; the number of images finished so far
 * (including this one) is passed along. onFinished may change the result it is given (e.g. move its image out to
 * free memory); the returned vector holds what it leaves. At most jobs finished results wait for onFinished, so a slow
 * onFinished holds the workers back instead of piling up images in memory. Progress on task is the fraction of images
 * handed to onFinished; after cancellation the images not yet started get Status::cancelled() and running ones stop
 * at their next poll. When onFinished throws, no further image is started, the running ones are waited for, and the
 * exception is rethrown.
 *
 * Returns one result per path, in input order. Parallelism: the analyses inside one image already use both cores
 * (GLCM over ROIs, measurements over objects), so jobs > 1 helps most when images are small or reading dominates;
 * memory grows with jobs (up to 2 × jobs images and their tables at a time). Thread-safe: recipe is only read.
 */
std::vector<BatchImageResult>
runBatch(const BatchRecipe& recipe, const QStringList& paths, int jobs, TaskContext& task,
         const std::function<void(BatchImageResult& result, int finished)>& onFinished = {});

/** One table per image, for combineTables(). */
struct NamedTable
{
    QString image; ///< the value of the image column
    const MeasurementTable* table = nullptr;
};

/**
 * The tables stacked into one, with a first column "image" (text) naming each row's image. Columns are matched by
 * name and unit; their order is first appearance. A name that comes with several units (images calibrated in µm
 * and uncalibrated ones) gives one column per unit, side by side, so values of different units never share a column
 * (the CSV header names each unit: "Area [µm²]", "Area [px²]"). A row from a table without some column gets an empty
 * text cell there (never a made-up number). Cells keep their type (number or text). Thread-safe (pure).
 */
MeasurementTable combineTables(const std::vector<NamedTable>& tables);

/**
 * File-name stems for the outputs of paths, one per path, unique without regard to case: the file name without its
 * last extension ("cells.ome.tif" → "cells.ome"), characters other than letters, digits, '.', '-' and '_' replaced by
 * '_'; a stem already taken (by an earlier path or by one of reserved) gets "_2", "_3", ... appended. Deterministic:
 * depends only on the list order.
 */
QStringList outputStems(const QStringList& paths, const QStringList& reserved = {});

} // namespace tessera
