#pragma once

#include "core/image/Image.h"
#include "core/roi/Roi.h"
#include "core/segmentation/ConnectedComponents.h"
#include "ui/document/DocumentTypes.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <any>
#include <functional>
#include <map>
#include <memory>

namespace tessera {

/**
 * One open image and everything the user works on with it; the single source of truth for every panel. Panels read
 * it and listen to its signals; they change it only by pushing commands (ui/document/commands/) on undoStack(), and
 * never talk to each other. Several documents may exist at once (one per image); nothing here is global.
 *
 * State:
 * - the image (immutable) and the current plane position;
 * - the ROIs: an ordered list of core Roi values (name, class, shape) with stable RoiIds; roiGeneration() counts
 *   changes of the ROIs' pixels (insert, remove, geometry), not renames, reclassifications or reorders;
 * - the classes (name + colour), "cell" and "background" to start; a ROI's class is Roi::className (empty = none);
 * - the ROI selection (shared by viewer, manager and plots; not an undo step);
 * - per AnalysisKind: the parameters (any copyable type with operator==) and the latest result with the ResultStamp
 *   it was computed from, so isStale(kind) tells whether it still matches;
 * - the view state: a ChannelView (range, LUT, colour, on/off) per channel, composite, invert and whether ROI names
 *   are drawn on the image.
 *
 * Mutators: the ROI, class and parameter mutators below are the primitives commands use; call them directly only for
 * changes that are not user edits (e.g. loading). Selection, position, view state and results are not undoable and
 * are set directly. Every mutator emits its signal only when something changed. Lives on the GUI thread.
 */
class ImageDocument : public QObject
{
    Q_OBJECT

public:
    /** Takes the image (pixel data shared, cv::Mat semantics). Missing display ranges are computed automatically. */
    explicit ImageDocument(Image image, QObject* parent = nullptr);
    ~ImageDocument() override;

    const Image& image() const { return m_image; }
    QString fileName() const;
    QUndoStack* undoStack() { return &m_undoStack; }
    /** True when the undo stack is not at its clean index; see modifiedChanged. */
    bool isModified() const { return !m_undoStack.isClean(); }

    // --- plane -------------------------------------------------------------------------------------------------
    PlanePosition position() const { return m_position; }
    /** Moves to a plane (clamped to the image's dimensions); emits positionChanged when it changes. */
    void setPosition(PlanePosition position);
    /** The current plane as a cv::Mat view. */
    cv::Mat currentPlane() const { return m_image.plane(m_position.c, m_position.z, m_position.t); }

    // --- ROIs ----------------------------------------------------------------------------------------------------
    int roiCount() const { return int(m_roiOrder.size()); }
    /** Every id in document order. */
    const RoiIdList& roiIds() const { return m_roiOrder; }
    bool containsRoi(RoiId id) const { return m_rois.contains(id); }
    /** The ROI with id; must exist (containsRoi()). */
    const Roi& roi(RoiId id) const;
    /** Position of id in the order, or -1. */
    int roiIndex(RoiId id) const { return int(m_roiOrder.indexOf(id)); }
    RoiId roiIdAt(int index) const { return m_roiOrder.value(index); }
    /** The first ROI (in order) with this name, or 0. */
    RoiId findRoi(const QString& name) const;
    /** A fresh id, never returned before by this document. Commands reserve ids once and reuse them on redo. */
    RoiId allocateRoiId() { return ++m_lastRoiId; }
    /** Counts changes to the ROIs' pixels (insert, remove, geometry change). Starts at 0. */
    quint64 roiGeneration() const { return m_roiGeneration; }
    /** "prefix N" with the smallest N ≥ 1 not used by any ROI name (auto-numbering). */
    QString uniqueRoiName(const QString& prefix) const;

