#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/texture/Glcm.h"
#include "core/threshold/LocalThreshold.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace tessera {

class TaskContext;

/** The first version of the session format; readSession() refuses any other. */
constexpr int kSessionFormatVersion = 1;

/** A ROI class of a session: unique non-empty name and colour "#rrggbb". */
struct SessionClass
{
    QString name;
    QString color = QStringLiteral("#ffff00");
    bool operator==(const SessionClass& o) const { return name == o.name && color == o.color; }
};

/** Display settings of one channel (as the GUI's ChannelView). */
struct SessionChannelView
{
    double min = 0.0; ///< display range in pixel values
    double max = 0.0;
    QString lut = QStringLiteral("Grays");
    QString color = QStringLiteral("#ffffff"); ///< "#rrggbb", the channel's colour in the composite view
    bool visible = true;
    bool operator==(const SessionChannelView& o) const
    {
        return min == o.min && max == o.max && lut == o.lut && color == o.color && visible == o.visible;
    }
};

/** The view state of one image. */
struct SessionView
{
    std::vector<SessionChannelView> channels; ///< one per channel, or empty (= automatic display)
    bool composite = false;
    bool inverted = false;
    bool roiNamesShown = true;
    std::optional<double> zoom;    ///< viewer scale (screen pixels per image pixel), when known
    std::optional<QPointF> center; ///< image point at the viewer's centre, when known
    bool operator==(const SessionView& o) const
    {
        return channels == o.channels && composite == o.composite && inverted == o.inverted &&
               roiNamesShown == o.roiNamesShown && zoom == o.zoom && center == o.center;
    }
};

/** A 0-based plane (c, z, t). */
struct SessionPlane
{
    int c = 0;
    int z = 0;
    int t = 0;
    bool operator==(const SessionPlane& o) const { return c == o.c && z == o.z && t == o.t; }
};

/** One image of a session and everything the user did with it. */
struct SessionImage
{
    /**
     * Absolute path of the image. writeSession() stores it and also the path relative to the session's folder;
     * readSession() sets it to the relative path resolved against the session's folder when that file exists, else
     * to the stored absolute path (which may not exist: see imageFound).
     */
    QString path;
    bool imageFound = true;     ///< read only: path exists
    QString storedRelativePath; ///< read only: as stored (empty when none)
    QString storedAbsolutePath; ///< read only: as stored
    QString sha256;             ///< lowercase hex SHA-256 of the image file (sha256OfFile()); may be empty
    int width = 0;              ///< image size, > 0; the layers must have it
    int height = 0;
    int channels = 1;
    int slices = 1;
    int frames = 1;
    SessionPlane plane; ///< the current plane
    std::vector<SessionClass> classes;
    std::vector<Roi> rois; ///< in document order
    SessionView view;
    std::optional<GlcmParams> glcm;
    std::optional<SegmentationParams> segmentation;
    std::optional<LocalThresholdParams> localThreshold;
    /** Free-form settings per panel (e.g. "threshold" → the threshold panel's settings), written and read as is. */
    QJsonObject panels;
    cv::Mat maskLayer; ///< empty, or CV_8U width × height (0 / 255)
    SessionPlane maskPlane;
    cv::Mat labelLayer; ///< empty, or CV_32S width × height, 0 = background, labels 1..labelCount
    int labelCount = 0;
    SessionPlane labelPlane;
};

/**
 * A Tessera session (a `.tessera` file): one or more images with their ROIs, classes, view state, analysis
 * parameters and mask/label layers. The JSON schema is documented in docs/session.md. Value type.
 */
struct Session
{
    std::vector<SessionImage> images;
    QString generator; ///< free text naming the program that wrote it (e.g. "Tessera 0.3"); informational
    /** Index (0-based) of the image the window showed when saved (the current image); 0 in files without one. */
    int current = 0;
};

/**
 * Writing and reading sessions. The JSON goes to path; the layers to TIFF files (Deflate-compressed, 8-bit mask,
 * 32-bit signed labels) in the folder path + ".d" (e.g. `cells.tessera.d/image-1-labels.tif`), written first, each
 * atomically; the JSON last, atomically (QSaveFile), so a failed save leaves the previous JSON intact. Layer files of
 * earlier saves that the new JSON no longer names are removed afterwards.
 *
 * Reading checks everything: JSON syntax, "format" and "version" (a newer version is refused with a message saying
 * so), every required field and every type, value ranges (plane inside the image, class colours, parameters via their
 * validate()), and that layer files exist, decode, and have the image's size and the right type; every error is an
 * InvalidInput or IoError Status naming the file and the JSON path of the problem (e.g. `images[0].rois[3]`).
 * Thread safety: reentrant; independent calls may run in parallel.
 */
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SessionFile)

public:
    /** The file name extension: "tessera". */
    static QString extension() { return QStringLiteral("tessera"); }
    /** The folder holding the layers of the session at path: path + ".d". */
    static QString layerFolder(const QString& sessionPath);

    /** Writes session to path (see above). Images need width/height > 0 and layers of that size. */
    static Status write(const Session& session, const QString& path);
    /** Reads the session at path (see above). */
    static Expected<Session> read(const QString& path);

    /** The JSON document of session as write() stores it; layer file names are derived from sessionPath. */
    static QJsonObject toJson(const Session& session, const QString& sessionPath);
    /**
     * Parses the JSON of a session file (without its layers: layer entries are checked but not loaded; see read()).
     * sessionPath resolves relative paths and names the file in messages.
     */
    static Expected<Session> fromJson(const QByteArray& json, const QString& sessionPath);

    /** Layer files named by one image entry (absolute paths; empty = none). */
    struct PendingLayers
    {
        QString mask;
        QString labels;
    };

private:
    static Expected<Session> parse(const QByteArray& json, const QString& sessionPath,
                                   std::vector<PendingLayers>* layers);
};

/**
 * SHA-256 of the file at path as 64 lowercase hex digits, read in 1 MiB blocks; task (may be null) is polled between
 * blocks for cancellation and gets progress. IoError naming path when it cannot be read. Thread-safe.
 */
Expected<QString> sha256OfFile(const QString& path, TaskContext* task = nullptr);

} // namespace tessera
