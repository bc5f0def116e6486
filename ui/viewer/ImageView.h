#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace tessera {

/**
 * Shows one rendered plane with zoom and pan, like Fiji's canvas: the mouse wheel zooms at the cursor, dragging
 * with the left or middle button pans, fitToWindow() and zoomActualSize() set the scale. Pixels are drawn as
 * squares (no smoothing) when zoomed in. Emits the image coordinate under the cursor.
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

signals:
    /** The pixel under the cursor changed; inside is false when the cursor left the image. */
    void cursorMoved(const QPointF& imagePos, bool inside);
    void scaleChanged(double scale);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QImage m_image;
    double m_scale = 1.0;
    QPointF m_origin; // widget position of image point (0, 0)
    bool m_fitMode = true;
    bool m_panning = false;
    QPointF m_panStart;
    QPointF m_originAtPanStart;
};

} // namespace tessera