    /** A ROI with its id and its place in the order (for insert and remove). */
    struct RoiRecord
    {
        RoiId id = 0;
        int index = -1; ///< position in the order; -1 or past the end = append
        Roi roi;
    };
    /** Inserts records in the given order at their indices (ids must be new). Emits roisInserted, roisChanged. */
    void insertRois(const QList<RoiRecord>& records);
    /** Removes ids; returns their records, ascending by index, so insertRois() restores them. Drops them from the
     *  selection. Emits roisRemoved, roisChanged (and selectionChanged). */
    QList<RoiRecord> removeRois(const RoiIdList& ids);
    /** Replaces the ROI with id (name, class and geometry). Emits roiChanged with what differs, roisChanged. */
    void setRoi(RoiId id, const Roi& roi);
    /** Sets the order; order must be a permutation of roiIds(). Emits roisReordered, roisChanged. */
    void setRoiOrder(const RoiIdList& order);

    // --- selection -----------------------------------------------------------------------------------------------
    const RoiIdSet& selection() const { return m_selection; }
    /** Selected ids in document order. */
    RoiIdList selectedRoiIds() const;
    bool isSelected(RoiId id) const { return m_selection.contains(id); }
    /** Sets the selection (unknown ids are dropped). Emits selectionChanged when it changes. */
    void setSelection(const RoiIdSet& ids);
    void clearSelection() { setSelection({}); }

    // --- classes -------------------------------------------------------------------------------------------------
    const QList<RoiClass>& classes() const { return m_classes; }
    /** Index of the class named name, or -1. */
    int classIndex(const QString& name) const;
    bool hasClass(const QString& name) const { return classIndex(name) >= 0; }
    /** Colour of a class; ROIs without (or with an unknown) class get noClassColor(). */
    QColor classColor(const QString& name) const;
    static QColor noClassColor() { return QColor(255, 255, 0); } // ImageJ's default ROI colour
    /** Inserts a class at index (clamped); false if the name is empty or taken. Emits classesChanged. */
    bool insertClass(int index, const RoiClass& roiClass);
    /** Removes the class; its ROIs become class-less. Returns the ids of those ROIs. Emits classesChanged and
     *  roiChanged(Class) for each. */
    RoiIdList removeClass(const QString& name);
    /** Renames and/or recolours the class named name; every ROI of the class follows a rename. False if name is
     *  unknown or the new name is empty or taken by another class. Emits classesChanged (and roiChanged). */
    bool setClass(const QString& name, const RoiClass& roiClass);

    /** Runner key for kind in this document ("glcm@…"): a new run with it cancels the previous run for this document
     *  only, so documents sharing a runner do not cancel each other's work. */
    QString taskKey(AnalysisKind kind) const;

    // --- analyses: parameters ------------------------------------------------------------------------------------
    /** True when parameters were ever set for kind. */
    bool hasParameters(AnalysisKind kind) const;
    /** The parameters stored for kind, or a default-constructed P when none or of another type. */
    template <typename P> P parameters(AnalysisKind kind) const
    {
        auto it = m_analyses.find(kind);
        if (it != m_analyses.end()) {
            if (const P* p = std::any_cast<P>(&it->second.parameters)) {
                return *p;
            }
        }
        return P{};
    }
    /** Stores parameters for kind (P needs operator==). Emits parametersChanged(kind) when they differ. */
    template <typename P> void setParameters(AnalysisKind kind, const P& params)
    {
        setParametersAny(kind, std::any(params), [](const std::any& a, const std::any& b) {
            const P* pa = std::any_cast<P>(&a);
            const P* pb = std::any_cast<P>(&b);
            return pa && pb && *pa == *pb;
        });
    }
    /** Stores type-erased parameters; equal(a, b) compares two values of their type. Prefer setParameters(). */
    void setParametersAny(AnalysisKind kind, std::any params,
                          std::function<bool(const std::any&, const std::any&)> equal);
    std::any parametersAny(AnalysisKind kind) const;

