#pragma once

#include "core/measure/TableWriter.h"
#include "core/texture/GlcmExport.h"
#include "ui/document/DocumentTypes.h"

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

} // namespace tessera
