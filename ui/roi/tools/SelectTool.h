#pragma once

#include "ui/roi/tools/RoiTool.h"

#include <QRectF>

namespace tessera {

/**
 * Select / move / resize (V).
 * - Click a ROI: selects it (Shift adds it, Ctrl toggles it); of several ROIs under the cursor the smallest wins, so a
 *   "whole" ROI does not hide the crops on it. Click on empty space: deselects (not with Shift/Ctrl).
 * - Drag on empty space: rubber band; selects the ROIs whose box lies inside it (Shift/Ctrl: adds them).
 * - Drag a selected ROI: moves the selection by whole pixels; one undo step per drag.
 * - Drag a handle of a selected ROI: the 8 box handles resize a rectangle or ellipse, a polygon's handles move its
 *   vertices (snapped to whole pixels); one undo step per drag.
 * - Arrow keys nudge (RoiTool); Esc cancels a rubber band or clears the selection.
 */
class SelectTool : public RoiTool
{
    Q_OBJECT

public:
    explicit SelectTool(RoiTools& tools, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    void paint(QPainter& painter, const ViewTransform& t) override;
    QCursor cursor() const override { return Qt::ArrowCursor; }
    void setActive(bool active) override;

    /** The ROI a click at imagePos selects (smallest containing, or with its outline within a few screen pixels). */
    RoiId roiAt(const ImageView& view, const QPointF& imagePos) const;
    /** A handle of a selected ROI under the cursor: its ROI and index (RoiOverlay::handlePositions()), or {0, -1}. */
    std::pair<RoiId, int> handleAt(const ImageView& view, const QPointF& imagePos) const;

private:
    enum class Mode
    {
        Idle,
        Pending, ///< pressed on a selected ROI, not yet moved past the drag threshold
        Moving,
        Resizing,
        RubberBand,
    };
    void updateHoverCursor(ImageView& view, const QPointF& imagePos) const;

    Mode m_mode = Mode::Idle;
    QPointF m_pressImage;
    QPointF m_pressWidget;
    QPointF m_applied; ///< translation pushed so far in this drag
    quint64 m_gesture = 0;
    RoiId m_pressHit = 0; ///< ROI clicked without modifiers (a click without drag selects only it)
    RoiId m_handleRoi = 0;
    int m_handle = -1;
    Roi m_handleStart;
    bool m_additive = false;
    QRectF m_band;
};

} // namespace tessera