    // --- analyses: results ---------------------------------------------------------------------------------------
    /** What a run requested now is computed from: current parameters, plane, ROI and label generations. */
    ResultStamp stamp(AnalysisKind kind) const;
    /** Stores the latest result of kind with the stamp taken when the run was requested. Emits resultChanged. */
    template <typename R> void setResult(AnalysisKind kind, std::shared_ptr<const R> result, const ResultStamp& stamp)
    {
        setResultAny(kind, std::any(std::move(result)), stamp);
    }
    /** The latest result of kind, or null when none (or of another type). */
    template <typename R> std::shared_ptr<const R> result(AnalysisKind kind) const
    {
        auto it = m_analyses.find(kind);
        if (it != m_analyses.end()) {
            if (const auto* r = std::any_cast<std::shared_ptr<const R>>(&it->second.result)) {
                return *r;
            }
        }
        return nullptr;
    }
    bool hasResult(AnalysisKind kind) const;
    /** The stamp of the latest result (default when none). */
    ResultStamp resultStamp(AnalysisKind kind) const;
    /** True when there is a result and its stamp no longer matches (parameters, plane or ROI generation differ; for
     *  AnalysisKind::Measurements, which is computed from the objects, also the label generation). */
    bool isStale(AnalysisKind kind) const;
    /** Drops the result of kind. Emits resultChanged. */
    void clearResult(AnalysisKind kind);
    void setResultAny(AnalysisKind kind, std::any result, const ResultStamp& stamp);

    // --- mask layer ----------------------------------------------------------------------------------------------
    /**
     * The binary mask layer: CV_8U of the image's width × height, 255 = foreground, 0 = background; empty when there
     * is none. Made by the threshold panel's Apply (SetMaskLayerCommand, undoable) from plane maskLayerPlane(); the
     * threshold overlay draws it, and segmentation and measurements take it as their input.
     */
    const cv::Mat& maskLayer() const { return m_maskLayer; }
    bool hasMaskLayer() const { return !m_maskLayer.empty(); }
    /** The plane the mask layer was computed from. */
    PlanePosition maskLayerPlane() const { return m_maskLayerPlane; }
    /**
     * Replaces the mask layer (an empty mat removes it). mask must be empty or CV_8U of the image's size (anything
     * else is refused: returns false, nothing changes). The document shares the data (cv::Mat semantics): do not
     * write to it afterwards. Emits maskLayerChanged unless both old and new are empty. Use SetMaskLayerCommand for
     * user edits.
     */
    bool setMaskLayer(const cv::Mat& mask, PlanePosition plane = {});

    // --- label layer (objects) ------------------------------------------------------------------------------------
    /**
     * The label layer: the objects of the last segmentation run, edited by hand (LabelImage: CV_32S of the image's
     * width × height, 0 = background, 1..count = objects); labels.empty() when there is none. Set by the
     * segmentation panel's Run and by the object-editing commands (SetLabelLayerCommand and the commands built on it,
     * all undoable) from plane labelLayerPlane(). The label overlay draws it; per-object measurements, the results
     * table and "Add objects to ROI manager" read it. Labels need not be sequential after edits (a deleted object
     * leaves a gap until "Relabel"); count is the largest label in use.
     */
    const LabelImage& labelLayer() const { return m_labelLayer; }
    bool hasLabelLayer() const { return !m_labelLayer.labels.empty(); }
    PlanePosition labelLayerPlane() const { return m_labelLayerPlane; }
    /** Counts changes of the label layer (every setLabelLayer() that changes it). Starts at 0; part of ResultStamp. */
    quint64 labelGeneration() const { return m_labelGeneration; }
    /**
     * Replaces the label layer (empty labels remove it). labels must be empty or CV_32S of the image's size with
     * count >= every label (anything else is refused: returns false, nothing changes). Shares the data (cv::Mat
     * semantics): do not write to it afterwards. Drops selected objects that no longer exist. Emits
     * labelLayerChanged unless both old and new are empty. Use SetLabelLayerCommand for user edits.
     */
    bool setLabelLayer(const LabelImage& labels, PlanePosition plane = {});
    /** Selected objects (labels of the label layer), shared by the viewer and the results table; not an undo step. */
    const QSet<int>& selectedObjects() const { return m_selectedObjects; }
    /** Sets the object selection (labels <= 0 or above the layer's count are dropped). Emits objectSelectionChanged
     *  when it changes. */
    void setSelectedObjects(const QSet<int>& labels);
    /** Asks the viewer to centre on imagePoint (image coordinates), e.g. when a results row is clicked; the document
     *  only relays it (centreRequested): panels never talk to the viewer directly. Not state, not an undo step. */
    void requestCentreOn(const QPointF& imagePoint) { emit centreRequested(imagePoint); }

