#pragma once

#include "core/measure/TableWriter.h"
#include "core/texture/GlcmExport.h"
#include "ui/document/DocumentTypes.h"

#include <QList>
#include <QStringList>

namespace tessera {

class ImageDocument;
struct GlcmResult;

/**
 * The provenance of a table the GUI exports from document's result of kind: program "tessera", the image's file
 * (Image::sourcePath), the plane the result was computed on (its ResultStamp) and the image's calibration. regions
 * and parameters are left empty for the caller.
 */
TableProvenance documentProvenance(const ImageDocument& document, AnalysisKind kind);

/**
 * documentProvenance() for the GLCM table of result: its ROIs as they are now in document (names, classes, shapes;
 * ROIs deleted since the run are left out), glcmParamsJson() of its parameters plus the row options.
 */
TableProvenance glcmProvenance(const ImageDocument& document, const GlcmResult& result, const GlcmRowOptions& rows);

/**
 * The provenance of a pooled GLCM table (the Results table's "All images"): program "tessera", analysis "glcm", no
 * single input; images lists each document (names[i] is its `image` column value) with its file, plane, calibration,
 * ROIs and GLCM parameters; parameters.images the absolute paths (as `tessera-cli run`'s combined tables). The
 * top-level plane, calibration and parameters are those the images share; where they differ, parameters says so
 * ("plane", "calibration", "glcm": "differs between the images; see images[]") and the top level holds the first
 * image's plane and no calibration. checksums[i] is the SHA-256 of documents[i]'s file as it was read
 * (Project::checksum()); where it is missing or empty, the file is hashed when the table is written.
 */
TableProvenance pooledGlcmProvenance(const QList<const ImageDocument*>& documents, const QStringList& names,
                                     const GlcmRowOptions& rows, const QStringList& checksums = {});

} // namespace tessera
