#include "ui/roi/tools/RoiTool.h"

#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/tools/RoiToolGeometry.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/RoiOverlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace tessera {

// --- RoiTool ---------------------------------------------------------------------------------------------------------

RoiTool::RoiTool(RoiTools& tools, QObject* parent) : ViewTool(parent), m_tools(tools) {}

ImageDocument* RoiTool::document() const
{
    return m_tools.document();
}

QPen RoiTool::feedbackPen()
{
    QPen pen(QColor(255, 255, 0), 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

bool RoiTool::keyPress(ImageView& view, QKeyEvent* event)
{
    Q_UNUSED(view)
    ImageDocument* doc = document();
    if (!doc) {
        return false;
    }
    QPointF delta;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = QPointF(-step, 0);
        break;
    case Qt::Key_Right:
        delta = QPointF(step, 0);
        break;
    case Qt::Key_Up:
        delta = QPointF(0, -step);
        break;
    case Qt::Key_Down:
        delta = QPointF(0, step);
        break;
    default:
        return false;
    }
    const RoiIdList ids = doc->selectedRoiIds();
    if (ids.isEmpty()) {
        return false;
    }
    // A held key (auto-repeat) continues the gesture: one undo step per key hold.
    if (!event->isAutoRepeat() || m_nudgeGesture == 0) {
        m_nudgeGesture = newGestureId();
    }
    doc->undoStack()->push(new MoveRoisCommand(doc, ids, delta, m_nudgeGesture));
    m_tools.checkInside(ids);
    return true;
}

// --- ShapeTool -------------------------------------------------------------------------------------------------------

ShapeTool::ShapeTool(RoiTools& tools, RoiShape shape, QObject* parent) : RoiTool(tools, parent), m_shape(shape) {}

Roi ShapeTool::shapeRoi(const QRectF& box) const
{
    return m_shape == RoiShape::Ellipse ? Roi::ellipse(QString(), box.x(), box.y(), box.width(), box.height())
                                        : Roi::rectangle(QString(), box.x(), box.y(), box.width(), box.height());
}

bool ShapeTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    if (event->button() != Qt::LeftButton || !document()) {
        return false;
    }
    if (m_tools.isFixedSize()) {
        const QSize size = m_tools.fixedSize();
        m_tools.addRoi(shapeRoi(RoiToolGeometry::fixedBox(imagePos, size.width(), size.height())));
        return true;
    }
    m_dragging = true;
    m_square = event->modifiers() & Qt::ShiftModifier;
    m_start = imagePos;
    m_current = imagePos;
    emit changed();
    return true;
}

bool ShapeTool::mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    if (m_dragging) {
        m_current = imagePos;
        m_square = event->modifiers() & Qt::ShiftModifier;
        emit changed();
        return true;
    }
    if (m_tools.isFixedSize()) {
        m_hovering = true;
        m_hover = imagePos;
        emit changed();
    }
    return false;
}

bool ShapeTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    if (!m_dragging || event->button() != Qt::LeftButton) {
        return false;
    }
    m_dragging = false;
    const QRectF box = RoiToolGeometry::dragBox(m_start, imagePos, event->modifiers() & Qt::ShiftModifier);
    emit changed();
    if (ImageDocument* doc = document()) {
        if (box.width() >= 1.0 && box.height() >= 1.0) {
            m_tools.addRoi(shapeRoi(box));
        } else {
            doc->clearSelection(); // a click without a drag deselects, as in ImageJ
        }
    }
    return true;
}

bool ShapeTool::keyPress(ImageView& view, QKeyEvent* event)
{
    if (m_dragging && event->key() == Qt::Key_Escape) {
        m_dragging = false;
        emit changed();
        return true;
    }
    return RoiTool::keyPress(view, event);
}

