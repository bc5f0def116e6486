#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/measure/MeasurementTable.h"
#include "core/roi/Roi.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace tessera {

/**
 * One image of a pooled table (rows of several images told apart by an `image` column): written in the provenance's
 * "images" array with the SHA-256 of its file (docs/tables.md, "Pooled tables"). A value type.
 */
struct TableImage
{
    QString name;    ///< the value of the table's `image` column for this image's rows
    QString path;    ///< the image file (written absolute); empty = none (then path and sha256 are null)
    QString sha256;  ///< SHA-256 of path (lowercase hex) when the caller has it; empty: the file is hashed on writing
    int channel = 0; ///< 0-based plane the image's rows were computed on (written 1-based)
    int slice = 0;
    int frame = 0;
    Calibration calibration;
    QJsonObject regions;    ///< as TableProvenance::regions, for this image
    QJsonObject parameters; ///< as TableProvenance::parameters, for this image
};

/**
 * Where a table came from, written beside it as the provenance sidecar NAME.csv.json (or as a '#' comment header).
 * The schema (version kTableProvenanceSchemaVersion) is documented in docs/tables.md. A value type.
 */
struct TableProvenance
{
    QString program;   ///< what wrote the table: "tessera-cli glcm", "tessera-cli segment", "tessera"
    QString analysis;  ///< "glcm", "segmentation", "measurements"
    QString inputPath; ///< the image file the table was computed from (written absolute); empty = none
    /**
     * The SHA-256 of inputPath (lowercase hex) when the caller already has it (several tables of one image hash it
     * once); empty: provenanceJson() reads the file to hash it.
     */
    QString inputSha256;
    int channel = 0; ///< 0-based plane (written 1-based, as everywhere the user sees it)
    int slice = 0;
    int frame = 0;
    Calibration calibration;
    QJsonObject regions;            ///< roiRegions(), segmentationRegions() or wholeImageRegions()
    QJsonObject parameters;         ///< every parameter that produced the table (e.g. glcmParamsJson())
    QStringList commandLine;        ///< the arguments of a tessera-cli run (empty for the GUI)
    std::vector<TableImage> images; ///< a pooled table's images, in row order (empty: a table of one input)
};

/** The version of the provenance schema written in "schemaVersion". Raised on any incompatible change. */
constexpr int kTableProvenanceSchemaVersion = 2;

/**
 * regions for a table of ROIs: {"source": "rois", "rois": [...] (as in a ROI file, core/roi/RoiFile.h)} plus
 * "roiFile": {"path": absolute path, "sha256": hex or null} when roiFilePath is not empty.
 */
QJsonObject roiRegions(const std::vector<Roi>& rois, const QString& roiFilePath = QString());
/** regions for a table of segmented objects: {"source": "segmentation"} (the parameters say how). */
QJsonObject segmentationRegions();
/** regions for a table of the whole plane as one region: {"source": "image"}. */
QJsonObject wholeImageRegions();

/** Where the provenance of a table goes. */
enum class ProvenanceMode
{
    Sidecar,       ///< NAME.csv.json beside the CSV (default); none when the CSV goes to standard output or a pipe
    CommentHeader, ///< '#' lines before the CSV header holding the same JSON (no sidecar)
    None,          ///< no provenance
};

/** How writeTable() writes a table: the CSV dialect and where the provenance goes. */
struct TableWriteOptions
{
    CsvOptions csv;
    ProvenanceMode provenance = ProvenanceMode::Sidecar;

    bool operator==(const TableWriteOptions& o) const { return csv == o.csv && provenance == o.provenance; }
    bool operator!=(const TableWriteOptions& o) const { return !(*this == o); }
};

/** The sidecar of a CSV file: csvPath + ".json" ("cells.csv" → "cells.csv.json"). */
QString provenanceSidecarPath(const QString& csvPath);

/**
 * The provenance document of table (docs/tables.md): schema, schemaVersion, tessera {version, program}, created (UTC,
 * ISO 8601), commandLine, analysis, input {path, sha256 (null when the file cannot be read now)}, plane {channel,
 * slice, frame} (1-based), calibration, regions, parameters, for a pooled table images [{image, path, sha256, plane,
 * calibration, regions, parameters}] (each file hashed now unless its TableImage::sha256 is given), and table {file,
 * sha256, rows, columns [{header, name, unit, description}], format {encoding, separator, decimal, lineBreak, nan,
 * infinity}}. table.file and table.sha256 are left out when csvFileName / csvBytes are empty (the comment header cannot
 * hold its own hash). Reads the input file to hash it unless provenance.inputSha256 is given. Non-finite numbers in
 * parameters are null (e.g. "no upper limit").
 */
QJsonObject provenanceJson(const TableProvenance& provenance, const MeasurementTable& table, const CsvOptions& csv,
                           const QString& csvFileName = QString(), const QByteArray& csvBytes = QByteArray());

/**
 * The bytes of a table as written to standard output or a pipe: toCsv(table, options.csv), preceded by the comment
 * header when options.provenance is CommentHeader (each line of the indented provenance JSON prefixed by "# "). A
 * sidecar is never written here. Options must be valid (options.csv.validate()).
 */
QByteArray tableBytes(const MeasurementTable& table, const TableWriteOptions& options,
                      const TableProvenance& provenance);

/**
 * The one way Tessera writes a table file: tableBytes() to path and, with ProvenanceMode::Sidecar, the provenance
 * JSON (with the CSV's SHA-256) to provenanceSidecarPath(path). Both files are written atomically (QSaveFile): the CSV
 * is committed first, then the sidecar, so a failure leaves no new sidecar beside an old CSV; an old sidecar beside a
 * new CSV is detectable by its table.sha256. Fails with StatusCode::InvalidInput for bad options and IoError naming
 * the file otherwise. Thread-safe for different paths.
 */
Status writeTable(const MeasurementTable& table, const QString& path, const TableWriteOptions& options,
                  const TableProvenance& provenance);

} // namespace tessera
