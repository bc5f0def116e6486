#include "ui/objects/ObjectTools.h"

#include "ui/objects/ObjectEditor.h"
#include "ui/viewer/ImageView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace tessera {

ObjectSelectTool::ObjectSelectTool(ObjectEditor& editor, QObject* parent) : ViewTool(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("objectSelectTool"));
}

bool ObjectSelectTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    ImageDocument* doc = m_editor.document();
    if (event->button() != Qt::LeftButton || !doc || !doc->hasLabelLayer()) {
        return false;
    }
    const int label = m_editor.objectAt(imagePos);
    QSet<int> selection = doc->selectedObjects();
    if (event->modifiers() & Qt::ControlModifier) {
        if (label > 0 && !selection.remove(label)) {
            selection.insert(label);
        }
    } else if (event->modifiers() & Qt::ShiftModifier) {
        if (label > 0) {
            selection.insert(label);
        }
    } else {
        selection.clear();
        if (label > 0) {
            selection.insert(label);
        }
    }
    doc->setSelectedObjects(selection);
    return true;
}

bool ObjectSelectTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    Q_UNUSED(imagePos)
    return event->button() == Qt::LeftButton && m_editor.document() && m_editor.document()->hasLabelLayer();
}

bool ObjectSelectTool::overridesShortcut(const QKeyEvent* event) const
{
    return event->modifiers() == Qt::NoModifier &&
           (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape);
}

bool ObjectSelectTool::keyPress(ImageView& view, QKeyEvent* event)
{
    Q_UNUSED(view)
    ImageDocument* doc = m_editor.document();
    if (!doc || !overridesShortcut(event)) {
        return false;
    }
    if (event->key() == Qt::Key_Escape) {
        doc->setSelectedObjects({});
    } else {
        m_editor.deleteSelected();
    }
    return true;
}

ObjectTraceTool::ObjectTraceTool(ObjectEditor& editor, bool closed, QObject* parent)
    : ViewTool(parent), m_editor(editor), m_closed(closed), m_trace(*this)
{}

bool ObjectTraceTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    ImageDocument* doc = m_editor.document();
    if (event->button() != Qt::LeftButton || !doc || !doc->hasLabelLayer()) {
        return false;
    }
    m_trace.start(imagePos);
    return true;
}

bool ObjectTraceTool::mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    Q_UNUSED(event)
    return m_trace.move(imagePos);
}

bool ObjectTraceTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    std::optional<std::vector<QPointF>> trace = m_trace.release(event, imagePos);
    if (!trace) {
        return false;
    }
    finish(view, std::move(*trace));
    return true;
}

bool ObjectTraceTool::overridesShortcut(const QKeyEvent* event) const
{
    return event->modifiers() == Qt::NoModifier &&
           (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace ||
            (m_trace.isDrawing() && event->key() == Qt::Key_Escape));
}

bool ObjectTraceTool::keyPress(ImageView& view, QKeyEvent* event)
{
    Q_UNUSED(view)
    if (m_trace.cancelOnEscape(event)) {
        return true;
    }
    if (overridesShortcut(event)) {
        m_editor.deleteSelected();
        return true;
    }
    return false;
}

void ObjectTraceTool::paint(QPainter& painter, const ViewTransform& t)
{
    const QPolygonF line = m_trace.polyline(t, m_closed);
    if (line.isEmpty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::black, 3.0));
    painter.drawPolyline(line);
    painter.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
    painter.drawPolyline(line);
}

void ObjectTraceTool::setActive(bool active)
{
    Q_UNUSED(active)
    m_trace.reset();
}

ObjectSplitTool::ObjectSplitTool(ObjectEditor& editor, QObject* parent) : ObjectTraceTool(editor, false, parent)
{
    setObjectName(QStringLiteral("objectSplitTool"));
}

void ObjectSplitTool::finish(ImageView& view, std::vector<QPointF> trace)
{
    Q_UNUSED(view)
    if (trace.size() < 2) {
        return; // a click, not a line
    }
    m_editor.splitAlong(trace);
}

ObjectDrawTool::ObjectDrawTool(ObjectEditor& editor, QObject* parent) : ObjectTraceTool(editor, true, parent)
{
    setObjectName(QStringLiteral("objectDrawTool"));
}

void ObjectDrawTool::finish(ImageView& view, std::vector<QPointF> trace)
{
    std::vector<QPointF> vertices = TraceGesture::closedOutline(view, trace);
    if (vertices.size() < 3) {
        return;
    }
    m_editor.drawObject(vertices);
}

} // namespace tessera