void ShapeTool::paint(QPainter& painter, const ViewTransform& t)
{
    QRectF box;
    if (m_dragging) {
        box = RoiToolGeometry::dragBox(m_start, m_current, m_square);
    } else if (m_hovering && m_tools.isFixedSize()) {
        const QSize size = m_tools.fixedSize();
        box = RoiToolGeometry::fixedBox(m_hover, size.width(), size.height());
    } else {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(feedbackPen());
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(t.transform().map(RoiOverlay::roiPath(shapeRoi(box))));
}

void ShapeTool::setActive(bool active)
{
    Q_UNUSED(active)
    m_dragging = false;
    m_hovering = false;
    emit changed();
}

void ShapeTool::clearHover()
{
    if (m_hovering) {
        m_hovering = false;
        emit changed();
    }
}

// --- PolygonTool -----------------------------------------------------------------------------------------------------

PolygonTool::PolygonTool(RoiTools& tools, QObject* parent) : RoiTool(tools, parent) {}

bool PolygonTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    if (event->button() != Qt::LeftButton || !document()) {
        return false;
    }
    const QPointF p = RoiToolGeometry::snap(imagePos);
    // A click on the first vertex closes the polygon.
    if (m_vertices.size() >= 3) {
        const QPointF d = view.imageToWidget(m_vertices.front()) - view.imageToWidget(imagePos);
        if (std::abs(d.x()) <= RoiOverlay::kHandleSize && std::abs(d.y()) <= RoiOverlay::kHandleSize) {
            finish();
            return true;
        }
    }
    if (m_vertices.empty() || m_vertices.back() != p) {
        m_vertices.push_back(p);
    }
    m_hover = imagePos;
    emit changed();
    return true;
}

bool PolygonTool::mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    Q_UNUSED(event)
    m_hover = imagePos;
    if (!m_vertices.empty()) {
        emit changed();
        return true;
    }
    return false;
}

bool PolygonTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    Q_UNUSED(imagePos)
    return event->button() == Qt::LeftButton && !m_vertices.empty();
}

bool PolygonTool::mouseDoubleClick(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    if (event->button() != Qt::LeftButton || !document()) {
        return false;
    }
    const QPointF p = RoiToolGeometry::snap(imagePos);
    if (m_vertices.empty() || m_vertices.back() != p) {
        m_vertices.push_back(p);
    }
    finish();
    return true;
}

bool PolygonTool::keyPress(ImageView& view, QKeyEvent* event)
{
    if (m_vertices.empty()) {
        return RoiTool::keyPress(view, event);
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Backspace:
        m_vertices.pop_back();
        emit changed();
        return true;
    default:
        return false;
    }
}

void PolygonTool::finish()
{
    std::vector<QPointF> vertices;
    vertices.swap(m_vertices);
    emit changed();
    if (vertices.size() < 3) {
        emit m_tools.message(tr("A polygon needs at least 3 vertices."), 5000);
        return;
    }
    m_tools.addRoi(Roi::polygon(QString(), std::move(vertices)));
}

void PolygonTool::cancel()
{
    m_vertices.clear();
    emit changed();
}

void PolygonTool::paint(QPainter& painter, const ViewTransform& t)
{
    if (m_vertices.empty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(feedbackPen());
    QPolygonF line;
    for (const QPointF& v : m_vertices) {
        line << t.toWidget(v);
    }
    line << t.toWidget(m_hover);
    painter.drawPolyline(line);
    painter.setPen(QPen(QColor(255, 255, 0), 1.0));
    painter.setBrush(Qt::NoBrush);
    const double h = RoiOverlay::kHandleSize / 2;
    for (const QPointF& v : m_vertices) {
        const QPointF w = t.toWidget(v);
        painter.drawRect(QRectF(w.x() - h, w.y() - h, 2 * h, 2 * h));
    }
}

void PolygonTool::setActive(bool active)
{
    Q_UNUSED(active)
    cancel();
}

// --- FreehandTool ----------------------------------------------------------------------------------------------------

FreehandTool::FreehandTool(RoiTools& tools, QObject* parent) : RoiTool(tools, parent), m_trace(*this) {}

bool FreehandTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    if (event->button() != Qt::LeftButton || !document()) {
        return false;
    }
    m_trace.start(imagePos);
    return true;
}

bool FreehandTool::mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    Q_UNUSED(event)
    return m_trace.move(imagePos);
}

bool FreehandTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    const std::optional<std::vector<QPointF>> trace = m_trace.release(event, imagePos);
    if (!trace) {
        return false;
    }
    std::vector<QPointF> vertices = TraceGesture::closedOutline(view, *trace);
    if (vertices.size() < 3) {
        if (ImageDocument* doc = document()) {
            doc->clearSelection(); // a click without a drag deselects
        }
        return true;
    }
    m_tools.addRoi(Roi::polygon(QString(), std::move(vertices)));
    return true;
}

bool FreehandTool::keyPress(ImageView& view, QKeyEvent* event)
{
    return m_trace.cancelOnEscape(event) || RoiTool::keyPress(view, event);
}

void FreehandTool::paint(QPainter& painter, const ViewTransform& t)
{
    const QPolygonF line = m_trace.polyline(t, false);
    if (line.isEmpty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(feedbackPen());
    painter.drawPolyline(line);
}

void FreehandTool::setActive(bool active)
{
    Q_UNUSED(active)
    m_trace.reset();
}

} // namespace tessera
