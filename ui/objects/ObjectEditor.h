#pragma once

#include "ui/document/ImageDocument.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <vector>

namespace tessera {

class LabelOverlay;

/**
 * The object edits of one window, each one undo step (a SetLabelLayerCommand with a readable text): delete, merge,
 * split along a drawn line, draw a new object, relabel; and "Add objects to ROI manager". The new label image is
 * computed by core/segmentation/LabelEditing from the document's layer (never modified in place). An edit that cannot
 * be done (nothing selected, a line that cuts nothing) changes nothing and says why through message().
 *
 * Used by the object tools (ObjectTools.h) and the Objects panel's buttons.
 */
class ObjectEditor : public QObject
{
    Q_OBJECT

public:
    /** overlay: its traced outlines are reused for ROIs when they are current (may be nullptr). */
    explicit ObjectEditor(LabelOverlay* overlay, QObject* parent = nullptr);

    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    /** The object at an image point (0: background, outside or no label layer). */
    int objectAt(const QPointF& imagePos) const;
    /** Number of objects (distinct labels in use); 0 without a layer. */
    int objectCount() const;

    /** Split cut width in pixels (LabelEditing's splitObject()). */
    double cutWidth() const { return m_cutWidth; }
    void setCutWidth(double width) { m_cutWidth = width; }

public slots:
    /** "Delete object 12" / "Delete 3 objects": the selected objects. */
    bool deleteSelected();
    /** "Merge objects 3 and 4": the selected objects (at least two) into the smallest label. */
    bool mergeSelected();
    /** "Split object 7": the object the polyline covers most, cut along it. */
    bool splitAlong(const std::vector<QPointF>& polyline);
    /** "Draw object": a new object from a closed outline (only background pixels). */
    bool drawObject(const std::vector<QPointF>& outline);
    /** "Relabel objects": numbers 1..n in raster order. */
    bool relabel();
    /**
     * Each object becomes a polygon ROI (its traced outer outline; ROI rasterisation gives the object's pixels plus
     * the pixels of its holes) named "object N" with class className ("" = none), all in one AddRoisCommand. An
     * object in several 8-connected pieces gives one ROI per piece, "object N", "object N.2", …. Returns the number
     * of ROIs added.
     */
    int addToRoiManager(const QString& className);

signals:
    /** A message for the status bar / panel (timeout in ms). */
    void message(const QString& text, int timeout);

private:
    bool apply(const Expected<LabelImage>& result, const QString& undoText, const QSet<int>& selectAfter = {});

    QPointer<ImageDocument> m_document;
    QPointer<LabelOverlay> m_overlay;
    double m_cutWidth = 1.0;
};

} // namespace tessera
