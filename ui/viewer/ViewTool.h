#pragma once

#include "ui/viewer/ViewTransform.h"

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace tessera {

class ImageView;

/**
 * An interaction mode of ImageView (rectangle, ellipse, polygon, freehand, select/move, …): a small state machine that
 * receives the view's mouse and key events with image coordinates and turns them into document commands. Return true
 * when an event was used; unused left-button events pan the view, the middle button always pans, the wheel always
 * zooms. paint() draws the tool's transient feedback (rubber band, polygon in progress) above every overlay.
 *
 * Set with ImageView::setTool() (not owned; nullptr = pan only). Tools live in the feature's folder (ui/roi/).
 */
class ViewTool : public QObject
{
    Q_OBJECT

public:
    explicit ViewTool(QObject* parent = nullptr) : QObject(parent) {}

    virtual bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
    {
        Q_UNUSED(view)
        Q_UNUSED(event)
        Q_UNUSED(imagePos)
        return false;
    }
    virtual bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
    {
        Q_UNUSED(view)
        Q_UNUSED(event)
        Q_UNUSED(imagePos)
        return false;
    }
    virtual bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
    {
        Q_UNUSED(view)
        Q_UNUSED(event)
        Q_UNUSED(imagePos)
        return false;
    }
    virtual bool mouseDoubleClick(ImageView& view, QMouseEvent* event, const QPointF& imagePos)
    {
        Q_UNUSED(view)
        Q_UNUSED(event)
        Q_UNUSED(imagePos)
        return false;
    }
    virtual bool keyPress(ImageView& view, QKeyEvent* event)
    {
        Q_UNUSED(view)
        Q_UNUSED(event)
        return false;
    }
    /**
     * True when the tool handles this key itself while it would otherwise trigger a shortcut of the window (e.g.
     * Delete while an object tool is active, which must not delete ROIs): ImageView then accepts the shortcut override
     * and passes the key to keyPress().
     */
    virtual bool overridesShortcut(const QKeyEvent* event) const
    {
        Q_UNUSED(event)
        return false;
    }
    /** Transient feedback, in widget coordinates like OverlayLayer::paint(). */
    virtual void paint(QPainter& painter, const ViewTransform& t)
    {
        Q_UNUSED(painter)
        Q_UNUSED(t)
    }
    /** The cursor over the image while the tool is active. */
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    /** The tool was set (true) or replaced (false): reset any gesture in progress. */
    virtual void setActive(bool active) { Q_UNUSED(active) }

signals:
    /** The tool's feedback changed: the view repaints. */
    void changed();
};

} // namespace tessera
