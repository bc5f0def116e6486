#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/roi/tools/TraceGesture.h"
#include "ui/viewer/ViewTool.h"

#include <QCoreApplication>

namespace tessera {

class RoiTools;

/**
 * Base of the ROI tools: access to the window's RoiTools (document, class, fixed size, addRoi()) and the behaviour all
 * tools share while idle: the arrow keys nudge the selected ROIs by 1 pixel (Shift: 10); nudges while a key repeats are
 * one undo step.
 */
class RoiTool : public ViewTool
{
    Q_OBJECT

public:
    explicit RoiTool(RoiTools& tools, QObject* parent = nullptr);
    bool keyPress(ImageView& view, QKeyEvent* event) override;

protected:
    ImageDocument* document() const;
    /** Pen for transient feedback (rubber bands, shapes in progress). */
    static QPen feedbackPen();

    RoiTools& m_tools;

private:
    quint64 m_nudgeGesture = 0;
};

/**
 * Rectangle or ellipse: drag from corner to corner (Shift: square / circle), corners snapped to pixel edges. In
 * fixed-size mode a click places a W × H crop centred on the cursor (RoiToolGeometry::fixedBox()), previewed under the
 * cursor. Esc cancels a drag.
 */
class ShapeTool : public RoiTool
{
    Q_OBJECT

public:
    ShapeTool(RoiTools& tools, RoiShape shape, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    void paint(QPainter& painter, const ViewTransform& t) override;
    void setActive(bool active) override;
    /** The cursor left the view: drop the fixed-size preview. */
    void clearHover();

private:
    Roi shapeRoi(const QRectF& box) const;

    RoiShape m_shape;
    bool m_dragging = false;
    bool m_square = false;
    QPointF m_start;
    QPointF m_current;
    bool m_hovering = false;
    QPointF m_hover;
};

/**
 * Polygon: each click adds a vertex (snapped to whole pixels); double-click, Enter or a click on the first vertex
 * closes it; Backspace removes the last vertex; Esc cancels.
 */
class PolygonTool : public RoiTool
{
    Q_OBJECT

public:
    explicit PolygonTool(RoiTools& tools, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseDoubleClick(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    void paint(QPainter& painter, const ViewTransform& t) override;
    void setActive(bool active) override;
    int vertexCount() const { return int(m_vertices.size()); }

private:
    void finish();
    void cancel();

    std::vector<QPointF> m_vertices;
    QPointF m_hover;
};

/**
 * Freehand: drag a closed outline; on release the trace is simplified (Douglas–Peucker, tolerance one screen pixel but
 * at least half an image pixel) and snapped to whole pixels. Esc cancels.
 */
class FreehandTool : public RoiTool
{
    Q_OBJECT

public:
    explicit FreehandTool(RoiTools& tools, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    void paint(QPainter& painter, const ViewTransform& t) override;
    void setActive(bool active) override;

private:
    TraceGesture m_trace;
};

} // namespace tessera
