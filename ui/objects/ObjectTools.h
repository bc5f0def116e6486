#pragma once

#include "ui/roi/tools/TraceGesture.h"
#include "ui/viewer/ViewTool.h"

#include <QPointF>

#include <vector>

namespace tessera {

class ObjectEditor;

/**
 * Select objects: a click selects the object under the cursor (the document's object selection; background clears
 * it), Shift+click adds, Ctrl+click toggles. Delete or Backspace deletes the selected objects (one undo step; the
 * keys are taken from the window's "Delete ROIs" shortcut while this tool is active), Esc clears the selection.
 */
class ObjectSelectTool : public ViewTool
{
    Q_OBJECT

public:
    explicit ObjectSelectTool(ObjectEditor& editor, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    bool overridesShortcut(const QKeyEvent* event) const override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }

private:
    ObjectEditor& m_editor;
};

/**
 * A drawn line (press, drag, release), shared by the split and draw tools; Esc cancels. The trace is shown while
 * drawing; on release finish() gets it (image coordinates). Delete / Backspace delete the selected objects, as with the
 * select tool (never the ROIs while an object tool is active).
 */
class ObjectTraceTool : public ViewTool
{
    Q_OBJECT

public:
    ObjectTraceTool(ObjectEditor& editor, bool closed, QObject* parent = nullptr);
    bool mousePress(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseMove(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool mouseRelease(ImageView& view, QMouseEvent* event, const QPointF& imagePos) override;
    bool keyPress(ImageView& view, QKeyEvent* event) override;
    bool overridesShortcut(const QKeyEvent* event) const override;
    void paint(QPainter& painter, const ViewTransform& t) override;
    void setActive(bool active) override;

protected:
    virtual void finish(ImageView& view, std::vector<QPointF> trace) = 0;
    ObjectEditor& m_editor;

private:
    bool m_closed;
    TraceGesture m_trace;
};

/** Split: draw a line across an object; it is cut there (ObjectEditor::splitAlong()). */
class ObjectSplitTool : public ObjectTraceTool
{
    Q_OBJECT

public:
    explicit ObjectSplitTool(ObjectEditor& editor, QObject* parent = nullptr);

protected:
    void finish(ImageView& view, std::vector<QPointF> trace) override;
};

/** Draw: drag a closed freehand outline around a missing object (ObjectEditor::drawObject()). */
class ObjectDrawTool : public ObjectTraceTool
{
    Q_OBJECT

public:
    explicit ObjectDrawTool(ObjectEditor& editor, QObject* parent = nullptr);

protected:
    void finish(ImageView& view, std::vector<QPointF> trace) override;
};

} // namespace tessera
