#include "ui/roi/tools/TraceGesture.h"

#include "ui/roi/tools/RoiToolGeometry.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/ViewTool.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

namespace tessera {

void TraceGesture::start(const QPointF& imagePos)
{
    m_drawing = true;
    m_trace = {imagePos};
    emit m_tool.changed();
}

bool TraceGesture::move(const QPointF& imagePos)
{
    if (!m_drawing) {
        return false;
    }
    if (m_trace.back() != imagePos) {
        m_trace.push_back(imagePos);
        emit m_tool.changed();
    }
    return true;
}

std::optional<std::vector<QPointF>> TraceGesture::release(const QMouseEvent* event, const QPointF& imagePos)
{
    if (!m_drawing || event->button() != Qt::LeftButton) {
        return std::nullopt;
    }
    m_drawing = false;
    std::vector<QPointF> trace;
    trace.swap(m_trace);
    if (trace.back() != imagePos) {
        trace.push_back(imagePos);
    }
    emit m_tool.changed();
    return trace;
}

bool TraceGesture::cancelOnEscape(const QKeyEvent* event)
{
    if (!m_drawing || event->key() != Qt::Key_Escape) {
        return false;
    }
    reset();
    return true;
}

void TraceGesture::reset()
{
    m_drawing = false;
    m_trace.clear();
    emit m_tool.changed();
}

QPolygonF TraceGesture::polyline(const ViewTransform& t, bool closed) const
{
    QPolygonF line;
    if (!m_drawing) {
        return line;
    }
    for (const QPointF& v : m_trace) {
        line << t.toWidget(v);
    }
    if (closed && line.size() > 2) {
        line << line.first();
    }
    return line;
}

std::vector<QPointF> TraceGesture::closedOutline(const ImageView& view, const std::vector<QPointF>& trace)
{
    const double tolerance = std::max(0.5, 1.0 / view.scale());
    return RoiToolGeometry::simplifyClosedTrace(trace, tolerance);
}

} // namespace tessera
