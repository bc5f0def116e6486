#pragma once

#include "core/image/Image.h"

#include <QObject>
#include <QUndoStack>

namespace tessera {

/** 0-based position in the C × Z × T planes of an image. */
struct PlanePosition
{
    int c = 0;
    int z = 0;
    int t = 0;
    bool operator==(const PlanePosition& o) const { return c == o.c && z == o.z && t == o.t; }
    bool operator!=(const PlanePosition& o) const { return !(*this == o); }
};

/**
 * One open image and the state the user works on: the current plane, per-channel display ranges, and the undo
 * stack on which every user action on this document is pushed as one QUndoCommand (ROIs and parameters arrive with
 * later features). Lives on the GUI thread.
 */
class ImageDocument : public QObject
{
    Q_OBJECT

public:
    /** Takes the image (pixel data shared, cv::Mat semantics). Missing display ranges are computed automatically. */
    explicit ImageDocument(Image image, QObject* parent = nullptr);

    const Image& image() const { return m_image; }
    QString fileName() const;

    PlanePosition position() const { return m_position; }
    /** Moves to a plane (clamped to the image's dimensions); emits positionChanged when it changes. */
    void setPosition(PlanePosition position);
    /** The current plane as a cv::Mat view. */
    cv::Mat currentPlane() const { return m_image.plane(m_position.c, m_position.z, m_position.t); }

    /** Display range of channel c (0-based). */
    DisplayRange displayRange(int c) const { return m_displayRanges.value(c); }
    void setDisplayRange(int c, DisplayRange range);

    QUndoStack* undoStack() { return &m_undoStack; }

signals:
    void positionChanged(tessera::PlanePosition position);
    void displayRangeChanged(int channel);

private:
    Image m_image;
    PlanePosition m_position;
    QVector<DisplayRange> m_displayRanges;
    QUndoStack m_undoStack;
};

/**
 * ImageJ-style automatic contrast of one plane: the range that saturates `saturated` (fraction, default 0.35 %) of the
 * pixels in total, half at each end; NaNs ignored; a constant plane gives [v, v + 1]. Pure and thread-safe.
 */
DisplayRange autoDisplayRange(const cv::Mat& plane, double saturated = 0.0035);

} // namespace tessera
