#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace tessera {

/**
 * ROI files, the format `tessera-cli glcm --rois` reads and the GUI's ROI manager imports and exports.
 *
 * JSON: {"rois": [{"name": "a", "x": 0, "y": 0, "w": 50, "h": 50, "shape": "rect", "class": "cell"}, ...]}.
 * "shape" is optional ("rect"/"rectangle" (default), "ellipse"/"oval" or "polygon"); "class" is optional. A polygon
 * also has "points": [[x, y], ...] (at least 3) in pixel coordinates; its x, y, w, h are its bounding box and are
 * not used when reading. Coordinates are pixels as in Roi (top-left corner of the top-left pixel is 0, 0).
 *
 * CSV: lines "name,x,y,w,h[,shape]" with shape rect or ellipse; an optional header line starting with "name";
 * empty lines and lines starting with '#' are skipped. CSV has no classes and no polygons.
 */

/** "NAME=X,Y,W,H" → Roi of shape; the name is everything before the last '='; W, H must be > 0. */
Expected<Roi> parseRoiSpec(const QString& spec, RoiShape shape);

/** Parses the contents of a ROI file (JSON when it starts with '{', else CSV); source names it in error messages. */
Expected<std::vector<Roi>> parseRoiFile(const QByteArray& data, const QString& source);

/** Reads a ROI file (see parseRoiFile()); a missing or unreadable file is an IoError naming path. */
Expected<std::vector<Roi>> readRoiFile(const QString& path);

/** One entry of the JSON form above → Roi; source names the file in error messages. Sessions use it too. */
Expected<Roi> roiFromJson(const QJsonObject& entry, const QString& source);

/** The JSON entry of roi (the form above); roiFromJson() of it gives roi back exactly. */
QJsonObject roiToJson(const Roi& roi);

/** The JSON ROI file of rois (UTF-8, indented); parseRoiFile() of it gives rois back exactly. */
QByteArray roiFileJson(const std::vector<Roi>& rois);

/** Writes roiFileJson(rois) to path atomically (QSaveFile): on failure the old file is untouched. */
Status writeRoiFile(const QString& path, const std::vector<Roi>& rois);

} // namespace tessera
