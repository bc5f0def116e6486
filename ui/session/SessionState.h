#pragma once

#include "core/session/Session.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

class ImageDocument;
class ImageView;

/**
 * The document ↔ session bridge: what of an ImageDocument a session stores, and how a stored session is put back.
 * GUI thread only (reads and writes a live document).
 */
class SessionState
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SessionState)

public:
    /**
     * The session image of document: image path (Image::sourcePath) and size, sha256 as given, ROIs, classes,
     * plane, view state (and the zoom / centre of view when given), the GLCM, segmentation and threshold parameters
     * (ThresholdSettings go to panels "threshold" and its local parameters to localThreshold), mask and label layers
     * (shared, not copied).
     */
    static SessionImage capture(const ImageDocument& document, const QString& sha256, const ImageView* view = nullptr);

    /**
     * Checks that session fits document's image (same width, height, channels, slices, frames); InvalidInput with a
     * message saying what differs otherwise.
     */
    static Status checkFits(const ImageDocument& document, const SessionImage& session);

    /**
     * Puts session into document (a freshly opened one: ROIs and classes are replaced, not added, and no undo steps
     * are made): classes, ROIs, parameters, layers, view state and plane. Call checkFits() first.
     */
    static void apply(ImageDocument& document, const SessionImage& session);

    /** Sets view's zoom and centre from session.view when present (after the viewer shows the image). */
    static void applyZoom(ImageView& view, const SessionView& session);

    /** ThresholdSettings without the local parameters ↔ the JSON of panels "threshold" (docs/session.md). */
    static QJsonObject thresholdToJson(const ThresholdSettings& settings);
    /** Missing or malformed fields keep the defaults of ThresholdSettings (the panel checks levels itself). */
    static ThresholdSettings thresholdFromJson(const QJsonObject& json, const LocalThresholdParams& local);
};

} // namespace tessera
