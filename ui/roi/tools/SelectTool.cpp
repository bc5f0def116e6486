#include "ui/roi/tools/SelectTool.h"

#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/tools/RoiToolGeometry.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/RoiOverlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>
#include <limits>

namespace tessera {
namespace {

/** Widget pixels the mouse must travel before a press on a ROI becomes a move. */
constexpr double kDragThreshold = 3.0;
/** Widget pixels around an outline that still hit it. */
constexpr double kOutlineTolerance = 3.0;

Qt::CursorShape handleCursor(const Roi& roi, int handle)
{
    if (roi.hasVertices()) {
        return Qt::CrossCursor;
    }
    switch (handle) {
    case 0:
    case 4:
        return Qt::SizeFDiagCursor;
    case 2:
    case 6:
        return Qt::SizeBDiagCursor;
    case 1:
    case 5:
        return Qt::SizeVerCursor;
    default:
        return Qt::SizeHorCursor;
    }
}

} // namespace

SelectTool::SelectTool(RoiTools& tools, QObject* parent) : RoiTool(tools, parent) {}

RoiId SelectTool::roiAt(const ImageView& view, const QPointF& imagePos) const
{
    ImageDocument* doc = document();
    if (!doc) {
        return 0;
    }
    const ViewTransform t = view.viewTransform();
    const QPointF w = t.toWidget(imagePos);
    QPainterPathStroker stroker;
    stroker.setWidth(2 * kOutlineTolerance);
    RoiId best = 0;
    double bestArea = std::numeric_limits<double>::infinity();
    const RoiIdList& ids = doc->roiIds();
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) { // topmost (last drawn) first among equals
        const Roi& roi = doc->roi(*it);
        const QRectF box = roi.boundingRect();
        const double margin = kOutlineTolerance / t.scale;
        if (!box.adjusted(-margin, -margin, margin, margin).contains(imagePos)) {
            continue;
        }
        const QPainterPath path = RoiOverlay::roiPath(roi);
        const bool hit = path.contains(imagePos) || stroker.createStroke(t.transform().map(path)).contains(w);
        const double area = box.width() * box.height();
        if (hit && area < bestArea) {
            best = *it;
            bestArea = area;
        }
    }
    return best;
}

std::pair<RoiId, int> SelectTool::handleAt(const ImageView& view, const QPointF& imagePos) const
{
    ImageDocument* doc = document();
    if (!doc) {
        return {0, -1};
    }
    const ViewTransform t = view.viewTransform();
    const QPointF w = t.toWidget(imagePos);
    const double reach = RoiOverlay::kHandleSize / 2 + 2.0;
    for (RoiId id : doc->selectedRoiIds()) {
        const QList<QPointF> handles = RoiOverlay::handlePositions(doc->roi(id));
        for (int i = 0; i < handles.size(); ++i) {
            const QPointF d = t.toWidget(handles[i]) - w;
            if (std::abs(d.x()) <= reach && std::abs(d.y()) <= reach) {
                return {id, i};
            }
        }
    }
    return {0, -1};
}

bool SelectTool::mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    ImageDocument* doc = document();
    if (event->button() != Qt::LeftButton || !doc) {
        return false;
    }
    m_pressImage = imagePos;
    m_pressWidget = event->position();
    m_applied = QPointF();
    m_gesture = newGestureId();
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool shift = mods & Qt::ShiftModifier;
    const bool ctrl = mods & Qt::ControlModifier;

    if (!shift && !ctrl) {
        const auto [handleRoi, handle] = handleAt(view, imagePos);
        if (handleRoi != 0) {
            m_mode = Mode::Resizing;
            m_handleRoi = handleRoi;
            m_handle = handle;
            m_handleStart = doc->roi(handleRoi);
            return true;
        }
    }
    const RoiId hit = roiAt(view, imagePos);
    if (hit == 0) {
        m_mode = Mode::RubberBand;
        m_additive = shift || ctrl;
        m_band = QRectF(imagePos, imagePos);
        if (!m_additive) {
            doc->clearSelection();
        }
        return true;
    }
    RoiIdSet selection = doc->selection();
    if (ctrl) {
        if (selection.contains(hit)) {
            selection.remove(hit);
        } else {
            selection.insert(hit);
        }
    } else if (shift) {
        selection.insert(hit);
    } else if (!selection.contains(hit)) {
        selection = {hit};
    }
    doc->setSelection(selection);
    m_pressHit = (shift || ctrl) ? 0 : hit;
    m_mode = doc->isSelected(hit) ? Mode::Pending : Mode::Idle;
    return true;
}