    // --- view state ----------------------------------------------------------------------------------------------
    int channelCount() const { return int(m_channels.size()); }
    ChannelView channelView(int c) const { return m_channels.value(c); }
    void setChannelView(int c, const ChannelView& view);
    /** Display range of channel c (0-based). */
    DisplayRange displayRange(int c) const { return m_channels.value(c).range; }
    void setDisplayRange(int c, DisplayRange range);
    bool isComposite() const { return m_composite; }
    /** Composite view of all visible channels (only meaningful with several channels). Emits viewStateChanged(-1). */
    void setComposite(bool composite);
    bool isInverted() const { return m_inverted; }
    /** Inverted display (Image > Invert LUT). Emits viewStateChanged(-1). */
    void setInverted(bool inverted);
    /** True when the viewer labels each ROI with its name (ROI manager's "Show names"). Emits roiNamesShownChanged. */
    bool roiNamesShown() const { return m_roiNamesShown; }
    void setRoiNamesShown(bool shown);

signals:
    void positionChanged(tessera::PlanePosition position);
    /** ids were inserted (in order). */
    void roisInserted(const tessera::RoiIdList& ids);
    /** ids were removed; they no longer exist when this is emitted. */
    void roisRemoved(const tessera::RoiIdList& ids);
    /** One ROI changed. */
    void roiChanged(tessera::RoiId id, tessera::RoiChanges what);
    /** The order changed (same ids). */
    void roisReordered();
    /** Emitted after each of roisInserted, roisRemoved, roiChanged and roisReordered: for views that simply rebuild. */
    void roisChanged();
    void selectionChanged();
    void classesChanged();
    void parametersChanged(tessera::AnalysisKind kind);
    void resultChanged(tessera::AnalysisKind kind);
    /** Display settings of channel changed; -1 for composite / invert. */
    void viewStateChanged(int channel);
    /** The mask layer was set, replaced or removed (maskLayer()). */
    void maskLayerChanged();
    /** The label layer was set, replaced, edited or removed (labelLayer()). */
    void labelLayerChanged();
    /** The object selection changed (selectedObjects()). */
    void objectSelectionChanged();
    /** requestCentreOn(): the viewer showing this document centres on imagePoint. */
    void centreRequested(const QPointF& imagePoint);
    /** The "show ROI names" view setting changed. */
    void roiNamesShownChanged(bool shown);
    /** Follows QUndoStack::cleanChanged: true when there are unsaved edits. */
    void modifiedChanged(bool modified);

private:
    struct AnalysisSlot
    {
        std::any parameters;
        std::function<bool(const std::any&, const std::any&)> equal;
        std::any result;
        ResultStamp stamp;
    };
    void bumpRoiGeneration() { ++m_roiGeneration; }

    Image m_image;
    PlanePosition m_position;
    QUndoStack m_undoStack;

    RoiIdList m_roiOrder;
    QHash<RoiId, Roi> m_rois;
    RoiId m_lastRoiId = 0;
    quint64 m_roiGeneration = 0;
    RoiIdSet m_selection;
    QList<RoiClass> m_classes;

    std::map<AnalysisKind, AnalysisSlot> m_analyses;

    cv::Mat m_maskLayer;
    PlanePosition m_maskLayerPlane;
    LabelImage m_labelLayer;
    PlanePosition m_labelLayerPlane;
    quint64 m_labelGeneration = 0;
    QSet<int> m_selectedObjects;

    QList<ChannelView> m_channels;
    bool m_composite = false;
    bool m_inverted = false;
    bool m_roiNamesShown = true;
};

/** "glcm", "histogram", "threshold", "segmentation" or "measurements" (not translated; keys and file formats). */
QString analysisKindName(AnalysisKind kind);

/**
 * ImageJ-style automatic contrast of one plane: the range that saturates `saturated` (fraction, default 0.35 %) of the
 * pixels in total, half at each end; NaNs ignored; a constant plane gives [v, v + 1]. Pure and thread-safe.
 */
DisplayRange autoDisplayRange(const cv::Mat& plane, double saturated = 0.0035);

} // namespace tessera
