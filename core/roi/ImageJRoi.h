#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tessera {

/**
 * ImageJ ROI files: a single `.roi` (ImageJ's RoiEncoder/RoiDecoder format, big-endian, magic "Iout") and a ROI set,
 * a zip archive of `.roi` entries as ImageJ's ROI Manager writes it (`RoiSet.zip`). docs/roi-files.md lists what is
 * supported; in short:
 *
 * - rectangle → Rectangle, oval → Ellipse, polygon / freehand / traced → Polygon (outline Segments / Freehand /
 *   Traced), line → Line of 2 vertices, polyline / freeline → Line (Segments / Freehand), point → Points; rotated
 *   rectangles and ellipses (freehand subtypes) are read as the polygon ImageJ stores with them.
 * - Coordinates are ImageJ's image coordinates, which are Tessera's (pixel c covers [c, c+1)); subpixel coordinates
 *   (32-bit floats) are read when present and written whenever a coordinate is not a whole number.
 * - Name: the name in the file's second header wins; without one, the file or zip entry name without ".roi" is used
 *   (as ImageJ's RoiDecoder does). Writing stores the name in the header and uses it, made unique, as the entry name.
 * - Stroke colour ↔ Roi::color; C, Z, T position ↔ channel, slice, frame; the plain position ↔ stackPosition;
 *   the ROI property "class" ↔ className (an ImageJ group N without that property reads as class "group N").
 * - Not supported: composite (shape) ROIs, text, image and angle ROIs (refused, or skipped with a warning in a set);
 *   rounded corners, spline fitting, arrow heads, stroke width, fill colour and point counters are dropped with a
 *   warning when read and never written.
 */

/** Reasonable bounds for one ROI file and for a set (zip bombs, absurd vertex counts). */
constexpr qint64 kMaxImageJRoiBytes = qint64(64) << 20;
constexpr int kMaxImageJRoiVertices = 4000000;

/**
 * Decodes one ImageJ `.roi` file. fallbackName (the file or zip entry name; a trailing ".roi" is removed) names the
 * ROI when the file holds no name. Lossy details are appended to warnings when it is not null. Fails with
 * InvalidInput for damaged data (wrong magic, truncated, absurd counts, non-finite coordinates) and Unsupported for
 * ROI kinds Tessera cannot hold; source names the file in messages. Thread-safe.
 */
Expected<Roi> decodeImageJRoi(const QByteArray& data, const QString& fallbackName, const QString& source,
                              QStringList* warnings = nullptr);

/**
 * Encodes roi as an ImageJ `.roi` file (format version 228, ImageJ 1.52t and later). Fails with InvalidInput when a
 * coordinate does not fit ImageJ's 16-bit bounds (−32768…32767) or the ROI has no vertices. Subpixel coordinates
 * are stored as 32-bit floats, so decodeImageJRoi() gives roi back exactly when every coordinate is a float.
 */
Expected<QByteArray> encodeImageJRoi(const Roi& roi);

/** True when data starts like an ImageJ `.roi` file ("Iout"). */
bool isImageJRoi(const QByteArray& data);
/** True when data starts like a zip archive ("PK\3\4", or "PK\5\6" for an empty one). */
bool isZipArchive(const QByteArray& data);

/**
 * Reads an ImageJ ROI set (zip) or a single `.roi` held in data, in file order. In a set, entries not ending in
 * ".roi" and ROIs of unsupported kinds are skipped and named in warnings; a damaged entry fails the whole read,
 * naming it; a set without any `.roi` entry fails.
 */
Expected<std::vector<Roi>> parseImageJRois(const QByteArray& data, const QString& source,
                                           QStringList* warnings = nullptr);

/**
 * The ROI set (zip) of rois: one entry per ROI named after it (characters '/' and '\\' replaced by '_', an empty
 * name by its 1-based index; a clash gets "-1", "-2", … as ImageJ's ROI Manager does), ".roi" appended.
 */
Expected<QByteArray> imageJRoiSet(const std::vector<Roi>& rois);

} // namespace tessera