bool SelectTool::mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    ImageDocument* doc = document();
    if (!doc || m_mode == Mode::Idle || !(event->buttons() & Qt::LeftButton)) {
        updateHoverCursor(view, imagePos);
        return false;
    }
    switch (m_mode) {
    case Mode::Pending: {
        const QPointF d = event->position() - m_pressWidget;
        if (std::abs(d.x()) < kDragThreshold && std::abs(d.y()) < kDragThreshold) {
            return true;
        }
        m_mode = Mode::Moving;
        [[fallthrough]];
    }
    case Mode::Moving: {
        const QPointF total = RoiToolGeometry::snap(imagePos - m_pressImage);
        const QPointF step = total - m_applied;
        const RoiIdList ids = doc->selectedRoiIds();
        if (!step.isNull() && !ids.isEmpty()) {
            doc->undoStack()->push(new MoveRoisCommand(doc, ids, step, m_gesture));
            m_applied = total;
        }
        return true;
    }
    case Mode::Resizing: {
        if (!doc->containsRoi(m_handleRoi)) {
            m_mode = Mode::Idle;
            return true;
        }
        Roi geometry = m_handleStart;
        if (geometry.hasVertices()) {
            if (m_handle < int(geometry.vertices.size())) {
                geometry.vertices[size_t(m_handle)] = RoiToolGeometry::snap(imagePos);
            }
        } else {
            geometry.bounds = RoiToolGeometry::resizedBox(m_handleStart.bounds, m_handle, imagePos);
        }
        if (geometry != doc->roi(m_handleRoi)) {
            doc->undoStack()->push(new SetRoiGeometryCommand(doc, m_handleRoi, geometry, m_gesture));
        }
        return true;
    }
    case Mode::RubberBand:
        m_band = QRectF(m_pressImage, imagePos).normalized();
        emit changed();
        return true;
    case Mode::Idle:
        break;
    }
    return false;
}

bool SelectTool::mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
{
    Q_UNUSED(view)
    ImageDocument* doc = document();
    if (event->button() != Qt::LeftButton || m_mode == Mode::Idle) {
        return false;
    }
    if (m_mode == Mode::RubberBand && doc) {
        m_band = QRectF(m_pressImage, imagePos).normalized();
        RoiIdSet selection = m_additive ? doc->selection() : RoiIdSet();
        if (m_band.width() > 0 && m_band.height() > 0) {
            for (RoiId id : doc->roiIds()) {
                if (m_band.contains(doc->roi(id).boundingRect())) {
                    selection.insert(id);
                }
            }
        }
        doc->setSelection(selection);
        m_band = QRectF();
        emit changed();
    } else if (m_mode == Mode::Moving && doc) {
        m_tools.checkInside(doc->selectedRoiIds());
    } else if (m_mode == Mode::Resizing && doc) {
        m_tools.checkInside({m_handleRoi});
    } else if (m_mode == Mode::Pending && doc && m_pressHit != 0 && doc->containsRoi(m_pressHit)) {
        doc->setSelection({m_pressHit}); // a plain click on one of several selected ROIs selects only it
    }
    m_pressHit = 0;
    m_mode = Mode::Idle;
    m_handleRoi = 0;
    m_handle = -1;
    return true;
}

bool SelectTool::keyPress(ImageView& view, QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_mode == Mode::RubberBand) {
            m_mode = Mode::Idle;
            m_band = QRectF();
            emit changed();
        } else if (ImageDocument* doc = document()) {
            doc->clearSelection();
        }
        return true;
    }
    return RoiTool::keyPress(view, event);
}

void SelectTool::paint(QPainter& painter, const ViewTransform& t)
{
    if (m_mode != Mode::RubberBand || m_band.isNull()) {
        return;
    }
    painter.setPen(feedbackPen());
    QColor fill(255, 255, 0, 30);
    painter.setBrush(fill);
    painter.drawRect(t.toWidget(m_band));
}

void SelectTool::setActive(bool active)
{
    Q_UNUSED(active)
    m_mode = Mode::Idle;
    m_band = QRectF();
    emit changed();
}

void SelectTool::updateHoverCursor(ImageView& view, const QPointF& imagePos) const
{
    ImageDocument* doc = document();
    if (!doc) {
        return;
    }
    Qt::CursorShape shape = Qt::ArrowCursor;
    const auto [handleRoi, handle] = handleAt(view, imagePos);
    if (handleRoi != 0) {
        shape = handleCursor(doc->roi(handleRoi), handle);
    } else if (const RoiId hit = roiAt(view, imagePos); hit != 0 && doc->isSelected(hit)) {
        shape = Qt::SizeAllCursor;
    }
    if (view.cursor().shape() != shape) {
        view.setCursor(shape);
    }
}

} // namespace tessera
