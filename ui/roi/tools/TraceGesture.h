#pragma once

#include "ui/viewer/ViewTransform.h"

#include <QPointF>
#include <QPolygonF>

#include <optional>
#include <vector>

class QKeyEvent;
class QMouseEvent;

namespace tessera {

class ImageView;
class ViewTool;

/**
 * The press–drag–release state machine of a traced line, shared by the freehand ROI tool and the object split and
 * draw tools. start() (on a left press the tool accepts) begins a trace at the cursor, move() appends each new cursor
 * position, release() of the left button ends it with the release position; Esc (cancelOnEscape()) or the tool being
 * activated or deactivated (reset()) drops it. Every change of what is drawn emits the owning tool's
 * ViewTool::changed(), so the view repaints the feedback. Image coordinates throughout.
 */
class TraceGesture
{
public:
    /** tool: the tool whose changed() is emitted; it must outlive the gesture (usually its owner). */
    explicit TraceGesture(ViewTool& tool) : m_tool(tool) {}

    bool isDrawing() const { return m_drawing; }

    /** Starts a new trace at imagePos (the tool has checked the button and that there is something to trace on). */
    void start(const QPointF& imagePos);
    /** While drawing, appends imagePos unless the cursor has not moved. Returns isDrawing(): the move was used. */
    bool move(const QPointF& imagePos);
    /**
     * A left-button release while drawing ends the trace and returns its points, the last one imagePos (not repeated).
     * Any other release returns nothing and changes nothing.
     */
    std::optional<std::vector<QPointF>> release(const QMouseEvent* event, const QPointF& imagePos);
    /** Esc while drawing drops the trace and returns true; otherwise false (the key is left to the tool). */
    bool cancelOnEscape(const QKeyEvent* event);
    /** Drops any trace (the tool was activated or deactivated). */
    void reset();

    /**
     * The trace in progress in widget coordinates, empty when not drawing. closed: led back to its first point when it
     * has more than 2 points.
     */
    QPolygonF polyline(const ViewTransform& t, bool closed) const;

    /**
     * A finished trace as a closed outline for the view's zoom: RoiToolGeometry::simplifyClosedTrace() with a tolerance
     * of one screen pixel but at least half an image pixel (vertices on whole pixels). Fewer than 3 vertices: the
     * trace encloses nothing (a click).
     */
    static std::vector<QPointF> closedOutline(const ImageView& view, const std::vector<QPointF>& trace);

private:
    ViewTool& m_tool;
    bool m_drawing = false;
    std::vector<QPointF> m_trace;
};

} // namespace tessera
