#pragma once

#include "core/measure/MeasurementTable.h"
#include "core/roi/Roi.h"
#include "core/texture/GlcmAnalysis.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace tessera {

/**
 * Rasterises rois for a plane of planeSize, in order, for computeGlcmTable(): a ROI partly outside is clipped (its
 * RoiMask says so) and its name appended to clippedNames (may be null); a ROI with no pixel inside the image gets an
 * empty mask, which computeGlcmTable() reports as that ROI's error. Thread-safe (pure).
 */
std::vector<NamedRoiMask> rasterizeNamedRois(const std::vector<Roi>& rois, cv::Size planeSize,
                                             QStringList* clippedNames = nullptr);

/** Which rows glcmMeasurementTable() writes. */
struct GlcmRowOptions
{
    bool perOrientation = true; ///< one row per (ROI, distance, orientation) before each MEAN row
    bool withRange = false;     ///< a RANGE row (max − min over the orientations) after each MEAN row
};

/**
 * The GLCM table flattened to rows, the one code path behind `tessera-cli glcm` and the GUI's results table and
 * export. Columns: roi, distance, orientation, pairs, the 19 features (haralickFeatureName()), lowPairCount, rangeMin,
 * rangeMax, error. Per ROI and distance: one row per orientation (if options.perOrientation), a MEAN row and, with
 * options.withRange, a RANGE row. roi, distance, orientation, pairs and lowPairCount ("true"/"false") are text cells;
 * features and the range are numbers. Cells without a value are empty text: the features of a matrix without pairs,
 * the MEAN/RANGE of a distance with such a matrix, everything of a ROI that failed (with its message in error), and the
 * range of a failed ROI.
 *
 * messages (may be null) receives, in row order, one line per failed ROI (its status message), per matrix without a
 * pair, and a warning per (ROI, distance) with fewer than kGlcmLowPairCount pairs in some orientation. anyError (may
 * be null) is set to whether some row has an error (a failed ROI or an orientation without pairs). Thread-safe.
 */
MeasurementTable glcmMeasurementTable(const GlcmTable& table, const GlcmRowOptions& options = {},
                                      QStringList* messages = nullptr, bool* anyError = nullptr);

/** The CSV format of tessera-cli glcm and the GUI's GLCM export: Tessera's one table format, CsvOptions(). */
CsvOptions glcmCsvOptions();

/**
 * Every field of params as JSON for the provenance of a GLCM table (TableProvenance::parameters): levels, distances,
 * orientations (names), convention, symmetric (the effective symmetrisation), symmetry ("by-convention", "symmetric",
 * "asymmetric"), range (glcmRangeModeName()) and, for a custom range, rangeMin and rangeMax. The CLI and the GUI write
 * the same object for the same parameters.
 */
QJsonObject glcmParamsJson(const GlcmParams& params);

/**
 * toCsv(glcmMeasurementTable(table, {true, withRange}, messages, anyError), options): the bytes `tessera-cli glcm`
 * writes.
 */
QByteArray glcmCsv(const GlcmTable& table, bool withRange, QStringList* messages = nullptr, bool* anyError = nullptr,
                   const CsvOptions& options = glcmCsvOptions());

} // namespace tessera
