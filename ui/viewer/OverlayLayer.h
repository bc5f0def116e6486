#pragma once

#include "ui/viewer/ViewTransform.h"

#include <QObject>

class QPainter;

namespace tessera {

/** Stacking order of the standard layers (ImageView::addOverlay()'s z): masks under labels under ROIs. */
enum class OverlayZ : int
{
    ThresholdMask = 100, ///< threshold preview / applied mask (issue 9)
    Labels = 200,        ///< segmentation outlines and numbers (issue 9)
    Seeds = 300,         ///< watershed seeds (issue 9)
    Rois = 400,          ///< RoiOverlay
};

/**
 * One layer drawn by ImageView over the image, from document state: ROIs now, later the threshold mask, labels and
 * seeds. ImageView paints its layers in order of z (ascending; ties in insertion order) after the image and before the
 * active tool. A layer draws only what intersects visibleImageRect and emits changed() when it must be repainted
 * (typically connected to the document signals it depends on).
 *
 * Subclass it in the feature's folder (e.g. ui/segmentation/LabelOverlay) and add it with ImageView::addOverlay().
 */
class OverlayLayer : public QObject
{
    Q_OBJECT

public:
    explicit OverlayLayer(QObject* parent = nullptr) : QObject(parent) {}

    /**
     * Paints the layer. painter is in widget coordinates (no transform set: map geometry with t, so pen widths and text
     * stay in screen pixels at every zoom); visibleImageRect is the part of the image currently on screen, in image
     * coordinates.
     */
    virtual void paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect) = 0;

    bool isVisible() const { return m_visible; }
    /** Shows or hides the layer (View menu toggles); emits changed(). */
    void setVisible(bool visible)
    {
        if (visible != m_visible) {
            m_visible = visible;
            emit changed();
        }
    }

signals:
    /** The layer must be repainted. */
    void changed();

private:
    bool m_visible = true;
};

} // namespace tessera
