#pragma once

#include "ui/viewer/OverlayLayer.h"
#include "ui/viewer/ViewTool.h"
#include "ui/viewer/ViewTransform.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

namespace tessera {

/**
 * Shows one rendered plane with zoom and pan, like Fiji's canvas: the mouse wheel zooms at the cursor, dragging
 * with the middle button (or the left one when the active tool does not use it) pans, fitToWindow() and
 * zoomActualSize() set the scale. Pixels are drawn as squares (no smoothing) when zoomed in; only the visible part of
 * the image is drawn. Emits the image coordinate under the cursor.
 *
 * Over the image it paints overlay layers (addOverlay(), ordered by z) and then the active ViewTool's feedback; the
 * tool gets mouse and key events first (setTool()).
 *
 * Coordinates: image pixel (c, r) covers [c, c+1) × [r, r+1), x right, y down.
 */
class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget* parent = nullptr);

    /** Replaces the displayed image. The first image (or one of another size) is fitted to the window. */
    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }

    double scale() const { return m_scale; }
    /** The current image → widget mapping. */
    ViewTransform viewTransform() const { return {m_scale, m_origin}; }
    /** The part of the image on screen, in image coordinates (clipped to the image). */
    QRectF visibleImageRect() const;

    /** Adds a layer painted over the image, ordered by z (ascending, ties in insertion order). Not owned; a destroyed
     *  layer is dropped. Repaints when the layer emits changed(). */
    void addOverlay(OverlayLayer* layer, int z = 0);
    void removeOverlay(OverlayLayer* layer);
    /** Layers in painting order. */
    QList<OverlayLayer*> overlays() const;

    /** Sets the interaction tool (not owned; nullptr = pan only). */
    void setTool(ViewTool* tool);
    ViewTool* tool() const { return m_tool; }
    /** Maps a widget position to image coordinates (continuous). */
    QPointF widgetToImage(const QPointF& p) const;
    QPointF imageToWidget(const QPointF& p) const;

public slots:
    void fitToWindow();
    void zoomActualSize();
    void zoomIn();
    void zoomOut();
    /** Sets the scale keeping the image point under anchor (widget coordinates) fixed. */
    void setScale(double scale, const QPointF& anchor);
    /** Pans (same scale) so that imagePoint is at the centre of the widget. */
    void centerOn(const QPointF& imagePoint);

signals:
    /** The pixel under the cursor changed; inside is false when the cursor left the image. */
    void cursorMoved(const QPointF& imagePos, bool inside);
    void scaleChanged(double scale);
    /** setTool() set another tool (nullptr = pan only): tool sets (ROI tools, object tools) show which is active. */
    void toolChanged(tessera::ViewTool* tool);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Overlay
    {
        QPointer<OverlayLayer> layer;
        int z = 0;
    };

    QImage m_image;
    QImage m_displayImage; // m_image as RGB32 (drawn by sub-rectangle without converting the whole image per paint)
    QList<Overlay> m_overlays;
    QPointer<ViewTool> m_tool;
    double m_scale = 1.0;
    QPointF m_origin; // widget position of image point (0, 0)
    bool m_fitMode = true;
    bool m_panning = false;
    QPointF m_panStart;
    QPointF m_originAtPanStart;
};

} // namespace tessera
